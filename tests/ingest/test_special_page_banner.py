"""A 专版 page (heldout34 p06's kind, invented here): under the page's date line, its banner (`…·某某实践`) over
its sponsors' line (`主办单位：…　协办单位：…`), then a report under a column label, headline and byline. The
banner was read as text and written as the first report's title; it is furniture, like the sponsors' line.
Negative: a sponsors' line under a finished article (a copied site's foot) leaves the article's text alone."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_REPORT = (
    "【经验交流】\n"
    "以“小网格”托起“大民生”\n\n"
    "■中共某某区委组织部\n\n"
    "　　某某区地处城区中心，辖9个街道、60个社区。近年来，\n"
    "某某区坚持党建引领，推动治理重心下移。\n"
    "　　全区划分网格820个，配备专职网格员830名。\n"
)


def test_banner_over_sponsors_is_furniture():
    page = (
        "2026年5月8日　星期五　　　　第6版　专版\n"
        "党建引领城市基层治理·某某实践\n"
        "主办单位：中共某某区委组织部　　协办单位：某某区融媒体中心\n\n" + _REPORT
    )
    articles = segment(assemble(classify_page(page)))
    assert [a.title for a in articles] == ["以“小网格”托起“大民生”"]
    assert "某某实践" not in articles[0].text


def test_sponsors_under_a_finished_article_leave_it_alone():
    units = classify_page(_REPORT + "主办单位：某某区融媒体中心\n")
    assert any(u.kind == "text" and "830名" in u.text for u in units)
