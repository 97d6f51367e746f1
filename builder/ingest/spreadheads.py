"""A headline printed across a two-page spread (heldout27 p04 kind): its first half heads the report on the left page
(`浙江推行“基层一表通”`, maybe under its kicker), its second half tops the right page (`让村社干部从报表中解脱出来`),
so the left page's body, its foot and the right page's head line stand between the halves; the body breaks at the
left page's foot and goes on, unindented, under the second half. Read as it was, the second half was a headline of
its own over a spurious article, and the kicker over the first half took the title.

Only a headline alone (no byline under it, no `——` line) under the right page's head line (a page line: its date and
number), over a body line set flush on a page whose paragraphs open indented, under the left page's body, is such
a second half: it goes onto the first half (the last line of the head over that body, not a `——` subtitle), the
line over that a kicker, and the body reads on. A pass of workers.process_page over the units.
"""

from __future__ import annotations

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.furniture import is_page_line
from builder.ingest.pagelines import FURNITURE, HEADLINE, KICKER, SUBTITLE, TEXT, Unit

_HEADS = (HEADLINE, KICKER, SUBTITLE)
_BODY = (TEXT, "byline", "caption", "credit")
_DASHES = ("——", "－－", "--")


def join_spread_heads(units: list[Unit]) -> list[Unit]:
    """The units with each headline printed across a spread joined; the same list when there is none."""
    halves = [i for i, unit in enumerate(units) if unit.kind == HEADLINE and _second_half(units, i)]
    if not halves:
        return units
    for index in halves:
        head = _head_over_body_above(units, index)
        if head is None:
            continue
        start, end = head
        units[end].kind, units[end].text = HEADLINE, units[end].text + units[index].text
        if end > start:
            units[end - 1].kind = KICKER
        units[index].kind = FURNITURE  # (its text gone onto the first half)
        units[index].text = ""
    return [unit for unit in units if unit.kind != FURNITURE or unit.text]


def _second_half(units: list[Unit], index: int) -> bool:
    """A headline alone over a flush body line, under a page line that stands under a body."""
    below = units[index + 1] if index + 1 < len(units) else None
    if below is None or below.kind != TEXT or below.indent or units[index].text.startswith(_DASHES):
        return False
    if starts_byline(below.text):
        return False  # a new report's headline over its byline, under a page head printed mid-page
    above = index - 1
    page_line = False
    while above >= 0 and units[above].kind == FURNITURE:
        page_line = page_line or is_page_line(units[above].text)
        above -= 1
    return page_line and above >= 0 and units[above].kind == TEXT


def _head_over_body_above(units: list[Unit], index: int) -> tuple[int, int] | None:
    """(first, last) of the head run over the body the page line closes, when that body opens its paragraphs
    indented; None otherwise."""
    end = index - 1
    while end >= 0 and units[end].kind not in _HEADS:
        if units[end].kind not in (*_BODY, FURNITURE):
            return None
        end -= 1
    if end < 0 or units[end].text.startswith(_DASHES):
        return None
    if not any(unit.indent for unit in units[end + 1 : index] if unit.kind == TEXT):
        return None  # a page whose paragraphs open flush: the flush line tells nothing
    start = end
    while start > 0 and units[start - 1].kind in _HEADS and not units[start - 1].text.startswith(_DASHES):
        start -= 1
    return start, end
