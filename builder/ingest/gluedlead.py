"""A headline the layout glued to its lead and wrapped with it (part of LINE_RULES in `builder.ingest.units`).

heldout6 k07: `友谊街道“铁人先锋岗”服务暖民` / `心大庆市萨尔图区友谊街道在辖区` / `11个社区设立…`: no line break, no blank
line, no byline between the headline and the lead. The lead shows where it begins as a report's lead does: it
names its place in full, a chain of places of the gazetteer each inside the one before (`大庆市萨尔图区`), then
the place the headline opens with (`友谊街道`, `leadlines.restates_place`). What stands before that chain, one
headline-shaped phrase, is the headline; the rest of the line opens the lead.
"""

from __future__ import annotations

import re

from builder.ingest.leadlines import restates_place
from builder.ingest.lineshapes import BAOXUN_HEAD, is_headline_shape
from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, TEXT, Line, PageReader
from builder.ingest.textrules import cjk_count, ends_sentence
from builder.places.gazetteer import gazetteer

_MIN_HEADLINE, _MAX_HEADLINE = 8, 30  # characters of the headline before the lead
_MAX_LINES = 4  # lines of the block the headline and the lead's first words may run over


def headline_glued_to_lead(page: PageReader, line: Line) -> bool:
    """At the top of the page, or standing apart after a finished article, a block whose first words are a
    headline and whose lead begins, with no break, by naming the headline's place in full: the headline (it
    opens a new article), then the lead's text from where it begins."""
    if not _opens_block(page) or ends_sentence(line.text):
        return False
    lines = [line.text]
    for raw in page.lines[page.index : page.index + _MAX_LINES - 1]:
        if not raw.strip():
            break
        lines.append(raw.strip())
    block = "".join(lines)
    split = lead_start(block)
    if split is None:
        return False
    page.add(HEADLINE, block[:split], line.number)
    page.units[-1].opens = True
    taken = 0  # the characters of the lines before the one where the lead begins
    for offset, text in enumerate(lines):
        if taken + len(text) > split:
            page.index += offset
            tail = Line(text, line.number + offset, text[split - taken :])
            return page.add_text(tail.text, tail)
        taken += len(text)
    return True  # not reached: the lead begins inside the block


def lead_start(block: str) -> int | None:
    """Where a lead that names its place in full begins after a headline-shaped phrase, or None."""
    places = gazetteer()
    found = places.scan(block[: _MAX_HEADLINE + 24])
    for at, (start, end, name) in enumerate(found):
        if start < _MIN_HEADLINE or cjk_count(block[:start]) > _MAX_HEADLINE:
            continue
        following = found[at + 1] if at + 1 < len(found) else None
        chained = following is not None and following[0] == end and places.encloses(name, following[2])
        headline = block[:start]
        shaped = is_headline_shape(headline) and not _TAKES_OBJECT.search(headline)
        shaped = shaped and not _DATELINE.search(
            headline
        )  # `…驿站”本报讯（记者 …）`: headline_before_baoxun's
        if chained and shaped and restates_place(headline, block[start:]):
            return start
    return None


# A phrase ending in a verb or preposition whose object is the place after it (`区委组织部联合` + `大庆市…`) is a
# sentence's first words, not a headline.
_DATELINE = re.compile(rf"{BAOXUN_HEAD}|[（(]")
_TAKES_OBJECT = re.compile(
    r"(?:联合|会同|携手|联手|邀请|协助|配合|支持|赴|到|向|为|同|及|从|来自|前往|走进)$"
)


def opens_with_place_chain(text: str) -> bool:
    """The text opens with two places of the gazetteer or more, each inside the one before (`衢州市柯城区…`,
    `大庆市萨尔图区…`): a report's lead naming its place in full."""
    places = gazetteer()
    found = places.scan(text[:24])
    return (
        len(found) >= 2
        and found[0][0] == 0
        and found[1][0] == found[0][1]
        and places.encloses(found[0][2], found[1][2])
    )


def _opens_block(page: PageReader) -> bool:
    """Nothing but page furniture read so far, or a blank line after a finished article (its last sentence
    or its closing credit)."""
    if all(unit.kind == FURNITURE for unit in page.units):
        return True
    last = page.units[-1]
    finished = (last.kind == TEXT and ends_sentence(last.text)) or (
        last.kind == BYLINE and last.text.startswith("（")
    )
    return bool(page.blanks) and finished
