"""A page's head blocks read as one decision (a line rule of LINE_RULES, before the single-shape headline rules).

A head block is what a paper prints over a body: short lines with no sentence in them, in one to four groups
apart by blank lines, maybe closed by a byline, at the page's top or after a finished article, and then a body
(a paragraph with a sentence in it). Which of its lines are a kicker (引题), the headline, a subtitle (副题) or
the byline is decided for the whole block at once, from evidence scored together rather than one rule per
layout:

- lines the column wrapped are joined first: a line cut after a particle, a conjunction, a comma or an open
  quote (`…和她的` / `“红色议事坊”`), or one the next goes on from (`headlinewraps.reads_on`);
- a `——` line opens the subtitle, and the short lines under it before a blank line or the byline are its wrap
  (`——访…组织部部长` / `张明远`); a line ending in `——` closes a kicker (`…优化社区服务站功能——`);
- in a group of several phrases over a byline (or over its subtitle), the last phrase is the headline and the
  phrases over it are its kicker (`一张“民情地图”…` / `一本“议事台账”…` / headline / byline);
- groups standing apart, each one phrase, with no byline among them, over a body at the page's top are the
  page's headlines printed together (`社区开了“议事角”，` / `邻里有事来“商量”` / blank / `建阳这个社区，…！`), each
  matched to its body later (`builder.ingest.titles`);
- mid-page, one kicker line and one headline line, unindented, between blank lines after a finished article
  and over an indented lead, are the head of an article with no byline (`_apart_head`: r9-kind, the second
  head set over its column by `interleave_rows`).

A block the evidence leaves open (one phrase, or two with nothing telling kicker from wrap or deck) is left to
the rules after it. Each line keeps its printed number; the units are the ones the other head rules make.
"""

from __future__ import annotations

import re
from dataclasses import replace

from builder.ingest.headblockgroups import CUT_AFTER, DASHES, Head, block_groups, head_line, parse_heads
from builder.ingest.headlinecontext import opens_like_lead
from builder.ingest.headlineplaces import named_places
from builder.ingest.headlinewraps import predicate_wrapped, wrapped_naming_no_place
from builder.ingest.newheadlines import REPORT_OPENING
from builder.ingest.pagelines import (
    BYLINE,
    FURNITURE,
    HEADLINE,
    KICKER,
    SUBTITLE,
    TEXT,
    Line,
    PageReader,
    Unit,
)
from builder.ingest.textrules import cjk_count, ends_sentence, indented


def head_block(page: PageReader, line: Line) -> bool:
    """The head block starting at `line`, read as a whole (see the module's doc); False when the block is
    not one, or the evidence leaves it to the rules after this one."""
    if not _opens_block(page) or not head_line(line.text):
        return False
    groups, end = block_groups(page, line)
    if not groups:
        return False
    at_top = all(unit.kind == FURNITURE for unit in page.units)
    heads = parse_heads(groups)
    if heads and not at_top and _headlines_over_two_bodies(page, heads, end):
        page.add(HEADLINE, heads[0].kicker[0], heads[0].kicker_line)
        page.blanks = 0
        page.add(HEADLINE, heads[0].headline, heads[0].headline_line)
        page.index = end
        return True
    if not heads or not (_decided(heads, at_top) or (not at_top and _apart_head(page, heads, end))):
        return False
    if not at_top and _subheading_wrapped(page, heads, end):
        return False
    _emit(page, [_unkicked(head) for head in heads])
    page.index = end
    return True


def _subheading_wrapped(page: PageReader, heads: list[Head], end: int) -> bool:
    """Mid-page, one headline the column wrapped over two lines, nothing with it (no kicker, subtitle or byline),
    one blank line over it, and a lead that opens unlike a report's (a date, 近日, a place by its full name),
    neither it nor the headline naming a place the article above has not named (`…选出党员楼长146名。` / blank / `楼长每周走访住户，` /
    `收集意见建议` / blank / `　　楼长每周走访…`): a subheading of the article above, wrapped; left to the later rules."""
    (head, *others) = heads
    if others or not head.wrapped or head.kicker or head.subtitle or head.byline or head.blanks != 1:
        return False
    at = end
    while at < len(page.lines) and not page.lines[at].strip():
        at += 1
    lead = page.lines[at].strip() if at < len(page.lines) else ""
    if not lead or opens_like_lead(lead) or REPORT_OPENING.match(lead):
        return False
    above = "".join(unit.text for unit in _article_above(page.units))
    places = named_places(head.headline) + named_places(_lead_opening(page, at))
    return not any(place not in above for place in places if len(place) >= 2)


_LEAD_SPAN = 40  # how far into its lead a report names its place


