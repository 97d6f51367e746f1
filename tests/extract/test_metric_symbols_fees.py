"""Figures heldout27 p05 missed, by kind (invented lines): a unit printed as its symbol (120㎡, 2.3万㎡; NFKC would
make it `m2`, a number) is its word, 平方米; a fee charged for each unit (每月每平方米收费0.25元) is a price the practice
set, no norm of one person's share."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics
from builder.extract.numbers import parse_quantity


def _figures(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


def test_a_unit_printed_as_its_symbol_is_its_word() -> None:
    assert _figures("社区把闲置车库改造成一处80㎡的“四点半课堂”。") == [(80, "平方米")]
    assert _figures("今年新建口袋公园6个，增加绿地1.5万㎡。") == [(6, "个"), (15000, "平方米")]
    assert [(q.value, q.unit) for q in map(parse_quantity, ("3.2㎞", "12㏊"))] == [
        (3.2, "公里"),
        (12, "公顷"),
    ]


def test_a_fee_charged_for_each_unit_is_a_figure() -> None:
    assert _figures("小区实行准物业管理，每月每平方米收费0.3元，用于保洁和维修。") == [(0.3, "元")]
    assert _figures("红白理事会规定，每户每月缴纳2元卫生费。") == [(2, "元")]
    # negatives: one person's share of a duty stays a norm
    assert _figures("每名党员每月认领1个岗位。") == []
