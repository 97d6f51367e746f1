"""Two or three columns that the PDF extraction read across the page, put back in reading order.

Some extractions read a page of narrow columns row by row: line 1 of column A, line 1 of B, line 1 of C,
line 2 of A … (heldout8 n02: three 12-character columns, each headline wrapped inside its column, then the
three bylines), or in blocks of a few lines of uneven length, A, B, C, A, B, C … (heldout8 n09).
`unweave_page(text)` looks at each run of lines printed with no blank line between them that shows the damage
(lines left mid-sentence that a line a few lines further down reads on from) and splits it into k columns
(k = 2 or 3) taking turns in their order, by the continuity of sentences and words across the lines between:
a word spanning the break (`管住基` / `层事项`), a figure going on (`96.` / `5%。`), a bracket or quote left open
that a later line closes (`linejoin.join_cost`), and the words a line shares with one column's head. Two ways
of taking turns are searched (a beam search over which column each line goes to):

- line by line (rows): every row gives one line to each column still running, in column order; a column
  whose text has ended drops out (charged when its last line stops mid-sentence), a column may leave a row
  blank (charged);
- in blocks: a column reads on for a few lines, then the next column in order takes over (each change of
  column charged, and a block running long while another column still runs); a column that has ended is
  passed over.

The split is kept only when it reads clearly better than the printed order (a margin, and enough line joins
that only the split reads on), a third column reads clearly better than two, every column gets a few lines
and opens with a headline-shaped line (or a byline, the headlines printed together on top); two columns in
blocks are left to `interleave.deinterleave` (it knows their runs of one length). The page's text then has the columns one after the other, a blank line between,
before the line rules read it, so that a headline wrapped inside its column, its byline and its lead are read
as printed; each line keeps the number of its printed line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import COLUMN_GAP, is_headline_shape, starts_byline
from builder.ingest.textrules import cjk_count, display_width, ends_sentence
from builder.ingest.titles import bigrams

_MIN_LINES = 12  # lines in a run worth trying
_MAX_LINES = 600  # longer runs are not tried (the search is linear, but a page this long is no such layout)
_MIN_COLUMN = 4  # lines each column must get
_OPEN_END = 3.0  # a column whose last line stops in the middle of a sentence
_BLANK_CELL = 2.5  # rows: a running column leaves a row blank
_SWITCH = 1.0  # blocks: a change of column
_MARGIN = 6.0  # how much better the split must read than the printed order
_MIN_EVIDENCE = 4  # joins that only the split reads on (negative cost there, not in the printed order)
_MORE_COLUMNS = 2.0  # a third column must read this much better than two
_ROWS_SLACK = 4.0  # how much better blocks must read than line by line
_NO_HEADLINE = 3.0  # a column opening with a line no headline could be
_BEAM = 200  # states kept per line
_SHORT = 0.6  # a line this much of a full line's width or less ends its paragraph
_LONG_BLOCK = 6  # blocks: lines a column's block seldom runs past while another column still runs
_LONG_LINE = 1.0  # blocks: the cost of each line past it
_MAX_BLOCK = 12  # blocks: lines a block never runs past while another column still runs
_MAX_LEAD = 3  # lines of a run before its first column's headline (furniture set with no blank line)
_REACH = 7  # how far down a column's next line may be, for a run to be tried
_TOPIC = -0.4  # per word (two characters) a line shares with one column's head only
_MAX_TOPIC = -1.6
_HEAD = 3  # lines of a column's head
_MANY_SKIPS = 8  # lines read on from further down, for a run whose columns open with their leads
_SKIP_SHARE = 0.25  # … a share of its lines at least
_ABOVE = 6  # lines over a run where the page's headlines may stand
_MIN_BYLINE = 4  # characters of a byline (`王琳 赵阳`)
_WHOLE_HEADLINE = 8  # characters of a headline line standing whole on top
_BYLINE_INSIDE = 4.0  # a byline read on from a column's text: bylines open columns
_PROSE_MARK = re.compile(r"[，。；！？、]")  # what a line of text holds and a headline's line seldom does

ROWS = "rows"
BLOCKS = "blocks"


def unweave_page(text: str, numbers: list[int] | None = None) -> tuple[str, list[int] | None]:
    """The page with every run of columns read across put back in reading order (the columns one after
    the other, a blank line between them), and for each of its lines the number of the printed line it came
    from (`numbers`: those of a page already unfolded by sidebyside); a page with no such run unchanged."""
    lines = text.split("\n")
    runs = _runs(lines)
    if not runs:
        return text, numbers
    given, numbers = numbers, numbers or list(range(1, len(lines) + 1))
    out: list[str] = []
    out_numbers: list[int] = []
    done = 0
    changed = False
    for start, end in runs:
        on_top = _headlines_on_top(lines, start, end)
        firsts = (
            [on_top] if on_top is not None else range(start, min(start + _MAX_LEAD, end - _MIN_LINES) + 1)
        )
        for first in firsts:
            if not column_head(lines[first].strip(), on_top is not None):
                continue  # the first column opens with its headline (or its byline, under headlines on top)
            columns = split_columns([line.strip() for line in lines[first:end]], on_top is not None)
            if columns is None:
                continue
            out += lines[done:first]
            out_numbers += numbers[done:first]
            append_columns(out, out_numbers, lines, numbers, first, columns)
            done, changed = end, True
            break
        else:
            if start >= done and _read_across(lines, start, end) and _headlines_above(lines, start):
                indents = [line[:1].isspace() for line in lines[start:end]]
                columns = split_columns([line.strip() for line in lines[start:end]], indents=indents)
                if columns is not None:
                    out += lines[done:start]
                    out_numbers += numbers[done:start]
                    # a column going on with the sentence the one before left open reads on, no blank line
                    apart = [False] + [
                        indents[column[0]] or ends_sentence(lines[start + before[-1]])
                        for before, column in pairwise(columns)
                    ]
                    append_columns(out, out_numbers, lines, numbers, start, columns, apart)
                    done, changed = end, True
    if not changed:
        return text, given
    return "\n".join(out + lines[done:]), out_numbers + numbers[done:]


def append_columns(
    out: list[str],
    out_numbers: list[int],
    lines: list[str],
    numbers: list[int],
    start: int,
    columns: list[list[int]],
    apart: Sequence[bool] = (),
    heads: Sequence[int] = (),
) -> None:
    """Append a run's columns (indexes of its lines from `start`) one after the other, each line with its
    printed line's number: a blank line before each column that `apart` says stands apart (by default every
    one but the first), and over each its headline when `heads` gives them (the lines' indexes, in order)."""
    for n, column in enumerate(columns):
        if apart[n] if apart else n > 0:
            out.append("")
            out_numbers.append(numbers[start + column[0]])
        if heads:
            out.append(lines[heads[n]])
            out_numbers.append(numbers[heads[n]])
        out += [lines[start + i] for i in column]
        out_numbers += [numbers[start + i] for i in column]


def _headlines_on_top(lines: list[str], start: int, end: int) -> int | None:
    """Where the columns start under the headlines printed together on top of a run (`桔山街道：…  老旧小区…` /
    `新城区推行…` / `本报讯（…）`): the first byline, when only whole headline lines stand before it, two of
    them side by side on one line; else None (a headline wrapped over two lines heads one column)."""
    side_by_side = False  # two headlines on one line, apart by the columns' gap: headlines of columns
    for index in range(start, min(start + _MAX_LEAD, end - _MIN_LINES) + 1):
        line = lines[index].strip()
        if starts_byline(line) and cjk_count(line) >= _MIN_BYLINE:  # (a word of two is no byline: `纠纷`)
            return index if index > start and side_by_side else None
        side_by_side = side_by_side or COLUMN_GAP.search(line) is not None
        if ends_sentence(line) or _PROSE_MARK.search(line) or cjk_count(line) < _WHOLE_HEADLINE:
            return None  # text, or a headline's wrapped tail (`纠纷`): the headlines are read across too
    return None


def column_head(line: str, headlines_on_top: bool = False) -> bool:
    """How a column opens: its headline, or its byline when the page prints the headlines together on top
    (heldout10 p03: `本报讯（…）`, `本报记者 …`, `■中共…委组织部` heading three columns in uneven blocks)."""
    return is_headline_shape(line) or (headlines_on_top and starts_byline(line))


def _runs(lines: list[str], evidence: int = _MIN_EVIDENCE) -> list[tuple[int, int]]:
    """Runs of non-blank lines long enough to be columns read across, and whose lines show it: lines left
    in the middle of a sentence that a line two to eight lines further down reads on from (_skips), at
    least `evidence` of them."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate([*lines, ""]):
        if line.strip():
            start = i if start is None else start
            continue
        long_enough = start is not None and _MIN_LINES <= i - start <= _MAX_LINES
        if long_enough and _skips([line.strip() for line in lines[start:i]]) >= evidence:
            runs.append((start, i))
        start = None
    return runs


def _skips(lines: list[str]) -> int:
    """Lines left mid-sentence that the next line does not clearly read on from, but a line a little
    further down does (a word, a figure or a quote across the break)."""
    count = 0
    for i, line in enumerate(lines[:-1]):
        if ends_sentence(line) or join_cost(line, lines[i + 1]) < 0:
            continue
        if any(join_cost(line, later) <= -1.5 for later in lines[i + 2 : i + 2 + _REACH]):
            count += 1
    return count


def _read_across(lines: list[str], start: int, end: int) -> bool:
    """The run shows columns read across on most of its lines (many lines a line further down reads on from),
    as rows do: only then is a split tried whose columns open with no headline."""
    skips = _skips([line.strip() for line in lines[start:end]])
    return skips >= _MANY_SKIPS and skips >= _SKIP_SHARE * (end - start)


def _headlines_above(lines: list[str], start: int) -> bool:
    """Headline-shaped lines stand over the run, a blank line between (the page prints its headlines
    together above columns that open with their leads)."""
    above = [line.strip() for line in lines[max(0, start - _ABOVE) : start]]
    return bool(above) and not above[-1] and any(is_headline_shape(line) for line in above if line)


def split_columns(
    lines: list[str], headlines_on_top: bool = False, indents: list[bool] | None = None
) -> list[list[int]] | None:
    """The run's lines as columns (lists of line indexes, in order), when they read as 2 or 3 columns taking
    turns line by line, or 3 in blocks; None when the printed order reads as well, or two columns in blocks
    read best (interleave.deinterleave's layout: it knows their runs of one length). `headlines_on_top`: the
    page prints the columns' headlines together above them, each column opening with its byline. `indents`
    (which lines are indented; headlines stand over the run): the columns open with their leads, a column
    opening with an indented line or going on with the sentence the column before it left open."""
    found = {
        (mode, k): _split(lines, k, mode, headlines_on_top, indents is not None)
        for mode, k in ((ROWS, 2), (ROWS, 3), (BLOCKS, 2), (BLOCKS, 3))
    }
    reading = {key: _reading(lines, labels) if labels else float("inf") for key, labels in found.items()}
    best = {}
    for mode in (ROWS, BLOCKS):  # a third column must read clearly better than two
        best[mode] = 3 if reading[mode, 3] <= reading[mode, 2] - _MORE_COLUMNS else 2
    # blocks of any length can follow the text anywhere: they must read clearly better than rows
    rows_read, blocks_read = reading[ROWS, best[ROWS]], reading[BLOCKS, best[BLOCKS]]
    mode = ROWS if rows_read <= blocks_read + _ROWS_SLACK else BLOCKS
    k = best[mode]
    labels = found[mode, k]
    if (mode, k) == (BLOCKS, 2) or labels is None or reading[mode, k] > _printed_cost(lines) - _MARGIN:
        return None
    if _evidence(lines, labels) < _MIN_EVIDENCE:
        return None
    columns = [[i for i, c in enumerate(labels) if c == column] for column in range(k)]
    if any(len(c) < _MIN_COLUMN for c in columns):
        return None
    if indents is not None:  # each column opens a paragraph, or goes on with the one before it
        opens = (indents[c[0]] or not ends_sentence(lines[before[-1]]) for before, c in pairwise(columns))
        return columns if all(opens) else None
    if any(not column_head(lines[c[0]], headlines_on_top) for c in columns):
        return None
    return columns


def _split(
    lines: list[str], k: int, mode: str, on_top: bool = False, leads: bool = False
) -> list[int] | None:
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
    own = [heads[c] - set().union(*(heads[o] for o in range(k) if o != c)) for c in range(k)]
    costs = []
    for line in lines:
        words = bigrams(line)
        shared = [len(words & own[c]) for c in range(k)]
        top = max(shared)
        bonus = max(_TOPIC * top, _MAX_TOPIC)
        costs.append(
            [bonus if top and shared[c] == top and shared.count(top) == 1 else 0.0 for c in range(k)]
        )
    return costs


def _full_width(lines: list[str]) -> float:
    """The width of a full line of the run's columns (most lines are full: a paragraph's last line is not)."""
    widths = sorted(display_width(line) for line in lines)
    return widths[len(widths) * 3 // 4]


def _end_cost(text: str, full: float) -> float:
    """A column's last line: left in the middle of a sentence, unless it ends a sentence or stops well short
    of the column's width (a paragraph's last line: `2345678` under `订阅热线：024-1`)."""
    return 0.0 if ends_sentence(text) or display_width(text) <= _SHORT * full else _OPEN_END


def _printed_cost(lines: list[str]) -> float:
    full = _full_width(lines)
    return sum(join_cost(a, b) for a, b in pairwise(lines)) + _end_cost(lines[-1], full)


def _reading(lines: list[str], labels: list[int]) -> float:
    """How well the columns of an assignment read: their line joins and their ends."""
    last: dict[int, str] = {}
    cost = 0.0
    for line, column in zip(lines, labels, strict=True):
        if column in last:
            cost += join_cost(last[column], line)
        last[column] = line
    full = _full_width(lines)
    return cost + sum(_end_cost(text, full) for text in last.values())


def _evidence(lines: list[str], labels: list[int]) -> int:
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
                        cost += _BLANK_CELL
                if distance == k and self.mode == BLOCKS:
                    cost += self.long_block(state, i)
                if lasts[target] >= 0:
                    cost += self.join(lasts[target], i)
                    if self.on_top and self.byline(i) and _PROSE_MARK.search(self.lines[lasts[target]]):
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
            full = _full_width(self.lines)
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
        steps: list[dict[_State, tuple[float, _State | None]]] = [{start: (0.0, None)}]
        for i in range(1, len(self.lines)):
            step: dict[_State, tuple[float, _State | None]] = {}
            for state, (cost, _) in steps[-1].items():
                for added, following in self.moves(state, i):
                    total = cost + added
                    if following not in step or total < step[following][0]:
                        step[following] = (total, state)
            if len(step) > _BEAM:
                step = dict(sorted(step.items(), key=lambda item: item[1][0])[:_BEAM])
            steps.append(step)
        ends = {
            state: cost + sum(self.end_cost(state[1][c]) for c in range(self.k) if not state[2] >> c & 1)
            for state, (cost, _) in steps[-1].items()
            if min(state[1]) >= 0
        }
        if not ends:
            return None
        state: _State | None = min(ends, key=lambda s: (ends[s], s))
        labels = []
        for step in reversed(steps):
            assert state is not None
            labels.append(state[0])
            state = step[state][1]
        return labels[::-1]


def _subsets(items: list[int]) -> list[list[int]]:
    subsets: list[list[int]] = [[]]
    for item in items:
        subsets += [[*s, item] for s in subsets]
    return subsets
