"""A bylined report listing its places as `■place　…` paragraphs (no blank lines, with or without a subheading over
them) is one report: labelleditems read each place's paragraph as a round-up's item and split it into 3 articles
(invented page of the kind). An item is in a series only when the labelled line above was read as an item.
Positive: a round-up under its banner still gives one article an item.
"""

from __future__ import annotations

import pytest

from tests.support.pages import restored_page_articles

_REPORT = (
    "宜昌推行“院落议事会”\n"
    "本报讯（记者 吴兰）今年以来，宜昌市在城乡\n"
    "推行“院落议事会”，全市1200个院落已建立\n"
    "议事会，群众的事由群众商量着办。\n"
)
_ITEMS = (
    "■远安县　远安县把议事会开到田间地头，今年\n"
    "议定事项260件。\n"
    "■兴山县　兴山县为议事会配备党员联络员，\n"
    "帮助群众协调解决问题。\n"
    "市委社会工作部有关负责人说，下一步将\n"
    "总结推广好的做法。\n"
)


@pytest.mark.parametrize("subheading", ["", "各地做法各有千秋\n"], ids=["plain", "subheading"])
def test_a_bylined_report_listing_its_places_is_one_report(subheading: str):
    articles = restored_page_articles(_REPORT + subheading + _ITEMS)
    assert len(articles) == 1
    assert "远安县把议事会" in articles[0].text and "兴山县为议事会" in articles[0].text
    assert "总结推广好的做法" in articles[0].text


def test_a_roundup_under_its_banner_still_splits():
    page = "基层一线\n\n宜昌多地创新基层议事\n\n" + _ITEMS.replace(
        "市委社会工作部有关负责人说，下一步将\n总结推广好的做法。\n", ""
    )
    articles = restored_page_articles(page)
    assert [a.text[:5] for a in articles] == ["远安县把议", "兴山县为议"]
