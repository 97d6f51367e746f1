"""A head block's lines read into its heads (builder.ingest.headblocks decides on them): the block's groups of
short lines apart by blank lines, over a body; in each group, the lines the column wrapped joined
(`…和她的` / `“红色议事坊”`, or one the next goes on from: `headlinewraps.reads_on`), a `——` line opening the
subtitle (its short lines under it its wrap), the last phrase over the byline (or the subtitle) the headline
and the phrases over it its kicker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder.ingest.bylineshapes import is_byline_text, source_byline
from builder.ingest.creditsunder import NOTES
from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlineplaces import named_places
from builder.ingest.headlinewraps import goes_across, reads_on
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import LINE_SHAPE, is_genre_label, is_quoted_name_only
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count, indented

_MAX_GROUPS = 4  # groups of a head block (the page's headlines printed together: up to four)
_MAX_GROUP_LINES = 5  # lines of one group (kicker, headline and byline, each maybe wrapped)
_SUBTITLE_LINES = 2  # more lines a group holding a `——` subtitle may print (the subtitle and its wrap)
_MAX_SCAN = 40  # lines of a group read at most (a body shows its full stop well before)
_MAX_LINE = 40  # characters of a head line (a headline set across columns is wider than any column)
_SENTENCE = re.compile(r"[。；;]")
CUT_AFTER = ("的", "和", "与", "及", "、", "，", ",", "“", "《", "（")
DASHES = ("——", "－－", "--")


@dataclass
class Head:
    """One head of the block: its kicker phrases, headline, subtitle and byline with their printed lines."""

    kicker: list[str] = field(default_factory=list)
    headline: str = ""
    headline_line: int = 0
    kicker_line: int = 0
    kicker_lines: list[int] = field(default_factory=list)  # each kicker phrase's first line
    subtitle: str = ""
    subtitle_line: int = 0
    byline: str = ""
    byline_line: int = 0
    blanks: int = 0  # blank lines over the head's first line
    subtitle_blanks: int = 0
    byline_blanks: int = 0
    wrapped: bool = False  # a headline or subtitle line the column wrapped was joined
    headline_lines: int = 1  # lines the headline was printed on


def head_line(text: str) -> bool:
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


def block_groups(page: PageReader, line: Line) -> tuple[list[tuple[int, list[tuple[int, str]]]], int]:
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
        if not groups and (head := _dashed_head_over_lead(page, start, texts)):
            return [(blanks, group[:head])], start + head
        if _body(texts, _group_lines(texts)):
            if not groups or join_cost(groups[-1][1][-1][1], texts[0]) < 0:
                return [], 0  # the "body" goes on with the last line's sentence: the block was text
            if NOTES.match(texts[0]):
                return (
                    [],
                    0,
                )  # a report's notes or its author's note (`【作者简介】…`): no body of a head above
            return groups, start - blanks
        if len(texts) > _group_lines(texts) or not all(head_line(t) or _is_byline(t) for t in texts):
            return [], 0
        groups.append((blanks, group))
        blanks = 0
        while index < len(lines) and not lines[index].strip():
            index += 1
            blanks += 1
        if blanks > 2 or index >= len(lines):
            return [], 0
    return [], 0


def _dashed_head_over_lead(page: PageReader, start: int, texts: list[str]) -> int:
    """A head printed right over its indented lead with no blank line between, a kicker line closed by `——`
    among its lines (`…办理1.2万件实事——` / headline / `　　近日，…`): the number of the head's lines; else 0."""
    for count, text in enumerate(texts[: _MAX_GROUP_LINES + 1]):
        if indented(page.lines[start + count]):
            dashed = any(line.endswith(DASHES) for line in texts[: count - 1])
            return count if count >= 2 and dashed else 0
        if not (head_line(text) or _is_byline(text)):
            return 0
    return 0


def _group_lines(texts: list[str]) -> int:
    """The lines a head's group may print: kicker, headline and byline, each maybe wrapped, and with a `——`
    subtitle line among them the subtitle and its wrap too (heldout25 p05: a series label, a headline in three
    lines, a subtitle in two)."""
    subtitled = any(text.startswith(DASHES) for text in texts[:_MAX_GROUP_LINES])
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
    return is_quoted_name_only(above) and not text.startswith(DASHES)


