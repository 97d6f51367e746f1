"""Layout kinds heldout25 showed, in invented lines: an editor's note under its label alone, a headline in three
lines over a two-line `——` subtitle and a two-line byline, a headline cut after a verb that needs its object,
a body's column blocks read right to left, bare names after a caption's credit and at the page's top."""

from __future__ import annotations

from builder.ingest.headblockgroups import _pieces, parse_heads
from builder.ingest.headlineplaces import place_words
from builder.ingest.headlinewraps import reads_on
from builder.ingest.reversedblocks import unreverse_blocks
from builder.ingest.workers import process_page


def _drafts(tmp_path, lines: list[str]):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process_page(path).drafts


_NOTE_OVER_SERIES = [
    "【编者按】",
    "邻里和睦，基础在社区。自",
    "本期起，本报开设“小巷里",
    "的新事”专栏，敬请关注。",
    "",
    "小巷里的新事",
    "河湾里的",
    "“百姓议事桥”",
    "是怎样搭起来的",
    "——青溪县柳湾镇石桥村",
    "党支部协商议事见闻",
    "",
    "本报记者 林晓",
    "通讯员 许航",
    "",
    "　　青溪县柳湾镇石桥村依河而建，",
    "村里议事，过去常常议而不决。",
    "　　去年，村党支部在河边搭起“百",
    "姓议事桥”，每月请村民代表议事，",
    "已议定事项42件。",
]


def test_an_editors_note_under_its_label_alone_is_no_article(tmp_path):
    # `【编者按】` on its own line over the note: the label read as opening the note, which segment leaves out
    (draft,) = _drafts(tmp_path, _NOTE_OVER_SERIES)
    assert "敬请关注" not in draft.body


def test_a_headline_in_three_lines_over_a_two_line_subtitle_and_a_two_line_byline(tmp_path):
    (draft,) = _drafts(tmp_path, _NOTE_OVER_SERIES)
    assert draft.title == "河湾里的“百姓议事桥”是怎样搭起来的"
    assert draft.subtitle == "青溪县柳湾镇石桥村党支部协商议事见闻"
    assert draft.byline == "本报记者 林晓 通讯员 许航"


def test_a_head_group_joins_a_quoted_name_alone_with_the_line_under_it():
    lines = [(1, "河湾里的"), (2, "“百姓议事桥”"), (3, "是怎样搭起来的"), (4, "——石桥村见闻")]
    assert [p[1] for p in _pieces(lines)] == ["河湾里的“百姓议事桥”是怎样搭起来的", "——石桥村见闻"]
    (head,) = parse_heads([(1, [(0, "小巷里的新事"), *lines])])
    assert (head.kicker, head.headline_lines) == (["小巷里的新事"], 3)


def test_a_headline_cut_after_a_verb_wanting_its_object_reads_on():
    # `…推行“湖上网格”守护` / `湖区安宁`: one headline, not a kicker over a headline
    assert reads_on("洪湖市推行“湖上网格”守护", "湖区安宁")
    assert reads_on("某某镇“红色驿站”筑牢", "基层防线")


def test_an_areas_common_word_is_no_place_a_headline_names():
    assert [place_words(text) for text in ("渔区平安", "山区群众", "牧区新风")] == [[], [], []]
    assert place_words("青溪县柳湾镇") == ["青溪县", "柳湾镇"]


_REVERSED = [
    "石桥街道：楼道里有了“议事角”",
    "",
    "治乱停车辆、修补破损台阶，",
    "解决问题310余件。",
    "　　“楼道亮堂了，心里也敞亮",
    "了。”居民王阿姨说。",
    "",
    "楼道设立“议事角”58个，由",
    "楼栋党员牵头，推行“居民提",
    "事、党员办事”。",
    "　　一年来，议事角带领居民整",
    "",
    "　　本报讯（记者 韩雪）青溪县",
    "石桥街道老旧楼院多，公共空间",
    "长期无人管理。",
    "　　街道党工委在各个老旧",
]


def test_a_bodys_blocks_read_right_to_left_go_back_in_reading_order(tmp_path):
    text, numbers = unreverse_blocks("\n".join(_REVERSED), None)
    lines = text.split("\n")
    assert lines[2].startswith("　　本报讯") and lines[-1] == "了。”居民王阿姨说。"
    assert numbers is not None and numbers[2] == 13  # (each line keeps its printed number)
    (draft,) = _drafts(tmp_path, _REVERSED)
    assert draft.byline == "本报讯（记者 韩雪）"
    assert draft.body.startswith("青溪县石桥街道老旧楼院多")
    assert "各个老旧楼道设立“议事角”58个" in draft.body and "整治乱停车辆" in draft.body


def test_headlines_stacked_and_blocks_in_order_are_left_as_printed():
    page = "甲镇：“议事厅”开门\n乙村：“积分”攒出新风\n\n　　本报讯（记者 韩雪）甲镇把议事厅建到村口，\n已议事30件。\n"
    assert unreverse_blocks(page, None) == (page, None)


def test_bare_names_after_a_caption_credit_are_the_next_bodys_byline(tmp_path):
    lines = [
        "甲镇：“议事厅”开到村口",
        "乙村：“积分超市”兑出新风",
        "",
        "　　本报讯（记者 韩雪）青溪县甲镇把议事厅",
        "建到村口，已议定事项30件。",
        "△村民在议事厅议事。　记者 韩雪 摄",
        "",
        "杨帆　郑欣然",
        "　　青溪县乙村推行“积分超市”，村民参",
        "加志愿服务可以攒积分兑换生活用品。",
        "　　目前，全村已有320户参加积分。",
    ]
    drafts = _drafts(tmp_path, lines)
    assert [d.byline for d in drafts] == ["本报讯（记者 韩雪）", "杨帆 郑欣然"]


def test_a_name_under_the_page_head_over_an_indented_lead_is_its_byline(tmp_path):
    lines = [
        "基层周刊　2026年3月10日　第6版　产业·治理",
        "",
        "郑欣然",
        "　　青溪县推行“链长制”，由县、镇两级领导干部",
        "担任产业链党建“链长”。",
        "　　全县已组建产业链党建联盟12个。",
        "",
        "青溪县：“链长制”串起产业链",
    ]
    (draft,) = _drafts(tmp_path, lines)
    assert draft.byline == "郑欣然"


def test_a_column_label_opening_with_a_surnames_character_stays_furniture(tmp_path):
    # `周末`, `金融`: words, not names (`郑欣然` above is none), at the page's head over the first lead
    for label in ("周末", "金融"):
        lines = [
            "基层周刊　2026年3月10日　第6版",
            "",
            label,
            "　　青溪县推行“链长制”，由县、镇两级领导干部",
            "担任产业链党建“链长”。",
            "",
            "青溪县：“链长制”串起产业链",
        ]
        (draft,) = _drafts(tmp_path, lines)
        assert draft.byline is None, label


def test_a_kind_of_land_is_no_headline_place_word_and_other_area_words_stay() -> None:
    # (heldout25 p02: `渔区平安` named no place; heldout9 q07 without blank lines: `海北州社区工作者…` keeps 社区 as a
    # place word the head rules read, or its article ran into the one above)
    assert place_words("渔区平安") == place_words("山区群众有了“健康管家”") == []
    assert place_words("海北州社区工作者薪酬体系“三岗十八级”落地") == ["海北州", "社区"]
