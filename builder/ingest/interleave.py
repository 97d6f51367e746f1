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

import re
from dataclasses import dataclass

from builder.ingest import interleave_bylines
from builder.ingest.captionlines import one_short_sentence
from builder.ingest.gluedlead import opens_with_place_chain
from builder.ingest.interleave_blockheads import by_blocks, heads_between_blocks
from builder.ingest.interleave_bylines import by_indents, byline_cuts_in, indents_decide, under_stacked_heads
from builder.ingest.interleave_split import ColumnSplit, regular_or
from builder.ingest.interleave_stacked import unstack
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import is_headline_shape, split_baoxun, starts_byline
from builder.ingest.pagelines import BYLINE, CAPTION, CREDIT, HEADLINE, JUMP_IN, KICKER, TEXT, Unit
from builder.ingest.textrules import ends_sentence
from builder.ingest.threads import split_threads
from builder.ingest.threecolumns import unweave_three
from builder.ingest.titles import bigrams

_MAX_FIRST_BLOCK = 8  # text lines of the first article before the second one starts
_MAX_LINES = 400  # lines considered after the second start
_MARGIN = 4.0  # how much better the split must read than the printed order
_TOPIC = -0.7  # a line that shares words with one column's start only
_MIN_RETURNS = 2  # the first article must come back at least this many times, or once when both columns
# end their sentences and the second article comes back after it (two blocks each: A B A B)


@dataclass
class _Columns:
    """Where the interleaved stretch is: the two headlines, the region of lines, the two starting chains."""

    first: int  # index of headline A
    second: int  # index of headline B
    start: int  # index of the first unit after B's first text line: the lines to assign begin here
    end: int  # one past the last unit of the stretch
    promote: bool = False  # B's headline was read as a text line: it becomes a headline opening its column
    blocks: bool = False  # blank lines part the blocks: each block stays whole (interleave_blockheads)
    by_indents: bool = (
        False  # under stacked headlines (interleave_bylines): the paragraphs' indents may decide
    )


def deinterleave(units: list[Unit]) -> list[Unit]:
    """The units of a page with interleaved columns put back in reading order; others unchanged."""
    woven = unweave_three(units)
    if woven is not units:
        return woven
    for columns in (
        _candidates(units) or _headlines_cut_in(units) or _leads_cut_in(units) or _heads_between(units)
    ):
        order = _best_order(units, columns)
        if order is not None:
            if columns.promote:
                units[columns.second].kind, units[columns.second].opens = HEADLINE, True
            return units[: columns.first] + order + units[columns.end :]
    stacked = unstack(units)
    if stacked is not None:
        return stacked
    return split_threads(units)


def _is_article_start(units: list[Unit], index: int) -> bool:
    """A headline followed by a byline (a byline unit, or `本报讯（…）` running into the text)."""
    if units[index].kind != HEADLINE or index + 1 >= len(units):
        return False
    following = units[index + 1]
    return following.kind == BYLINE or (following.kind == TEXT and starts_byline(following.text))


def _candidates(units: list[Unit]) -> list[_Columns]:
    """Pairs of article starts close together where the second cuts the first off mid-sentence, or follows
    the first one's head with no text between."""
    found: list[_Columns] = []
    for first, second in interleave_bylines.start_pairs(units, _is_article_start):
        between = units[first + 1 : second]
        if units[second].blanks_before or not (_cut_off(between) or _heads_alone(between)):
            continue
        start = second + 1
        while start < len(units) and units[start].kind != TEXT:
            start += 1
        end = _stretch_end(units, start)
        if end - start > 2:
            found.append(_Columns(first, second, start + _b_opens(units, start, between[-1]), end))
    return found


def _stretch_end(units: list[Unit], start: int) -> int:
    """One past the last unit of the text lines from `start` (with the captions, photo credits and closing
    credits printed among them, which go where the line before them goes)."""
    end = start + 1
    while end < len(units) and end - start < _MAX_LINES:
        if units[end].kind != TEXT and not (_rides(units[end]) and end + 1 < len(units)):
            break
        end += 1
    while units[end - 1].kind != TEXT:
        end -= 1
    return end


def _rides(unit: Unit) -> bool:
    """A unit printed among a column's lines that goes with the line above it: a caption, a photo credit, a
    closing credit (`（通讯员 徐丽 郑一鸣）`)."""
    return unit.kind in (CAPTION, CREDIT) or (unit.kind == BYLINE and unit.text.startswith(("（", "(")))


