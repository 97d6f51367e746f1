"""A ledger its workers keep and take along, quoted with its name (`掏出“楼栋民情账本”`, a real report's kind;
golds list “民情台账”, “红色账本”, “民情日记” as practices): a named tool, a practice wherever the sentence
names it; a unit's paperwork in general (“工作台账”) is none. Invented sentences."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_a_named_ledger_taken_out_is_a_practice():
    text = "网格员赶到现场，掏出“楼栋民情账本”翻到商户一页，店主姓名、电话一目了然。"
    assert extract_practices("", text) == ["楼栋民情账本"]


def test_a_units_paperwork_in_general_is_no_practice():
    assert extract_practices("", "网格员掏出“工作台账”逐项核对。") == []
