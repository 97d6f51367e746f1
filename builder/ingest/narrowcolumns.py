"""N narrow columns (2 to 5, 9 to 14 characters) that the PDF extraction read across in uneven blocks.

An extraction may read a page of narrow columns in bands: a few lines of the first column, a few of the
second, … of the last, then the first again (heldout15 p03: two 14-character columns in blocks of 2 to 5
lines, the headlines read across too: A's headline and the first line of its dateline, B's headline, the rest
of A's dateline …). The columns take turns in their order; a column whose text has ended drops out.
`unweave_narrow(text)` reads the page's lines under its head (no line wider than the columns, no column gap;
a column label over the first head and the editors' credit under the last blank line left out) as such bands,
by a beam search over which column each line goes to (each change of column goes to the next running
column), 2 to 5 columns, one more only while it reads clearly better. Each join of two lines of one column is
charged by what the text shows (builder.ingest.narrow_costs: words, figures and brackets across the break,
indents after finished sentences, heads over bylines), each change of column and each block of one line or
running long a little; a second search settles the lines in doubt by the words each column shares.

The split is kept only when lines a little further down read on from lines left mid-sentence, it reads clearly
better than the printed order (a margin, and enough joins that only the split reads on), each column gets a
few lines, the first line opens a column and each other column opens (a head, an indented lead) or goes on
with the sentence the one before left open, and the passes over the page's units would not put the page in
order themselves (interleave.deinterleave: two columns in runs of one length, three with their heads inside,
heads stacked: they read those pages better). The columns then follow one another (a blank line between,
unless a column goes on with the sentence the one before left open), each line keeping the number of its
printed line; blank lines ride with the line above them. Two headlines stacked over the columns with no
byline: the second goes over the column, opening a paragraph after a finished sentence, from which on the
columns share its words and whose lead shares them; with no such column the split is no page's and is not
kept. Runs last among the passes over the page's text (from interleave_widths.unweave_widths).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from builder.ingest.interleave import deinterleave
from builder.ingest.interleave_search import beam_columns
from builder.ingest.lateheads import lift_late_heads
from builder.ingest.lineshapes import COLUMN_GAP
from builder.ingest.midheads import lift_heads_in_sentences
from builder.ingest.narrow_costs import MAX_BLOCK, Line, LineCosts, skips
from builder.ingest.textrules import cjk_count, display_width, ends_sentence, full_width, indented
from builder.ingest.titles import bigrams
from builder.ingest.units import classify_page

_MAX_COLUMNS = 5
_NARROWEST = 8.0  # a column's full lines at least this wide …
_WIDEST = 14.5  # … and at most this wide
_OVER = 2.0  # how much wider than the columns' full lines a line in the region may be (a headline)
_MIN_LINES = 16  # lines of the region
_MAX_LINES = 400
_TAIL = 2  # lines after the region's last blank line left out of it (the editors' credit)
_BEAM = 300
_SWITCH = 0.5  # a change of column
_LONG_BLOCK = 6  # lines a block seldom runs past
_LONG_LINE = 0.5  # the cost of each line past it
_ONE_LINE = 0.5  # a block of one line
_MARGIN = 6.0  # how much better the split must read than the printed order
_MIN_EVIDENCE = 4  # joins only the split reads on
_MORE_COLUMNS = 2.0  # another column must read this much better
_MIN_COLUMN = 4  # lines each column gets
_ENDS_EARLY = 1.0  # a column ending before the last band
_TOPIC = -0.1  # per word a line shares with one column's other lines only
_MAX_TOPIC = -0.3
_CLAUSE = re.compile(r"[，。；、]")  # (a headline may ask: `人从哪里来？`)
_TOP_HEAD = 6  # characters of a headline standing over the columns
_ABOVE = 8  # lines over the region the passes over units see with it (its heads)
_MIN_SKIPS = 3  # lines a line further down reads on from, in a region worth searching
_HEAD_WORDS = 3  # words (two characters) a second headline shares more with its columns than the first
_LEAD_LINES = 4  # lines of a column's lead
_LEAD_WORDS = 2  # words of the headline its lead shares


def unweave_narrow(text: str, numbers: list[int] | None = None) -> tuple[str, list[int] | None]:
    """The page with its narrow columns read across in bands put back in reading order, and the printed
    line number of each of its lines; a page showing no such columns unchanged."""
    lines = text.split("\n")
    region = _region(lines)
    if region is None:
        return text, numbers
    start, end = region
    items, firsts = _items(lines, start, end)
    costs = LineCosts(items)
    while len(items) > 1 and items[0].after and costs.short(items[0]) and costs.opener[1]:
        firsts, items = firsts[1:], items[1:]  # a column label over the first head: the page's head
        start, costs = firsts[0], LineCosts(items)
    if skips(costs) < _MIN_SKIPS:
        return text, numbers  # no line a line further down reads on from: no columns read across
    columns = split_narrow(items)
    if columns is None or _read_later("\n".join(lines[max(0, start - _ABOVE) : end])):
        return text, numbers
    second = _stacked_heads(lines, start)
    heads = None
    if second is not None:  # the second headline goes over its column; with none reading as its, no split
        column = _head_column(lines, second, items, columns)
        if column is None:
            return text, numbers
        heads = (second, column)
    numbers = numbers or list(range(1, len(lines) + 1))
    cut = heads[0] if heads else start
    out, out_numbers = lines[:cut], numbers[:cut]
    if heads:
        out.append("")
        out_numbers.append(numbers[cut])
    for n, column in enumerate(columns):
        first = firsts[column[0]]
        if heads and n == heads[1]:
            out += ["", lines[heads[0]], ""]
            out_numbers += [numbers[first], numbers[heads[0]], numbers[first]]
        elif n and (items[column[0]].indented or ends_sentence(items[columns[n - 1][-1]].text)):
            out.append("")
            out_numbers.append(numbers[first])
        for i in column:
            out += lines[firsts[i] : firsts[i] + 1 + items[i].after]
            out_numbers += numbers[firsts[i] : firsts[i] + 1 + items[i].after]
    out += lines[end:]
    out_numbers += numbers[end:]
    return "\n".join(out), out_numbers


def _read_later(text: str) -> bool:
    """(The region's text and a few lines over it.) The columns are ones the passes over the page's units put in order (interleave.deinterleave: two
    columns in runs of one length, three columns with their heads inside, heads stacked): left to them."""
    units = lift_heads_in_sentences(lift_late_heads(classify_page(text)))
    return [unit.text for unit in deinterleave(units)] != [unit.text for unit in units]


def _region(lines: list[str]) -> tuple[int, int] | None:
    """The page's lines under its head that could be narrow columns: from the end of the page (its last
    few lines after a blank line left out) up to the first line wider than the columns or set with a
    column gap; None when too few, or their full lines are no narrow column's."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    for at in range(end - 1, max(-1, end - _TAIL - 2), -1):  # the last few lines under a blank line
        if not lines[at].strip():
            end = at
            while end and not lines[end - 1].strip():
                end -= 1
            break
    window = lines[
        max(0, end - _MAX_LINES) : end
    ]  # (a region is never longer: a long page is read no further)
    texts = [line.strip() for line in window if line.strip()]
    if len(texts) < _MIN_LINES:
        return None
    full = full_width(texts)
    if not _NARROWEST <= full <= _WIDEST:
        return None
    start = end
    while start > 0 and end - start <= _MAX_LINES:
        line = lines[start - 1]
        text = line.strip()
        if text and (display_width(text) > full + _OVER or COLUMN_GAP.search(text)):
            break
        if not text and start > 1 and not lines[start - 2].strip():
            break  # two blank lines: the head above
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    if sum(1 for line in lines[start:end] if line.strip()) < _MIN_LINES or end - start > _MAX_LINES:
        return None
    return start, end


