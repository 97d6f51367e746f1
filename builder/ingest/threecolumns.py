"""Three columns that the PDF extraction interleaved in uneven blocks of lines, put back in reading order.

Some extractions read a page of three narrow columns across in blocks of unequal length, rotating over the
columns in no fixed order (heldout11 p08: 3, 5, 2, 4, 6 … lines; heldout9 q02: the three heads stacked, then
the text of all three mixed; heldout12 p06: A's lines, B's head and lines, A's again, then C's head …). The
two-column split (interleave) cannot read them: each column's lines are cut off by either of two others.

`unweave_three(units)` recognizes such a page by its shape: three article starts with no blank line among
them nor in the text around them, each start after the first either stacked right under the head before it
or cutting the line above it off in the middle of a sentence. A start is a headline unit (its kicker, a
second headline line and its byline with it), or a headline-shaped text line over an indented lead opening as a report's does (the
classifier took it for text, `东关村“光伏+”点亮集体经济` / `　　在大同市…`), maybe wrapped over two such lines.
Every text line after the first start then goes to the column whose text it continues best: an assignment
found by dynamic programming over (the column of the line, where each other column's text stands), each
column opened at its head, charging every line join (linejoin.join_cost), every change of column, a line
that shares words only with another column's head, and a column left in the middle of a sentence at its
end. The units are reordered (article A, B, then C) only when that assignment reads clearly better than the
printed order, every column keeps lines of its own, and the columns take turns (one comes back at least
twice); any other page is returned as it is. Captions, photo credits and closing credits printed among the
lines go where the line before them goes.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from itertools import pairwise

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.furnitureboxes import FIGURE_ALONE, FIGURES_BOX_LABEL
from builder.ingest.gluedlead import opens_with_place_chain
from builder.ingest.headlinecontext import opens_like_lead
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.interleave_search import own_words_bonus
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    FURNITURE,
    HEADLINE,
    KICKER,
    SUBTITLE,
    TEXT,
    Unit,
)
from builder.ingest.textrules import cjk_count, display_width, ends_sentence
from builder.ingest.titles import bigrams

_COLUMNS = 3
_MAX_GAP = 16  # text lines between one start and the next
_MAX_LINES = 200  # text lines of the stretch
_BEAM = 400  # states kept per line: the cheapest
_SWITCH = 1.0  # a change of column
_OPEN_END = 3.0  # a column whose last line stops in the middle of a sentence
_TOPIC = -1.2  # a line that shares words with its column's head only
_MARGIN = 4.0  # how much better the assignment must read than the printed order
_MIN_RETURNS = 2  # changes back to a column already left
_HEAD_KINDS = (HEADLINE, KICKER, SUBTITLE)
_MIN_HEAD = 8  # characters of a headline the classifier read as text (`“银发服务站”` / `帮老人解难题`)
# A figures box (`数读`) dropped among the lines: its label, big figures alone on their lines (`318个`,
# `2100余名`), each with a short label over or under it (`老旧院落建立党组织`).
_TRAILING_DIGITS = re.compile(r"\d+$")
_LEADING_DIGITS = re.compile(r"^\d+")
_MAX_DIGITS = 6  # digits of one figure written out (larger ones are written with 万 or 亿)
_BOX_WIDTH = 0.8  # a box's label line is narrower than this share of the column's lines


@dataclass
class _Start:
    """One article start: its head units (kicker, headline lines, byline), from `at` to `end`."""

    at: int
    end: int
    promote: bool = False  # a headline the classifier read as text


@dataclass
class _Search:
    """The lines to assign, the heads opening the columns (by the line index they come before)."""

    lines: list[str]
    opens: list[int]  # per column after the first: the index of the first line after its head
    heads: list[str]  # per column: its head's last unit's text (the text a first line follows)
    topics: list[list[float]]  # per line, per column
    joins: dict[tuple[str, str], float] = field(default_factory=dict)

    def join(self, before: str, after: str) -> float:
        cost = self.joins.get((before, after))
        if cost is None:
            cost = join_cost(before, after)
            digits = _TRAILING_DIGITS.search(before), _LEADING_DIGITS.match(after)
            if digits[0] and digits[1] and len(digits[0].group(0) + digits[1].group(0)) > _MAX_DIGITS:
                cost = max(cost, 0.0) + _OPEN_END  # two whole figures (`…1900` / `2860名…`), never one cut
            self.joins[before, after] = cost
        return cost

    def last_text(self, column: int, index: int) -> str:
        return self.lines[index] if index >= 0 else self.heads[column]

    def open_columns(self, i: int) -> int:
        return 1 + sum(1 for at in self.opens if at <= i)

    def reading(self, columns: list[int]) -> float:
        """Line joins and column ends of an assignment, nothing else."""
        last = list(self.heads)
        cost = 0.0
        for line, column in zip(self.lines, columns, strict=True):
            cost += self.join(last[column], line)
            last[column] = line
        return cost + sum(0.0 if ends_sentence(text) else _OPEN_END for text in last)

    def solve(self) -> list[int]:
        """The cheapest assignment of the lines to the columns, by dynamic programming over states (the
        column of line i, the index of each column's last line, -1 before any), the cheapest _BEAM kept."""
        State = tuple[int, tuple[int, ...]]
        start: State = (0, (-1,) * _COLUMNS)
        steps: list[dict[State, tuple[float, State | None]]] = []
        frontier: dict[State, tuple[float, State | None]] = {start: (0.0, None)}
        for i, line in enumerate(self.lines):
            opened = self.open_columns(i)
            newly = [at for at in self.opens if at == i]
            step: dict[State, tuple[float, State | None]] = {}
            for state, (cost, _) in frontier.items():
                current, lasts = state
                if newly:  # a head was printed right before this line: its column is the current one
                    current = opened - 1
                for column in range(opened):
                    added = self.join(self.last_text(column, lasts[column]), line) + self.topics[i][column]
                    added += 0.0 if column == current else _SWITCH
                    new = (column, (*lasts[:column], i, *lasts[column + 1 :]))
                    total = cost + added
                    if new not in step or total < step[new][0]:
                        step[new] = (total, state)
            kept = sorted(step.items(), key=lambda item: item[1][0])[:_BEAM]
            frontier = dict(kept)
            steps.append(frontier)
        ends = {
            state: cost
            + sum(
                _OPEN_END if not ends_sentence(self.last_text(c, state[1][c])) else 0.0
                for c in range(_COLUMNS)
            )
            for state, (cost, _) in frontier.items()
        }
        state: State | None = min(ends, key=lambda s: (ends[s], s))
        path = []
        for step in reversed(steps):
            assert state is not None
            path.append(state[0])
            state = step[state][1]
        return path[::-1]


def unweave_three(units: list[Unit]) -> list[Unit]:
    """The units with a stretch of three interleaved columns put back in reading order; others unchanged."""
    starts = _three_starts(units)
    if starts is None:
        return units
    end = _stretch_end(units, starts[-1].end)
    groups, heads_before = _line_groups(units, starts, end)
    if groups is None or not groups or len(groups) > _MAX_LINES:
        return units
    groups = _without_box(units, groups)
    lines = [units[g[0]].text for g in groups]
    head_texts = [units[s.end - 1].text for s in starts]
    search = _Search(lines, heads_before[1:], head_texts, _topics(units, starts, lines))
    columns = search.solve()
    printed = [search.open_columns(i) - 1 for i in range(len(lines))]
    if not _takes_turns(columns) or search.reading(columns) > search.reading(printed) - _MARGIN:
        return units
    for group in groups:
        units[group[0]].kind = TEXT
    ordered: list[Unit] = []
    for column, start in enumerate(starts):
        head = units[start.at : start.end]
        if start.promote:
            _promote(head)
        if column:
            head[0].blanks_before = max(head[0].blanks_before, 1)
        ordered += head + [units[k] for g, c in zip(groups, columns, strict=True) if c == column for k in g]
    return units[: starts[0].at] + ordered + units[end:]


def _without_box(units: list[Unit], groups: list[list[int]]) -> list[list[int]]:
    """The line groups less a figures box's lines, made furniture: its label word, each figure alone on its
    line, and the short lines with no mark right over or under a figure (a column's line is as wide as the
    column; a paragraph's short last line ends a sentence)."""
    texts = [units[g[0]].text for g in groups]
    width = statistics.median(display_width(t) for t in texts)
    box = {i for i, t in enumerate(texts) if FIGURES_BOX_LABEL.match(t) or FIGURE_ALONE.match(t)}
    for i in sorted(box):
        if not FIGURE_ALONE.match(texts[i]):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(texts) and _box_caption(texts[j], width):
                box.add(j)
    for i in box:
        units[groups[i][0]].kind = FURNITURE
    return [g for i, g in enumerate(groups) if i not in box]


def _box_caption(text: str, width: float) -> bool:
    return not re.search(r"[，。；：！？、,.;:]", text) and display_width(text) < _BOX_WIDTH * width


def _promote(head: list[Unit]) -> None:
    """A headline the classifier read as text (one line, or two: `“银发服务站”` / `帮老人解难题`) becomes one
    headline opening its article."""
    lines = [u for u in head if u.kind == TEXT and not starts_byline(u.text)]
    if not lines:
        return
    first = lines[0]
    first.text = "".join(u.text for u in lines)
    first.kind, first.opens = HEADLINE, True
    for unit in lines[1:]:
        unit.kind, unit.text = FURNITURE, ""


def _takes_turns(columns: list[int]) -> bool:
    """Every column has lines, and the columns change back to one already left at least _MIN_RETURNS times."""
    if len(set(columns)) < _COLUMNS:
        return False
    seen: set[int] = set()
    returns = 0
    for before, after in pairwise(columns):
        if after != before:
            seen.add(before)
            returns += after in seen
    return returns >= _MIN_RETURNS


def _topics(units: list[Unit], starts: list[_Start], lines: list[str]) -> list[list[float]]:
    """Per line and column: a bonus when the line shares words with that column's headline only (never its
    byline's: an organisation's name, `中共…区委组织部`, shares words with any report)."""
    heads = [bigrams("".join(u.text for u in units[s.at : s.end] if not _head_byline(u))) for s in starts]
    return own_words_bonus(heads, lines, lambda _shared: _TOPIC)


def _line_groups(
    units: list[Unit], starts: list[_Start], end: int
) -> tuple[list[list[int]] | None, list[int]]:
    """The text lines between the first head and `end` (each with the units riding on it), and per start the
    index of the first line group after its head."""
    groups: list[list[int]] = []
    heads_before: list[int] = []
    k = starts[0].at
    s = 0
    while k < end:
        if s < len(starts) and k == starts[s].at:
            heads_before.append(len(groups))
            k = starts[s].end
            s += 1
            continue
        unit = units[k]
        if _texty(unit):
            groups.append([k])
        elif _rides(unit) and groups:
            groups[-1].append(k)
        else:
            return None, heads_before
        k += 1
    return groups, heads_before


def _texty(unit: Unit) -> bool:
    """A text line, or one the classifier took for a kicker over the next column's headline while it goes on
    with a sentence of its own column (`以来共议定加装电梯、修缮`: a kicker has no comma nor 、)."""
    return unit.kind == TEXT or (unit.kind == KICKER and any(mark in unit.text for mark in "，、；"))


def _rides(unit: Unit) -> bool:
    return unit.kind in (CAPTION, CREDIT) or (unit.kind == BYLINE and unit.text.startswith(("（", "(")))


def _stretch_end(units: list[Unit], at: int) -> int:
    """One past the stretch's last text line (or the credit riding on it) from `at`: before a blank line or a
    unit of another kind."""
    end = at
    while end < len(units) and not units[end].blanks_before and (_texty(units[end]) or _rides(units[end])):
        end += 1
    return end


def _three_starts(units: list[Unit]) -> list[_Start] | None:
    """Three article starts close together with no blank line among them, each after the first stacked under
    the head before it or cutting its text off mid-sentence (or a headline unit after a finished sentence,
    when another start cuts); None when the page shows none."""
    k = 0
    while k < len(units):
        first = _start_at(units, k)
        if first is None:
            k += 1
            continue
        found = [first]
        at = first.end
        gap = cut = 0
        while len(found) < _COLUMNS and at < len(units) and gap <= _MAX_GAP:
            unit = units[at]
            if unit.blanks_before or unit.kind not in (TEXT, HEADLINE, KICKER, BYLINE):
                break
            start = _start_at(units, at)
            if start is not None:
                above = units[at - 1]
                cuts = at == found[-1].end or (_texty(above) and not ends_sentence(above.text))
                if not (cuts or units[at].kind == HEADLINE):
                    break
                found.append(start)
                cut += cuts
                at, gap = start.end, 0
                continue
            gap += 1
            at += 1
        if len(found) == _COLUMNS and cut:
            return found
        k = first.end
    return None


def _start_at(units: list[Unit], k: int) -> _Start | None:
    """An article start at unit `k`: headline units (and the byline under them), or a headline-shaped text
    line (maybe two) cutting the text above it over an indented lead or a byline."""
    unit = units[k]
    end = k
    promote = False
    if unit.kind in _HEAD_KINDS and not _texty(unit):
        while (
            end < len(units) and units[end].kind in _HEAD_KINDS and (end == k or not units[end].blanks_before)
        ):
            end += 1
    elif unit.kind == TEXT and k > 0 and units[k - 1].kind == TEXT and _headline_text(unit.text):
        end = k + 1
        second = units[end] if end < len(units) else None
        if second is not None and second.kind == TEXT and _headline_text(second.text) and not second.indent:
            end += display_width(second.text) <= display_width(unit.text)  # a wrapped headline's shorter line
        following = units[end] if end < len(units) else None
        if following is None or not (
            following.kind == BYLINE or (following.indent and _opens_lead(following.text))
        ):
            return None
        if sum(cjk_count(u.text) for u in units[k:end]) < _MIN_HEAD:
            return None  # a photo's caption dropped among the lines (`启动仪式现场`), no headline
        promote = True
    else:
        return None
    while end < len(units) and not units[end].blanks_before and _head_byline(units[end]):
        end += 1
    if not promote and end == k + 1 and unit.kind != HEADLINE:
        return None
    return _Start(k, end, promote)


def _opens_lead(text: str) -> bool:
    """A report's lead: a date, a time word, 本报讯, or its place in full, maybe after 在 (`在大同市灵丘县…`)."""
    text = text.removeprefix("在")
    return opens_like_lead(text) or opens_with_place_chain(text)


def _headline_text(text: str) -> bool:
    """A line of text shaped as a headline: no sentence's marks inside it."""
    return is_headline_shape(text) and not any(mark in text for mark in "，。；！？")


def _head_byline(unit: Unit) -> bool:
    """A byline standing whole on its line under a headline (`本报记者 高明`, `本报讯（记者 贾文涛）`)."""
    if unit.kind == BYLINE:
        return not unit.text.startswith(("（", "("))
    return unit.kind == TEXT and starts_byline(unit.text) and unit.text.endswith(("）", ")"))