def _wrapped(above: str, text: str) -> bool:
    if text.startswith(DASHES) or above.endswith(DASHES):
        return False
    if above.startswith(DASHES):
        return True  # a subtitle's wrap (`——访…组织部部长` / `张明远`)
    if above.endswith(CUT_AFTER) or above.count("“") > above.count("”") or text.startswith(("”", "）", "》")):
        return True
    if not reads_on(above, text):
        return False
    return bool(goes_across(above, text)) or not any(text.startswith(place) for place in named_places(text))


def parse_heads(groups: list[tuple[int, list[tuple[int, str]]]]) -> list[Head]:
    """The heads of the block, group by group; none when its groups make no head (a subtitle or byline with
    no headline over it, a subtitle not closing its group)."""
    heads: list[Head] = []
    for blanks, lines in groups:
        byline: tuple[int, str] | None = None
        if heads and len(lines) > 1 and all(_is_byline(t) and not t.startswith(DASHES) for _, t in lines):
            # a byline over two lines or more (`本报记者 罗敏` / `通讯员 黄静`): one byline, its fields spaced
            byline, lines = (lines[0][0], " ".join(t for _, t in lines)), []
        elif (len(lines) > 1 or heads) and _is_byline(lines[-1][1]) and not lines[-1][1].startswith(DASHES):
            # its last line, or the last two (`本报记者 郭鹏` / `通讯员 张璐` under a narrow column's head)
            cut = (
                2
                if len(lines) > 2 and _is_byline(lines[-2][1]) and not lines[-2][1].startswith(DASHES)
                else 1
            )
            byline, lines = (lines[-cut][0], " ".join(t for _, t in lines[-cut:])), lines[:-cut]
        pieces = _pieces(lines)
        if any(len(p[1]) > _MAX_PIECE or p[1].count("，") + p[1].count(",") > _MAX_COMMAS for p in pieces):
            return []  # a sentence's clauses, not a headline's phrases
        current = heads[-1] if heads else None
        if not pieces or pieces[0][1].startswith(DASHES):  # the head above's byline or subtitle
            if current is None or current.byline or (pieces and (current.subtitle or len(pieces) > 1)):
                return []
            if pieces:
                current.subtitle_line, current.subtitle, joined = pieces[0]
                current.subtitle_blanks, current.wrapped = blanks, current.wrapped or joined > 1
        else:
            subtitle_at = next((i for i, p in enumerate(pieces) if p[1].startswith(DASHES)), len(pieces))
            if subtitle_at < len(pieces) - 1:
                return []
            current = Head(blanks=blanks, wrapped=any(p[2] > 1 for p in pieces))
            if subtitle_at < len(pieces):
                current.subtitle_line, current.subtitle, _ = pieces[subtitle_at]
            above = _short_lines_joined(pieces[:subtitle_at])
            current.headline_line, current.headline, current.headline_lines = above[-1]
            current.wrapped = current.wrapped or current.headline_lines > 1
            current.kicker = [p[1] for p in above[:-1]]
            current.kicker_line = above[0][0]
            current.kicker_lines = [p[0] for p in above[:-1]]
            heads.append(current)
        if byline is not None:
            current.byline_line, current.byline = byline[0], _byline_text(byline[1])
            current.byline_blanks = blanks if not pieces else 0
    return heads


_SHORT_HEAD_LINE = 4  # characters of a line of a headline a narrow column sets in short lines


def _short_lines_joined(above: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """A headline a narrow column set in short lines, none a phrase of its own (`小网格` / `撬动` / `大治理`,
    layouts36 p06): one headline, no kicker; other pieces as they are."""
    if len(above) < 2 or any(
        cjk_count(text) > _SHORT_HEAD_LINE or is_genre_label(text) for _, text, _ in above
    ):
        return above
    return [(above[0][0], "".join(text for _, text, _ in above), sum(lines for _, _, lines in above))]


def _byline_text(text: str) -> str:
    return source_byline(text) or LINE_SHAPE["ornament"].sub("", text)
