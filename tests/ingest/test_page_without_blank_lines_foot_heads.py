"""Real R13's kind, lines invented: a page printing no blank line at all, two bodies one after the other (the
first opening with no byline and closed by a reporter line `记者 王立` unindented under its last sentence), both
headlines detached at the page's foot right under the last sentence, then the editors' line. Before, the foot
headlines were read as the last body's text (titles made from the leads) and the reporter line opened the second
body. Negatives: on a page with blank lines, or one whose first body opens under its byline, a reporter line over
an indented paragraph opens that paragraph's body as before."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


_FIRST = (
    "　　近日，河川县在“骑手驿站”举\n办图书捐赠仪式，持续增强新就业群\n体的获得感与归属感。\n"
    "　　活动中，多部门协同发力，捐赠\n图书400余册，打造骑手的“精神补\n给站”。\n"
)
_SECOND = (
    "　　“我们建设中转站，既为群众解\n决运输难题，又能为村集体创收。”\n5月12日，平安市上石镇党总支部\n书记说。\n"
    "　　今年一季度，平安市村级集体经\n济总收入375万元。\n"
)


def test_foot_headlines_and_the_reporter_line_between_bodies_on_a_page_without_blank_lines():
    page = (
        "乡村振兴　　　　　2026年3月6日　星期五　　第7版\n"
        + _FIRST
        + "记者 王立\n"
        + _SECOND
        + "河川：“小驿站”为新就业群体暖心充电\n平安市：一季度村集体经济收入大幅增长\n"
        + "责任编辑：郑南　　版式设计：吴北\n"
    )
    first, second = _articles(page)
    assert first.byline == "记者 王立"
    assert second.byline in (None, "")
    assert second.paragraphs[-1] == "今年一季度，平安市村级集体经济总收入375万元。"
    assert first.title == "河川：“小驿站”为新就业群体暖心充电"
    assert second.title == "平安市：一季度村集体经济收入大幅增长"


def test_a_reporter_line_over_a_paragraph_on_a_page_with_blank_lines_opens_it():
    page = (
        "乡村振兴　　　　　2026年3月6日　星期五　　第7版\n\n驿站暖了骑手心\n\n"
        + _FIRST
        + "\n记者 王立\n"
        + _SECOND
    )
    articles = _articles(page)
    assert articles[-1].byline == "记者 王立"


def test_a_reporter_line_on_a_page_whose_bodies_open_under_bylines_opens_the_next_body():
    page = "乡村振兴　　　　　2026年3月6日　星期五　　第7版\n记者 赵强\n" + _FIRST + "记者 王立\n" + _SECOND
    articles = _articles(page)
    assert articles[-1].byline == "记者 王立"


def test_a_reporter_line_on_a_page_whose_first_body_opens_with_its_named_dateline_opens_the_next_body():
    # heldout15 p08 / layouts17 p03 printed without their blank lines: `本报讯（记者 …）` opens the first body
    # (the dateline wrapped inside its bracket)
    first = "　　本报讯（记者 赵强 \n通讯员 李明）近日" + _FIRST.removeprefix("　　近日")
    page = "乡村振兴　　　　　2026年3月6日　星期五　　第7版\n" + first + "本报记者 王立\n" + _SECOND
    articles = _articles(page)
    assert len(articles) == 2 and articles[-1].byline == "本报记者 王立"
    assert articles[-1].paragraphs[0].startswith("“我们建设中转站")


def test_a_bare_dateline_names_no_reporter_so_the_line_still_closes_the_body_above():
    first = "　　本报讯 近日" + _FIRST.removeprefix("　　近日")
    page = (
        "乡村振兴　　　　　2026年3月6日　星期五　　第7版\n"
        + first
        + "记者 王立\n"
        + _SECOND
        + "河川：“小驿站”为新就业群体暖心充电\n平安市：一季度村集体经济收入大幅增长\n"
    )
    first_article, second = _articles(page)
    assert first_article.byline == "记者 王立" and second.byline in (None, "")
