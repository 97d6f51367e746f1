"""A 专版 page (heldout34 p06's kind, invented here): under the page's date line, its banner (`…·某某实践`) over
its sponsors' line (`主办单位：…　协办单位：…`), then a report under a column label, headline and byline. The
banner was read as text and written as the first report's title; it is furniture, like the sponsors' line.
Negative: a sponsors' line under a finished article (a copied site's foot) leaves the article's text alone."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "head",
    [
        # the banner a series' (`·`), a co-sponsor under the sponsor
        "2026年5月8日　星期五　　　　第6版　专版\n党建引领城市基层治理·某某实践\n"
        "主办单位：中共某某区委组织部　　协办单位：某某区融媒体中心\n\n",
        # the page's head naming its 专版, the sponsor alone
        "南湖日报　2026年5月8日　星期五　　第6版　社区治理专版\n共建共治共享　幸福南湖\n"
        "主办单位：中共南湖区委组织部\n\n",
    ],
)
def test_banner_over_sponsors_is_furniture(head):
    articles = segment(assemble(classify_page(head + _REPORT)))
    assert [a.title for a in articles] == ["以“小网格”托起“大民生”"]
    assert "某某实践" not in articles[0].text and "幸福南湖" not in articles[0].text


def test_sponsors_under_a_finished_article_leave_it_alone():
    units = classify_page(_REPORT + "主办单位：某某区融媒体中心\n")
    assert any(u.kind == "text" and "830名" in u.text for u in units)


_EVENT = (
    "西山区邻里议事论坛在南湖街道举办\n"
    "主办单位：中共西山区委社会工作部\n"
    "　　5月6日，西山区首届邻里议事论坛在\n"
    "南湖街道举办，全区40余名社区书记参加。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "",  # no page head above: the page's first line
        "南湖日报　2026年5月8日　星期五　　第3版　社区\n",  # a page head naming no 专版
    ],
)
def test_an_events_headline_over_its_sponsor_stays_the_headline(head):
    articles = segment(assemble(classify_page(head + _EVENT)))
    assert [a.title for a in articles] == ["西山区邻里议事论坛在南湖街道举办"]