def _headlines_cut_in(units: list[Unit]) -> list[_Columns]:
    """B's headline, with no byline of its own, printed in the middle of A's first block (R5's kind: two
    columns read across in blocks of four lines, A's headline, bare-name byline and two lines, then B's
    headline, B's indented lead …): within A's first lines, a headline-shaped line that cuts A's line above it
    mid-sentence and does not read on from it, over an indented line opening a paragraph (B's lead), perhaps
    after a bare-name byline. The line becomes a headline only when the columns split (see deinterleave)."""
    found: list[_Columns] = []
    for first in range(len(units) - 1):
        if not _is_article_start(units, first):
            continue
        texts = 0
        for second in range(first + 2, len(units) - 1):
            unit, above = units[second], units[second - 1]
            body_top = second == first + 2  # a blank line may part A's head from its body
            if unit.kind != TEXT or (unit.blanks_before and not body_top) or above.kind not in (TEXT, BYLINE):
                break
            texts += above.kind == TEXT
            if texts > _MAX_FIRST_BLOCK:
                break
            lead = _lead_under_headline(units, second) if texts else None
            if lead is not None:
                end = _stretch_end(units, lead + 1)
                if end - lead > 3:
                    found.append(_Columns(first, second, lead + 1, end, promote=True))
                break
    return found


def _heads_between(units: list[Unit]) -> list[_Columns]:
    """B's headline alone between A's first block and B's (interleave_blockheads); it becomes a headline
    when the columns split."""
    found = []
    for first, second in heads_between_blocks(units):
        end = _stretch_end(units, second + 1)
        if end - second > 3:
            found.append(_Columns(first, second, second + 1, end, promote=True, blocks=True))
    return found


def _lead_under_headline(units: list[Unit], index: int) -> int | None:
    """The index of the indented lead under a headline-shaped text line that cuts the line above it (see
    _headlines_cut_in), after a bare-name byline if one stands between; None for any other line."""
    unit, above = units[index], units[index - 1]
    if (
        unit.indent
        or not is_headline_shape(unit.text)
        or ends_sentence(unit.text)
        or above.kind != TEXT
        or ends_sentence(above.text)
        or join_cost(above.text, unit.text) < 0
    ):
        return None
    lead = index + 1
    if lead + 1 < len(units) and _only_byline(units[lead]) and not units[lead].indent:
        lead += 1
    following = units[lead]
    if following.kind != TEXT or not following.indent or following.blanks_before > 1:
        return None
    return lead


def _leads_cut_in(units: list[Unit]) -> list[_Columns]:
    """Two columns interleaved with their headlines printed elsewhere (heldout6 k06: both at the foot): the
    page's first text, then, within its first lines, a line opening with a place in full (`衢州市柯城区九华乡…`,
    a second report's lead) that cuts A off mid-sentence and does not read on from it."""
    first = next((i for i, u in enumerate(units) if u.kind in (TEXT, BYLINE, HEADLINE)), None)
    stacked = False  # A opens under headlines stacked on top: the paragraphs' indents may decide
    if first is not None:
        first = under_stacked_heads(units, first)
        stacked = units[first].kind != HEADLINE and first > 0 and units[first - 1].kind in (HEADLINE, KICKER)
    if first is None or units[first].kind == HEADLINE:
        return []  # with a headline on top, the article starts are _candidates'
    jump = _jump_headline(units, first)
    texts = 0
    for second in range(first + 1, len(units)):
        unit, above = units[second], units[second - 1]
        if byline_cuts_in(units, second):  # B's column opens with its byline over its lead
            end = _stretch_end(units, second + 2)
            return [_Columns(first, second, second + 2, end, by_indents=True)] if end - second > 4 else []
        if unit.kind != TEXT or above.kind not in (TEXT, BYLINE) or unit.blanks_before:
            return []
        texts += above.kind == TEXT
        if texts > _MAX_FIRST_BLOCK:
            return []
        head = jump and second - 2 > first and _headline_over_lead(units, second)
        cut = above.kind == TEXT and not _only_byline(above) and not ends_sentence(above.text)
        cut = head or (cut and join_cost(above.text, unit.text) >= 0)
        if cut and opens_with_place_chain(_lead_opening(units, second)):
            end = _stretch_end(units, second + 1)
            if end - second <= 3:
                return []
            if head:  # the jump headline over A's lines, B's headline over its lead: headlines
                for headline in (units[first], units[second - 1]):
                    headline.kind, headline.opens = HEADLINE, True  # each titles the column under it
            return [_Columns(first, second - head, second + 1, end, by_indents=stacked)]
    return []


