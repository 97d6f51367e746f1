"""A subheading nearly as wide as the column, standing apart between blank lines over an indented paragraph, is a
heading (issue 14, real R36 p03: `步履不停，走完…的“最后一米”` was read as a paragraph's first line before a
column break and glued to the paragraph under it, `…“最后一米”方某今年44岁，…`, in the body and the card). An
unindented line over an indented paragraph opens none of it. Invented page, and a guard."""

from __future__ import annotations

from tests.support.pages import page_articles

_HEAD = "青石社区：网格员走进楼道\n\n　　入夏以来，青石社区网格员每天早上\n走进楼道，查看消防通道和电动车充电。\n\n"
_UNDER = "\n\n　　李某今年45岁，是青石社区专职网格\n员。从2021年开始，他扎根网格。\n"


def _blocks(page: str) -> list[tuple[str, str]]:
    (article,) = page_articles(page)
    return [(block.kind, block.text) for block in article.blocks]


def test_a_wide_subheading_over_an_indented_paragraph_is_a_heading():
    for subheading in ("脚步不停，走完治理的“最后一米”", "一条巷子连起邻里的“暖心圈”"):
        blocks = _blocks(_HEAD + subheading + _UNDER)
        assert ("heading", subheading) in blocks
        assert blocks[-1][1].startswith("李某今年45岁")


def test_a_wide_line_over_an_unindented_line_is_still_read_as_text():
    page = _HEAD + "李某今年45岁，是青石社区专职网格员，从\n\n2021年开始扎根网格，每天走访20户。\n"
    assert not [text for kind, text in _blocks(page) if kind == "heading"]
