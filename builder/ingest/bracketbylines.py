"""A byline whose bracket the column wrapped over lines (part of LINE_RULES in `builder.ingest.units`, moved out of
bylinerules.py): `本报讯（通讯` / `员 赵倩 孙` / `浩）` (the dateline, rejoined with the lead), a closing credit
`（通讯员` / `李娜）`, a dateline's bracket closing on the lead's line (`新疆日报讯（记者张治立 阿克` / `苏记者站张婧报道）走进…`),
and a headline the layout printed between a byline's two halves (`本报讯（记者 马晓燕 通讯员` / headline / `张蕊）…`).
"""

from __future__ import annotations

import re

from builder.ingest.datelines import BAOXUN, BAOXUN_HEAD
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import BYLINE, HEADLINE, Line, PageReader
from builder.ingest.reporternames import BYLINE_NAME, PAPER_WRITER, WRITER_ROLE, WRITER_ROLES
from builder.ingest.textrules import cjk_count

_OPEN_BAOXUN = re.compile(rf"^{BAOXUN_HEAD}\s*[（(][^）)]*$")
_CLOSES_NAMES = re.compile(r"^[^（(“”，。]{1,12}[）)]")
# A closing credit whose bracket the line leaves open (`（通讯员`, `（本报记者 王磊 通讯员`).
_OPEN_END_CREDIT = re.compile(rf"^[（(]{PAPER_WRITER}[^（）()，。]{{0,20}}$")
# What a byline's bracket holds: roles and names (`通讯员 赵倩 孙浩`, `记者王磊`, `本报记者 艾力 通讯员 王芳`).
_ROLE = r"(?:(?:本报|特约)?(?:实习记者|记者|通讯员|实习生))"
# … maybe with what the last named did (`颜学辉/文`, `文/摄`, `摄影报道`) and whose the photos are (`寿山村供图`: real
# R25 r25_02, `福州新闻网2月20日讯（记者 颜` / `学辉/文 寿山村供图）`)
_WORK = r"(?:\s*/\s*(?:文|图|摄)|\s*文\s*/\s*(?:图|摄)|\s*摄影?报道|\s*报道)"
_PHOTOS_FROM = r"(?:\s+[\u4e00-\u9fff]{2,12}(?:供图|提供))"
_BRACKETED_NAMES = re.compile(
    rf"^{_ROLE}?\s*{BYLINE_NAME}(?:\s*{_ROLE}\s*{BYLINE_NAME}|(?:\s+|\s*[、，,]\s*){BYLINE_NAME})*"
    rf"{_WORK}?{_PHOTOS_FROM}?$"
)
_MAX_BYLINE_WRAPS = 2  # a 9-character column wraps `本报讯（通讯` / `员 赵倩 孙` / `浩）`


def wrapped_bracket_byline(page: PageReader, line: Line) -> bool:
    """A byline whose bracket a narrow column wrapped over two or three lines: `本报讯（通讯` / `员 赵倩 孙` /
    `浩）` (the dateline, rejoined as the lead's text: split off with the lines), or a closing credit
    `（通讯员` / `李娜）` (the byline). Only when what the bracket holds, joined, is roles and names: a headline
    printed between a byline's halves is byline_cut_by_headline's."""
    closing = bool(_OPEN_END_CREDIT.match(line.text))
    if not (closing or _OPEN_BAOXUN.match(line.text)):
        return False
    joined, end = _bracket_closed(page, line.text)
    if joined is None:
        return not closing and _closed_under_lead(page, line)
    opened = joined.index("（") if "（" in joined else joined.index("(")
    inside, after = joined[opened + 1 :].replace(")", "）").split("）", 1)
    if not _BRACKETED_NAMES.match(inside.strip()) or (closing and after.strip()):
        return False
    page.index = end
    return page.add(BYLINE, joined, line.number) if closing else page.add_text(joined, line)


_CLOSE_WITHIN = 16  # characters of the next line before a dateline's bracket closes on it
# a whole line of the bracket's writers between its two ends, no bracket or sentence mark in it
# (`日报记者 王小林 通讯员 李明 张`, a narrow column wrapping the dateline over three lines)
_WRITERS_WRAPPED = re.compile(rf"^[^（）()，。；：“”]{{0,6}}(?:{WRITER_ROLES})[^（）()，。；：“”]{{1,20}}$")


def _closed_under_lead(page: PageReader, line: Line) -> bool:
    """A dateline whose bracket a column of full width wrapped, the lead going on after it on the next line
    (`新疆日报讯（记者张治立 阿克` / `苏记者站张婧报道）走进…`, real R10), maybe over a whole line of its writers
    (`…讯（闽江` / `日报记者 王小林 通讯员 李明 张` / `晓红 文/摄）提起…`, real R13's kind): the lines one line of text, so
    that the dateline is split off whole (its writers in the bracket, a reporter's station among them)."""
    head, taken = line.text, 1
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if _WRITERS_WRAPPED.match(following) and page.index + 1 < len(page.lines):
        head, taken = f"{line.text}{following}", 2  # the writers' line, then the line closing the bracket
        following = page.lines[page.index + 1].strip()
    close = following.find("）")
    if not 0 <= close <= _CLOSE_WITHIN:
        return False
    joined = f"{head}{following}"
    dateline = BAOXUN.match(joined)
    if dateline is None or dateline.end() != len(head) + close + 1:
        return False
    if not WRITER_ROLE.search(dateline.group(0)):
        return False
    page.index += taken
    return page.add_text(joined, line)


def _bracket_closed(page: PageReader, text: str) -> tuple[str | None, int]:
    """The line's open bracket closed on one of the next lines (no blank between, each short):
    (the lines joined, the index after the last); (None, start) when it is not."""
    index = page.index
    while index < len(page.lines) and index - page.index < _MAX_BYLINE_WRAPS:
        following = page.lines[index].strip()
        if not following or cjk_count(following) > 12:
            break
        glue = " " if re.search(rf"{_ROLE}$", text) else ""
        text, index = f"{text}{glue}{following}", index + 1
        if re.search(r"[）)]", following):
            return text, index
    return None, page.index


def byline_cut_by_headline(page: PageReader, line: Line) -> bool:
    """A headline printed between the two halves of a `本报讯（…）` byline (`本报讯（记者 马晓燕 通讯员` /
    headline / `张蕊）“家门口…`): the headline, then the byline rejoined with its text."""
    if not _OPEN_BAOXUN.match(line.text):
        return False
    after = [i for i in range(page.index, min(page.index + 4, len(page.lines))) if page.lines[i].strip()][:2]
    if len(after) < 2 or not is_headline_shape(page.lines[after[0]].strip()):
        return False
    rest = page.lines[after[1]].strip()
    if not _CLOSES_NAMES.match(rest):
        return False
    page.add(HEADLINE, page.lines[after[0]].strip(), after[0] + 1)
    page.index = after[1] + 1
    return page.add_text(f"{line.text} {rest}", line)
