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
from dataclasses import dataclass, field, replace

from builder.ingest.bylineshapes import is_byline_text, source_byline
from builder.ingest.creditsunder import NOTES
from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlinecontext import opens_like_lead
from builder.ingest.headlineplaces import named_places
from builder.ingest.headlinewraps import goes_across, reads_on, wrapped_naming_no_place
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import LINE_SHAPE, is_quoted_name_only
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

_MAX_GROUPS = 4  # groups of a head block (the page's headlines printed together: up to four)
_MAX_GROUP_LINES = 5  # lines of one group (kicker, headline and byline, each maybe wrapped)
_SUBTITLE_LINES = 2  # more lines a group holding a `——` subtitle may print (the subtitle and its wrap)
_MAX_SCAN = 40  # lines of a group read at most (a body shows its full stop well before)
_MAX_LINE = 40  # characters of a head line (a headline set across columns is wider than any column)
_SENTENCE = re.compile(r"[。；;]")
_CUT_AFTER = ("的", "和", "与", "及", "、", "，", ",", "“", "《", "（")
_DASHES = ("——", "－－", "--")


@dataclass
class _Head:
    kicker: list[str] = field(default_factory=list)
    headline: str = ""
    headline_line: int = 0
    kicker_line: int = 0
    subtitle: str = ""
    subtitle_line: int = 0
    byline: str = ""
    byline_line: int = 0
    blanks: int = 0  # blank lines over the head's first line
    subtitle_blanks: int = 0
    byline_blanks: int = 0
    wrapped: bool = False  # a headline or subtitle line the column wrapped was joined
    headline_lines: int = 1  # lines the headline was printed on


def head_block(page: PageReader, line: Line) -> bool:
    """The head block starting at `line`, read as a whole (see the module's doc); False when the block is
    not one, or the evidence leaves it to the rules after this one."""
    if not _opens_block(page) or not _head_line(line.text):
        return False
    groups, end = _groups(page, line)
    if not groups:
        return False
    at_top = all(unit.kind == FURNITURE for unit in page.units)
    heads = _parse(groups)
    if not heads or not (_decided(heads, at_top) or (not at_top and _apart_head(page, heads, end))):
        return False
    if not at_top and _subheading_wrapped(page, heads, end):
        return False
    _emit(page, [_unkicked(head) for head in heads])
    page.index = end
    return True


def _subheading_wrapped(page: PageReader, heads: list[_Head], end: int) -> bool:
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


def _head_line(text: str) -> bool:
    """A line a head block may hold: short, no sentence, no caption, credit or furniture."""
    return (
        len(text) <= _MAX_LINE
        and cjk_count(text) >= 2
        and not _SENTENCE.search(text)
        and not LINE_SHAPE["end_credit"].match(text)
        and not LINE_SHAPE["caption_mark"].match(text)
        and not text.startswith(("图为", "本报讯"))
        and not is_furniture_line(text)
        and not _TABLE_ROW.search(text)
    )


# A table's row or header set out in spaces (`北城天街社区    3       5210`): a wide gap, or a figure after a gap.
_TABLE_ROW = re.compile(r"\s{3,}|\s{2,}[\d.%]+(?:\s|$)")
_MAX_PIECE = 34  # characters of one headline or kicker phrase, its wraps joined
_MAX_COMMAS = 1  # a headline's two halves (`社区开了“议事角”，邻里有事来“商量”`); more is a sentence


def _is_byline(text: str) -> bool:
    return is_byline_text(text) or bool(
        LINE_SHAPE["bare_names"].match(text) and re.search(r"[ \u3000]", text)
    )


def _groups(page: PageReader, line: Line) -> tuple[list[tuple[int, list[tuple[int, str]]]], int]:
    """The block's groups ((blank lines over it, [(line number, text)])) and the index of the blank line under
    the last; none when no body (a paragraph with a sentence) follows the block."""
    lines, numbers = page.lines, page.numbers
    groups: list[tuple[int, list[tuple[int, str]]]] = []
    index, blanks = page.index - 1, page.blanks
    while len(groups) <= _MAX_GROUPS:
        group: list[tuple[int, str]] = []
        start = index
        while index < len(lines) and lines[index].strip() and len(group) < _MAX_SCAN:
            group.append((numbers[index], lines[index].strip()))
            index += 1
        texts = [text for _, text in group]
        if not texts:
            return [], 0
        if _body(texts, _group_lines(texts)):
            if not groups or join_cost(groups[-1][1][-1][1], texts[0]) < 0:
                return [], 0  # the "body" goes on with the last line's sentence: the block was text
            if NOTES.match(texts[0]):
                return (
                    [],
                    0,
                )  # a report's notes or its author's note (`【作者简介】…`): no body of a head above
            return groups, start - blanks
        if len(texts) > _group_lines(texts) or not all(_head_line(t) or _is_byline(t) for t in texts):
            return [], 0
        groups.append((blanks, group))
        blanks = 0
        while index < len(lines) and not lines[index].strip():
            index += 1
            blanks += 1
        if blanks > 2 or index >= len(lines):
            return [], 0
    return [], 0


