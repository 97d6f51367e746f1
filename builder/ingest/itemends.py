"""Where an item ends with no headline after it (a pass over the units, after the line rules): a web page's tags
(`标签：…`, `关键词：`) under a finished article, or a drawn rule (`━━━━━━`, `════`) under one, ends it, so the
paragraph after them (past the page's furniture) opens the next article, printed without its headline (R15 r15_04:
an item pasted under the tags; r15_05: a full-width item under the rule closing two columns). So does a closing credit
of names glued to the last sentence (`…负责人表示。（图/文 郭立）`): the paragraph after it past a blank line opens the
next article (two columns side by side read one after the other, the right one's first indent lost)."""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.captionshapes import split_closing_names
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import is_drawn_rule
from builder.ingest.reporternames import WRITER_ROLES
from builder.ingest.textrules import ends_sentence
from builder.ingest.videocredits import is_video_credit

# the page's tags under an article (`标签：…`, `关键词：…`): one definition, copiedpages' furniture reads it too
PAGE_TAGS = re.compile(r"^(?:标签|关键词|关键字)\s*[:：]")
# a closing credit in brackets glued to the last sentence (`…表示。（图/文 郭立）`)
_GLUED_CREDIT = re.compile(r"[（(][^（）()]{2,20}[）)]$")
_CREDIT_ROLE = re.compile(rf"{WRITER_ROLES}|[图文]\s*[/／]|供稿|来源")


def _finished(unit: kinds.Unit | None) -> bool:
    """The unit closes an article: its closing credit, or a paragraph ending its sentence (maybe signed)."""
    if unit is None:
        return False
    if unit.kind == kinds.BYLINE:
        return True
    return unit.kind == kinds.TEXT and ends_sentence(_GLUED_CREDIT.sub("", unit.text))


def _signed(unit: kinds.Unit | None) -> bool:
    """A paragraph ending in a closing credit glued to its last sentence (captionshapes.split_closing_names) that
    names a role (`（图/文 郭立）`, `（记者 朱胜利）`; a bracket of a few words alone, `（试行）`, may be no credit)."""
    if unit is None or unit.kind != kinds.TEXT:
        return False
    credit = split_closing_names(unit.text)[1]
    return credit is not None and bool(_CREDIT_ROLE.search(credit))


def texts_after_item_ends(units: list[kinds.Unit]) -> list[kinds.Unit]:
    """The first paragraph after a finished article's tags or drawn rule, or after a blank line under a paragraph
    signed by a glued closing credit, opens an article. After a video report's credits under its last sentence
    (`编导/摄像 …`, `部分素材由社区提供`), a headline-shaped line alone between gaps is the next article's headline."""
    ended, credited, last = False, False, None
    for index, unit in enumerate(units):
        if unit.kind == kinds.FURNITURE:
            text = unit.text.strip()
            ended = ended or (_finished(last) and bool(PAGE_TAGS.match(text) or is_drawn_rule(text)))
            credited = credited or (_finished(last) and is_video_credit(text))
            continue
        if unit.kind == kinds.TEXT and credited and _headline_alone(units, index):
            unit.kind = kinds.HEADLINE
            unit.opens = True
        elif unit.kind == kinds.TEXT and (ended or credited or (unit.blanks_before and _signed(last))):
            unit.opens = True
        ended, credited, last = False, False, unit
    return units


def _headline_alone(units: list[kinds.Unit], index: int) -> bool:
    """The text line at `index` is headline-shaped, after a gap and over a paragraph opening after a gap or an
    indent (`特殊的“门牌图”` / blank / `　　近日，…`)."""
    unit = units[index]
    following = units[index + 1] if index + 1 < len(units) else None
    return (
        unit.blanks_before > 0
        and is_headline_shape(unit.text)
        and not ends_sentence(unit.text)
        and following is not None
        and following.kind == kinds.TEXT
        and bool(following.blanks_before or following.indent)
    )
