"""A building, entrance or floor after a house number is an address, not a count (issue 14, real R36 p03: a reporter
walking to `某路78号1幢` got a metric of 1 幢). `3栋2单元` was read as an address already (the number before a part
of a building); now the part after a house number `N号` (or `N号楼`) is too. Invented sentences, and guards."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics


def _pairs(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    "text",
    [
        "上午9点，我跟着网格员来到青石巷16号2幢，挨家挨户查看消防通道。",
        "网格员敲开了东风路8号3栋的房门，老人正在家中等候。",
        "她住在幸福里21号楼4单元，楼道里的灯坏了三天。",
    ],
)
def test_a_part_of_a_building_after_a_house_number_is_no_count(text):
    assert not [pair for pair in _pairs(text) if pair[1] in ("幢", "栋", "单元")]


def test_buildings_counted_stay_counted():
    assert (12.0, "幢") in _pairs("今年社区改造老旧住宅楼12幢，惠及居民860户。")
    assert (6.0, "栋") in _pairs("小区16号地块新建安置楼6栋。")
