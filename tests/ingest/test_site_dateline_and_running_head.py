"""Real R10 kinds (issue 14), invented lines: a site's dateline naming the paper it belongs to in brackets,
set after a gap on its headline's line (`…优服务   荆楚网（湖北日报网）讯（通讯员 …）`), and the page's running head
in two shapes the furniture rules did not know (`基层治理  ·  3` alone over a blank line; `2  ·  2026年2月20日`
under the page's label). Before, the headline line stayed text and the running head became the title."""

from __future__ import annotations

from builder.ingest.datelines import BAOXUN, split_baoxun
from builder.ingest.pagelines import FURNITURE, HEADLINE, KICKER
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_BODY_BEFORE = "　　社区干部上门服务，群众满\n意度不断提高。\n\n\n"
_LEAD = "　　江汉区北湖街道常青社区\n锦绣苑小区建于1998年，属典型老旧小区。\n"


def _units(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page)]


def test_a_site_dateline_naming_its_paper_in_brackets_is_a_byline():
    for dateline in ("江城网（江城日报网）讯（通讯员 周安）", "云岭网（云岭日报）5月3日讯（记者 李青）"):
        assert BAOXUN.match(dateline)
        assert split_baoxun(dateline + "日前，…")[0] == dateline


def test_the_headline_beside_such_a_dateline_heads_its_article():
    page = "社区周报\n2026年4月1日 第3版\n\n" + _BODY_BEFORE
    page += "“两个统筹”强引领 “红色物业”优服务   江城网（江城日报网）讯（通讯员 周安）\n\n" + _LEAD
    articles = segment(assemble(classify_page(page)))
    assert [(a.title, a.byline) for a in articles[1:]] == [
        ("“两个统筹”强引领 “红色物业”优服务", "江城网（江城日报网）讯（通讯员 周安）")
    ]
    assert articles[1].paragraphs[0].startswith("江汉区北湖街道常青社区")


def test_brackets_that_name_no_paper_or_site_make_no_dateline():
    for text in (
        "社区（村）党组织讯（记者 李青）",  # not a site or a paper before the bracket
        "江城网（江城日报网）报道，日前…",  # no 讯 after it
        "据江城日报（江城网）讯，日前",  # no writers' bracket after 讯
    ):
        assert not BAOXUN.match(text)


def test_the_running_head_alone_at_the_top_is_furniture():
    page = "基层治理  ·  3\n\n    倾听“新”声 办好“新”事\n江北：“三访工作法”服务骑手\n\n"
    page += "　　“小区的门禁能不能给骑手开\n个口子？”3月18日下午，江北区召开恳谈会。\n"
    units = _units(page)
    assert units[0] == (FURNITURE, "基层治理  ·  3")
    assert (KICKER, "倾听“新”声 办好“新”事") in units
    assert (HEADLINE, "江北：“三访工作法”服务骑手") in units


def test_a_page_number_and_date_under_the_page_label_are_furniture():
    page = "综合新闻\n2  ·  2026年2月20日\n\n新春走基层\n\n　　本报讯 江北区为骑手建起驿站12个。\n"
    units = _units(page)
    assert units[:2] == [(FURNITURE, "综合新闻"), (FURNITURE, "2  ·  2026年2月20日")]


def test_a_label_and_number_over_text_or_a_number_beside_a_date_in_a_sentence_stay_text():
    units = _units("一组数据 · 3\n社区今年新建驿站12个，服务骑手3000余人次。\n")
    assert units[0][0] != FURNITURE
    units = _units("　　本报讯 社区今年新建驿站\n12 · 2026年的目标已经完成。\n")
    assert all(kind != FURNITURE for kind, _ in units)
