"""Photo captions the layout set inside a paragraph's sentence (invented lines, the damage of real pages).

- A caption with its credit after a space on its line, right after a paragraph's first line (`…回到幸福社` /
  `“银发志愿队”在巡查街巷。 幸福社区供图` / `区报到，…`): before, the paragraph's first line was taken into the
  caption (`两个小时后…幸福社“银发志愿队”…`) and the sentence lost its start.
- A caption with no credit, a line short of the column, inside a sentence on a page that marks its paragraphs
  with blank lines (`…照料中心已投` / `在活动室下棋的老人们。` / `入使用，…`): before, it stayed in the sentence.
"""

from __future__ import annotations

from builder.ingest.pagelines import CAPTION
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_GLUED = """老街上，72岁的李秀英踏上每
日的巡查路线，从派出所到菜市
场，沿途的商贩都认识她。

两个小时后，李秀英回到幸福社
{caption}
区报到，作为志愿队队长的她，
开始安排当天的工作。
"""


def _article(page: str):
    (article,) = segment(assemble(classify_page(page)))
    return article


def test_a_caption_with_its_credit_after_a_paragraphs_first_line_leaves_the_line_to_the_paragraph():
    article = _article(_GLUED.format(caption="“银发志愿队”在巡查街巷。 幸福社区供图"))
    assert (
        article.paragraphs[-1]
        == "两个小时后，李秀英回到幸福社区报到，作为志愿队队长的她，开始安排当天的工作。"
    )
    assert [(c.text, c.credit) for c in article.captions] == [("“银发志愿队”在巡查街巷。", "幸福社区供图")]


def test_a_caption_of_two_lines_over_its_credit_after_a_blank_line_stays_one_caption():
    # the first line goes on into the caption's line (独居 / 老人), not past the credit: one caption
    page = "老街上，志愿者每天巡查街巷。\n\n社区党员志愿者在为独居\n老人打扫房间。 幸福社区供图\n今年以来，社区又新建了食堂，\n老人吃饭更方便了。\n"
    article = _article(page)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("社区党员志愿者在为独居老人打扫房间。", "幸福社区供图")
    ]
    assert article.paragraphs[-1] == "今年以来，社区又新建了食堂，老人吃饭更方便了。"


_SHORT = """社区负责人介绍，这两年社区把
为老服务放在首位，办起了老年
食堂和老年大学。

社区介绍，新建的日间照料中心已投
{caption}
入使用，每天接待老人60余人次，
老人们在这里下棋、读书、理发。

下一步，社区还将开设康复理疗室，
让老人在家门口就能做理疗。
"""


def test_a_short_caption_with_no_credit_inside_a_sentence_on_a_page_of_blank_line_paragraphs():
    article = _article(_SHORT.format(caption="在活动室下棋的老人们。"))
    assert [c.text for c in article.captions] == ["在活动室下棋的老人们。"]
    assert "社区介绍，新建的日间照料中心已投入使用，每天接待老人60余人次，" in article.text


def test_a_short_sentence_end_the_next_line_does_not_go_on_from_stays_the_text():
    # the line under it opens a sentence of its own (no word across the break): the sentence ended there
    page = _SHORT.format(caption="在活动室下棋的老人们。").replace("入使用，每天", "今年，每天")
    article = _article(page.replace("照料中心已投", "照料中心接待"))
    assert article.captions == []
    assert "照料中心接待在活动室下棋的老人们。" in article.text


def test_on_a_page_that_marks_no_paragraphs_a_short_line_may_end_the_sentence():
    page = _SHORT.format(caption="在活动室下棋的老人们。").replace("\n\n", "\n")
    units = assemble(classify_page(page))
    assert CAPTION not in [u.kind for u in units]


_INDENTED = """　　今年以来，青山区在全区建起
12个“暖新驿站”，为快递员、外
卖骑手提供歇脚、饮水等服务。
　　驿站还组建党员志愿服务队
32支。
图为外卖小哥在“暖新驿站”休息。
着眼“广覆盖”，青山区把驿站建到商圈和
园区，让新就业群体随时能歇脚。
　　下一步，青山区将继续扩大
驿站覆盖面。
"""


def test_a_caption_after_a_short_sentence_end_on_an_indented_page_then_a_full_unindented_line():
    # the caption closed the paragraph: the unindented line after it opens a new one (it crashed the page:
    # the rule for a paragraph going on unindented joined the line to no paragraph)
    units = assemble(classify_page(_INDENTED))
    assert [(u.kind, u.text[:6]) for u in units] == [
        ("text", "今年以来，青"),
        ("text", "驿站还组建党"),
        (CAPTION, "图为外卖小哥"),
        ("text", "着眼“广覆盖"),
        ("text", "下一步，青山"),
    ]


