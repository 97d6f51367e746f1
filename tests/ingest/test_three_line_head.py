"""A three-line head (layouts34 p03, invented here): a kicker, the headline, and a deck of two lines without
dashes, the deck's first line saying what was done with its figure, over the byline. The deck's first line was
read as the headline (the real headline its kicker), and once read as a deck the kicker made the deck a headline of
its own (a body split off). The headline is titled, the two deck lines joined its subtitle. Negatives: headlines
printed together, none giving a figure; a deck line with no figure.
"""

from __future__ import annotations

from builder.ingest.decks import deck_of_two_under
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "甘肃组工　2026年12月2日　第3版\n\n"
    "夯实基层治理根基\n"
    "甘肃推行“陇原红色网格”\n"
    "全省1.6万个网格配齐党员网格长\n"
    "群众办事更加便捷\n\n"
    "本报记者 马文\n"
    "　　今年以来，甘肃省在城乡推行“陇原红色网\n"
    "格”，把党组织建在网格上。\n"
    "　　截至目前，全省已有1.6万个网格配齐党员\n"
    "网格长，化解矛盾纠纷8300余件。\n"
)


def test_kicker_headline_and_two_line_deck():
    articles = segment(assemble(classify_page(_PAGE)))
    assert len(articles) == 1
    assert articles[0].title == "甘肃推行“陇原红色网格”"
    assert articles[0].subtitle == "全省1.6万个网格配齐党员网格长群众办事更加便捷"


def test_only_a_deck_giving_a_figure_first():
    assert deck_of_two_under(
        "夯实基层治理根基", "甘肃推行“陇原红色网格”", ["全省1.6万个网格配齐党员网格长", "群众办事更加便捷"]
    )
    assert not deck_of_two_under(
        "夯实基层治理根基", "甘肃推行“陇原红色网格”", ["网格配齐党员网格长", "群众办事更加便捷"]
    )
    assert not deck_of_two_under(
        "全省建成网格1.6万个", "甘肃推行“陇原红色网格”", ["网格配齐8000名网格长", "群众办事便捷"]
    )
