"""Two short lines alike in length, each a verb and its object, neither naming a place (`坚持…引领` / `推进…治理`),
over the byline: one headline of two predicates set one over the other, not a headline and its deck
(decks._parallel_predicates; real R22 r22_01). Negatives: a longer deck saying what was done under a headline
naming who acts stays a deck; a line naming a place over a verb line is no such pair."""

from __future__ import annotations

import pytest

from builder.ingest.decks import deck_under
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def test_two_parallel_predicates_over_a_byline_are_one_headline() -> None:
    page = (
        "坚持服务为先\n推进邻里互助\n\n"
        "本报讯（记者 王小明 通讯员 李红）昨日，记者了解到，某某区某某乡\n"
        "以完善阵地建设为抓手，推动邻里互助新模式。\n"
    )
    with data_dir_fixed():
        [article] = segment(assemble(classify_page(page)))
    assert article.title == "坚持服务为先推进邻里互助" and article.subtitle is None


@pytest.mark.parametrize(
    "headline, below",
    [
        ("老街坊的“议事桌”", "推进老旧小区改造提质增效"),  # a longer deck under a headline
        ("某某县党建引领", "推进乡村善治"),  # a place named
    ],
)
def test_a_deck_under_its_headline_stays_a_deck(headline: str, below: str) -> None:
    assert deck_under(headline, below)
