"""Where the second column starts on a page whose two columns the extraction read across (deinterleave asks, moved
out of interleave.py): the stretch of lines to split (interleave_stretch.Columns: the two headlines, the first line
to assign, the end), found by the kind of start the page shows (column_starts): two article starts (a headline over a byline)
close together, the second leaving the first mid-sentence; B's headline with no byline cutting A's first lines
over B's indented lead (R5); B's lead naming its place in full (or its byline) cutting A's first lines, the
headlines printed elsewhere (heldout6 k06, a jump page's heldout7 m08); B's headline alone between the two first
blocks (interleave_blockheads).
"""

from __future__ import annotations

import re

from builder.ingest import interleave_bylines
from builder.ingest.bylineshapes import starts_byline
from builder.ingest.datelines import split_baoxun
from builder.ingest.gluedlead import opens_with_place_chain
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.interleave_blockheads import heads_between_blocks
from builder.ingest.interleave_bylines import byline_cuts_in, under_stacked_heads
from builder.ingest.interleave_stretch import Columns, stretch_end
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import (
    BYLINE,
    HEADLINE,
    JUMP_IN,
    KICKER,
    SUBTITLE,
    TEXT,
    Unit,
)
from builder.ingest.textrules import ends_sentence

_MAX_FIRST_BLOCK = 8  # text lines of the first article before the second one starts
_NARROWER = 2.0  # how much narrower than the line it cuts a head over an unindented lead stands


def column_starts(units: list[Unit]) -> list[Columns]:
    """Where two columns read across may start, by the first kind of start the page shows: two article starts
    close together, the second cutting the first off (or right under its head); B's headline cut into A's first
    lines; B's lead (or byline) cut into them with the headlines printed elsewhere; B's headline alone between the
    two first blocks. (Each asked only when the kinds before it find none: the lead's kind sets the headlines it
    finds as it goes.)"""
    return _candidates(units) or _headlines_cut_in(units) or _leads_cut_in(units) or _heads_between(units)


def _is_article_start(units: list[Unit], index: int) -> bool:
    """A headline followed by a byline (a byline unit, or `本报讯（…）` / `新华社天津2月28日电` running into the
    text), maybe with its second line read as a subtitle between them (`街镇“探新记”：老寨新“招”` / `激活治理
    “暖意”` / `新华社天津2月28日电`)."""
    if units[index].kind != HEADLINE:
        return False
    after = _under_subtitle(units, index)
    if after >= len(units):
        return False
    following = units[after]
    return following.kind == BYLINE or (following.kind == TEXT and starts_byline(following.text))


def _under_subtitle(units: list[Unit], index: int) -> int:
    """The unit after the headline at `index` and the one subtitle line right under it, if any."""
    after = index + 1
    if after < len(units) and units[after].kind == SUBTITLE and not units[after].blanks_before:
        after += 1
    return after


def _candidates(units: list[Unit]) -> list[Columns]:
    """Pairs of article starts close together where the second cuts the first off mid-sentence, or follows
    the first one's head with no text between."""
    found: list[Columns] = []
    for first, second in interleave_bylines.start_pairs(units, _is_article_start):
        between = units[first + 1 : second]
        if units[second].blanks_before or not (
            _cut_off(between) or _heads_alone(between) or _first_block_cut(units, second, between)
        ):
            continue
        start = second + 1
        while start < len(units) and units[start].kind != TEXT:
            start += 1
        end = stretch_end(units, start)
        if end - start > 2:
            found.append(Columns(first, second, start + _b_opens(units, start, between[-1]), end))
    return found


def _headlines_cut_in(units: list[Unit]) -> list[Columns]:
    """B's headline, with no byline of its own, printed in the middle of A's first block (R5's kind: two
    columns read across in blocks of four lines, A's headline, bare-name byline and two lines, then B's
    headline, B's indented lead …): within A's first lines, a headline-shaped line that cuts A's line above it
    mid-sentence and does not read on from it, over an indented line opening a paragraph (B's lead), perhaps
    after a bare-name byline. The line becomes a headline only when the columns split (see deinterleave)."""
    found: list[Columns] = []
    for first in range(len(units) - 1):
        if not (_is_article_start(units, first) or _over_indented_lead(units, first)):
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
                end = stretch_end(units, lead + 1)
                if end - lead > 3:
                    heads = 2 if _second_head_line(units, second) and lead > second else 1
                    found.append(Columns(first, second, lead + 1, end, promote=True, heads=heads))
                break
    return found


def _heads_between(units: list[Unit]) -> list[Columns]:
    """B's headline alone between A's first block and B's (interleave_blockheads); it becomes a headline
    when the columns split."""
    found = []
    for first, second in heads_between_blocks(units):
        end = stretch_end(units, second + 1)
        if end - second > 3:
            found.append(Columns(first, second, second + 1, end, promote=True, blocks=True))
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
    ):
        return None
    head_join = join_cost(above.text, unit.text)
    lead = index + 1
    if lead + 1 < len(units) and _only_byline(units[lead]) and not units[lead].indent:
        lead += 1
    following = units[lead]
    if head_join >= 0 and following.kind == TEXT and following.indent and following.blanks_before <= 1:
        return lead
    lead = index + 2 if _second_head_line(units, index) else index + 1
    if (
        lead >= len(units)
        or unit.width
        > _column_width(units, above, lead) - _NARROWER  # a head short of the column, not a full line
        or units[lead].kind != TEXT
        or units[lead].blanks_before
    ):
        return None
    if _column_resumes(units, above, lead + 1, min(head_join, 0.0)):
        return lead  # B's lead opens with no indent: A's sentence going on further down tells
    if _column_resumes(units, above, lead, min(head_join, 0.0), within=1):
        return lead - 1  # A's sentence goes on right under the head: B's first block is its head alone
    return None


