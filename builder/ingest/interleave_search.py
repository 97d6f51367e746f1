"""The search behind interleave_rows: the cheapest split of a run's lines into k columns taking turns line by
line (rows) or in blocks, by a beam search over which column each line goes to (line joins, blank cells, changes
of column, a column opening with no headline, words shared with one column's head), and how well a split reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.linejoin import join_cost
from builder.ingest.textrules import display_width, ends_sentence, full_width
from builder.ingest.titles import bigrams

_OPEN_END = 3.0  # a column whose last line stops in the middle of a sentence
_BLANK_CELL = 2.5  # rows: a running column leaves a row blank
_HEAD_BLANK_CELL = 0.5  # … when its last line ended a head (head_end): two heads seldom match in height
_AFTER_TAIL = 1.0  # a line going on under a head's last line, too short to stand alone (after_tail)
_TAIL = 3  # characters of such a line at most (`…治出邻里` / `和气`)
_SWITCH = 1.0  # blocks: a change of column
_NO_HEADLINE = 3.0  # a column opening with a line no headline could be
_BEAM = 200  # states kept per line
_SHORT = 0.6  # a line this much of a full line's width or less ends its paragraph
_LONG_BLOCK = 6  # blocks: lines a column's block seldom runs past while another column still runs
_LONG_LINE = 1.0  # blocks: the cost of each line past it
_MAX_BLOCK = 12  # blocks: lines a block never runs past while another column still runs
_TOPIC = -0.4  # per word (two characters) a line shares with one column's head only
_MAX_TOPIC = -1.6
_HEAD = 3  # lines of a column's head
_BYLINE_INSIDE = 4.0  # a byline read on from a column's text: bylines open columns
PROSE_MARK = re.compile(r"[，。；！？、]")  # what a line of text holds and a headline's line seldom does

ROWS = "rows"
BLOCKS = "blocks"


def column_head(line: str, headlines_on_top: bool = False) -> bool:
    """How a column opens: its headline, or its byline when the page prints the headlines together on top
    (heldout10 p03: `本报讯（…）`, `本报记者 …`, `■中共…委组织部` heading three columns in uneven blocks)."""
    return is_headline_shape(line) or (headlines_on_top and starts_byline(line))


def split(lines: list[str], k: int, mode: str, on_top: bool = False, leads: bool = False) -> list[int] | None:
    """The cheapest split into k columns taking turns that way, searched twice: the second time each line is
    drawn to the column whose head (as the first search split them) shares its words."""
    labels = _Search(lines, k, mode, on_top=on_top, leads=leads).solve()
    if labels is None:
        return None
    return _Search(lines, k, mode, _topic_costs(lines, labels, k), on_top=on_top, leads=leads).solve()


def _topic_costs(lines: list[str], labels: list[int], k: int) -> list[list[float]]:
    """Per line and column: a bonus when the line shares more words (two characters) with that column's head
    (its first _HEAD lines: headline, byline, lead) than with any other column's, by how many it shares."""
    heads = [
        bigrams("".join(lines[i] for i in [j for j, c in enumerate(labels) if c == column][:_HEAD]))
        for column in range(k)
    ]
    return own_words_bonus(heads, lines, lambda shared: max(_TOPIC * shared, _MAX_TOPIC))


def own_words_bonus(
    heads: list[set[str]], lines: list[str], bonus: Callable[[int], float]
) -> list[list[float]]:
    """Per line and column: `bonus(n)` for the one column whose head's own words (two characters: its words in
    `heads` that no other column's head has) the line shares most of, n of them; 0.0 for the other columns,
    and for every column when the line shares none or as many with two heads. The topic cost of a search that
    puts interleaved columns back (this module's, threecolumns')."""
    columns = range(len(heads))
    own = [heads[c] - set().union(*(heads[o] for o in columns if o != c)) for c in columns]
    costs = []
    for line in lines:
        words = bigrams(line)
        shared = [len(words & own[c]) for c in columns]
        top = max(shared)
        costs.append(
            [bonus(top) if top and shared[c] == top and shared.count(top) == 1 else 0.0 for c in columns]
        )
    return costs


def _end_cost(text: str, full: float) -> float:
    """A column's last line: left in the middle of a sentence, unless it ends a sentence or stops well short
    of the column's width (a paragraph's last line: `2345678` under `订阅热线：024-1`)."""
    return 0.0 if ends_sentence(text) or display_width(text) <= _SHORT * full else _OPEN_END


