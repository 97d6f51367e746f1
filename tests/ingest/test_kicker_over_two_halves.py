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


def test_result_so_far_with_its_figure_is_the_deck() -> None:
    # what the work came to, a time span then a figure, under the headline naming the place and the work
    assert deck_under("南湖推行“红黄绿”分级调解", "一年来化解各类矛盾纠纷8600件")
    assert deck_under("南湖推行“楼栋服务站”", "今年以来服务老人3.2万人次")


def test_result_without_figure_is_left_to_the_other_rules() -> None:
    # no figure: the rule says nothing; a headline naming its place keeps a non-means line as its kicker's head
    assert not deck_under("南湖推行“红黄绿”分级调解", "一年来化解了许多矛盾纠纷")
