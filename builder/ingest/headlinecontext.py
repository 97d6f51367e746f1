"""What stands around a line the headline rules read (moved out of `headlinerules`): the paragraph under it and
whether it reads as a body, the top of the page, a finished body before it standing apart, a report's lead opening
(LEAD_OPENING), the item before closing with its reporter's name.
"""

from __future__ import annotations

import re

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.headlineplaces import place_words
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    FURNITURE,
    JUMP_OUT,
    KICKER,
    TEXT,
    PageReader,
)
from builder.ingest.textrules import (
    cjk_count,
    ends_sentence,
    split_bold_doubled,
)

# How a report's lead opens: a date, a time word, a news agency line, or a place by its full name.
LEAD_OPENING = re.compile(
    r"^(?:\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底|份?以来)|(?:19|20)\d{2}年|近日|日前|近期|近年来|今年以来|"
    r"去年以来|连日来|本报讯|本报[^，。]{0,6}电|"
    r"(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区)?(?:[\u4e00-\u9fff]{2,6}[市州]|[\u4e00-\u9fff]{2,9}自治州)"
    r"[\u4e00-\u9fff]{1,6}[县区市旗])"  # an autonomous prefecture's long name: 海西蒙古族藏族自治州格尔木市
)


SENTENCE_MARK = re.compile(r"[。！？!?]")


def opens_like_lead(text: str) -> bool:
    """The text opens as a report's lead does: a date, a time word, 本报讯, a place by its full name."""
    return bool(LEAD_OPENING.match(text))


def headline_line(text: str) -> bool:
    """A headline's shape; also with one comma between two phrases (`社区开了“议事角”，邻里有事来“商量”`), as web
    and some print editions set the space between a headline's two halves."""
    if is_headline_shape(text):
        return True
    halves = re.split(r"[，,]", text)
    return (
        len(halves) == 2
        and all(cjk_count(half) >= 4 for half in halves)
        and is_headline_shape(" ".join(halves))
    )


def paragraph_from(page: PageReader, start: int, gap: int = 1) -> list[str]:
    """The lines of the next paragraph from `start`, past `gap` blank lines at most: up to the next blank line."""
    index = start
    while index < len(page.lines) and not page.lines[index].strip():
        index += 1
    if index - start > gap:
        return []
    found: list[str] = []
    for raw in page.lines[index : index + 40]:
        if not raw.strip():
            break
        found.append(raw.strip())
    return found


def reads_as_body(lines: list[str]) -> bool:
    """A paragraph, not another headline or a label: a sentence end in it, or three lines or more, and no
    bold-doubled headline of its own at its start."""
    if split_bold_doubled(lines[0]):
        return False
    return len(lines) >= 3 or bool(SENTENCE_MARK.search("".join(lines)))


# The blank lines a page's first headline may stand over its body (heldout7 m01: two, a feature's headline set
# apart under the page's furniture).
TOP_GAP = 2


def at_top(page: PageReader) -> bool:
    """Nothing but page furniture read so far."""
    return all(unit.kind == FURNITURE for unit in page.units)


def under_kicker(page: PageReader) -> bool:
    return bool(page.units) and page.units[-1].kind == KICKER and not page.blanks


def finished_text(text: str) -> bool:
    """A body's last line: a sentence end, maybe with the reporter's name closing it (`…140起。（李雪）`)."""
    return ends_sentence(text) or split_closing_names(text)[1] is not None


def after_body(page: PageReader, headline: str, body: list[str]) -> bool:
    """After a finished body (or its closing credit, or a photo's caption or credit set after it), standing
    apart: two blank lines, or one blank line and a headline naming a place that the paragraph under it names
    again or opens like a report."""
    blanks = gap_after_body(page)
    if not blanks:
        return False
    if blanks >= 2:
        return True
    places = place_words(headline)
    lead = "".join(body)
    return bool(places) and (bool(LEAD_OPENING.match(lead)) or any(place in lead for place in places))


def gap_after_body(page: PageReader) -> int | None:
    """The blank lines the line being read stands apart by after a finished body (or its closing credit, or a
    photo's caption or credit set after it), 0 right under it; None when it stands after anything else. Page
    furniture set apart between them (a series tag right over the headline) stands for a gap of its own."""
    units, blanks = page.units, page.blanks
    while units and units[-1].kind == FURNITURE and units[-1].blanks_before and blanks:
        units, blanks = units[:-1], blanks + 1
    last = units[-1] if units else None
    closing = last is not None and last.kind == BYLINE and last.text.startswith("（")  # its closing credit
    # `…上门（…供图）` under it, or its jump to another page (`（下转第3版）`)
    closing = closing or (last is not None and last.kind in (CAPTION, CREDIT, JUMP_OUT))
    finished = last is not None and last.kind == TEXT and finished_text(last.text)
    return blanks if last is not None and (closing or finished) else None


def close_item_before(page: PageReader) -> None:
    """The item before closes with its reporter's name (`…邻里纠纷140起。（李雪）`): the name becomes its closing
    credit, so that the item's sentence ends there (none before a brief at the page's top)."""
    if not page.units:
        return
    last = page.units[-1]
    text, names = split_closing_names(last.text)
    if last.kind == TEXT and names is not None:
        last.text = text
        blanks, page.blanks = page.blanks, 0  # the credit closes the item: the gap stands after it
        page.add(BYLINE, names, last.line)
        page.blanks = blanks
