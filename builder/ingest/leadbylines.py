"""Bylines the layout glued to the lead after a space, of kinds bylinerules.byline_glued_to_lead leaves (a line rule
of LINE_RULES, right after it): a correspondent's line (`通讯员 田文秋　今年以来，…`, the page's first body opening
with it under the page's head) or two or more bare names under the headline (`徐凌燕 叶诗蕾　每天早晨9点，在`, real
R15's kinds), or names after a byline's mark (`■张晶晶　“谢谢你们，…`). The names go to the byline, the rest of the
line to the text."""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.ornaments import BYLINE_OPENING_MARKS
from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, SUBTITLE, TEXT, Line, PageReader, Unit
from builder.ingest.reporternames import PERSON_NAME, SIGNATURE_NAME
from builder.ingest.textrules import ends_sentence, indented

_SPACE = r"[ \u3000]"
_NAMES = rf"{PERSON_NAME}(?:(?:{_SPACE}+|、){PERSON_NAME})*"
# a correspondent's role first, maybe more roles after (`通讯员 甲乙 丙丁 记者 戊己`), then the lead
_CORRESPONDENT_THEN_LEAD = re.compile(
    rf"^((?:本报)?(?:特约)?通讯员{_SPACE}*{_NAMES}(?:{_SPACE}+(?:通讯员|记者|实习生){_SPACE}*{_NAMES})*)"
    rf"{_SPACE}+(\S.*)$"
)
# two to four bare names, each opening with a common surname, then the lead
_BARE_NAMES_THEN_LEAD = re.compile(
    rf"^({SIGNATURE_NAME}(?:{_SPACE}+{SIGNATURE_NAME}){{1,3}}){_SPACE}+(\S.*)$"
)
# one to four names after the mark a byline opens with (`■张晶晶　“谢谢你们，…`: real R20 r20_02, an OCR'd scan)
_MARKED_NAMES_THEN_LEAD = re.compile(
    rf"^([{BYLINE_OPENING_MARKS}]{_SPACE}*{SIGNATURE_NAME}(?:{_SPACE}+{SIGNATURE_NAME}){{0,3}}){_SPACE}+(\S.*)$"
)
_LEAD_CHARS = 5  # characters of the lead after the names at least
_CLAUSE = re.compile(r"[，。；：、]")


def names_glued_to_lead(page: PageReader, line: Line) -> bool:
    """A correspondent's line under a headline or opening a body after a gap, or bare names under the headline,
    with the lead's first words after a space on the same line: the byline, then the text."""
    if is_byline_text(line.text):
        return False
    last = page.units[-1] if page.units else None
    under_head = last is not None and last.kind in (HEADLINE, SUBTITLE)
    found = _CORRESPONDENT_THEN_LEAD.match(line.text) or _MARKED_NAMES_THEN_LEAD.match(line.text)
    if found is not None:
        opens = under_head or (page.blanks and _body_may_open_after(last))
    else:
        found = _BARE_NAMES_THEN_LEAD.match(line.text)
        opens = under_head
    if found is None or not opens:
        return False
    lead = found.group(2)
    if len(lead) < _LEAD_CHARS or not runs_to_clause_mark(page, lead) or ends_sentence(found.group(1)):
        return False  # (the lead's first words run on to a clause mark: no headline's phrase, no more names)
    page.add(BYLINE, found.group(1), line.number)
    if not _CLAUSE.search(lead):
        # the lead's words cut before a clause mark go on with the line under them (no heading's phrase)
        lead += page.lines[page.index].strip()
        page.index += 1
    return page.add_text(lead, line)


def runs_to_clause_mark(page: PageReader, lead: str) -> bool:
    """The lead's first words reach a clause mark on the line, or the column cut them before one and the line
    under it (no indent: the same paragraph) goes on to one (`刘某　何某　走进某某区某某镇` / `某某村，成片的…`,
    heldout35 p05)."""
    if _CLAUSE.search(lead):
        return True
    following = page.lines[page.index] if page.index < len(page.lines) else ""
    return bool(following.strip()) and not indented(following) and _CLAUSE.search(following) is not None


def _body_may_open_after(last: Unit | None) -> bool:
    """Nothing but the page's furniture above, or a finished article."""
    if last is None or last.kind == FURNITURE:
        return True
    return last.kind == TEXT and ends_sentence(last.text)
