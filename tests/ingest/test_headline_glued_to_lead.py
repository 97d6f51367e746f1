"""A headline the layout glued to its lead and wrapped with it (tests/corpus/heldout6 k07): `友谊街道“铁人先锋岗”
服务暖民` / `心大庆市萨尔图区友谊街道在辖区` / …: the lead begins where it names the headline's place in full
(`大庆市萨尔图区` + `友谊街道`). Before, the article had no printed title and one was made from its lead
(`先锋岗党员还为辖区：铁人先锋岗`), with the headline left in the body."""

from __future__ import annotations

from builder.ingest.gluedlead import lead_start
from builder.ingest.pagelines import HEADLINE, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# k07's first lines, as printed
_K07 = (
    "龙江基层  第7版  2026年1月15日 星期四\n\n"
    "友谊街道“铁人先锋岗”服务暖民\n心大庆市萨尔图区友谊街道在辖区\n11个社区设立“铁人先锋岗”，\n"
    "组织在职党员、退休党员认领服务\n岗位。\n"
)


def _units(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page)]


def test_the_headline_ends_where_the_lead_names_its_place_in_full():
    article = segment(assemble(classify_page(_K07)))[0]
    assert article.title == "友谊街道“铁人先锋岗”服务暖民心"
    assert not article.title_generated
    assert article.text.startswith("大庆市萨尔图区友谊街道在辖区11个社区设立“铁人先锋岗”")


def test_a_glued_headline_after_a_finished_article_opens_the_next_one():
    page = (
        "前进区网格员“扫楼”排查隐患\n\n佳木斯市前进区将全区划分为216个网格。\n\n"
        "友谊街道“铁人先锋岗”服务暖民\n心大庆市萨尔图区友谊街道在辖区\n11个社区设立“铁人先锋岗”。\n"
    )
    articles = segment(assemble(classify_page(page)))
    assert [a.title for a in articles] == ["前进区网格员“扫楼”排查隐患", "友谊街道“铁人先锋岗”服务暖民心"]


def test_where_the_lead_begins():
    assert lead_start("友谊街道“铁人先锋岗”服务暖民心大庆市萨尔图区友谊街道在辖区11个社区") == 16
    # the place's unit acting with (联合) the place named in full: a sentence's first words
    assert lead_start("萨尔图区委组织部联合大庆市萨尔图区友谊街道在辖区11个社区") is None
    # a phrase whose place the lead does not name again
    assert lead_start("铁人精神代代相传大庆市萨尔图区友谊街道在辖区11个社区") is None
    # a place named once, not in full (no chain of places): no lead's opening
    assert lead_start("友谊街道“铁人先锋岗”服务暖民心萨尔图区友谊街道在辖区11个社区") is None
    # a sentence: the words before the chain are no headline
    assert lead_start("友谊街道组织党员，大庆市萨尔图区友谊街道在辖区11个社区") is None


def test_inside_an_article_a_line_naming_places_stays_text():
    # not after a blank line: a line of the body, whatever places it names
    page = (
        "友谊街道“铁人先锋岗”服务暖民心\n\n本报记者 孙晓东\n\n目前，全街道已有1650名党员上岗服务，友谊街道\n"
        "“铁人先锋岗”服务暖民心大庆市萨尔图区友谊街道的\n做法得到推广。\n"
    )
    assert [text for kind, text in _units(page) if kind == HEADLINE] == ["友谊街道“铁人先锋岗”服务暖民心"]
    assert (TEXT, "做法得到推广。") in _units(page)


def test_a_headline_glued_to_a_dateline_is_left_to_the_dateline_rules():
    assert (
        lead_start("科尔沁区为新就业群体建起“暖蜂驿站”本报讯（记者 包红梅）通辽市科尔沁区在城区建起") is None
    )
