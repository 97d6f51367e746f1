"""Damage the OCR or the extraction did to whole lines (part of LINE_RULES): a number broken at a line's end
with a hyphen (`已办结27-` / `14条`), a line printed twice at a column break. (The page's head printed again in
the middle of a column is runningheads.page_head_again.)"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count

_HYPHEN_AT_END = re.compile(r"(?<![\d.])(\d+)[-－]$")
_SERIES_BEFORE = re.compile(r"\d[-－/:]\d+[-－]$")  # 2025-12- / 05: a date or a code goes on
_DIGITS_AT_START = re.compile(r"^(\d+)(.?)")
_SERIES_MARKS = ("-", "－", "/", ":")  # 2025- / 12-05, 0851- / 8765-4321: a date or a code goes on after it
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_TWICE_MIN_CJK = 8  # a shorter line may be printed twice on purpose (a refrain, `是的。`)


def _keeps_hyphen(before: str, after: str, mark_after: str) -> bool:
    """Whether `before-` over `after…` is a hyphen the page printed: a range, a date, a telephone number."""
    if before.startswith("0") or mark_after in _SERIES_MARKS:
        return True  # 0851- / 8765432 (an area code), 2025- / 12-05 (a date)
    if len(after) > 1 and after.startswith("0"):
        return False  # 2- / 025年: a range's end never opens with a nought
    if len(before) < 4 and mark_after == "年" and _YEAR.match(before + after):
        return False  # 20- / 25年: a year is written whole (a range of years is 2024- / 2025年)
    return int(after) > int(before)  # 3- / 5人, 2024- / 2025年: a range's second end is the greater


def number_hyphen(page: PageReader, line: Line) -> bool:
    """A cleaning rule: `…已办结27-` over `14条，…`, `…于20-` over `25年…`: the hyphen the extraction set where
    the wrap cut a number goes. A range (`2024-` / `2025年`, `3-` / `5人`: the number after it the greater), a
    date or a code (`2025-` / `12-05`, `0851-` / `8765432`) keeps it."""
    found = _HYPHEN_AT_END.search(line.text)
    if not found or page.index >= len(page.lines) or _SERIES_BEFORE.search(line.text):
        return False
    after = _DIGITS_AT_START.match(page.lines[page.index].strip())
    if after is None or _keeps_hyphen(found.group(1), after.group(1), after.group(2)):
        return False
    line.text = line.text[:-1]
    return False


def line_printed_twice(page: PageReader, line: Line) -> bool:
    """A text line the extraction printed twice at a column break (`安全巡查、邻里调解等事务。街道` twice, no gap
    between): the second copy is dropped."""
    last = page.units[-1] if page.units else None
    if last is None or last.kind != kinds.TEXT or page.blanks or last.text != line.text:
        return False
    return cjk_count(line.text) >= _TWICE_MIN_CJK


# OCR reads the two dashes opening a subtitle as the character 一 (`——记某某村党支部书记…` -> `一一记…`).
# A document typed in GBK may print them as two box-drawing rules (`──曲靖市推进…的实践`): given back the same way.
_OCR_DASHES = re.compile(r"^(?:一一|──)(?=[\u4e00-\u9fff“《])(?!一)")
_SENTENCE_STOP = re.compile(r"[，。！？；,;]")


def ocr_dashed_subtitles(lines: list[str]) -> None:
    """A subtitle line whose `——` OCR read as `一一`, straight under a headline standing apart (a blank line or the
    page's top over it, flush left, no sentence's stop; `黄某：领着乡亲…` / `一一记某某村党支部书记黄某`): its dashes
    given back, so the subtitle rules see a subtitle, never a headline (a pass over the page before it is read).
    A body line opening with the word 一一 (`一一落实，…`) is under a line of its paragraph, never one apart."""
    for index in range(1, len(lines)):
        text = lines[index].strip()
        if not _OCR_DASHES.match(text) or _SENTENCE_STOP.search(text):
            continue
        above = lines[index - 1]
        apart = index == 1 or not lines[index - 2].strip()
        if not apart or not above.strip() or above[:1].isspace() or _SENTENCE_STOP.search(above):
            continue
        if is_headline_shape(above.strip()):
            lines[index] = lines[index].replace(text[:2], "——", 1)
