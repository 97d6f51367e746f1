"""Two columns that the PDF extraction interleaved in blocks of lines, put back in reading order.

Some extractions read a two-column page across: a few lines of the left column, a few of the right, and so
on (headline A, byline A, lines of A, headline B, byline B, lines of B, lines of A …). `deinterleave(units)`
recognizes such a page by its shape: two article starts (a headline over a byline) close together, the first
left in the middle of a sentence by the second. It then gives every line after the second start to the column
whose text it continues: the split of the lines into two chains, in page order, whose line joins read best,
found by dynamic programming over where the column changes. A join reads well when a word spans the line
break (`书` / `记`), a number goes on (`1.` / `2万`), a quote or bracket left open closes, or the line names
what only one of the two headlines names; a line left in the middle of a sentence that is never continued
reads badly. The units are reordered (article A, then article B) only when the best split reads clearly
better than the printed order and alternates like columns read across: the first article comes back at
least twice, or once when the second comes back after it and both columns end a sentence (two blocks each,
A B A B, heldout5's g06); any other page is returned as it is. Columns read across in runs of one length
throughout (c23: two lines each, the second headline and its byline filling a run of their own, so the line
after them may go on with the first article) take turns in runs of that length when that reads about as well
as the cheapest split, which charges every change of column; when both heads (headline and a byline whole on
its line) fill a run each, the first article starts with no text line before the second headline. On a jump
page (heldout7 m08: `（上接第1版）`, a jump headline, then A's lines) B's headline may stand inside A's column,
cutting a line mid-sentence, over B's lead naming its place in full (`东港区“…”…` / `日照市东港区在…`): both
lines are headlines, each titling its column, and the columns are split as above. A second headline with no
byline may also stand inside the first article's first block (R5: blocks of four lines, A's headline, its
bare-name byline and two lines, then B's headline), cutting A's line mid-sentence over B's indented lead
(`　　在…`): it starts the second column, and becomes a headline when the columns split.
"""

from __future__ import annotations

from builder.ingest.captionlines import one_short_sentence
from builder.ingest.interleave_blockheads import by_blocks
from builder.ingest.interleave_bylines import by_indents, indents_decide
from builder.ingest.interleave_search import own_words_bonus
from builder.ingest.interleave_split import ColumnSplit, regular_or
from builder.ingest.interleave_stacked import unstack
from builder.ingest.interleave_starts import column_starts
from builder.ingest.interleave_stretch import Columns
from builder.ingest.pagelines import CREDIT, HEADLINE, TEXT, Unit
from builder.ingest.textrules import ends_sentence
from builder.ingest.threads import split_threads
from builder.ingest.threecolumns import unweave_three
from builder.ingest.titles import bigrams

_MARGIN = 4.0  # how much better the split must read than the printed order
_ALONE_MARGIN = 1.0  # how much better one column going on alone must read than the runs kept to the end
_TOPIC = -0.7  # a line that shares words with one column's start only
_MIN_RETURNS = 2  # the first article must come back at least this many times, or once when both columns
# end their sentences and the second article comes back after it (two blocks each: A B A B)


def deinterleave(units: list[Unit]) -> list[Unit]:
    """The units of a page with interleaved columns put back in reading order; others unchanged."""
    woven = unweave_three(units)
    if woven is not units:
        return woven
    for columns in column_starts(units):
        misread = [u for u in units[columns.start : columns.end] if u.kind == HEADLINE]
        for unit in misread:  # full lines of a column read as headlines (interleave_stretch.stretch_end)
            unit.kind = TEXT
        order = _best_order(units, columns)
        if order is None:
            for unit in misread:
                unit.kind = HEADLINE
        if order is not None:
            if columns.promote:
                for head in units[columns.second : columns.second + columns.heads]:
                    head.kind = HEADLINE
                units[columns.second + columns.heads - 1].opens = True
            return units[: columns.first] + order + units[columns.end :]
    stacked = unstack(units)
    if stacked is not None:
        return stacked
    return split_threads(units)


def _topic_costs(units: list[Unit], columns: Columns, lines: list[Unit]) -> list[list[float]]:
    """Per line after the starts: a bonus for the column whose start alone (headline and first lines) shares
    its words (interleave_search.own_words_bonus: the same bonus however many it shares)."""
    starts = [units[columns.first : columns.second], units[columns.second : columns.start]]
    heads = [bigrams("".join(u.text for u in start)) for start in starts]
    return own_words_bonus(heads, [unit.text for unit in lines], lambda _shared: _TOPIC)


