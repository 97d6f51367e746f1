"""Heads set apart by their position in a layout-preserving extraction (builder/ingest/centredheads.py): centred
head lines set flush, a byline printed over its headline moved under it (layouts19 p04, pdftotext -layout)."""

from __future__ import annotations

from builder.ingest.centredheads import place_heads

_BODY = [
    "    晚饭过后，佛山市南海区桂城街道",
    "平洲社区的一处架空层里坐满了居民，",
    "大家正在讨论小区充电桩的安装位置。",
    "    今年以来，桂城街道把“党群议事",
    "厅”从社区办公楼搬到居民楼下。",
    "    居民陈姨说：“以前有意见不知道",
    "找谁说，现在下楼就能说上话。”",
]


def test_a_byline_printed_over_its_centred_headline_goes_under_it() -> None:
    page = "\n".join(
        ["", "       本报记者 梁志坚 通讯员 何婉仪", "      桂城街道“党群议事厅”开到居民楼下", "", *_BODY]
    )
    text, printed = place_heads(page, None)
    assert text.split("\n")[:4] == [
        "",
        "桂城街道“党群议事厅”开到居民楼下",
        "本报记者 梁志坚 通讯员 何婉仪",
        "",
    ]
    assert printed is not None and printed[:4] == [1, 3, 2, 4]


def test_a_centred_headline_over_its_byline_is_set_flush() -> None:
    page = "\n".join(
        [
            *_BODY,
            "",
            "",
            "      柳南区组建“夜间网格队”守护群众平安",
            "         本报通讯员 韦丽 覃海",
            "",
            *_BODY,
        ]
    )
    text, printed = place_heads(page, None)
    lines = text.split("\n")
    assert lines[9:11] == ["柳南区组建“夜间网格队”守护群众平安", "本报通讯员 韦丽 覃海"]
    assert lines[:7] == _BODY and printed == list(range(1, len(lines) + 1))


def test_paragraphs_and_pages_without_deeper_lines_stay() -> None:
    page = "\n".join(["桂城街道“党群议事厅”开到居民楼下", "本报记者 梁志坚", "", *_BODY])
    assert place_heads(page, None) == (page, None)
    # a sentence indented deep is no head; too few indented lines tell no paragraph indent
    deep = "\n".join([*_BODY, "        大家都说好。", ""])
    assert place_heads(deep, None) == (deep, None)
    few = "\n".join(["      某某标题在这里居中排", "    正文第一行开始了，", "接着往下写。"])
    assert place_heads(few, None) == (few, None)


def test_a_closing_credit_over_a_blank_line_stays() -> None:
    page = "\n".join([*_BODY, "本报记者 梁志坚", "", "柳南区组建“夜间网格队”守护群众平安", "", *_BODY])
    assert place_heads(page, None) == (page, None)


def test_a_credit_or_closing_byline_set_deep_stays() -> None:
    # a photo's credit and a closing credit set right, under the last sentence (heldout15 p06, a real page)
    page = "\n".join([*_BODY, "         通讯员 苟晓丽 摄", "", "         通讯员 李爽爽", ""])
    assert place_heads(page, None) == (page, None)


def test_a_dateline_over_a_question_headline_goes_under_it() -> None:
    page = "\n".join(
        ["", "          本报讯（记者 梁嘉敏 通讯员 陈志华）", "        老旧小区停车难怎么破？", *_BODY]
    )
    text, _printed = place_heads(page, None)
    assert text.split("\n")[1:3] == ["老旧小区停车难怎么破？", "本报讯（记者 梁嘉敏 通讯员 陈志华）"]


# a page setting its paragraphs flush with no blank line at all, 10-cell columns (heldout19 p05)
_FLUSH = [
    "每年五六月虫草采挖季，",
    "那曲市色尼区大批群众",
    "上山采挖，人员集中、",
    "流动性大。",
    "色尼区委在虫草采挖集",
    "中点建立临时党支部。",
    "区委组织部负责人说，",
    "采挖秩序明显好转。",
]


def test_a_flush_page_sets_its_centred_heads_apart() -> None:
    page = "\n".join(
        [
            *_FLUSH,
            "       普兰镇“边贸党员服",
            "       务站”服务边民互市",
            "      扎西顿珠 李娜",
            *_FLUSH,
            "        玛沁县：党员联户",
            "       “联”出牧区新气象",
            *_FLUSH,
        ]
    )
    text, printed = place_heads(page, None)
    lines = text.split("\n")
    assert lines[8:14] == ["", "普兰镇“边贸党员服", "务站”服务边民互市", "扎西顿珠 李娜", "", _FLUSH[0]]
    assert lines[21:26] == ["", "玛沁县：党员联户", "“联”出牧区新气象", "", _FLUSH[0]]
    assert printed is not None and printed[8:14] == [9, 9, 10, 11, 12, 12]


def test_a_flush_page_keeps_deep_sentences_and_names_not_under_a_head() -> None:
    # an indented sentence, a credit set right, bare names under a sentence: none is a head
    page = "\n".join([*_FLUSH, "        大家都说好。", *_FLUSH, "      扎西顿珠 李娜", *_FLUSH])
    assert place_heads(page, None) == (page, None)


def test_short_indented_paragraphs_are_no_flush_page() -> None:
    # paragraphs opening indented in a narrow column: the line after a sentence's end opens indented
    page = "\n".join(
        [
            "  每年五六月虫草采",
            "挖季，群众上山。",
            "  色尼区委在采挖",
            "点建立党支部。",
            "  区委组织部负责",
            "人说好转了。",
        ]
        * 2
    )
    assert place_heads(page, None) == (page, None)