def printed_cost(lines: list[str]) -> float:
    full = full_width(lines)
    return sum(join_cost(a, b) for a, b in pairwise(lines)) + _end_cost(lines[-1], full)


def reading_cost(lines: list[str], labels: list[int]) -> float:
    """How well the columns of an assignment read: their line joins and their ends."""
    last: dict[int, str] = {}
    cost = 0.0
    for line, column in zip(lines, labels, strict=True):
        if column in last:
            cost += join_cost(last[column], line)
        last[column] = line
    full = full_width(lines)
    return cost + sum(_end_cost(text, full) for text in last.values())


def evidence(lines: list[str], labels: list[int]) -> int:
    """Joins the split reads on (a word, figure or quote across the break) that the printed order does not."""
    last: dict[int, int] = {}
    count = 0
    for i, column in enumerate(labels):
        j = last.get(column)
        if (
            j is not None
            and j != i - 1
            and join_cost(lines[j], lines[i]) < 0 <= join_cost(lines[i - 1], lines[i])
        ):
            count += 1
        last[column] = i
    return count


# A state of the search after a line: (the column of the line, each column's last line or -1 before its
# first, the columns that have ended as a bit set).
_State = tuple[int, tuple[int, ...], int]


@dataclass
class _Search:
    lines: list[str]
    k: int
    mode: str
    topics: list[list[float]] | None = None  # per line: the cost of each column (see _topic_costs)
    joins: dict[tuple[int, int], float] = field(default_factory=dict)
    ends: list[float] = field(default_factory=list)  # per line: its cost as a column's last line
    heads: list[bool] = field(default_factory=list)  # per line: whether it could open a column
    bylines: list[bool] = field(default_factory=list)  # per line: whether it starts a byline
    head_ends: list[bool] = field(default_factory=list)  # per line: whether it ends a head (head_end)
    on_top: bool = False  # the headlines stand together above the columns, which open with their bylines
    leads: bool = False  # … above columns that open with their leads: any line may open a column

    def join(self, before: int, after: int) -> float:
        cost = self.joins.get((before, after))
        if cost is None:
            cost = self.joins[before, after] = join_cost(self.lines[before], self.lines[after])
        return cost

    def moves(self, state: _State, i: int) -> list[tuple[float, _State]]:
        """The states line i can lead to from `state` (line i-1's), with their added cost."""
        column, lasts, ended = state
        k = self.k
        found: list[tuple[float, _State]] = []
        for distance in range(1, k + 1):
            target = (column + distance) % k
            if ended >> target & 1:
                continue
            between = [(column + d) % k for d in range(1, distance)]
            if distance == k:  # the same column again: in rows, every other column leaves its cell blank
                between = [c for c in range(k) if c != column] if self.mode == ROWS else []
            between = [c for c in between if not ended >> c & 1]
            if any(lasts[c] < 0 for c in between) or (lasts[target] < 0 and target != column + 1):
                continue  # the columns start in their order
            for ends in _subsets(between) if self.mode == ROWS else [between]:
                cost = _SWITCH if self.mode == BLOCKS and distance < k else 0.0
                new_ended = ended
                for c in between:
                    if c in ends:
                        cost += self.end_cost(lasts[c])
                        new_ended |= 1 << c
                    else:
                        cost += _HEAD_BLANK_CELL if self.head_end(lasts[c]) else _BLANK_CELL
                if distance == k and self.mode == BLOCKS:
                    cost += self.long_block(state, i)
                if lasts[target] >= 0:
                    cost += self.join(lasts[target], i) + self.after_tail(lasts[target], i)
                    if self.on_top and self.byline(i) and PROSE_MARK.search(self.lines[lasts[target]]):
                        cost += _BYLINE_INSIDE  # (under its column's headline, a byline is in place)
                elif not self.headline_shaped(i):
                    cost += _NO_HEADLINE
                if self.topics is not None:
                    cost += self.topics[i][target]
                new_lasts = (*lasts[:target], i, *lasts[target + 1 :])
                if any(
                    0 <= last < i - self.reach and not new_ended >> c & 1 for c, last in enumerate(new_lasts)
                ):
                    continue  # a running column left out longer than its turn can take
                found.append((cost, (target, new_lasts, new_ended)))
        return found

    @property
    def reach(self) -> int:
        """How many lines a running column may be left out: a few rows of blank cells, or the other
        columns' blocks."""
        return 3 * self.k if self.mode == ROWS else (self.k - 1) * _MAX_BLOCK

    def head_end(self, last: int) -> bool:
        """A column's line that ends its head: a byline, or a line well short of the width with no prose mark
        (`和气`, `答记者问`); a column there leaves a row blank beside the other's taller head."""
        if not self.head_ends:
            full = full_width(self.lines)
            self.head_ends = [
                not PROSE_MARK.search(line)
                and not ends_sentence(line)
                and (starts_byline(line) or display_width(line) <= _SHORT * full)
                for line in self.lines
            ]
        return self.head_ends[last]

    def after_tail(self, last: int, i: int) -> float:
        """A line under a column's line too short to stand alone, ending no sentence (a head's last line, `…治出
        邻里` / `和气`): the head has ended, and what follows it there is its byline (the run's lines come stripped:
        their indents are gone)."""
        tail = self.lines[last]
        if len(tail) > _TAIL or ends_sentence(tail) or PROSE_MARK.search(tail):
            return 0.0
        return 0.0 if self.byline(i) else _AFTER_TAIL

    def byline(self, i: int) -> bool:
        if not self.bylines:
            self.bylines = [starts_byline(line) for line in self.lines]
        return self.bylines[i]

    def headline_shaped(self, i: int) -> bool:
        if not self.heads:
            self.heads = [self.leads or column_head(line, self.on_top) for line in self.lines]
        return self.heads[i]

    def end_cost(self, last: int) -> float:
        if not self.ends:
            full = full_width(self.lines)
            self.ends = [_end_cost(line, full) for line in self.lines]
        return self.ends[last]

    def long_block(self, state: _State, i: int) -> float:
        """Blocks: the cost of line i going on with the block of the column before it, by how far the block
        runs past _LONG_BLOCK lines while another column is still running."""
        column, lasts, ended = state
        running = [lasts[c] for c in range(self.k) if c != column and not ended >> c & 1]
        if not running:
            return 0.0
        length = i - max(running)
        return _LONG_LINE if length > _LONG_BLOCK else 0.0

    def solve(self) -> list[int] | None:
        """The cheapest assignment of the lines to the k columns, by a beam search over the states."""
        start: _State = (0, (0,) + (-1,) * (self.k - 1), 0)
        found = beam_columns(len(self.lines), self.k, start, self.moves, self.end_cost, _BEAM)
        return found[1] if found else None