def _items(lines: list[str], start: int, end: int) -> tuple[list[Line], list[int]]:
    items: list[Line] = []
    firsts: list[int] = []
    for i in range(start, end):
        if lines[i].strip():
            items.append(Line(lines[i].strip(), indented(lines[i]), 0, lines[i].rstrip()))
            firsts.append(i)
        elif items:
            items[-1].after += 1
    return items, firsts


# A state after a line: (its column, each column's last line or -1, the ended columns as bits, block length)
_State = tuple[int, tuple[int, ...], int, int]


def _search(costs: LineCosts, k: int) -> tuple[float, list[int]] | None:
    first: _State = (0, (0,) + (-1,) * (k - 1), 0, 1)
    return beam_columns(
        len(costs.items), k, first, lambda state, i: _moves(costs, k, state, i), costs.end, _BEAM
    )


def _moves(costs: LineCosts, k: int, state: _State, i: int) -> list[tuple[float, _State]]:
    column, lasts, ended, length = state
    found: list[tuple[float, _State]] = []
    if length < MAX_BLOCK:  # the block goes on
        lasts_on = (*lasts[:column], i, *lasts[column + 1 :])
        cost = costs.pair(i - 1, i) + (_LONG_LINE if length >= _LONG_BLOCK else 0.0)
        cost += costs.topics[i][column] if costs.topics else 0.0
        found.append((cost, (column, lasts_on, ended, length + 1)))
    if k == 1:
        return found
    passed = 0  # the next running column takes over; columns passed over end
    end_cost = 0.0
    for distance in range(1, k):
        target = (column + distance) % k
        if ended >> target & 1:
            continue
        if lasts[target] < 0 and target != max(c for c in range(k) if lasts[c] >= 0) + 1:
            break  # the columns open in their order
        cost = _SWITCH + end_cost + (_ONE_LINE if length == 1 else 0.0)
        cost += costs.pair(lasts[target], i) if lasts[target] >= 0 else costs.start(i)
        cost += costs.topics[i][target] if costs.topics else 0.0
        new_lasts = (*lasts[:target], i, *lasts[target + 1 :])
        found.append((cost, (target, new_lasts, ended | passed, 1)))
        if lasts[target] < 0:
            break
        passed |= 1 << target
        end_cost += costs.end(lasts[target]) + _ENDS_EARLY
    return found