def _column_width(units: list[Unit], above: Unit, lead: int) -> float:
    """The width of the column a head-shaped line cuts: the line above it's, unless that line is wider than all
    the lines under the head (two printed lines read as one: a `本报讯（记者 某 通讯` dateline the wrap cut inside
    its bracket, glued to the lead under it), then the widest of those."""
    below = [u.width for u in units[lead : lead + _MAX_FIRST_BLOCK] if u.kind == TEXT]
    return min(above.width, max(below, default=above.width))


def _over_indented_lead(units: list[Unit], index: int) -> bool:
    """A headline right over its indented lead, no byline (`发展村集体经济村民日子更幸福` / `　　近年来，…`)."""
    if units[index].kind != HEADLINE or index + 1 >= len(units):
        return False
    lead = units[index + 1]
    return lead.kind == TEXT and lead.indent and not lead.blanks_before


def _second_head_line(units: list[Unit], index: int) -> bool:
    """The headline-shaped line at `index` wraps onto the next one (`长港高沟村：党员“小积分”` / `激发村湾治理
    “大能量”`): a second headline-shaped line ending no sentence, no blank line between."""
    if index + 2 >= len(units):
        return False
    below = units[index + 1]
    return (
        below.kind == TEXT
        and not _only_byline(below)
        and not below.blanks_before
        and not below.indent
        and is_headline_shape(below.text)
        and not ends_sentence(below.text)
    )


def _column_resumes(
    units: list[Unit], cut: Unit, start: int, head_join: float, within: int = _MAX_FIRST_BLOCK
) -> bool:
    """A's column, cut mid-sentence at `cut` by B's head, comes back within a block's lines from `start`: a
    line that reads on from `cut` (a word across the break, `…深化社区网格` / `化管理机制，…`) and not from the
    line above it, at least as well as the head would (`网格` / `长港…` reads `网格长`)."""
    for at in range(start, min(len(units), start + within)):
        unit, above = units[at], units[at - 1]
        if unit.kind != TEXT or unit.blanks_before:
            return False
        resumes = join_cost(cut.text, unit.text)
        if resumes < 0 and resumes <= head_join and resumes < join_cost(above.text, unit.text):
            return True
    return False


def _leads_cut_in(units: list[Unit]) -> list[Columns]:
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
            end = stretch_end(units, second + 2)
            return [Columns(first, second, second + 2, end, by_indents=True)] if end - second > 4 else []
        if unit.kind != TEXT or above.kind not in (TEXT, BYLINE) or unit.blanks_before:
            return []
        texts += above.kind == TEXT
        if texts > _MAX_FIRST_BLOCK:
            return []
        head = jump and second - 2 > first and _headline_over_lead(units, second)
        cut = above.kind == TEXT and not _only_byline(above) and not ends_sentence(above.text)
        cut = head or (cut and join_cost(above.text, unit.text) >= 0)
        if cut and opens_with_place_chain(_lead_opening(units, second)):
            end = stretch_end(units, second + 1)
            if end - second <= 3:
                return []
            if head:  # the jump headline over A's lines, B's headline over its lead: headlines
                for headline in (units[first], units[second - 1]):
                    headline.kind, headline.opens = HEADLINE, True  # each titles the column under it
            return [Columns(first, second - head, second + 1, end, by_indents=stacked)]
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


def _first_block_cut(units: list[Unit], second: int, between: list[Unit]) -> bool:
    """A's lines before B's headline end a sentence (a block may end where a sentence does), but B's first block
    is cut: within its first lines, a line left mid-sentence over an indented line that does not read on from it
    (`提示……” 上午10点，天` / `　　“你们不给我解决问题，`: A's next paragraph), no blank line between."""
    texts = [u for u in between if u.kind == TEXT]
    if not texts or len(texts) > _MAX_FIRST_BLOCK or any(u.kind not in (TEXT, BYLINE) for u in between):
        return False
    at = second
    while at < len(units) and units[at].kind in (KICKER, HEADLINE, SUBTITLE):
        at += 1  # B's head
    seen = 0
    while at + 1 < len(units) and seen <= _MAX_FIRST_BLOCK:
        unit, below = units[at], units[at + 1]
        if unit.kind not in (TEXT, BYLINE) or below.kind != TEXT or below.blanks_before:
            return False
        seen += unit.kind == TEXT
        if (
            unit.kind == TEXT
            and not ends_sentence(unit.text)
            and below.indent
            and not unit.indent
            and not starts_byline(unit.text)  # a dateline alone over B's lead (`新华社杭州3月2日电`)
            and join_cost(unit.text, below.text) >= 0
        ):
            return seen >= 2
        at += 1
    return False


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
