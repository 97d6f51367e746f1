"""Notes printed under a rule at an article's end (heldout27 p08 kind): `——————` under the last sentence, then `1 “巷长制”
由…推出。`, `2 …` (the marks in the text set as superscripts, extracted as plain digits): the page's apparatus, in no
body. A line opening with a note's number and a space (`1 `, `①`, `[2]`, `注1：`), ending its sentence, right under
such a rule (no blank line) or under the notes before it, is furniture; the rule itself stands right under a
finished sentence. A line rule of LINE_RULES.
"""

from __future__ import annotations

import re

from builder.ingest.pagelines import FURNITURE, TEXT, Line, PageReader
from builder.ingest.textrules import ends_sentence

_RULE = re.compile(r"^[—\-_─━═]{4,}$")
_NOTE = re.compile(
    r"^(?:\d{1,2}[ \u3000]+|[①-⑳][ \u3000]*|[\[〔［]\d{1,2}[\]〕］][ \u3000]*|注\d{0,2}[：:])\S"
)
_MAX_NOTE = 80  # characters of one note
_MAX_NOTES = 20  # notes under one rule


def note_under_rule(page: PageReader, line: Line) -> bool:
    """A note's line under the rule that closes an article's text (or under the notes before it): furniture."""
    if page.index < 2 or not page.lines[page.index - 2].strip():
        return False  # a blank line over it (the rule's own reading may count one: the raw line tells)
    if len(line.text) > _MAX_NOTE or not _NOTE.match(line.text) or not ends_sentence(line.text):
        return False
    at = len(page.units) - 1
    stop = max(-1, at - _MAX_NOTES)
    while at > stop and page.units[at].kind == FURNITURE and _NOTE.match(page.units[at].text):
        at -= 1  # the notes before it
    if at < 1 or page.units[at].kind != FURNITURE or not _RULE.match(page.units[at].text):
        return False
    above = page.units[at - 1]
    return above.kind == TEXT and ends_sentence(above.text) and page.add(FURNITURE, line.text, line.number)
