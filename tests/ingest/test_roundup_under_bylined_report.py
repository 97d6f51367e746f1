"""A round-up printed under a bylined report: a blank line, a headline-shaped banner naming the wider region, then
`■place　…` items (review rv34b's misfire of labelleditems, 1780a903 / e5879dd8). The blank line over the banner
ends the report: the banner heads the round-up (furniture) and each item is a report of its own. Before: the banner
was the report's `##` subheading and the items its paragraphs. On a page printing no blank line, the banner ends
the report too when the items name places the report's own do not enclose (南川市 over 临湘市, 华容县: review
rv34b #4's p4). Invented lines. Negative: a report's own places' paragraphs (宜昌市 over 远安县, 兴山县) under a
subheading with no blank line stay the report's (tests/ingest/test_bylined_report_lists_places.py)."""

from __future__ import annotations

import pytest

from tests.support.pages import page_articles, restored_page_articles

_REPORT = (
    "南川推行“邻里议事厅”\n"
    "本报讯（记者 秦晓雨）今年以来，南川市在城乡\n"
    "推行“邻里议事厅”，全市800个小区已建起\n"
    "议事厅，居民的事由居民商量着办。\n"
)
_ROUNDUP = (
    "湘北多地为基层治理出新招\n"
    "\n"
    "■临湘市　临湘市推行“村事清单”制度，\n"
    "把村级组织承担的事项列成清单。\n"
    "■华容县　华容县推行“屋场夜话”，每周\n"
    "二晚上由村干部到屋场与群众交流。\n"
)


@pytest.mark.parametrize("read", [page_articles, restored_page_articles], ids=["printed", "restored"])
def test_a_blank_line_and_a_banner_over_place_items_end_the_report(read) -> None:
    articles = read(_REPORT + "\n" + _ROUNDUP)
    assert len(articles) == 3
    assert "湘北多地" not in articles[0].text and "临湘市推行" not in articles[0].text
    assert sorted(a.text[:5] for a in articles[1:]) == ["临湘市推行", "华容县推行"]


def test_with_no_blank_line_items_of_other_places_end_the_report() -> None:
    articles = restored_page_articles(_REPORT + _ROUNDUP.replace("\n\n", "\n"))
    assert len(articles) == 3
    assert "湘北多地" not in articles[0].text and "临湘市推行" not in articles[0].text
    assert sorted(a.text[:5] for a in articles[1:]) == ["临湘市推行", "华容县推行"]