def _lead_opening(page: PageReader, at: int) -> str:
    """The first characters of the paragraph from line `at`, its lines joined."""
    opening = ""
    while at < len(page.lines) and page.lines[at].strip() and len(opening) < _LEAD_SPAN:
        opening += page.lines[at].strip()
        at += 1
    return opening[:_LEAD_SPAN]


def _article_above(units: list[Unit]) -> list[Unit]:
    """The units of the article being read, back to its headline or byline."""
    start = len(units)
    while start > 0 and units[start - 1].kind not in (HEADLINE, KICKER, SUBTITLE, BYLINE):
        start -= 1
    return units[start:]


def _opens_block(page: PageReader) -> bool:
    """At the page's top (only furniture read), or apart from a finished article above."""
    units = page.units
    if all(unit.kind == FURNITURE for unit in units):
        return True
    last = units[-1]
    return bool(page.blanks) and (last.kind == BYLINE or (last.kind == TEXT and ends_sentence(last.text)))


def _decided(heads: list[Head], at_top: bool) -> bool:
    """Whether the evidence decides the block: a kicker the marks tell (two phrases or more over the headline
    and its byline or subtitle, or one closing on `——`), the page's headlines printed together at its top with a wrapped one among them,
    or one head whose headline or subtitle the column wrapped. One phrase, or two with nothing telling kicker
    from wrap or deck, is left to the later rules."""
    if any(h.headline.endswith(CUT_AFTER + DASHES) and not _subtitle_under(h) for h in heads):
        return False  # a headline cut mid-phrase: no head block (a `——` subtitle right under it closes it)
    if any(k.endswith(DASHES) for h in heads for k in h.kicker):
        return True
    if any(len(h.kicker) >= 2 and _kicker_phrases(h) for h in heads):
        return True
    if any(h.kicker and h.subtitle and h.headline_lines > 1 and _kicker_phrases(h) for h in heads):
        return True  # a phrase over a headline the column wrapped and its `——` subtitle: no wrap, a kicker
    if len(heads) >= 2:
        plain = not any(h.byline or h.subtitle or h.kicker for h in heads)
        return at_top and plain and any(h.wrapped for h in heads)
    return (heads[0].wrapped and not heads[0].kicker) or _kicker_over_colon_headline(heads[0])


def _subtitle_under(head: Head) -> bool:
    """A `——` subtitle printed right under the headline (`…是怎样建起来的` / `——…见闻`): the headline ends there."""
    return bool(head.subtitle) and not head.subtitle_blanks and head.headline.endswith("的")


# A headline naming who or where before a colon (`刘振华：…`, `渝中：…`): no wrap of the line above goes on so.
_COLON_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]")


def _kicker_over_colon_headline(head: Head) -> bool:
    """One phrase naming no place over a headline opening `…：` (`秦岭深处的“领头人”` / `刘振华：把…卖出山` /
    `——记…`): the kicker and the headline (the colon line cannot go on from a wrap, and a second headline
    printed together with it would name its own place)."""
    kicker = head.kicker[0] if len(head.kicker) == 1 else ""
    return (
        bool(kicker)
        and bool(_COLON_HEADLINE.match(head.headline))
        and not re.search("[：:]", kicker)
        and not named_places(kicker)
    )


def _apart_head(page: PageReader, heads: list[Head], end: int) -> bool:
    """A head with no byline standing apart mid-page (r9-kind: columns put back one after the other, the
    second article's kicker and headline over its column): after a finished article, one kicker line (a clause
    of ten characters or more, not shorter than the headline) and one headline line, neither indented nor
    wrapped, a blank line over and under them, then an indented lead. A subheading is one line or two short
    phrases, a pull quote or a one-line paragraph goes on with its clauses (`，` `：`), and a caption is a
    sentence: none is taken."""
    printed = _two_flush_lines(page, heads, end)
    if printed is None:
        return False
    lines = page.lines
    if any(raw.strip().endswith(_OPEN_ENDS) or cjk_count(raw) < _MIN_HEAD for raw in printed):
        return False
    kicker, headline = (cjk_count(raw) for raw in printed)
    if kicker < _MIN_KICKER or kicker < headline:
        return False  # two short phrases, the second the longer: a subheading pair (`一张清单` / `服务跟着需求走`)
    if end >= len(lines) or lines[end].strip():
        return False
    at = end
    while at < len(lines) and not lines[at].strip():
        at += 1
    return at < len(lines) and indented(lines[at])


def _two_flush_lines(page: PageReader, heads: list[Head], end: int) -> list[str] | None:
    """The block's two printed lines when it is one head of one kicker line over one headline line, with no
    byline or subtitle, neither wrapped nor indented, a blank line over them; else None."""
    head = heads[0]
    if (
        len(heads) > 1
        or head.byline
        or head.subtitle
        or head.wrapped
        or len(head.kicker) != 1
        or not head.blanks
    ):
        return None
    printed = [raw for raw in page.lines[page.index - 1 : end] if raw.strip()]
    if len(printed) != 2 or any(indented(raw) for raw in printed):
        return None
    return printed


