"""The editors' line in brackets at a page's foot naming two roles (`（本版编辑 马兰 校对 丁一）`) is furniture.
Invented lines."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line


def test_bracketed_editors_with_two_roles_are_furniture() -> None:
    assert is_furniture_line("（本版编辑 周敏 校对 陈思）")
    assert is_furniture_line("（本版编辑 周敏　美术编辑 王亮）")
    assert is_furniture_line("（本版编辑 周敏）")


def test_bracketed_words_are_not_furniture() -> None:
    assert not is_furniture_line("（本版编辑周敏校对陈思说好）")