def _best_order(units: list[Unit], columns: Columns) -> list[Unit] | None:
    """The stretch reordered (A's units, then B's) when the best split reads clearly better, else None."""
    region = _with_riders(units[columns.start : columns.end])
    lines = [group[0] for group in region]
    problem = ColumnSplit(
        [u.text for u in lines],
        units[columns.second - 1].text,
        units[columns.start - 1].text,
        _topic_costs(units, columns, lines),
        columns.second - columns.first,
        columns.start - columns.second,
        indented=frozenset(u.text for u in lines if u.indent),
    )
    in_a = _regular_or(problem, problem.solve())
    if columns.blocks:
        in_a = by_blocks(problem, [at == 0 or g[0].blanks_before > 0 for at, g in enumerate(region)])
    offsets = [g[0].line - units[columns.second].line for g in region]
    for rows in _first_runs(units, columns):
        in_a = _rows_or(problem, in_a, offsets, rows)
    ends = (units[columns.second - 1], units[columns.start - 1])
    if columns.by_indents:
        runs = [(rows, offsets) for rows in _first_runs(units, columns)]
        in_a = by_indents(lines, ends, problem, in_a, runs)
    printed = problem.reading([False] * len(in_a))
    if not _interleaved_enough(problem, in_a) or (
        problem.reading(in_a) > printed - _MARGIN
        and not (columns.by_indents and indents_decide(lines, ends, problem, in_a))
    ):
        return None
    first = units[columns.first : columns.second] + [
        u for group, a in zip(region, in_a, strict=True) if a for u in group
    ]
    second = units[columns.second : columns.start] + [
        u for group, a in zip(region, in_a, strict=True) if not a for u in group
    ]
    second[0].blanks_before = max(second[0].blanks_before, 1)
    return first + second


def _first_runs(units: list[Unit], columns: Columns) -> list[int]:
    """A's first run in printed lines, as the rows may count it: from A's headline (its head read in the run),
    and from A's first text line when a blank line parts the body from its head (r9-kind: head, blank, then
    runs of six lines each)."""
    second = units[columns.second].line
    runs = [second - units[columns.first].line]
    body = next((u for u in units[columns.first + 1 : columns.second] if u.blanks_before), None)
    if body is not None and body.kind == TEXT and second - body.line not in runs:
        runs.append(second - body.line)
    return runs


def _with_riders(region: list[Unit]) -> list[list[Unit]]:
    """The stretch's text lines, each with the units riding with it (see interleave_stretch._rides)."""
    groups: list[list[Unit]] = []
    for at, unit in enumerate(region):
        if groups and (unit.kind != TEXT or _caption_line(region, at)):
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return groups


def _caption_line(region: list[Unit], at: int) -> bool:
    """A photo's caption set among the lines, its credit after it on its line (`妙源村村民在村文化礼堂“说事”。
    （图片由…提供）`): it goes with the line above it (the caption rules take it out of the sentence later)."""
    following = region[at + 1] if at + 1 < len(region) else None
    return (
        following is not None
        and following.kind == CREDIT
        and following.line == region[at].line
        and one_short_sentence(region[at].text)
    )


def _regular_or(problem: ColumnSplit, in_a: list[bool]) -> list[bool]:
    """The columns taking turns in blocks of the first block's length throughout (rows read across: c23, two
    lines each) when that reads about as well as the cheapest split, else the cheapest split. The search
    charges every change of column, so it drifts into long blocks where a short run reads no worse."""
    turn = problem.block
    if problem.lead_b != turn:
        return in_a
    regular = [(i + problem.lead_b) // turn % 2 == 1 for i in range(len(in_a))]
    return regular_or(problem, in_a, regular, turn)


def _rows_or(problem: ColumnSplit, in_a: list[bool], rows_after_b: list[int], rows: int) -> list[bool]:
    """The columns taking turns in runs of one number of printed lines (A's first run, its byline's lines
    counted: k06, four lines each, a wrapped byline one unit) when that reads as well as the split found, else
    that split: where two lines would read on equally well in either column (`今` / `年以来…`, `比２０２２` /
    `年增长…`), the rows of the page decide."""
    if rows < 2 or problem.lead_b == problem.block:
        return in_a  # runs of the first block's length: _regular_or's
    regular = [offset // rows % 2 == 1 for offset in rows_after_b]
    n = len(regular)
    # the last run cut short, or ending in either column (a stretch shorter than a run: at most all of it)
    ends = [regular[: n - r] + tail for r in range(min(rows, n) + 1) for tail in ([True] * r, [False] * r)]
    best = min(ends, key=problem.reading)
    # or one column going on alone after the other ended (the articles are seldom as long), when that reads
    # clearly better
    alone = [regular[: n - r] + tail for r in range(rows + 1, n + 1) for tail in ([True] * r, [False] * r)]
    longer = min(alone, key=problem.reading, default=best)
    if problem.reading(longer) < problem.reading(best) - _ALONE_MARGIN:
        best = longer
    return best if problem.reading(best) <= problem.reading(in_a) else in_a


def _interleaved_enough(problem: ColumnSplit, in_a: list[bool]) -> bool:
    """The split alternates enough to be columns read across, not one article set inside another: A comes
    back at least _MIN_RETURNS times, or once with B coming back after it and both columns ending a sentence."""
    returns = sum(1 for i, a in enumerate(in_a) if a and (i == 0 or not in_a[i - 1]))
    if returns >= _MIN_RETURNS:
        return True
    if returns != 1 or in_a[-1] or True not in in_a:
        return False
    last_a = max(i for i, a in enumerate(in_a) if a)
    return ends_sentence(problem.lines[last_a]) and ends_sentence(problem.lines[-1])
