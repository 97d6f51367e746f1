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
as printed; each line keeps the number of its printed line. Two heads stacked over columns that open with
their leads (the first closed by its byline, the second with none) are set apart: the second goes over the
column, opening a paragraph after a finished sentence, whose words it shares (`_second_head`), where
`headblocks` reads it as the head of a new article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.interleave_search import (
    BLOCKS,
    PROSE_MARK,
    ROWS,
    column_head,
    evidence,
    printed_cost,
    reading_cost,
    split,
)
from builder.ingest.interleave_spanned import spanned_columns
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import COLUMN_GAP
from builder.ingest.textrules import cjk_count, ends_sentence, indented
from builder.ingest.titles import bigrams

_MIN_LINES = 12  # lines in a run worth trying
_MAX_LINES = 600  # longer runs are not tried (the search is linear, but a page this long is no such layout)
_MIN_COLUMN = 4  # lines each column must get
_MARGIN = 6.0  # how much better the split must read than the printed order
_MIN_EVIDENCE = 4  # joins that only the split reads on (negative cost there, not in the printed order)
_MORE_COLUMNS = 2.0  # a third column must read this much better than two
_ROWS_SLACK = 4.0  # how much better blocks must read than line by line
_MAX_LEAD = 3  # lines of a run before its first column's headline (furniture set with no blank line)
_REACH = 7  # how far down a column's next line may be, for a run to be tried
_MANY_SKIPS = 8  # lines read on from further down, for a run whose columns open with their leads
_SKIP_SHARE = 0.25  # … a share of its lines at least
_ABOVE = 6  # lines over a run where the page's headlines may stand
_MIN_BYLINE = 4  # characters of a byline (`王琳 赵阳`)
_WHOLE_HEADLINE = 8  # characters of a headline line standing whole on top
_MAX_HEAD_LINES = 3  # lines of a head stacked over columns (kicker and headline, maybe wrapped)
_HEAD_WORDS = 4  # words (two-character) a second head shares more with its columns than with the others
_TAIL = 12  # lines under a run that may still go on with its columns


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
        if start < done:
            continue  # taken by the run before it, going on past its blank line
        on_top = _headlines_on_top(lines, start, end)
        firsts = (
            [on_top] if on_top is not None else range(start, min(start + _MAX_LEAD, end - _MIN_LINES) + 1)
        )
        for first in firsts:
            if indented(lines[first]):
                continue  # an indented line opens a paragraph, not a column's head
            if first > start and _reads_on(lines[first - 1].strip(), lines[first].strip()):
                continue  # a line going on with the sentence above it (`…莒县城阳街` / `道桃园社区…`) heads nothing
            if not column_head(lines[first].strip(), on_top is not None):
                continue  # the first column opens with its headline (or its byline, under headlines on top)
            columns = split_columns([line.strip() for line in lines[first:end]], on_top is not None)
            if columns is None:
                continue
            out += lines[done:first]
            out_numbers += numbers[done:first]
            end = carry_on(lines, first, end, columns)
            append_columns(out, out_numbers, lines, numbers, first, columns)
            done, changed = end, True
            break
        else:
            spanned = spanned_columns(lines, start, end) if start >= done else None
            if spanned is not None:  # a headline spanning two of three columns (interleave_spanned)
                out += lines[done:start]
                out_numbers += numbers[done:start]
                for at, index in enumerate(spanned):
                    out.append(lines[start + index] if index >= 0 else "")
                    out_numbers.append(numbers[start + (index if index >= 0 else spanned[at + 1])])
                done, changed = end, True
            elif start >= done and _read_across(lines, start, end) and _headlines_above(lines, start):
                indents = [indented(line) for line in lines[start:end]]
                columns = split_columns([line.strip() for line in lines[start:end]], indents=indents)
                if columns is not None:
                    out += lines[done:start]
                    out_numbers += numbers[done:start]
                    # a column going on with the sentence the one before left open reads on, no blank line
                    apart = [False] + [
                        indents[column[0]] or ends_sentence(lines[start + before[-1]])
                        for before, column in pairwise(columns)
                    ]
                    end = carry_on(lines, start, end, columns)
                    texts = ["".join(lines[start + i] for i in column) for column in columns]
                    head = _second_head(lines, start, texts, apart)
                    if head is None:
                        append_columns(out, out_numbers, lines, numbers, start, columns, apart)
                    else:  # the second head stands over the column its article opens with
                        (first, last), at = head
                        del (
                            out[len(out) - (start - first) :],
                            out_numbers[len(out_numbers) - (start - first) :],
                        )
                        append_columns(out, out_numbers, lines, numbers, start, columns[:at], apart[:at])
                        out += ["", *lines[first : last + 1], ""]
                        out_numbers += [numbers[first], *numbers[first : last + 1], numbers[last]]
                        rest = [False, *apart[at + 1 :]]
                        append_columns(out, out_numbers, lines, numbers, start, columns[at:], rest)
                    done, changed = end, True
    if not changed:
        return text, given
    return "\n".join(out + lines[done:]), out_numbers + numbers[done:]


def _reads_on(above: str, line: str) -> bool:
    """`line` goes on with the sentence `above` left open: a word or figure across the break."""
    return bool(above) and not ends_sentence(above) and join_cost(above, line) < 0


