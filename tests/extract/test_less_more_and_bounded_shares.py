"""Kinds of heldout36 p05 and layouts36 p02, p04 (issue 14, invented text): an exhortation weighing less of one
manner against more of another (少一些“作秀式”服务，多一些“雪中送炭”) names no practice
(practice_quotes.contrasts_in); a council of consultation (“街巷协商会”, “楼院恳谈会”) is named like a 议事会
(practice_signs.SUFFIXES); a share bounded by 不足/超过 after a 的-phrase opening its clause is a metric of the
members that phrase names (metric_shares.share_described); a share one gets more of for a standing
(多兑换一成) is the scheme's norm, no metric (metric_shares.bonus_share); a count printed in words (三个, 一批) is
a figure for the programme test (summary_stock.is_programme)."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics
from builder.extract.practices import extract_practices
from builder.extract.summary_stock import is_programme


@pytest.mark.parametrize(
    "body",
    [
        "开展活动要少一些“摆拍式”服务，多一些“解难题”。",
        "为民办事，多一点“暖心式”服务，少一点“走秀式”排场。",
    ],
)
def test_less_of_one_more_of_another_names_no_practice(body: str) -> None:
    assert extract_practices("", body) == []


@pytest.mark.parametrize("name", ["巷口协商会", "楼院恳谈会"])
def test_a_council_of_consultation_is_named(name: str) -> None:
    body = f"居民反映的问题，能办的当场办，办不了的提交“{name}”商议。"
    assert extract_practices("", body) == [name]


def test_a_bounded_share_after_a_phrase_is_a_metric() -> None:
    found = extract_metrics("全县党员不少，实际参与活动的不足三成。")
    assert [(m.label, m.value, m.unit, m.approx) for m in found] == [("实际参与活动", 30, "%", True)]
    found = extract_metrics("报名的人很多，真正参与服务的超过四成。")
    assert [(m.value, m.unit) for m in found] == [(40, "%")]


def test_a_share_more_for_a_standing_is_no_metric() -> None:
    assert extract_metrics("评上星级的家庭在积分超市可以多兑换两成物品。") == []
    assert [(m.value, m.unit) for m in extract_metrics("今年矛盾纠纷减少了三成。")] == [(30, "%")]


def test_a_count_in_words_is_a_figure_for_the_programme_test() -> None:
    programme = "某某镇坚持党建引领，着力建强队伍，基层治理水平不断提升。"
    assert is_programme(programme)
    assert not is_programme("某某镇坚持党建引领，着力建强队伍，建起三个议事点，基层治理水平不断提升。")
    assert not is_programme("某某镇坚持党建引领，着力培育一批带头人，基层治理水平不断提升。")