def beam_columns(
    count: int,
    k: int,
    start: tuple,
    moves: Callable[[Any, int], Iterable[tuple[float, Any]]],
    end_cost: Callable[[int], float],
    beam: int,
) -> tuple[float, list[int]] | None:
    """The cheapest reading of `count` lines as `k` columns taking turns, by a beam search: a state after a
    line is (its column, each column's last line or -1, the ended columns as bits, …) and `moves(state, i)`
    the (cost, next state) of line i; every column must get a line, and one not ended pays `end_cost` of its
    last line. Returns (total cost, each line's column), or None. (interleave_search and narrowcolumns.)"""
    steps: list[dict[Any, tuple[float, Any]]] = [{start: (0.0, None)}]
    for i in range(1, count):
        step: dict[Any, tuple[float, Any]] = {}
        for state, (cost, _) in steps[-1].items():
            for added, following in moves(state, i):
                total = cost + added
                if following not in step or total < step[following][0]:
                    step[following] = (total, state)
        if len(step) > beam:
            step = dict(sorted(step.items(), key=lambda item: item[1][0])[:beam])
        steps.append(step)
    ends = {
        state: cost + sum(end_cost(state[1][c]) for c in range(k) if not state[2] >> c & 1)
        for state, (cost, _) in steps[-1].items()
        if min(state[1]) >= 0
    }
    if not ends:
        return None
    state = min(ends, key=lambda s: (ends[s], s))
    total = ends[state]
    labels = []
    for step in reversed(steps):
        labels.append(state[0])
        state = step[state][1]
    return total, labels[::-1]


def _subsets(items: list[int]) -> list[list[int]]:
    subsets: list[list[int]] = [[]]
    for item in items:
        subsets += [[*s, item] for s in subsets]
    return subsets
