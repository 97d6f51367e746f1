"""Three columns read across line by line under a headline spanning two of them (heldout26 p02's kind).

A page of three narrow columns (12 characters) whose first article runs over two of them under one headline
printed across both, the third column holding another article with its own headline, wrapped inside it. The
extraction reads the page across, row by row: the wide headline first, then a line of each column in turn
(`安静街道“冰城红管家”管` of the third column, the first article's byline, its second column's first line, the
third headline's second line …). interleave_rows cannot read it: two of the columns open with no headline
(the first with its byline, the second with its lead or the sentence the first leaves open).

`spanned_columns(lines, start, end)`: when the run's first line is headline-shaped and wider than a column (1.4
to 2.3 times a full line of the run), the rest of the run split as three columns in rows (interleave_search,
any line may open a column) reads clearly better than the printed order, than two columns and than blocks,
and exactly one column opens with a headline, the two others (the ones after it in the rows' turn, in that
order) opening with a byline or a paragraph's indent: the run as the wide headline over those two columns one
after the other, a blank line, then the headed column; each line keeps its printed line's number. Else None.
"""

from __future__ import annotations

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.interleave_search import (
    BLOCKS,
    ROWS,
    evidence,
    printed_cost,
    reading_cost,
    split,
)
from builder.ingest.textrules import display_width, ends_sentence, full_width, indented

_NARROWEST = 1.4  # the headline's width at least, in full lines of the run
_WIDEST = 2.3  # … and at most (two columns and their gap)
_MARGIN = 6.0  # how much better the split must read than the printed order
_MORE_COLUMNS = 2.0  # … than two columns
_ROWS_SLACK = 4.0  # … and than blocks, at least as well as this
_MIN_EVIDENCE = 4  # joins that only the split reads on
_MIN_COLUMN = 4  # lines each column must get
_MIN_LINES = 12  # lines under the headline


def spanned_columns(lines: list[str], start: int, end: int) -> list[int] | None:
    """The run's line indexes (from `lines`) in reading order, "" marks as -1 (a blank line between the two
    articles), when its first line is a headline spanning two of three columns read across; else None."""
    head = lines[start].strip()
    if indented(lines[start]) or ends_sentence(head) or not is_headline_shape(head):
        return None
    raw = lines[start + 1 : end]
    run = [line.strip() for line in raw]
    if len(run) < _MIN_LINES:
        return None
    full = full_width(run)
    if not _NARROWEST * full <= display_width(head) <= _WIDEST * full:
        return None
    found = {key: split(run, key[1], key[0], leads=True) for key in ((ROWS, 2), (ROWS, 3), (BLOCKS, 3))}
    reading = {key: reading_cost(run, labels) if labels else float("inf") for key, labels in found.items()}
    labels = found[ROWS, 3]
    if labels is None or reading[ROWS, 3] > min(
        printed_cost(run) - _MARGIN, reading[ROWS, 2] - _MORE_COLUMNS, reading[BLOCKS, 3] + _ROWS_SLACK
    ):
        return None
    if evidence(run, labels) < _MIN_EVIDENCE:
        return None
    columns = [[i for i, c in enumerate(labels) if c == column] for column in range(3)]
    if any(len(column) < _MIN_COLUMN for column in columns):
        return None
    headed = [n for n, column in enumerate(columns) if _headline_opens(run, raw, column)]
    if len(headed) != 1:
        return None
    first, second = columns[(headed[0] + 1) % 3], columns[(headed[0] + 2) % 3]
    if not (starts_byline(run[first[0]]) or indented(raw[first[0]])):
        return None  # the spanned article's first column opens with its byline or its lead
    if not (indented(raw[second[0]]) or not ends_sentence(run[first[-1]])):
        return None  # its second column opens a paragraph or goes on with the sentence the first left open
    return [0, *(1 + i for i in first + second), -1, *(1 + i for i in columns[headed[0]])]


def _headline_opens(run: list[str], raw: list[str], column: list[int]) -> bool:
    line = run[column[0]]
    return not indented(raw[column[0]]) and not starts_byline(line) and is_headline_shape(line)
