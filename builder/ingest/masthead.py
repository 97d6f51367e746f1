"""A page's own masthead as its metadata: the paper's name, the date and the page number it prints on top.

Most pages print their paper, date and page in the band of furniture over the first article (`荆楚社区周刊
2026年6月3日　第3版`, or over two lines: `基层之声` / `2026年6月25日　星期四　第8版`; `钢都晚报·社区版` / `A06` /
`2026年6月15日`; `陇原党建　第7版　人物` / `2026.06.10`). `masthead_meta(units)` reads them from the
page's leading furniture units (builder.ingest.furniture took them out of the text): the date (a real calendar
date), the page number (`第3版`; an edition code like `A06` is no page number) and the publication, the first
line's first piece (before its date, else after it: `2026年4月7日  八桂党建  第2版`) when the band prints a
date (a name of 2–12 characters, its edition after `·` dropped, never a
known column label). A sidecar (builder.ingest.sidecar) says better: its values win, key by key.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from builder.ingest.pagelabels import KNOWN_COLUMN_LABELS
from builder.ingest.pagelines import FURNITURE, Unit

# A date as the head band prints it, one pattern for the shape of a page's line (furniture.py) and for its value
# (_date_in reads the year by YEAR): the year maybe read by an OCR with 〇/○ for a nought (`2〇26年12月9日`), the
# weekday after it maybe bracketed (`2026年12月10日（星期四）`).
YEAR = r"[\d〇○]{4}"
PRINTED_DATE = f"{YEAR}年\\d{{1,2}}月\\d{{1,2}}日"
WEEKDAY = r"[（(]?(?:星期|周)[一二三四五六日天][）)]?"
_DATE = re.compile(r"(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?")
_PAGE = re.compile(
    r"第\s*(\d{1,3})\s*版|(?<=日)\s*(\d{1,3})\s*版"
)  # (`2023年1月5日11版`: right after the date)
_OCR_YEAR = re.compile(f"{YEAR}(?=年)")
_NOUGHT = str.maketrans("〇○", "00")
_PIECES = re.compile(r"\s+|[·・|｜]")
_BRACKETS = re.compile(r"[《》〈〉（）()]")  # (a reprint's source line: `《某某日报》（2023年1月5日11版）`)
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
_NOT_A_NAME = re.compile(r"星期|周[一二三四五六日天]|第.+[版期]|^[\u4e00-\u9fff]{1,4}版$")


def masthead_meta(units: list[Unit]) -> dict[str, Any]:
    """The publication, date (YYYY-MM-DD) and page a page prints in its head band ({} for none)."""
    head: list[str] = []
    for unit in units:
        if unit.kind != FURNITURE:
            break
        head.append(unit.text.strip())
    if not head:
        return {}
    meta: dict[str, Any] = {}
    date = next((found for line in head if (found := _date_in(line))), None)
    if date is None:
        return meta
    meta["date"] = date
    page = next((m for line in head if (m := _PAGE.search(line))), None)
    number = int(page.group(1) or page.group(2)) if page is not None else 0
    if number >= 1:
        meta["page"] = number
    name = _publication(head[0])
    if name:
        meta["publication"] = name
    return meta


def _date_in(line: str) -> str | None:
    """A real calendar date the line prints (its digits maybe spread by spaces), as YYYY-MM-DD."""
    line = re.sub(r"(?<=[\d〇○.年月])\s+(?=[\d〇○.年月日])", "", line)
    line = _OCR_YEAR.sub(lambda year: year.group().translate(_NOUGHT), line)  # (`2〇26年`: OCR's 〇 for a 0)
    found = _DATE.search(line)
    if found is None:
        return None
    try:
        return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3))).isoformat()
    except ValueError:
        return None


def _publication(line: str) -> str | None:
    """The paper's name opening the head band's first line (`钢都晚报·社区版` -> 钢都晚报)."""
    pieces_of_line = _DATE.split(line)
    for part in (pieces_of_line[0], pieces_of_line[-1]):  # before the date, else after it
        pieces = [piece for piece in _PIECES.split(_BRACKETS.sub(" ", part).strip()) if piece]
        first = pieces[0] if pieces else ""
        if _NAME.match(first) and not _NOT_A_NAME.search(first) and first not in KNOWN_COLUMN_LABELS:
            return first
    return None
