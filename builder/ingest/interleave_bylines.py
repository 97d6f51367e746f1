"""Two columns read across in blocks, each opening with its byline under headlines printed elsewhere (layouts17
p05: both headlines stacked on top, then `本报记者 …` and A's lines, B's byline cutting A's line mid-sentence over
B's lead naming its place in full, blocks of five lines each). interleave.py finds the columns by these helpers
(`under_stacked_heads`, `byline_cuts_in`); where the lines break at punctuation, no word runs across a break and
the line joins cannot tell the columns apart, so the paragraphs' indents help decide (`by_indents`,
`indents_decide`): an indented line opens a paragraph only after a finished sentence, and a paragraph's short
last line is followed by an indented one. A byline never follows a line of its own article left mid-sentence,
so such a split needs to read only a little better than the printed order. Beside a headed article A (headline
over its byline), B may open with its byline alone over its indented lead, an untitled report (real R17 r17_03):
`start_pairs` gives interleave.py that byline as B's start."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from builder.ingest.gluedlead import opens_with_place_chain
from builder.ingest.interleave_split import ColumnSplit
from builder.ingest.pagelines import BYLINE, HEADLINE, KICKER, TEXT, Unit
from builder.ingest.textrules import ends_sentence

_MAX_STACKED = 4  # headlines stacked together over both columns
_SHORT_LINE = 2.0  # a line this much narrower than the column's full lines ends its paragraph
_MARGIN = 1.0  # how much better than the printed order such a split must read
_SLACK = (
    4.0  # how much worse than the split found the runs of A's first run may read, shaping more paragraphs
)


def under_stacked_heads(units: list[Unit], index: int) -> int:
    """The byline or first line under two to four headlines (or kickers) stacked together at `index`, printed
    over both columns (their bodies matched to them later by the words they share); else `index`."""
    end = index
    while end < len(units) and units[end].kind in (HEADLINE, KICKER) and end - index <= _MAX_STACKED:
        end += 1
    if 2 <= end - index <= _MAX_STACKED and end < len(units) and units[end].kind in (BYLINE, TEXT):
        return end
    return index


def _byline_over_lead(units: list[Unit], index: int) -> bool:
    """A byline (not a closing credit in brackets) on its own line right after a line left mid-sentence, a text
    line right under it, no blank line between them: B's byline cutting A's column, over B's first lead line."""
    unit, above = units[index], units[index - 1]
    return (
        unit.kind == BYLINE
        and not unit.blanks_before
        and not unit.text.startswith(("（", "("))
        and above.kind == TEXT
        and not ends_sentence(above.text)
        and index + 1 < len(units)
        and units[index + 1].kind == TEXT
        and not units[index + 1].blanks_before
    )


def byline_cuts_in(units: list[Unit], index: int) -> bool:
    """B's byline (not a closing credit in brackets) on its own line right after A's line left mid-sentence,
    over B's lead opening with its place in full."""
    return _byline_over_lead(units, index) and opens_with_place_chain(units[index + 1].text)


def start_pairs(units: list[Unit], is_start: Callable[[list[Unit], int], bool]) -> list[tuple[int, int]]:
    """Consecutive article starts (`is_start`: a headline over its byline), the second maybe B's byline alone
    opening its column (byline_opens_column) under A's own head, not under headlines stacked over both columns
    (those are under_stacked_heads')."""
    starts = [i for i in range(len(units)) if is_start(units, i) or (i and byline_opens_column(units, i))]
    return [
        (first, second)
        for first, second in pairwise(starts)
        if units[first].kind == HEADLINE and (units[second].kind == HEADLINE or _heads_its_lead(units, first))
    ]


def _heads_its_lead(units: list[Unit], first: int) -> bool:
    """A's headline over its byline over its indented lead, no blank line between, and no headline stacked over
    it: A's own column."""
    if (first and units[first - 1].kind in (HEADLINE, KICKER)) or first + 2 >= len(units):
        return False
    byline, lead = units[first + 1], units[first + 2]
    return (
        byline.kind == BYLINE
        and lead.kind == TEXT
        and lead.indent
        and not (byline.blanks_before or lead.blanks_before)
    )


def byline_opens_column(units: list[Unit], index: int) -> bool:
    """B's byline (not a closing credit) on its own line right after A's line left mid-sentence, over B's
    indented lead: B's column opens with no headline (an untitled report beside a headed one, real R17 r17_03:
    `…成为村民致富` / `□本报记者于涛` / `　　街道干净整洁、民居错`)."""
    return _byline_over_lead(units, index) and units[index + 1].indent


def indent_faults(lines: list[Unit], last_a: Unit, last_b: Unit, in_a: list[bool]) -> int:
    """Paragraphs the assignment misshapes on a page marking them by indents: an indented line after a line
    of its column left mid-sentence, an unindented one after a short finished line (a paragraph's end)."""
    full = max(u.width for u in lines)
    last = {True: last_a, False: last_b}
    count = 0
    for unit, column_a in zip(lines, in_a, strict=True):
        before = last[column_a]
        finished = ends_sentence(before.text)
        count += unit.indent and not finished
        count += finished and not unit.indent and before.width <= full - _SHORT_LINE
        last[column_a] = unit
    return count


def by_indents(
    lines: list[Unit],
    ends: tuple[Unit, Unit],
    problem: ColumnSplit,
    in_a: list[bool],
    runs: list[tuple[int, list[int]]],
) -> list[bool]:
    """The columns taking turns in runs of A's first run (`runs`: its length in printed lines, each line's
    offset from B's byline) when that misshapes fewer paragraphs than the split found and reads about as well;
    else the split found. `ends`: A's and B's last units before the lines."""
    if not any(u.indent for u in lines):
        return in_a
    best, faults = in_a, indent_faults(lines, *ends, in_a)
    for rows, offsets in runs:
        if rows < 2:
            continue
        regular = [offset // rows % 2 == 1 for offset in offsets]
        n = len(regular)
        for tail in range(min(rows, n) + 1):  # (a run longer than the lines: every line in one tail)
            for end in ([True] * tail, [False] * tail):
                option = regular[: n - tail] + end
                found = indent_faults(lines, *ends, option)
                if found < faults and problem.reading(option) <= problem.reading(in_a) + _SLACK:
                    best, faults = option, found
    return best


def indents_decide(
    lines: list[Unit], ends: tuple[Unit, Unit], problem: ColumnSplit, in_a: list[bool]
) -> bool:
    """The split misshapes no more paragraphs than the printed order and reads better than it."""
    if not any(u.indent for u in lines):
        return False
    printed = [False] * len(in_a)
    return (
        indent_faults(lines, *ends, in_a) <= indent_faults(lines, *ends, printed)
        and problem.reading(in_a) <= problem.reading(printed) - _MARGIN
    )
