"""The people a deed is done for, counted after 为/给 (`为八九十位老人准备午餐`, `为30多位老人理发`): the label is
the people, ending at their head noun, never the people and the service run together (`老人准备午餐`, `老人理发`),
however short the run (real R31b). Invented sentences of the same shape; negatives: a label already ending in its
head noun, and one with a stop after it, are kept whole."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def found(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


def test_the_people_a_service_is_done_for_end_at_their_head_noun() -> None:
    assert found("周一到周五，食堂要为六七十位老人准备晚餐。") == [("老人", 60, "位")]
    assert found("志愿者每月为40多位老人理发。") == [("老人", 40, "位")]
    assert found("社区每天为25位独居老人做饭。") == [("独居老人", 25, "位")]


def test_a_label_ending_in_its_head_noun_stays_whole() -> None:
    assert found("今年为86户困难家庭送去慰问品。") == [("困难家庭", 86, "户")]
    assert found("社区每天为120名老人提供午餐。") == [("老人", 120, "名")]