def test_a_caption_credited_to_an_agencys_reporter_inside_a_sentence_is_a_caption():
    # R7 r7_03's kind (real, never stored; invented lines): `…进行直播。 新华社记者 某某某 摄` set inside a sentence
    from builder.ingest.captionshapes import split_inline_credit

    line = "某某市某某区某某社区党委副书记王某（右）在社区进行直播。 新华社记者 某某某 摄"
    assert split_inline_credit(line) == (
        "某某市某某区某某社区党委副书记王某（右）在社区进行直播。",
        "新华社记者 某某某 摄",
    )
    assert split_inline_credit("今年社区共开展直播50场。新华社记者") == (
        "今年社区共开展直播50场。新华社记者",
        None,
    )


_CUT_BY_CREDIT = """街道党工委推行“社区规划师+居民议
事会”模式，两年来，街道共完成小区
“微更新”项目58个，新增充电位1400
余个、休憩座椅320组，收
图为居民在议事会上讨论小区改造方案。
{credit}
集居民意见建议2100余条。
街道党工委书记说：“改出来的效果大家都认。”
"""


def test_a_credit_naming_the_photo_with_a_slash_closes_the_caption_not_an_article():
    # `图/本报记者 …` (heldout19 p03): it was read as a byline, the line under it as the next article's headline
    for credit in ("图/本报记者 沈佳怡", "图／记者 王强", "图/新华社记者 李明"):
        article = _article(_CUT_BY_CREDIT.format(credit=credit))
        assert [(c.text, c.credit) for c in article.captions] == [
            ("图为居民在议事会上讨论小区改造方案。", credit)
        ]
        assert "收集居民意见建议2100余条。" in article.paragraphs[0]


def test_who_wrote_and_took_the_photos_is_no_photo_credit():
    from builder.ingest.captionshapes import is_credit_text

    assert is_credit_text("图/本报记者 沈佳怡")
    for byline in ("图/文 张三", "文/图 张三", "图为居民在议事会上讨论。"):
        assert not is_credit_text(byline)


def test_a_caption_with_its_photographer_named_first_in_brackets_leaves_the_sentence_whole():
    # heldout19 p06 (the extraction made the marks ASCII): `…化解471起，` / `…调解土地纠纷。(摄影:马玉兰)` / `化解率…`
    for credit in ("(摄影:马玉兰)", "（摄影：马玉兰）", "（图/本报记者 沈佳怡）"):
        article = _article(_GLUED.format(caption=f"“银发志愿队”在巡查街巷。{credit}"))
        assert [(c.text, c.credit) for c in article.captions] == [
            ("“银发志愿队”在巡查街巷。", credit.strip("()（）"))
        ]
        assert article.paragraphs[-1].startswith("两个小时后，李秀英回到幸福社区报到，")


def test_closing_names_of_who_wrote_and_took_the_photos_are_no_photo_credit():
    from builder.ingest.captionshapes import split_inline_credit

    # real R15 r15_05: `（图/文 郭立）` closes the report; nor a sentence's bracket that credits no one
    for line in ("今年共评出150名。（图/文 郭立）", "办结率94%。（图：略）", "服务群众。（摄影）"):
        assert split_inline_credit(line) == (line, None)


def test_a_numbered_figure_caption_inside_a_sentence_is_a_caption_without_its_number():
    # heldout20 p07 (invented): `图1　…` (a figure's number and a space, no credit) between two lines of a sentence
    article = _article(_GLUED.format(caption="图1　“银发志愿队”在巡查街巷，队员们边走边看。"))
    assert (
        article.paragraphs[-1]
        == "两个小时后，李秀英回到幸福社区报到，作为志愿队队长的她，开始安排当天的工作。"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("“银发志愿队”在巡查街巷，队员们边走边看。", None)
    ]


def test_a_line_opening_with_a_figure_word_but_no_number_and_space_stays_in_the_sentence():
    # negatives: `图1所示` / `图书…` read on in the sentence
    # and a sentence referring to its figure, the wrap and a space setting `图1` at the line's start (review)
    for line in (
        "图1所示的流程图张贴在楼道里。",
        "图书角里的老人们。",
        "图1 所示的流程图张贴在楼道里。",
        "图2　可见，道路拓宽了三米。",
    ):
        article = _article(_GLUED.format(caption=line))
        assert not any("图" in c.text for c in article.captions)
        assert not article.captions