def _topics(items: list[Line], labels: list[int], k: int) -> list[list[float]]:
    """Per line and column: a bonus for each word (two characters) the line shares with the column's other
    lines (as a first split placed them) and with no other column's."""
    words = [bigrams(item.text) for item in items]
    counts: list[Counter[str]] = [Counter() for _ in range(k)]
    for line_words, column in zip(words, labels, strict=True):
        counts[column].update(line_words)
    costs = []
    for line_words, own in zip(words, labels, strict=True):
        row = []
        for column in range(k):
            shared = 0
            for word in line_words:
                held = [counts[c][word] - (c == own) for c in range(k)]
                shared += held[column] > 0 and sum(held) == held[column]
            row.append(max(_TOPIC * shared, _MAX_TOPIC))
        costs.append(row)
    return costs


def _reading(costs: LineCosts, labels: list[int]) -> float:
    """How well the columns of a split read: their joins, their first and last lines, and its blocks (each
    change of column, a block of one line, a block running long)."""
    last: dict[int, int] = {}
    cost = 0.0
    length = 0
    for i, column in enumerate(labels):
        cost += costs.pair(last[column], i) if column in last else costs.start(i) if i else 0.0
        if i and column != labels[i - 1]:
            cost += _SWITCH + (_ONE_LINE if length == 1 else 0.0)
            length = 0
        length += 1
        cost += _LONG_LINE if length > _LONG_BLOCK else 0.0
        last[column] = i
    return cost + sum(costs.end(i) for i in last.values())


