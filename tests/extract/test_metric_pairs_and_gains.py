"""Metrics (heldout25): pairs counted by 对 (已结对86对), never the 对 of 一对一 or 对接; money more earned for each
unit sold (每斤比以前多卖0.8元) is what the work gained, not a norm set per unit. Invented sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def values(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


def test_pairs_are_counted():
    assert values("社区组织低龄老人结对帮扶高龄老人，已结对52对。") == [(52, "对")]
    assert (30, "对") in values("今年共有30对新人参加集体婚礼。")


def test_one_to_one_and_words_opening_with_dui_count_no_pairs():
    assert all(unit != "对" for _, unit in values("党员与困难群众开展一对一帮扶，推行1对1结对。"))
    assert all(unit != "对" for _, unit in values("全镇3对接点已运行。"))


def test_money_more_earned_per_unit_is_a_result():
    assert (0.6, "元") in values("合作社统一收购后，果农每斤柑橘比以前多卖0.6元。")
    assert values("每名党员每月联系2户群众。") == []  # (a norm per member stays none)