def carry_on(lines: list[str], start: int, end: int, columns: list[list[int]]) -> int:
    """A run's columns going on past the blank line that ends it (r9-kind: three columns read across, the
    first ended; under the blank line the second column's last lines still take turns with the third's
    subheading and text): while a column but the last is left mid-sentence, a line under the run that reads on
    from it (a word or figure across the break, or no worse than nothing) better than from the last column goes
    to it; blank lines and any other line go on with the last column. The columns (indexes from `start`) get
    the lines; returns one past the last line given to a column but the last (`end` when none is)."""
    last_line = {n: lines[start + column[-1]].strip() for n, column in enumerate(columns)}
    taken: dict[int, int] = {}  # line index -> column
    at = end
    while at < min(len(lines), end + _TAIL):
        open_columns = [n for n in range(len(columns) - 1) if not ends_sentence(last_line[n])]
        if not open_columns:
            break
        line = lines[at]
        text = line.strip()
        column = len(columns) - 1
        if text and not indented(line):
            costs = {n: join_cost(last_line[n], text) for n in open_columns}
            best = min(costs, key=lambda n: (costs[n], n))
            if costs[best] <= 0 and costs[best] < join_cost(last_line[column], text):
                column = best
        taken[at] = column
        if text:
            last_line[column] = text
        at += 1
    ends = [i for i, column in taken.items() if column < len(columns) - 1]
    if not ends:
        return end
    for i in range(end, ends[-1] + 1):
        columns[taken[i]].append(i - start)
    return ends[-1] + 1


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
        if ends_sentence(line) or PROSE_MARK.search(line) or cjk_count(line) < _WHOLE_HEADLINE:
            return None  # text, or a headline's wrapped tail (`纠纷`): the headlines are read across too
    return None


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


def _second_head(
    lines: list[str], start: int, texts: list[str], apart: Sequence[bool]
) -> tuple[tuple[int, int], int] | None:
    """Two heads stacked over columns read across (r9-kind: a kicker, the headline and its byline, a blank
    line, then a second kicker and headline with no byline, a blank line, the columns opening with their
    leads): the second head's lines (first, last) and the column it heads: the one opening a paragraph after
    a finished sentence from which on the columns share the most words with it and the first head the least.
    None when no head stands so, or no column reads clearly as the second head's."""
    last = start - 2
    first = last
    while first > 0 and lines[first - 1].strip() and last - first < _MAX_HEAD_LINES:
        first -= 1
    if lines[start - 1].strip() or not lines[last].strip() or first < 2 or lines[first - 1].strip():
        return None
    second = [line.strip() for line in lines[first : last + 1]]
    above = lines[first - 2].strip()
    if not starts_byline(above) or not all(_head_text(line) for line in second):
        return None  # the first head closes on its byline; the second has none
    top = first - 2
    while top > 0 and lines[top - 1].strip() and first - 2 - top < _MAX_HEAD_LINES:
        top -= 1
    first_words = bigrams("".join(line.strip() for line in lines[top : first - 1]))
    second_words = bigrams("".join(second))
    best, best_key = None, (0, 0)
    for at in range(1, len(texts)):
        if not apart[at] or not ends_sentence(texts[at - 1]):
            continue
        before, after = bigrams("".join(texts[:at])), bigrams("".join(texts[at:]))
        score = len(second_words & after) - len(second_words & before)
        score += len(first_words & before) - len(first_words & after)
        key = (score, len(second_words & bigrams(texts[at])))  # a tie: the column right under it
        if key > best_key:
            best, best_key = at, key
    if best is None or best_key[0] < _HEAD_WORDS:
        return None
    return (first, last), best


def _head_text(line: str) -> bool:
    return bool(line) and not starts_byline(line) and cjk_count(line) >= 4 and not re.search(r"[。；;]", line)


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
        (mode, k): split(lines, k, mode, headlines_on_top, indents is not None)
        for mode, k in ((ROWS, 2), (ROWS, 3), (BLOCKS, 2), (BLOCKS, 3))
    }
    reading = {key: reading_cost(lines, labels) if labels else float("inf") for key, labels in found.items()}
    best = {}
    for mode in (ROWS, BLOCKS):  # a third column must read clearly better than two
        best[mode] = 3 if reading[mode, 3] <= reading[mode, 2] - _MORE_COLUMNS else 2
    # blocks of any length can follow the text anywhere: they must read clearly better than rows
    rows_read, blocks_read = reading[ROWS, best[ROWS]], reading[BLOCKS, best[BLOCKS]]
    mode = ROWS if rows_read <= blocks_read + _ROWS_SLACK else BLOCKS
    k = best[mode]
    labels = found[mode, k]
    if (mode, k) == (BLOCKS, 2) or labels is None or reading[mode, k] > printed_cost(lines) - _MARGIN:
        return None
    if evidence(lines, labels) < _MIN_EVIDENCE:
        return None
    columns = [[i for i, c in enumerate(labels) if c == column] for column in range(k)]
    if any(len(c) < _MIN_COLUMN for c in columns):
        return None
    if mode == BLOCKS and not headlines_on_top and any(c[:2] != [c[0], c[0] + 1] for c in columns):
        return None  # a column printed in blocks opens with two lines or more, not one line of a page's head
    if indents is not None:  # each column opens a paragraph, or goes on with the one before it
        opens = (indents[c[0]] or not ends_sentence(lines[before[-1]]) for before, c in pairwise(columns))
        return columns if all(opens) else None
    if any(not column_head(_first_head_line(lines, c), headlines_on_top) for c in columns):
        return None
    return columns


def _first_head_line(lines: list[str], column: list[int]) -> str:
    """A column's first line, or its first two joined when the headline was cut after its colon (`某某乡：` /
    `集体经济分红村民笑开颜`, real R14's kind: the column's head is the two lines)."""
    first = lines[column[0]]
    return first + lines[column[1]] if first.endswith(("：", ":")) and len(column) > 1 else first
