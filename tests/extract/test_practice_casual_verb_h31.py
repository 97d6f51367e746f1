"""A practice heldout31 mistook (p02, invented lines): a verb doubled around 一 in quotes (“唠一唠”, “聊一聊”) is
how a speaker says a thing is done, casually, not a practice's name; followed by a mechanism word
(“议一议”机制) it names one."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def _names(body: str) -> list[str]:
    return extract_practices("", body)


def test_a_doubled_verb_in_quotes_is_no_name() -> None:
    assert _names("老周说，现在大家先在院坝里“聊一聊”，很多事当场就定了。") == []
    assert _names("居民有事先到楼下“坐一坐”，再找社区。") == []


def test_a_doubled_verb_before_a_mechanism_word_is_a_name() -> None:
    assert "议一议" in _names("社区推行“议一议”机制，每月召开一次居民会。")
