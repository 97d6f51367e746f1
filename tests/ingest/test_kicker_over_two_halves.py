"""A short kicker over a headline printed in two halves on one line (decks.deck_under): the lower line is the
headline, not the upper line's deck. Invented lines."""

from __future__ import annotations

from builder.ingest.decks import deck_under


def test_kicker_over_a_two_part_headline() -> None:
    assert not deck_under("基层治理新探索", "南湖区推行“楼栋议事会” 邻里的事大家商量着办")


def test_deck_under_a_headline_is_kept() -> None:
    # a place then a verb, one phrase, under a headline naming no place: its deck
    assert deck_under("打造友好场景 暖新更暖心", "全南构建“点线面”服务网络")
    assert deck_under("老街坊的事大家商量着办", "南湖区推行“楼栋议事会”协商机制")
