"""A headline set across two columns' width whose two halves the extraction printed on two lines, the second
pushed right past the first half's end (layouts35 p06, invented here): one headline, both halves its title. The
first half was read as the kicker of the second. Negatives: a kicker over a headline set under it (flush or
centred, starting before the kicker's end) stays a kicker over its headline."""

from __future__ import annotations

from builder.ingest.centredheads import place_heads
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_BODY = (
    "\n\n  本报讯（记者 马兰）银川市兴庆区在\n社区推行“邻里守望岗”48个，今年帮\n助居民解决难题1500余件。\n"
)


def _articles(page: str):
    text, _ = place_heads(page, None)
    return segment(assemble(classify_page(text)))


def test_halves_pushed_right_are_one_headline():
    articles = _articles("“邻里守望岗”暖人心\n" + " " * 12 + "守望相助添温度" + _BODY)
    assert len(articles) == 1
    assert articles[0].title.replace("\u3000", "").replace(" ", "") == "“邻里守望岗”暖人心守望相助添温度"
    assert articles[0].subtitle is None


def test_a_kicker_under_which_the_headline_starts_stays_a_kicker():
    articles = _articles("“邻里守望岗”暖人心\n" + " " * 3 + "兴庆区社区治理添温度" + _BODY)
    assert articles[0].title == "兴庆区社区治理添温度"
