"""A box printed INSIDE a report, between two of its paragraphs (layouts37 p03, p06): a label (`【名词解释】`,
`【延伸阅读】`, `【知识链接】`) over a paragraph or two of its own set at another width than the report's column, the
report reading on under it at its own width. The label and the box's lines are furniture (in no body, their figures
no metrics); the report's next paragraph goes on the report. A line rule of LINE_RULES (pagefurniture asks it).

Only the widths tell where the box ends: a box set at the report's own width is left to the other rules (a
`延伸阅读` sidebar's text runs to the next article's head, pagelabels).

An honour roll set between two paragraphs (`光荣榜` over a title line and `name　unit　title` rows, heldout38 p04)
is told by its rows, not by widths (honour_roll): furniture too.
"""

from __future__ import annotations

import re

from builder.ingest.furnitureboxes import block_below, furniture_block
from builder.ingest.pagelabels import READING_BOX_LABELS
from builder.ingest.pagelines import FURNITURE, TEXT, Line, PageReader
from builder.ingest.textrules import display_width, ends_sentence, indented

# The label of a box explaining or widening what the report says, maybe in brackets.
_INNER_BOX_LABEL = re.compile(
    r"^[【［\[]?(?:" + "|".join(("名词解释", "名词链接", "小知识", *READING_BOX_LABELS)) + r")[】］\]]?$"
)
_MAX_BOX_LINES = 12
_REPORT_LINES = 4  # lines of the report over the label that give its column's width
_SAME_WIDTH = 1.0  # cells two lines of one column may differ by
_OTHER_WIDTH = 2.0  # cells the box's width differs from the report's by, at least


def _cells(raw: str) -> float:
    """A raw line's width in cells, its paragraph indent counted as two."""
    return display_width(raw.strip()) + (2 if indented(raw) else 0)


def inner_box(page: PageReader, line: Line) -> bool:
    """`【名词解释】` right under a report's finished sentence, over the box's lines set at another width, then the
    report's next paragraph at the report's width (or a blank line, or the page's end): the label and the box's
    lines furniture, the report reading on after them."""
    if not _INNER_BOX_LABEL.match(re.sub(r"[ \u3000]+", "", line.text)):
        return False
    last = page.units[-1] if page.units else None
    if last is None or last.kind != TEXT or page.blanks or not ends_sentence(last.text):
        return False
    label_at = page.index - 1
    above = [raw for raw in page.lines[max(0, label_at - _REPORT_LINES) : label_at] if raw.strip()]
    if not above:
        return False
    width = max(_cells(raw) for raw in above)
    box: list[int] = []
    for index in range(page.index, min(len(page.lines), page.index + _MAX_BOX_LINES + 1)):
        raw = page.lines[index]
        if not raw.strip():
            break
        if box and indented(raw) and abs(_cells(raw) - width) <= _SAME_WIDTH:
            break  # the report's next paragraph, at its own width
        box.append(index)
    if len(box) > _MAX_BOX_LINES:
        return False
    if not box or abs(max(_cells(page.lines[i]) for i in box) - width) < _OTHER_WIDTH:
        return False
    if not ends_sentence(page.lines[box[-1]].strip()):
        return False
    page.add(FURNITURE, line.text, line.number)
    for index in box:
        page.add(FURNITURE, page.lines[index].strip(), page.numbers[index])
    page.index = box[-1] + 1
    page.blanks = 0
    return True


# An honour roll's box set inside a report (heldout38 p04): its label (`光荣榜`, `红榜`, `【表彰名单】`), maybe a
# title line, then rows of a name, a unit and a title apart by gaps (`王某某　　区财政局　　服务标兵`).
_HONOUR_ROLL_LABEL = re.compile(
    r"^[■□●◆【［\[]?(?:光荣榜|荣誉榜|红榜|英雄榜|表彰名单|先进名单|光荣册)[】］\]]?$"
)
_ROLL_ROW = re.compile(
    r"^[\u4e00-\u9fff·]{1,4}(?:[ \u3000][\u4e00-\u9fff]{1,2})?"  # a name, a two-character one spread (`刘　芳`)
    r"(?:[ \u3000]+[\u4e00-\u9fff（）()“”·0-9A-Za-z]{2,16}){1,3}$"  # its unit and title
)
_ROLL_TITLE = re.compile(r"^[^。！？；，]{2,30}$")
_MAX_ROLL_LINES = 16
_ROWS_AT_LEAST = 2


def honour_roll(page: PageReader, line: Line) -> bool:
    """`光荣榜` standing apart (after a blank line or under a finished sentence) over its lines up to the next blank
    line: maybe a title (`某某区优秀党员（部分）`), then two rows or more of a name and its unit and title apart by
    gaps, no sentence: the label and its lines furniture (in no body; its names no practices, no figures), the
    report reading on after them."""
    if not _HONOUR_ROLL_LABEL.match(re.sub(r"[ \u3000]+", "", line.text)):
        return False
    last = page.units[-1] if page.units else None
    if last is not None and not page.blanks and not (last.kind == TEXT and ends_sentence(last.text)):
        return False
    block = block_below(page, _MAX_ROLL_LINES)
    if not block:
        return False
    rows = [_ROLL_ROW.match(page.lines[index].strip()) is not None for index in block]
    titled = not rows[0] and _ROLL_TITLE.match(page.lines[block[0]].strip()) is not None
    if sum(rows) < _ROWS_AT_LEAST or not all(rows[1:] if titled else rows):
        return False
    return furniture_block(page, line, block)
