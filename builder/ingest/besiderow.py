"""A body's first printed row holding both columns' first lines (layouts37 p01): under a headline set across the
page (通栏), the extraction put the left column's first line and the right column's first line on ONE line, a wide
gap between them, then read the rest of the left column and the rest of the right one. The right part is the
right column's first line: it goes where the right column's rest begins, the first line that opens with no indent
right under a finished sentence (no paragraph opens so on a page indenting its paragraphs). Only a lone such row
under a headline is read so; a page of columns side by side all along is sidebyside's.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.textrules import cjk_count, ends_sentence, indented

_GAP = re.compile(r"(?<=\S) {4,}(?=\S)")  # a column gap: four spaces or more inside the line
_MIN_PART = 6  # CJK characters each column's part holds at least


def first_row_beside(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page with each lone row of two columns' first lines cut: its right part moved to where the right
    column's other lines begin; `printed` (each line's printed line number, None: the same) kept along."""
    if "    " not in text:
        return text, printed
    lines = text.split("\n")
    gapped = [_GAP.search(line.strip()) is not None for line in lines]
    # for each line, where its block ends (the next blank line) and whether a row under it in the block has a gap
    block_end, gap_under = [len(lines)] * len(lines), [False] * len(lines)
    end, under = len(lines), False
    for i in range(len(lines) - 1, -1, -1):
        block_end[i], gap_under[i] = end, under
        if not lines[i].strip():
            end, under = i, False
        else:
            under = under or gapped[i]
    for row in range(len(lines)):
        found = _beside(lines, row, block_end[row]) if gapped[row] and not gap_under[row] else None
        if found is None:
            continue
        left, right, at = found
        numbers = list(range(1, len(lines) + 1)) if printed is None else list(printed)
        lines[row] = left
        lines.insert(at, "  " + right)
        numbers.insert(at, numbers[row])
        return "\n".join(lines), numbers
    return text, printed


def _beside(lines: list[str], row: int, block_end: int) -> tuple[str, str, int] | None:
    """(the row's left part, its right part, where the right part goes) for a lone row of two columns' first
    lines under a headline (no other row of its block, `block_end` its end, has a gap); None for any other."""
    stripped = lines[row].strip()
    gap = _GAP.search(stripped)
    if gap is None:
        return None
    left, right = stripped[: gap.start()], stripped[gap.end() :]
    if cjk_count(left) < _MIN_PART or cjk_count(right) < _MIN_PART or ends_sentence(right):
        return None
    if starts_byline(right):
        return None  # 本报记者 某某    通讯员 某某: a byline's parts set apart, no two columns' first lines
    above = next((lines[i].strip() for i in range(row - 1, -1, -1) if lines[i].strip()), "")
    if not above or not is_headline_shape(above):
        return None
    indents = 0
    for i in range(row + 1, block_end):
        if indented(lines[i]):
            indents += 1
        elif i > row + 1 and ends_sentence(lines[i - 1].strip()) and indents:
            return lines[row][: len(lines[row]) - len(lines[row].lstrip())] + left, right, i
    return None
