"""A commentary column's label over a commentary of its own, anywhere on the page (the kind heldout8 n04 prints
at the page's head, issue 14): `评  论` / headline / `■周晓梅` after another article was taken for a sidebar's
label, and the commentary left out with it. A sidebar under such a label (no byline under its title) stays a
sidebar. Lines invented in the kind.
"""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE, SIDEBAR
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

REPORT = (
    "红星街道“议事长廊”议出好日子\n本报记者 王琳\n\n"
    "某某市某某区红星街道在辖区9个社\n区建起“议事长廊”，居民有事在长\n廊里商量着办。\n\n"
)
COMMENTARY = (
    "评  论\n基层治理要多听“百姓声”\n■周晓梅\n"
    "基层治理千头万绪，落脚点是群\n众的获得感。说到底，治理没有\n捷径，多听百姓声，才能赢得民心。\n"
)


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


def test_a_commentary_after_a_report_is_an_article():
    units, articles = _read(REPORT + COMMENTARY)
    assert any(u.kind == FURNITURE and u.text == "评  论" for u in units)
    assert [(a.title, a.byline) for a in articles] == [
        ("红星街道“议事长廊”议出好日子", "本报记者 王琳"),
        ("基层治理要多听“百姓声”", "周晓梅"),
    ]
    assert articles[1].paragraphs[0].startswith("基层治理千头万绪")


def test_a_sidebar_under_the_label_stays_a_sidebar():
    sidebar = "短评\n网格要“活”起来\n网格划得再细，如果没有人、没有\n活力，也只是地图上的线条。\n"
    units, articles = _read(REPORT + sidebar)
    assert any(u.kind == SIDEBAR for u in units)
    assert len(articles) == 1 and "网格划得再细" not in "".join(articles[0].paragraphs)
