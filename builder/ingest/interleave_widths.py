"""Two columns of different widths that the PDF extraction read in turns, put back in reading order.

A page may set two articles side by side in columns of different widths (a 14-character column beside a
17-character one) and an extraction may read them in blocks of a few lines each, A, B, A, B … (a real page's
kind: `…正为独居老人开展宣` / `10月9日，在兴国县城区第29` / `网格，红安新居保障房物业送来的一面` / … / `讲。`). The
lines' widths tell the columns apart where their words cannot: `unweave_widths(text)` looks at each run of
lines with no blank line between that shows the damage (builder.ingest.interleave_rows._runs: lines left
mid-sentence that a line further down reads on from) and whose full lines fall into two widths at least
`_MIN_GAP` apart, each held by a good share of them. A full line goes to the column of its width. A
paragraph's indented first line follows a line that ended a sentence in its own column: after a line left
mid-sentence it is the other column's, else the column of the full line under it. Any other line (a
paragraph's short last line, a line of half-width digits) goes on with an open sentence: to the one column
whose last line stopped mid-sentence, or of two the one it reads on from (linejoin.join_cost), else to the
column of the full line under it. Each line not placed by its width is then moved to the other column where
the columns read better as a whole (interleave_rows' measure: a column left mid-sentence reads worst). The
split is kept when it reads no worse than the printed order (the widths are the evidence) and each column has
a few lines; the columns then follow one another, a blank line between, the first column first, each line
keeping the number of its printed line. Two headlines printed together right over the run (and nothing else between the blank
line and it) are the columns' own, in their order: each goes over its column. A page with no such run is
then asked for narrow columns read across in bands (builder.ingest.narrowcolumns, the last text pass).
"""

from __future__ import annotations

from collections import Counter

from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.interleave_rows import _runs, append_columns
from builder.ingest.interleave_search import printed_cost, reading_cost
from builder.ingest.linejoin import join_cost
from builder.ingest.narrowcolumns import unweave_narrow
from builder.ingest.textrules import display_width, ends_sentence

_MIN_SKIPS = 2  # lines a line further down reads on from, in a run worth measuring
_GAP_UNDER_HEADLINES = 2  # blank lines between the headlines printed together and the columns
_MIN_GAP = 2.5  # display widths between the two columns' full lines
_NEAR = 1.0  # how far from its column's width a full line may be (half-width digits, a hanging mark)
_IMPROVE_BUDGET = 40_000  # line joins the local pass may read in one run (a page's run reads a few thousand)
_NARROWEST = 8.0  # the width of a column of text at least
_WIDER = 1.7  # how much wider one column may be than the other
_MIN_SHARE = 0.25  # of a run's lines, each column's full lines at least
_MIN_COLUMN = 6  # lines each column must get
_MARGIN = 0.0  # how much better the split must read than the printed order (the widths are evidence too)


def unweave_widths(text: str, numbers: list[int] | None = None) -> tuple[str, list[int] | None]:
    """The page with every run of two columns of different widths read in turns put back in reading order,
    and the printed line number of each of its lines (`numbers`: those of a page already rearranged); a page
    with no such run unchanged."""
    lines = text.split("\n")
    runs = _runs(lines, evidence=_MIN_SKIPS)  # (the widths are the stronger evidence)
    if not runs:
        return unweave_narrow(text, numbers)
    given, numbers = numbers, numbers or list(range(1, len(lines) + 1))
    out: list[str] = []
    out_numbers: list[int] = []
    done = 0
    for start, end in runs:
        columns = split_by_width(lines[start:end])
        if columns is None:
            continue
        heads = _headlines_over(lines, done, start, len(columns))
        top = heads[0] if heads else start
        out += lines[done:top]
        out_numbers += numbers[done:top]
        # each column under its own headline, in the order they were printed (a blank line over the first
        # unless the text before ends in one)
        first_apart = bool(heads) and bool(out) and bool(out[-1].strip())
        apart = [first_apart] + [True] * (len(columns) - 1)
        append_columns(out, out_numbers, lines, numbers, start, columns, apart, heads)
        done = end
    if not done:
        return unweave_narrow(text, given)
    return "\n".join(out + lines[done:]), out_numbers + numbers[done:]


def _headlines_over(lines: list[str], floor: int, start: int, k: int) -> list[int]:
    """The indexes of the k headline lines printed together over the run at `start` (a blank line or two
    between; a blank line or the page's furniture over them), one per column (`“绿挎包”播撒文明种子` /
    `兴国创新基层社会治理工作`); [] when the lines over it are no such stack (one headline, a kicker over it)."""
    bottom = start
    while bottom > floor and start - bottom < _GAP_UNDER_HEADLINES and not lines[bottom - 1].strip():
        bottom -= 1  # (a blank line or two under the headlines)
    above = bottom
    while above > floor and lines[above - 1].strip():
        above -= 1
    stack = list(range(above, bottom))
    if len(stack) != k or not all(is_headline_shape(lines[i].strip()) for i in stack):
        return []
    return stack


