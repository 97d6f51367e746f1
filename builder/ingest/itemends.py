"""Where an item ends with no headline after it (a pass over the units, after the line rules): a web page's tags
(`标签：…`, `关键词：`) under a finished article, or a drawn rule (`━━━━━━`, `════`) under one, ends it, so the
paragraph after them (past the page's furniture) opens the next article, printed without its headline (R15 r15_04:
an item pasted under the tags; r15_05: a full-width item under the rule closing two columns)."""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.textrules import ends_sentence

_TAGS = re.compile(r"^(?:标签|关键词|关键字)\s*[:：]")
# a rule drawn across a column or the page, of the drawing lines only (`＊＊＊` or `***` part an article)
_DRAWN_RULE = re.compile(r"^[━─═▬]{6,}$")
# a closing credit in brackets glued to the last sentence (`…表示。（图/文 郭立）`)
_GLUED_CREDIT = re.compile(r"[（(][^（）()]{2,20}[）)]$")


def _finished(unit: kinds.Unit | None) -> bool:
    """The unit closes an article: its closing credit, or a paragraph ending its sentence (maybe signed)."""
    if unit is None:
        return False
    if unit.kind == kinds.BYLINE:
        return True
    return unit.kind == kinds.TEXT and ends_sentence(_GLUED_CREDIT.sub("", unit.text))


def texts_after_item_ends(units: list[kinds.Unit]) -> list[kinds.Unit]:
    """The first paragraph after a finished article's tags or drawn rule opens an article."""
    ended, last = False, None
    for unit in units:
        if unit.kind == kinds.FURNITURE:
            text = unit.text.strip()
            ended = ended or (_finished(last) and bool(_TAGS.match(text) or _DRAWN_RULE.match(text)))
            continue
        if ended and unit.kind == kinds.TEXT:
            unit.opens = True
        ended, last = False, unit
    return units