def _group_lines(texts: list[str]) -> int:
    """The lines a head's group may print: kicker, headline and byline, each maybe wrapped, and with a `——`
    subtitle line among them the subtitle and its wrap too (heldout25 p05: a series label, a headline in three
    lines, a subtitle in two)."""
    subtitled = any(text.startswith(_DASHES) for text in texts[:_MAX_GROUP_LINES])
    return _MAX_GROUP_LINES + (_SUBTITLE_LINES if subtitled else 0)


def _body(texts: list[str], most: int = _MAX_GROUP_LINES) -> bool:
    """A paragraph: a full stop in it, or it runs over more lines than a head's group (`most`; a headline may
    end in ！ or ？, so only 。 marks a sentence here)."""
    return len(texts) > most or any("。" in t for t in texts)


def _pieces(lines: list[tuple[int, str]]) -> list[tuple[int, str, int]]:
    """The group's lines with the column's wraps joined (a line cut after a particle or an open quote, or one
    the next reads on from): (first line's number, text, lines joined)."""
    pieces: list[tuple[int, str, int]] = []
    last = ""
    for number, text in lines:
        if pieces and (_wrapped(pieces[-1][1], text) or _after_quoted_name(last, text)):
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + text, pieces[-1][2] + 1)
        else:
            pieces.append((number, text, 1))
        last = text
    return pieces


def _after_quoted_name(above: str, text: str) -> bool:
    """`above`, the line over `text`, is a quoted name alone (`“共富茶仓”` / `是怎样建起来的`): who acts with
    nothing done, never a phrase of its own; the line under it goes on with it (not a `——` subtitle)."""
    return is_quoted_name_only(above) and not text.startswith(_DASHES)


def _wrapped(above: str, text: str) -> bool:
    if text.startswith(_DASHES) or above.endswith(_DASHES):
        return False
    if above.startswith(_DASHES):
        return True  # a subtitle's wrap (`——访…组织部部长` / `张明远`)
    if (
        above.endswith(_CUT_AFTER)
        or above.count("“") > above.count("”")
        or text.startswith(("”", "）", "》"))
    ):
        return True
    if not reads_on(above, text):
        return False
    return bool(goes_across(above, text)) or not any(text.startswith(place) for place in named_places(text))


def _parse(groups: list[tuple[int, list[tuple[int, str]]]]) -> list[_Head]:
    """The heads of the block, group by group; none when its groups make no head (a subtitle or byline with
    no headline over it, a subtitle not closing its group)."""
    heads: list[_Head] = []
    for blanks, lines in groups:
        byline: tuple[int, str] | None = None
        if heads and len(lines) > 1 and all(_is_byline(t) and not t.startswith(_DASHES) for _, t in lines):
            # a byline over two lines or more (`本报记者 罗敏` / `通讯员 黄静`): one byline, its fields spaced
            byline, lines = (lines[0][0], " ".join(t for _, t in lines)), []
        elif (len(lines) > 1 or heads) and _is_byline(lines[-1][1]) and not lines[-1][1].startswith(_DASHES):
            byline, lines = lines[-1], lines[:-1]
        pieces = _pieces(lines)
        if any(len(p[1]) > _MAX_PIECE or p[1].count("，") + p[1].count(",") > _MAX_COMMAS for p in pieces):
            return []  # a sentence's clauses, not a headline's phrases
        current = heads[-1] if heads else None
        if not pieces or pieces[0][1].startswith(_DASHES):  # the head above's byline or subtitle
            if current is None or current.byline or (pieces and (current.subtitle or len(pieces) > 1)):
                return []
            if pieces:
                current.subtitle_line, current.subtitle, joined = pieces[0]
                current.subtitle_blanks, current.wrapped = blanks, current.wrapped or joined > 1
        else:
            subtitle_at = next((i for i, p in enumerate(pieces) if p[1].startswith(_DASHES)), len(pieces))
            if subtitle_at < len(pieces) - 1:
                return []
            current = _Head(blanks=blanks, wrapped=any(p[2] > 1 for p in pieces))
            if subtitle_at < len(pieces):
                current.subtitle_line, current.subtitle, _ = pieces[subtitle_at]
            above = pieces[:subtitle_at]
            current.headline_line, current.headline, current.headline_lines = above[-1]
            current.kicker = [p[1] for p in above[:-1]]
            current.kicker_line = above[0][0]
            heads.append(current)
        if byline is not None:
            current.byline_line, current.byline = byline[0], _byline_text(byline[1])
            current.byline_blanks = blanks if not pieces else 0
    return heads


