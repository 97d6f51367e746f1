"""The split of interleaved lines between two columns (see interleave.deinterleave): the cheapest assignment of
each line to column A or B by dynamic programming over where the column changes, and how well an assignment
reads (its line joins and its columns' ends)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from builder.ingest.linejoin import join_cost
from builder.ingest.textrules import ends_sentence

_SWITCH = 1.0  # cost of a change of column: blocks of several lines are likelier than single lines
_OPEN_END = 3.0  # cost of a column whose last line stops in the middle of a sentence
_BLOCK_PRIOR = 0.3  # cost per line a block is longer or shorter than the first block
_REGULAR_SLACK = 1.5  # how much worse runs of one length may read than the cheapest split and still win
_PRINTED_WHOLE = -1.0  # a join spanning three Han characters the stretch prints whole inside a line
_THREE_HAN = re.compile(r"[\u4e00-\u9fff]{3}")
_INDENT_AFTER_OPEN = (
    2.0  # an indented line (a paragraph's first) under a line of the stretch left mid-sentence
)


def end_cost(text: str) -> float:
    """A column's last line left in the middle of a sentence."""
    return 0.0 if ends_sentence(text) else _OPEN_END


# A state of the split after line i: (the column of line i: True for A, the index of the other column's last
# line, -1 for its line before the stretch).
_State = tuple[bool, int]


@dataclass
class ColumnSplit:
    """The lines to split between columns A and B, and what the two columns end with before them."""

    lines: list[str]
    last_a: str
    last_b: str
    topics: Sequence[Sequence[float]]  # per line: (cost in A, cost in B)
    block: int  # the first block's length: the expected length of a block
    lead_b: int  # units of B's first block before the lines
    joins: dict[tuple[str, str], float] = field(default_factory=dict)  # see join
    inside: str = ""  # the lines' texts, one a line: what the stretch prints whole (see join)
    indented: frozenset[str] = frozenset()  # the lines printed indented: each opens a paragraph

    def join(self, before: str, after: str) -> float:
        """join_cost, once per pair of lines: the search asks for the same pair from many states; with no
        evidence either way, a word the stretch prints whole inside a line spanning the break is some (a name
        the wrap cut after its surname, `…群众。”王` / `光浩表示…`, printed `王光浩介绍` further up); an
        indented line never goes on from a line of the stretch left mid-sentence (`…的信访工作` / `　　群众在
        哪里，…`: the other column's paragraph)."""
        cost = self.joins.get((before, after))
        if cost is None:
            cost = join_cost(before, after)
            if cost > 0 and self._printed_whole(before.rstrip(), after.lstrip()):
                cost = _PRINTED_WHOLE
            if after in self.indented and not ends_sentence(before) and before in self.lines:
                cost += _INDENT_AFTER_OPEN  # a paragraph opens only after a finished sentence
            self.joins[before, after] = cost
        return cost

    def _printed_whole(self, before: str, after: str) -> bool:
        if not self.inside:
            self.inside = "\n".join(line.strip() for line in self.lines)
        spans = (before[-2:] + after[:1], before[-1:] + after[:2])
        return any(_THREE_HAN.fullmatch(span) and span in self.inside for span in spans)

    def text(self, column_a: bool, index: int) -> str:
        return self.lines[index] if index >= 0 else (self.last_a if column_a else self.last_b)

    def block_cost(self, column_a: bool, other: int, last: int) -> float:
        """A block of the column ends at line `last`: the cost of the change, by how far its length is
        from the first block's."""
        length = last - other if other >= 0 else last + 1 + (0 if column_a else self.lead_b)
        return _SWITCH + _BLOCK_PRIOR * abs(length - self.block)

    def end_cost(self, state: _State) -> float:
        """Both columns end: a last line left mid-sentence, a last block longer than the first block."""
        column_a, other = state
        last = len(self.lines) - 1
        length = self.block_cost(column_a, other, last) - _SWITCH
        overlong = length if last - other > self.block else 0.0
        return end_cost(self.lines[-1]) + end_cost(self.text(not column_a, other)) + overlong

    def line_cost(self, i: int, column_a: bool) -> float:
        return self.topics[i][0 if column_a else 1]

    def reading(self, in_a: list[bool]) -> float:
        """How well the columns of an assignment read: their line joins and their ends, nothing else."""
        last = {True: self.last_a, False: self.last_b}
        cost = 0.0
        for line, column_a in zip(self.lines, in_a, strict=True):
            cost += self.join(last[column_a], line)
            last[column_a] = line
        return cost + end_cost(last[True]) + end_cost(last[False])

    def solve(self) -> list[bool]:
        """The cheapest assignment of the lines to columns (True = A), by dynamic programming over the
        states after each line."""
        lines = self.lines
        steps: list[dict[_State, tuple[float, _State | None]]] = [
            {
                (a, -1): (self.join(self.text(a, -1), lines[0]) + self.line_cost(0, a), None)
                for a in (True, False)
            }
        ]
        for i in range(1, len(lines)):
            step: dict[_State, tuple[float, _State | None]] = {}
            for (column_a, other), (cost, _) in steps[-1].items():
                for next_a in (column_a, not column_a):
                    if next_a == column_a:
                        added, state = self.join(lines[i - 1], lines[i]), (column_a, other)
                    else:
                        added = self.join(self.text(next_a, other), lines[i]) + self.block_cost(
                            column_a, other, i - 1
                        )
                        state = (next_a, i - 1)
                    total = cost + added + self.line_cost(i, next_a)
                    if state not in step or total < step[state][0]:
                        step[state] = (total, (column_a, other))
            steps.append(step)
        ends = {state: cost + self.end_cost(state) for state, (cost, _) in steps[-1].items()}
        state: _State | None = min(ends, key=lambda s: (ends[s], s))
        path = []
        for step in reversed(steps):
            path.append(state[0])
            state = step[state][1]
        return path[::-1]


def regular_or(problem: ColumnSplit, in_a: list[bool], regular: list[bool], block: int) -> list[bool]:
    """`regular` (the columns taking turns in runs of `block` lines) when it reads about as well as the cheapest
    split `in_a`, else `in_a`. The columns seldom end together: the last lines of `regular` are tried as the
    cheapest split reads them, or all in one column. (The search charges every change of column, so it drifts
    into long blocks where a short run reads no worse.)"""
    n = len(regular)
    ends = [
        regular[: n - r] + tail
        for r in range(2 * block + 1)
        for tail in (in_a[n - r :], [True] * r, [False] * r)
    ]
    best = min(ends, key=problem.reading)
    return best if problem.reading(best) <= problem.reading(in_a) + _REGULAR_SLACK else in_a