_NARROW = ["每年冬天，大批“候鸟”老人来", "到澄迈县过冬，其中不少是退休", "的医生、教师和技术人员。"]


def test_a_byline_over_a_headline_wider_than_the_column_under_it_goes_under_it() -> None:
    # heldout19 p07: no gap between the headline and its lead, a 14-cell column under a 16-cell headline
    page = "\n".join(["", "本报记者 王晓琼 通讯员 李德明", "澄迈县“候鸟人才工作站”聚智兴乡", *_NARROW])
    text, printed = place_heads(page, None)
    assert text.split("\n")[1:3] == ["澄迈县“候鸟人才工作站”聚智兴乡", "本报记者 王晓琼 通讯员 李德明"]
    assert printed is not None and printed[:3] == [1, 3, 2]


def test_a_byline_over_a_line_as_wide_as_its_column_stays() -> None:
    # the byline's lead opens under it: its first line no wider than the column
    page = "\n".join(["", "本报记者 王晓琼 通讯员 李德明", "澄迈县“候鸟人才工作站”聚智", *_NARROW])
    assert place_heads(page, None) == (page, None)
    # nor with too few lines under it to know the column
    short = "\n".join(["", "本报记者 王晓琼 通讯员 李德明", "澄迈县“候鸟人才工作站”聚智兴乡", *_NARROW[:2]])
    assert place_heads(short, None) == (short, None)


def test_a_paragraph_kept_indented_under_a_flush_headline_stays() -> None:
    # real R14 r14_05: a brief's headline flush, its lead's first line indented two spaces, the rest flush
    page = "\n".join(
        ["清河县油坊镇“邻里话室”", "解决群众“烦心事”", "  清河县油坊镇南王庄村党支部", *_FLUSH, *_FLUSH]
    )
    assert place_heads(page, None) == (page, None)


def test_a_label_over_a_wide_headline_with_its_byline_under_it_stays() -> None:
    # heldout14 p06: `记者调查` reads as a reporter line, but the headline's own byline stands under it
    page = "\n".join(["", "记者调查", "龙凤镇“积分卡”为何管用管用管用", "本报记者 向东 谭晓雨", *_NARROW])
    assert place_heads(page, None) == (page, None)


def test_a_byline_printed_beside_its_headline_goes_under_it() -> None:
    # pdftotext -layout: the byline far right on its headline's line (heldout20 p05), the headline centred or not
    page = "\n".join(
        [
            "",
            "观音桥街道：商圈里的“红岩先锋”服务队                 本报记者 何雨桐",
            "",
            *_BODY,
            "",
            "        吉阳区“候鸟党员驿站”留住“候鸟”心                   本报记者 符小玲",
            "",
            *_BODY,
        ]
    )
    text, printed = place_heads(page, None)
    lines = text.split("\n")
    assert lines[1:3] == ["观音桥街道：商圈里的“红岩先锋”服务队", "本报记者 何雨桐"]
    assert lines[12:14] == ["吉阳区“候鸟党员驿站”留住“候鸟”心", "本报记者 符小玲"]
    assert printed is not None and printed[1:4] == [2, 2, 3]


def test_a_byline_beside_its_headline_goes_under_it_on_a_page_with_no_centred_head() -> None:
    # the split was undone on a page with a paragraph indent whose heads are all flush (place_heads' changed)
    page = "\n".join(["", "观音桥街道：商圈里的“红岩先锋”服务队                 本报记者 何雨桐", "", *_BODY])
    text, printed = place_heads(page, None)
    assert text.split("\n")[1:3] == ["观音桥街道：商圈里的“红岩先锋”服务队", "本报记者 何雨桐"]
    assert printed is not None and printed[:4] == [1, 2, 2, 3]


def test_a_headline_telling_who_does_what_with_its_byline_beside_it_goes_under_it() -> None:
    # review: a headline of a photo scene's shape (who does what, no caption mark) is still a headline
    for head in ("党员志愿者为群众办实事", "网格员上门解难题", "民警走访辖区百余家商户"):
        page = "\n".join(["", head + "                 本报记者 何雨桐", "", *_BODY])
        assert place_heads(page, None)[0].split("\n")[1:3] == [head, "本报记者 何雨桐"]


def test_lines_with_a_gap_but_no_headline_and_byline_stay() -> None:
    for line in (
        "                 渝琼纵横·基层治理                               2026年8月7日  星期五  第4版",
        "锋”服务队。                                “红岩先锋”服务队队",  # a sentence beside a caption
        "社区议事会开到楼栋里                   网格员走进千家万户",  # two headlines side by side
        "提供问路指引、失物招领、应急救护等服务。    何雨桐 摄",  # a sentence beside a photo's credit
    ):
        page = "\n".join(["", line, "", *_BODY])
        assert place_heads(page, None)[0].split("\n")[1] == line
    # review finding: a photo's caption with its photographer beside it is no headline over its byline
    for line in (
        "图为观音桥街道党员志愿者为居民义诊                 本报记者 何雨桐",
        "△观音桥街道“红岩先锋”服务队在商圈巡逻                 本报记者 何雨桐",
    ):
        centred = "        吉阳区“候鸟党员驿站”留住“候鸟”心"  # (a centred head elsewhere on the page)
        page = "\n".join(["", line, "", *_BODY, "", centred, "", *_BODY])
        assert place_heads(page, None)[0].split("\n")[1] == line
    # a headline with a byline beside it inside a paragraph (no blank line over it) is not split
    page = "\n".join([*_BODY, "观音桥街道：商圈里的“红岩先锋”服务队                 本报记者 何雨桐"])
    assert place_heads(page, None)[0] == page