def _headlines_over_two_bodies(page: PageReader, heads: list[Head], end: int) -> bool:
    """Two headlines printed together mid-page (one line each, apart from the article above by a blank line)
    over the two bodies they title, a blank line parting the bodies and none parting a body's paragraphs: the
    first body holds two indented paragraphs or more, the second opens indented under a blank line with no head
    of its own. Read as a kicker over its headline (`_apart_head`), the second body would lose its title."""
    if _two_flush_lines(page, heads, end) is None:
        return False
    bodies = _bodies_under(page.lines, end)
    return len(bodies) == 2 and bodies[0] >= 2 and bodies[1] >= 1


def _bodies_under(lines: list[str], at: int) -> list[int]:
    """From line `at` to the next head (an unindented line after a blank one) or the page's end: the runs of
    lines apart by blank lines, each its count of indented paragraphs; empty when a run opens unindented."""
    runs: list[int] = []
    while at < len(lines):
        while at < len(lines) and not lines[at].strip():
            at += 1
        if at >= len(lines):
            break
        if not indented(lines[at]):
            break
        count = 0
        while at < len(lines) and lines[at].strip():
            count += indented(lines[at])
            at += 1
        runs.append(count)
    return runs


_OPEN_ENDS = ("，", ",", "：", ":", "、", "。", "！", "？", "…", *CUT_AFTER)
_MIN_HEAD = 4  # characters of a kicker or headline line standing apart
_MIN_KICKER = (
    10  # characters of a kicker over a headline mid-page: a clause saying who does what, the longer line
)


def _kicker_phrases(head: Head) -> bool:
    """Phrases over a headline with its byline right under it (or its subtitle), none opening with a place
    of its own: a kicker (`一张“民情地图”…` / `一本“议事台账”…`); headlines printed together each name theirs
    (`闽宁镇：…` / `大武口区…`) and have no byline of their own under them."""
    if not ((head.byline and not head.byline_blanks) or head.subtitle):
        return False
    return not any(any(k.startswith(place) for place in named_places(k)) for k in head.kicker)


def _unkicked(head: Head) -> Head:
    """One kicker line over a headline, neither naming a place, no subtitle: one headline the column wrapped
    (`headlinewraps.wrapped_naming_no_place`), not a kicker over its headline; so is one whose second line opens
    on its predicate's adverb (`某某市20余万名党员` / `已到社区报到`: headlinewraps.predicate_wrapped)."""
    if len(head.kicker) != 1 or head.subtitle:
        return head
    first = head.kicker[0]
    if not (wrapped_naming_no_place(first, head.headline) or predicate_wrapped(first, head.headline)):
        return head
    return replace(head, kicker=[], headline=head.kicker[0] + head.headline, headline_line=head.kicker_line)


def _labels_over_dashed_kicker(kicker: list[str]) -> int:
    """How many phrases over a kicker closed by `——` are the column's label: short ones naming no place, no
    clause of the kicker (`基层走访记` over `三年来，“…”为邻里解决了` / `…小事——`); a place over it
    (`吉林省长春市南关区` / `优化…功能——`) is the kicker's subject."""
    if len(kicker) < 2 or not kicker[-1].endswith(DASHES):
        return 0
    count = 0
    for phrase in kicker[:-1]:
        if cjk_count(phrase) >= _MIN_KICKER or re.search("[，,]", phrase) or named_places(phrase):
            break
        count += 1
    return count


def _emit(page: PageReader, heads: list[Head]) -> None:
    alone = len(heads) == 1
    for number, head in enumerate(heads):
        if number:
            page.blanks = head.blanks
        kicker, line = head.kicker, head.kicker_line
        if labels := _labels_over_dashed_kicker(kicker):  # `基层走访记` / `…解决了` / `…小事——` / headline
            page.add(FURNITURE, " ".join(kicker[:labels]), line)  # the column's label, no part of the kicker
            kicker, line = kicker[labels:], head.kicker_lines[labels]
        if kicker:
            page.add(KICKER, "".join(k.rstrip("—－-") for k in kicker), line)
        page.add(HEADLINE, head.headline, head.headline_line)
        last = page.units[-1]
        if head.subtitle:
            page.blanks = head.subtitle_blanks
            page.add(SUBTITLE, head.subtitle, head.subtitle_line)
            last = page.units[-1]
        if head.byline:
            page.blanks = head.byline_blanks
            page.add(BYLINE, head.byline, head.byline_line)
        last.opens = alone and not head.byline