def _lead_opening(units: list[Unit], index: int) -> str:
    """How the lead at `index` opens, after the dateline byline glued to it, the next line joined (`本报讯（记者
    …）南阳` / `市卧龙区整合…` -> `南阳市卧龙区整合…`)."""
    byline, rest = split_baoxun(units[index].text)
    text = rest if byline is not None and rest else units[index].text
    following = units[index + 1] if index + 1 < len(units) else None
    return text + following.text if following is not None and following.kind == TEXT else text


def _jump_headline(units: list[Unit], index: int) -> bool:
    """A headline-shaped line right under `（上接第1版）`, over A's text: the continued article's jump headline."""
    return index > 0 and units[index - 1].kind == JUMP_IN and is_headline_shape(units[index].text)


def _headline_over_lead(units: list[Unit], lead: int) -> bool:
    """On a jump page, B's headline printed inside A's column (heldout7 m08): a headline-shaped line that cuts
    A's line above it mid-sentence, over B's lead, which names the headline's place in full."""
    headline, above = units[lead - 1], units[lead - 2]
    place = _PLACE_HEAD.match(headline.text)
    return (
        above.kind == TEXT
        and not ends_sentence(above.text)
        and is_headline_shape(headline.text)
        and place is not None
        and place.group(0) in units[lead].text[:12]
    )


_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:市|县|区|旗|镇|乡|街道)")  # `东港区“…`


def _cut_off(between: list[Unit]) -> bool:
    """A's lines before B's headline: a few text lines (and its byline), the last left mid-sentence."""
    texts = [u for u in between if u.kind == TEXT]
    if not texts or len(texts) > _MAX_FIRST_BLOCK or any(u.kind not in (TEXT, BYLINE) for u in between):
        return False
    return between[-1].kind == TEXT and not ends_sentence(between[-1].text)


def _heads_alone(between: list[Unit]) -> bool:
    """Only A's byline before B's headline: each head (headline and byline) filled a run of its own, as when
    the rows are read across two lines at a time; an article is never printed with no text under its byline."""
    return len(between) == 1 and _only_byline(between[0])


def _only_byline(unit: Unit) -> bool:
    """A byline line, or a dateline byline standing whole on its line (`本报讯（记者 韩雪 通讯员 李航）`)."""
    if unit.kind == BYLINE:
        return True
    byline, rest = split_baoxun(unit.text)
    return unit.kind == TEXT and byline is not None and not rest


def _b_opens(units: list[Unit], start: int, last_a: Unit) -> int:
    """1 when the first text line after B's start is B's, 0 when it is left to the split: B's headline and
    byline filled a block of their own (runs of two lines: c23) and the line goes on with A's open sentence
    (`本报讯（记者 韩雪 通讯员` / `李航）郑州市…`)."""
    own_byline = units[start - 1].kind == BYLINE
    if _only_byline(last_a):
        return 0  # A's head filled its run too: the first text line may be either's
    return 0 if own_byline and join_cost(last_a.text, units[start].text) < 0 else 1


def _topic_costs(units: list[Unit], columns: _Columns, lines: list[Unit]) -> list[tuple[float, float]]:
    """Per line after the starts: a bonus for the column whose start alone (headline and first lines) shares
    its words."""
    start_a = "".join(u.text for u in units[columns.first : columns.second])
    start_b = "".join(u.text for u in units[columns.second : columns.start])
    own_a, own_b = bigrams(start_a) - bigrams(start_b), bigrams(start_b) - bigrams(start_a)
    costs = []
    for unit in lines:
        words = bigrams(unit.text)
        in_a, in_b = len(words & own_a), len(words & own_b)
        costs.append((_TOPIC if in_a > in_b else 0.0, _TOPIC if in_b > in_a else 0.0))
    return costs


def _best_order(units: list[Unit], columns: _Columns) -> list[Unit] | None:
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


def _first_runs(units: list[Unit], columns: _Columns) -> list[int]:
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
    """The stretch's text lines, each with the units riding with it (see _rides)."""
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
    ends = [regular[: n - r] + tail for r in range(rows + 1) for tail in ([True] * r, [False] * r)]
    best = min(ends, key=problem.reading)
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