def split_by_width(lines: list[str]) -> list[list[int]] | None:
    """The run's lines (as printed: an indented line opens a paragraph) as two columns (lists of line indexes,
    the first line's column first), when its full lines come in two widths and the columns so made read no
    worse than the printed order."""
    indents = [len(line) - len(line.lstrip()) for line in lines]  # (a full-width space read as one space)
    indented = [indent > 0 for indent in indents]
    lines = [line.strip() for line in lines]
    widths = two_widths([line for line, indent in zip(lines, indented, strict=True) if not indent])
    if widths is None:
        return None
    # a full line fills its column; a paragraph's first (indented) or last line (a sentence's end) may not
    full = [
        None if indent or ends_sentence(line) else _column_of(line, widths)
        for line, indent in zip(lines, indented, strict=True)
    ]
    labels: list[int] = []
    last: list[int | None] = [None, None]
    for index, line in enumerate(lines):
        column = full[index]
        if column is None and indented[index]:  # the indent counts: the line fills its column
            column = _column_of(line, widths, indents[index])
        if column is None and indented[index] and index:
            # a paragraph opens where its column's last line ended a sentence: after a line left mid-sentence
            # it is the other column's; after a finished one, the column of the full line under it
            before = labels[-1]
            if not ends_sentence(lines[index - 1]):
                column = 1 - before
            else:
                column = next((c for c in full[index + 1 :] if c is not None), before)
        elif column is None:  # a line that opens no paragraph goes on with its column's open sentence
            open_ = [at is not None and not ends_sentence(lines[at]) for at in last]
            costs = [join_cost(lines[at], line) if at is not None else 0.5 for at in last]
            if open_.count(True) == 1:
                column = open_.index(True)
            elif costs[0] != costs[1] and (min(costs) < 0 or all(open_)):
                column = costs.index(min(costs))  # (the one it reads on from)
        if column is None:  # else the column of the full line under it, or of the line before it
            below = next((c for c in full[index + 1 :] if c is not None), None)
            column = below if below is not None else (labels[-1] if labels else 0)
        labels.append(column)
        last[column] = index
    labels = _improved(lines, labels, [index for index, column in enumerate(full) if column is None])
    first = labels[0]
    labels = [c if first == 0 else 1 - c for c in labels]
    columns = [[i for i, c in enumerate(labels) if c == column] for column in (0, 1)]
    if any(len(column) < _MIN_COLUMN for column in columns):
        return None
    if reading_cost(lines, labels) > printed_cost(lines) - _MARGIN:
        return None
    return columns


def _improved(lines: list[str], labels: list[int], loose: list[int]) -> list[int]:
    """The labels with each line not placed by its width moved to the other column where the columns then
    read better as a whole (a column left mid-sentence at its end reads worst): one pass, in order."""
    if len(loose) * len(lines) > _IMPROVE_BUDGET:
        return labels  # (each try reads the run again: a run this long keeps the first placing)
    best = reading_cost(lines, labels)
    for index in loose:
        labels[index] = 1 - labels[index]
        cost = reading_cost(lines, labels)
        if cost < best:
            best = cost
        else:
            labels[index] = 1 - labels[index]
    return labels


def two_widths(lines: list[str]) -> tuple[float, float] | None:
    """The widths of two columns' full lines, when the run's lines show two (each the width of a good share
    of them, far enough apart); None for a run of one width."""
    counts = Counter(round(display_width(line) * 2) / 2 for line in lines if line)
    if not counts:
        return None
    ranked = [width for width, _ in counts.most_common()]
    first = ranked[0]
    second = next((w for w in ranked[1:] if abs(w - first) >= _MIN_GAP), None)
    if second is None:
        return None
    if min(first, second) < _NARROWEST or max(first, second) > _WIDER * min(first, second):
        return None  # a table's cells, a list of names: no column of text
    near = [sum(n for w, n in counts.items() if abs(w - mode) <= _NEAR) for mode in (first, second)]
    if min(near) < _MIN_SHARE * len(lines):
        return None
    return first, second


def _column_of(line: str, widths: tuple[float, float], indent: int = 0) -> int | None:
    """The column a full line fills: by its display width, or by its characters when half-width digits make
    it look narrower (`合成城区33个大网格，再结合25个` fills a 17-character column); None when both fit."""
    measures = (display_width(line) + indent, len(line) + indent)
    near = [any(abs(measure - mode) <= _NEAR for measure in measures) for mode in widths]
    return near.index(True) if near.count(True) == 1 else None
