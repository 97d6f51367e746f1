"""A subheading printed on two lines, the first ending in a dash (`居民的事居民商量——` / `议事会让邻里成了“一家人”`),
flush on an indented page between a paragraph's full last line (a sentence end) and an indented first line (real
R34 p3's kind, a provincial daily's 通讯): one heading, the lines joined as printed
(standalone.heading_over_two_lines). Before: the dash read as a sentence going on, so both lines and the next
paragraph were glued onto the paragraph above. Invented lines; negatives: a wrapped line ending in a dash inside a
paragraph goes on, and a dash line over a line that fills the column is text."""

from __future__ import annotations

from tests.support.pages import page_articles

HEAD = "第3版　　基层·治理　　2026年4月8日"

REPORT = [
    "青禾区小区党支部织密治理网",
    "本报记者 林一帆 通讯员 周晓",
    "　　近年来，青禾区在全市率先推行小区",
    "党支部建设，全区已建成小区党支部三百",
    "余个，把组织建到了居民的家门口上。",
    "　　连日来，记者走进青禾区多个小区，",
    "记录下党支部扎根小区带来的新变化。",
]
REST = [
    "　　去年5月，柳塘街道启动老旧小区改",
    "造。小区党支部牵头，发动党员带头拆除",
    "违建，仅用两个月就拆除违建40余处。",
    "　　如今，小区道路通畅、环境整洁，居",
    "民们纷纷点赞。",
]


def _body(lines: list[str]) -> list:
    (article,) = page_articles("\n".join([HEAD, *REPORT, *lines, *REST]))
    return article.blocks


def test_a_heading_of_two_lines_the_first_ending_in_a_dash_is_one_heading() -> None:
    blocks = _body(["居民的事居民商量——", "议事会让邻里成了“一家人”"])
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == ["居民的事居民商量——议事会让邻里成了“一家人”"]
    assert blocks[0].text.endswith("家门口上。")
    assert any(b.kind == "text" and b.text.startswith("去年5月") for b in blocks)


def test_a_dash_line_over_a_line_filling_the_column_is_text() -> None:
    # `…两种模式——` / `“党员带头”和“居民自治”相结合，形成` (fills the column, goes on): a sentence's wrap
    blocks = _body(["　　街道探索了两种模式——", "“党员带头”和“居民自治”相结合，形成", "了小区治理的好办法。"])
    assert not any(b.kind == "heading" for b in blocks)