def _evidence(costs: LineCosts, labels: list[int]) -> int:
    last: dict[int, int] = {}
    count = 0
    for i, column in enumerate(labels):
        j = last.get(column)
        if j is not None and j != i - 1 and costs.pair(j, i) < 0 <= costs.pair(i - 1, i):
            count += 1
        last[column] = i
    return count


def split_narrow(items: list[Line]) -> list[list[int]] | None:
    """The region's lines as 2 to 5 columns read across in bands (lists of item indexes), or None when the
    printed order reads about as well."""
    costs = LineCosts(items)
    printed = sum(costs.pair(i - 1, i) for i in range(1, len(items))) + costs.end(len(items) - 1)
    best: tuple[float, list[int]] | None = None
    for k in range(2, _MAX_COLUMNS + 1):  # one column more while it reads clearly better
        found = _search(costs, k)
        if found is None:
            break
        if best is not None and found[0] >= best[0] - _MORE_COLUMNS:
            break
        best = found
    if best is None or best[0] > printed - _MARGIN:
        return None
    k = max(best[1]) + 1  # the words each column shares with its other lines settle the lines in doubt
    costs.topics = _topics(items, best[1], k)
    labels = (_search(costs, k) or best)[1]
    costs.topics = None
    best = (_reading(costs, labels), labels)
    if best[0] > printed - _MARGIN or _evidence(costs, best[1]) < _MIN_EVIDENCE:
        return None
    k = max(best[1]) + 1
    columns = [[i for i, c in enumerate(best[1]) if c == n] for n in range(k)]
    if any(len(column) < _MIN_COLUMN for column in columns):
        return None
    if not costs.opener[0]:
        return None  # the first column goes on from lines above: no page of columns starts here
    for before, column in pairwise(columns):  # each column opens, or goes on with the one before
        last = items[before[-1]]
        if not costs.opener[column[0]] and (ends_sentence(last.text) or costs.short(last)):
            return None
    return columns


def _stacked_heads(lines: list[str], start: int) -> int | None:
    """The second of two headlines stacked right over the region (a blank line between), neither with a
    byline; None when the lines over it are no such stack."""
    at = start
    while at > 0 and not lines[at - 1].strip():
        at -= 1
    if at == start or at < 2:
        return None
    if not (_top_head(lines[at - 1]) and _top_head(lines[at - 2])):
        return None
    if at > 2 and _top_head(lines[at - 3]):
        return None  # more than two: some other head
    return at - 1


def _top_head(line: str) -> bool:
    """A headline standing over the columns: no sentence mark inside, no column gap, a few words."""
    text = line.strip()
    return cjk_count(text) >= _TOP_HEAD and not _CLAUSE.search(text) and not COLUMN_GAP.search(text)


def _head_column(lines: list[str], second: int, items: list[Line], columns: list[list[int]]) -> int | None:
    """The column the second of two stacked headlines goes over: one opening a paragraph after a finished
    sentence from which on the columns share the most words with it and the least with the first, and
    whose lead shares its words; None when no column reads so (the split is then no page's)."""
    texts = ["".join(items[i].text for i in column) for column in columns]
    top_words, second_words = bigrams(lines[second - 1]), bigrams(lines[second])
    best, best_score = None, 0
    for n in range(1, len(columns)):
        if not items[columns[n][0]].indented or not ends_sentence(texts[n - 1]):
            continue
        before, after = bigrams("".join(texts[:n])), bigrams("".join(texts[n:]))
        score = len(second_words & after) - len(second_words & before)
        score += len(top_words & before) - len(top_words & after)
        if score > best_score:
            best, best_score = n, score
    if best is None or best_score < _HEAD_WORDS:
        return None
    lead = bigrams("".join(items[i].text for i in columns[best][:_LEAD_LINES]))
    return best if len(lead & second_words) >= _LEAD_WORDS else None  # its words come back in its lead
