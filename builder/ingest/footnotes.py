"""Notes printed under a rule at an article's end (heldout27 p08 kind): `——————` under the last sentence, then `1 “巷长制”
由…推出。`, `2 …` (the marks in the text set as superscripts, extracted as plain digits): the page's apparatus, in no
body. A line opening with a note's number and a space (`1 `, `①`, `[2]`, `注1：`), ending its sentence, right under
such a rule (no blank line) or under the notes before it, is furniture; the rule itself stands right under a
finished sentence. A line rule of LINE_RULES.

With no rule (layouts37 p02, p05): a note closing a report right under its last sentence, flush on a page indenting
its paragraphs (`注：“三张清单”指…。`, maybe wrapped), and the source of the report's figures in brackets alone on
its line (`（数据来源：某县统计局）`): furniture too, never the report's last paragraph.
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


_REPORT_NOTE = re.compile(r"^注(?:释)?[：:]\S")
_MAX_NOTE_LINES = 3


def note_under_report(page: PageReader, line: Line) -> bool:
    """`注：…` flush right under a report's finished sentence (its first line indented, as paragraphs open on the
    page), ending a sentence on its line or the next two: the report's note, furniture."""
    if page.blanks or line.indent or not _REPORT_NOTE.match(line.text):
        return False
    last = page.units[-1] if page.units else None
    if last is None or last.kind != TEXT or not ends_sentence(last.text) or not _indented_page(page):
        return False
    taken = 0
    text = line.text
    while not ends_sentence(text):
        if taken == _MAX_NOTE_LINES or page.index + taken >= len(page.lines):
            return False
        following = page.lines[page.index + taken]
        if not following.strip() or following[:1].isspace():
            return False
        text += following.strip()
        taken += 1
    page.add(FURNITURE, text, line.number)
    page.index += taken
    return True


def _indented_page(page: PageReader) -> bool:
    """Some paragraph read so far opens with an indent."""
    return page.has_read("indented paragraph", lambda unit: unit.kind == TEXT and bool(unit.indent))
