"""A 快讯 run with no headlines and no bullets (issue 14, heldout7 m07).

`基层快讯` / `（本报综合）`, then paragraphs between blank lines, each opening with its place in full
(`南通市崇川区任港街道…`, `乐山市市中区…`): it became one article titled `（本报综合）`, the column's name its
subtitle. The column's name and its credit are furniture (the credit titles and credits no item); each paragraph
opening with its place in full is an item of its own, its title made from its lead. A paragraph of the same
item (`今年以来，…`) and a paragraph outside a column of briefs stay where they are.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# heldout7 m07's first two items, as printed (24-character wraps)
_HEAD = "基层快讯\n（本报综合）\n\n"
_ITEM_1 = (
    "南通市崇川区任港街道组建“红色楼宇联盟”，吸纳辖\n"
    "区商务楼宇内企业党组织27个，为楼宇白领提供政策\n"
    "咨询、子女托管等服务。今年以来，联盟开展联谊活动\n"
    "46场。\n"
)
_ITEM_2 = (
    "乐山市市中区在全区各镇街设立“民情茶馆”31个，\n"
    "每周由一名区级领导轮流坐班接待群众，今年以来接待\n"
    "群众2300余人次，化解矛盾纠纷180件。\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_each_paragraph_opening_with_its_place_is_an_item_and_the_credit_no_title():
    articles = _articles(_HEAD + _ITEM_1 + "\n" + _ITEM_2)
    assert len(articles) == 2
    assert articles[0].text.startswith("南通市崇川区任港街道组建") and articles[1].text.startswith(
        "乐山市市中区在"
    )
    assert all(a.title and "本报综合" not in a.title and "快讯" not in a.title for a in articles)
    assert all(a.subtitle is None and a.byline is None for a in articles)
    assert all("本报综合" not in a.text for a in articles)


def test_a_paragraph_of_the_same_item_stays_with_it():
    more = "今年以来，联盟还为楼宇企业\n解决用工难题等12件。\n"
    articles = _articles(_HEAD + _ITEM_1 + "\n" + more + "\n" + _ITEM_2)
    assert len(articles) == 2 and "解决用工难题" in articles[0].text


def test_outside_a_column_of_briefs_a_paragraph_opening_with_a_place_stays_in_its_article():
    page = "“红色楼宇联盟”聚起白领朋友圈\n\n" + _ITEM_1 + "\n" + _ITEM_2
    articles = _articles(page)
    assert len(articles) == 1 and "民情茶馆" in articles[0].text
