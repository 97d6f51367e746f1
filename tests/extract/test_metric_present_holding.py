"""A figure the unit holds now (`某街道现有40多家物业管理小区，长期以来，…存在短板`, real R35 p02) is counted even
when the sentence goes on to the long-standing trouble the work addresses: 现有 is a word of the present. A
sentence of the old state alone stays no metric. Invented sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _counted(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


def test_what_the_unit_holds_now_is_counted_beside_a_long_standing_trouble() -> None:
    body = "城关街道现有30多个老旧小区，长期以来，由于缺少管理，小区环境脏乱差问题突出。"
    assert (30, "个") in _counted(body)


def test_the_old_state_alone_is_no_metric() -> None:
    body = "长期以来，这个村只有2名党员，村集体收入不足1万元。"
    assert _counted(body) == []
