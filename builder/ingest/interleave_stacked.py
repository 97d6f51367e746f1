"""Two columns read across in blocks under both headlines printed together on top (issue 14, R10 kind).

The page opens on two headlines stacked with no byline and no line between them (`蓝田县：…` / `鲁山：…`), then,
often after a blank line, the body: a few lines of the left column (A's lead, indented), then B's indented lead
cutting A's line mid-sentence, a few lines of B, a few more of A … The column starts the other searches look for
(a headline over a byline, a headline cutting a line) are not there: the second headline stands over A's text.
`unstack(units)` finds B's lead (an indented line within A's first lines that cuts A's open sentence and does not
read on from it), splits the lines after it between the columns (interleave_split: line joins, blocks of about
the first block's length, or runs of that length throughout when they read as well), and returns A's headline
and lines, then B's headline and lines, only when the split reads clearly better than the printed order and the
columns take turns; else None.
"""

from __future__ import annotations

from builder.ingest.interleave_split import ColumnSplit, end_cost, regular_or
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import BYLINE, HEADLINE, TEXT, Unit
from builder.ingest.textrules import ends_sentence

_MAX_FIRST_BLOCK = 8  # A's text lines before B's lead
_MIN_LINES = 8  # lines to split after B's lead
_MARGIN = 4.0  # how much better the split must read than the printed order
_MIN_RETURNS = 2  # A comes back at least this many times


def unstack(units: list[Unit]) -> list[Unit] | None:
    """The units in reading order when two stacked headlines open columns read across in blocks; else None."""
    for first in range(len(units) - 3):
        if _stacked(units, first):
            return _split(units, first)
    return None


def _stacked(units: list[Unit], first: int) -> bool:
    """Two headlines, the second right under the first (no blank line), over a text line (A's lead)."""
    a, b, lead = units[first], units[first + 1], units[first + 2]
    return (
        a.kind == HEADLINE
        and b.kind == HEADLINE
        and not b.blanks_before
        and lead.kind == TEXT
        and lead.indent
        and (first == 0 or units[first - 1].kind != HEADLINE)
    )


def _b_lead(units: list[Unit], body: int) -> int | None:
    """The index of B's lead: an indented line among A's first lines that cuts A's line above it, left
    mid-sentence, and does not read on from it (an indented line after a finished sentence opens A's own
    paragraph)."""
    for at in range(body + 1, min(len(units), body + _MAX_FIRST_BLOCK + 1)):
        unit, above = units[at], units[at - 1]
        if unit.kind != TEXT or unit.blanks_before:
            return None
        if unit.indent and not ends_sentence(above.text):
            return at if join_cost(above.text, unit.text) >= 0 else None  # (or the line reads on)
    return None


def _split(units: list[Unit], first: int) -> list[Unit] | None:
    body = first + 2
    lead = _b_lead(units, body)
    if lead is None:
        return None
    end = lead + 1
    while end < len(units) and _line(units[end]) and not units[end].blanks_before:
        end += 1
    lines = units[lead + 1 : end]
    if len(lines) < _MIN_LINES:
        return None
    block = lead - body
    problem = _Split(
        [u.text for u in lines], units[lead - 1].text, units[lead].text, [(0.0, 0.0)] * len(lines), block, 1
    )
    problem.credits = _credit_lines(lines)
    in_a = _regular_or(problem, problem.solve(), block)
    returns = sum(1 for i, a in enumerate(in_a) if a and (i == 0 or not in_a[i - 1]))
    printed = problem.reading([False] * len(in_a))
    if returns < _MIN_RETURNS or problem.reading(in_a) > printed - _MARGIN:
        return None
    column_a = [units[first]] + units[body:lead] + [u for u, a in zip(lines, in_a, strict=True) if a]
    column_b = [units[first + 1], units[lead]] + [u for u, a in zip(lines, in_a, strict=True) if not a]
    column_b[0].blanks_before = max(column_b[0].blanks_before, 1)
    _join_credit(column_a)
    _join_credit(column_b)
    for headline in (column_a[0], column_b[0]):
        headline.opens = True  # each titles the column under it
    return units[:first] + column_a + column_b + units[end:]


class _Split(ColumnSplit):
    """The split, a column ending on a closing credit (`（…记者 吉娜` / `通讯员 …）`) ending as well as on a
    full stop."""

    credits: frozenset[str] = frozenset()

    def end_cost(self, state: tuple[bool, int]) -> float:
        column_a, other = state
        ends = (self.lines[-1], self.text(not column_a, other))
        return super().end_cost(state) - sum(end_cost(t) for t in ends if t in self.credits)

    def reading(self, in_a: list[bool]) -> float:
        last = {a: self.lines[i] for i, a in enumerate(in_a)}
        return super().reading(in_a) - sum(end_cost(t) for t in last.values() if t in self.credits)


def _credit_lines(lines: list[Unit]) -> frozenset[str]:
    """The lines of closing credits: a byline opening on a bracket, and the lines up to its closing one."""
    found: set[str] = set()
    inside = False
    for unit in lines:
        inside = inside or unit.kind == BYLINE
        if inside:
            found.add(unit.text)
            inside = not unit.text.rstrip().endswith(("）", ")"))
    return frozenset(found)


def _join_credit(column: list[Unit]) -> None:
    """A closing credit wrapped over two lines (`（河南经济报记者 吉娜` / `通讯员 杨亚蒙 王永安）`), the lines of
    another column printed between the halves or right after them, made one byline again in its column."""
    for at, unit in enumerate(column[:-1]):
        following = column[at + 1]
        if (
            unit.kind == BYLINE
            and unit.text.startswith(("（", "("))
            and not unit.text.rstrip().endswith(("）", ")"))
            and following.kind == TEXT
            and following.text.rstrip().endswith(("）", ")"))
            and len(following.text) <= _CREDIT_TAIL
            and not any(mark in following.text for mark in "。，；")
        ):
            unit.text = f"{unit.text} {following.text}"
            del column[at + 1]
            return


_CREDIT_TAIL = 24  # characters of a credit's wrapped second line


def _line(unit: Unit) -> bool:
    """A text line, or a closing credit set among the lines (`（…记者 吉娜`): it goes where it reads on."""
    return unit.kind == TEXT or (unit.kind == BYLINE and unit.text.startswith(("（", "(")))


def _regular_or(problem: ColumnSplit, in_a: list[bool], block: int) -> list[bool]:
    """Runs of the first block's length throughout (B's first run opened by its lead) when they read about
    as well as the cheapest split; the last lines as the split reads them or all in one column."""
    regular = [(i + 1) // block % 2 == 1 for i in range(len(in_a))]
    return regular_or(problem, in_a, regular, block)
