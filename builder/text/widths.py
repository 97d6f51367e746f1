"""Full-width letters and digits as their ASCII forms: one table for every reader of printed text.

Papers set numbers and Latin letters full-width (`２１８０名`, `Ａ６版`) or half-width (`2180名`) at will, and a
PDF extraction keeps whichever it found. What ingest writes uses one form, so that a figure, a quote, a label
and a search read the same whichever way the page set them. Full-width punctuation (`，`, `（`, `：`) is how
Chinese is printed and stays.
"""

from __future__ import annotations

import re

# ０-９, Ａ-Ｚ, ａ-ｚ -> 0-9, A-Z, a-z
ASCII_WIDTH: dict[int, int] = {
    code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}
# The marks of a number once its digits are ASCII: a decimal point between digits (`3．5`), a per cent sign
# after one (`28％`), a thousands comma inside one (`1，200` is left: in Chinese text it is a list's comma).
_NUMBER_MARKS = re.compile(r"(?<=[0-9])．(?=[0-9])|(?<=[0-9])％")
_ASCII_MARK = {"．": ".", "％": "%"}


def ascii_letters_digits(text: str) -> str:
    """`Ａ６` -> `A6`: full-width letters and digits as ASCII, every other character as it was."""
    return text.translate(ASCII_WIDTH)


def printed_text(text: str) -> str:
    """Article text with its numbers and Latin letters in one form: `全市３２００余名`, `占２８％`, `３．５万元`
    -> `全市3200余名`, `占28%`, `3.5万元`. Chinese punctuation is kept as printed."""
    text = text.translate(ASCII_WIDTH)
    return _NUMBER_MARKS.sub(lambda m: _ASCII_MARK[m.group()], text)
