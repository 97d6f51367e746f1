"""A body's first printed row holding both columns' first lines (layouts37 p01): under a headline set across the
page (通栏), the extraction put the left column's first line and the right column's first line on ONE line, a wide
gap between them, then read the rest of the left column and the rest of the right one. The right part is the
right column's first line: it goes where the right column's rest begins, the first line that opens with no indent
right under a finished sentence (no paragraph opens so on a page indenting its paragraphs). Only a lone such row
under a headline is read so; a page of columns side by side all along is sidebyside's.
"""

from __future__ import annotations

import re

from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.textrules import cjk_count, ends_sentence, indented

_GAP = re.compile(r"(?<=\S) {4,}(?=\S)")  # a column gap: four spaces or more inside the line
_MIN_PART = 6  # CJK characters each column's part holds at least
_OTHER_GAPPED_ROWS = 0  # other rows with such a gap in the body's block (more: a table, or columns all along)


def first_row_beside(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page with each lone row of two columns' first lines cut: its right part moved to where the right
    column's other lines begin; `printed` (each line's printed line number, None: the same) kept along."""
    if "    " not in text:
        return text, printed
    lines = text.split("\n")
    for row in range(len(lines)):
        found = _beside(lines, row)
        if found is None:
            continue
        left, right, at = found
        numbers = list(range(1, len(lines) + 1)) if printed is None else list(printed)
        lines[row] = left
        lines.insert(at, "  " + right)
        numbers.insert(at, numbers[row])
        return "\n".join(lines), numbers
    return text, printed


def _beside(lines: list[str], row: int) -> tuple[str, str, int] | None:
    """(the row's left part, its right part, where the right part goes) for a lone row of two columns' first
    lines under a headline; None for any other line."""
    gap = _GAP.search(lines[row].strip())
    if gap is None:
        return None
    stripped = lines[row].strip()
    left, right = stripped[: gap.start()], stripped[gap.end() :]
    if cjk_count(left) < _MIN_PART or cjk_count(right) < _MIN_PART or ends_sentence(right):
        return None
    above = next((line.strip() for line in reversed(lines[:row]) if line.strip()), "")
    if not above or not is_headline_shape(above):
        return None
    block_end = next((i for i in range(row + 1, len(lines)) if not lines[i].strip()), len(lines))
    if sum(1 for i in range(row + 1, block_end) if _GAP.search(lines[i].strip())) > _OTHER_GAPPED_ROWS:
        return None
    indents = 0
    for i in range(row + 1, block_end):
        if indented(lines[i]):
            indents += 1
        elif i > row + 1 and ends_sentence(lines[i - 1].strip()) and indents:
            return lines[row][: len(lines[row]) - len(lines[row].lstrip())] + left, right, i
    return None
