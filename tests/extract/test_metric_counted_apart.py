"""Metric labels (real page R18, paraphrased with invented names): a count before a 等-list whose whole has its own
number counts the unit opening the list's first item (整合15个村（社区）土地、房屋、厂房等资源71项: 15 villages, 71
resources — not 15 resources and 71 items), and a counted noun that is also a county's bare stem (资源 of 资源县) is
no place: 整合资源71项 was labelled 项数. Invented sentences of each kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.extract.metric_labels import is_place
from builder.extract.metrics import extract_metrics


def found(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "某镇以盘活“三资”为突破口，整合12个村（社区）土地、房屋、厂房等资源64项，实现共赢。",
            [("村（社区）", 12, "个"), ("资源", 64, "项")],
        ),
        ("整合8个村土地、房屋等资源40项。", [("村", 8, "个"), ("资源", 40, "项")]),
        ("盘活5个村闲置校舍、厂房等资产23处。", [("村", 5, "个"), ("资产", 23, "处")]),
        ("全镇整合资源71项。", [("资源", 71, "项")]),
        # negatives: the whole has no number of its own (it is what the count counts), a list of people
        ("带动8个村合作社、家庭农场等经营主体发展。", [("经营主体", 8, "个")]),
        ("全市共有3000名快递小哥、外卖骑手等新就业群体。", [("新就业群体", 3000, "名")]),
    ],
)
def test_a_count_before_a_list_whose_whole_is_counted_apart(body, expected):
    assert found(body) == expected


def test_a_counted_noun_is_no_place_but_a_county_is():
    assert not is_place("资源")
    assert is_place("鹿寨县") and is_place("自治区、市、区")