def _byline_text(text: str) -> str:
    return source_byline(text) or LINE_SHAPE["ornament"].sub("", text)


def _decided(heads: list[_Head], at_top: bool) -> bool:
    """Whether the evidence decides the block: a kicker the marks tell (two phrases or more over the headline
    and its byline or subtitle, or one closing on `——`), the page's headlines printed together at its top with a wrapped one among them,
    or one head whose headline or subtitle the column wrapped. One phrase, or two with nothing telling kicker
    from wrap or deck, is left to the later rules."""
    if any(h.headline.endswith(_CUT_AFTER + _DASHES) and not _subtitle_under(h) for h in heads):
        return False  # a headline cut mid-phrase: no head block (a `——` subtitle right under it closes it)
    if any(k.endswith(_DASHES) for h in heads for k in h.kicker):
        return True
    if any(len(h.kicker) >= 2 and _kicker_phrases(h) for h in heads):
        return True
    if any(h.kicker and h.subtitle and h.headline_lines > 1 and _kicker_phrases(h) for h in heads):
        return True  # a phrase over a headline the column wrapped and its `——` subtitle: no wrap, a kicker
    if len(heads) >= 2:
        plain = not any(h.byline or h.subtitle or h.kicker for h in heads)
        return at_top and plain and any(h.wrapped for h in heads)
    return (heads[0].wrapped and not heads[0].kicker) or _kicker_over_colon_headline(heads[0])


def _subtitle_under(head: _Head) -> bool:
    """A `——` subtitle printed right under the headline (`…是怎样建起来的` / `——…见闻`): the headline ends there."""
    return bool(head.subtitle) and not head.subtitle_blanks and head.headline.endswith("的")


# A headline naming who or where before a colon (`刘振华：…`, `渝中：…`): no wrap of the line above goes on so.
_COLON_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]")


def _kicker_over_colon_headline(head: _Head) -> bool:
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


def _apart_head(page: PageReader, heads: list[_Head], end: int) -> bool:
    """A head with no byline standing apart mid-page (r9-kind: columns put back one after the other, the
    second article's kicker and headline over its column): after a finished article, one kicker line (a clause
    of ten characters or more, not shorter than the headline) and one headline line, neither indented nor
    wrapped, a blank line over and under them, then an indented lead. A subheading is one line or two short
    phrases, a pull quote or a one-line paragraph goes on with its clauses (`，` `：`), and a caption is a
    sentence: none is taken."""
    head = heads[0]
    if (
        len(heads) > 1
        or head.byline
        or head.subtitle
        or head.wrapped
        or len(head.kicker) != 1
        or not head.blanks
    ):
        return False
    lines = page.lines
    printed = [raw for raw in lines[page.index - 1 : end] if raw.strip()]
    if len(printed) != 2 or any(indented(raw) for raw in printed):
        return False
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


_OPEN_ENDS = ("，", ",", "：", ":", "、", "。", "！", "？", "…", *_CUT_AFTER)
_MIN_HEAD = 4  # characters of a kicker or headline line standing apart
_MIN_KICKER = (
    10  # characters of a kicker over a headline mid-page: a clause saying who does what, the longer line
)


def _kicker_phrases(head: _Head) -> bool:
    """Phrases over a headline with its byline right under it (or its subtitle), none opening with a place
    of its own: a kicker (`一张“民情地图”…` / `一本“议事台账”…`); headlines printed together each name theirs
    (`闽宁镇：…` / `大武口区…`) and have no byline of their own under them."""
    if not ((head.byline and not head.byline_blanks) or head.subtitle):
        return False
    return not any(any(k.startswith(place) for place in named_places(k)) for k in head.kicker)


def _unkicked(head: _Head) -> _Head:
    """One kicker line over a headline, neither naming a place, no subtitle: one headline the column wrapped
    (`headlinewraps.wrapped_naming_no_place`), not a kicker over its headline."""
    if len(head.kicker) != 1 or head.subtitle or not wrapped_naming_no_place(head.kicker[0], head.headline):
        return head
    return replace(head, kicker=[], headline=head.kicker[0] + head.headline, headline_line=head.kicker_line)


def _emit(page: PageReader, heads: list[_Head]) -> None:
    alone = len(heads) == 1
    for number, head in enumerate(heads):
        if number:
            page.blanks = head.blanks
        if head.kicker:
            page.add(KICKER, "".join(k.rstrip("—－-") for k in head.kicker), head.kicker_line)
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
