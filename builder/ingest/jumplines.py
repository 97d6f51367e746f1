"""The line rules for an article's jump to another page (part of LINE_RULES in `builder.ingest.units`; moved out of
`units`): `（下转第3版）` / `（上接第4版）` on a line of its own, the jump headline over it and the page number of the
page it goes on to; markers inside a line removed, and an article's end mark on a line of its own.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import Line, PageReader, Unit
from builder.ingest.textrules import (
    END_MARK_WORD,
    ends_sentence,
    is_continuation_marker,
    remove_continuation_markers,
)

_JUMP_IN_WORD = re.compile(r"上接|接上|接第|续接")


def is_jump_in_marker(text: str) -> bool:
    """`（上接第4版）` on a line of its own: an article begun on another page goes on here."""
    return is_continuation_marker(text) and _JUMP_IN_WORD.search(text) is not None


def continuation_marker(page: PageReader, line: Line) -> bool:
    """`（下转第3版）` / `（上接第4版）` on a line of its own: a jump out of or back into an article (segment
    joins the two halves when both are on the page); never text."""
    if not is_continuation_marker(line.text):
        return False
    kind = kinds.JUMP_IN if is_jump_in_marker(line.text) else kinds.JUMP_OUT
    last = page.units[-1] if page.units else None
    if kind == kinds.JUMP_IN and last is not None and _jump_headline(last, page.blanks):
        last.kind = kinds.HEADLINE  # `乡贤调解室让矛盾不出村` / `（上接第1版）`: never text
        _continuation_page_number(page.units)
    if kind == kinds.JUMP_OUT and not page.blanks:
        _sentence_cut_by_jump(page.units)
    return page.add(kind, line.text, line.number)


def _sentence_cut_by_jump(units: list[Unit]) -> None:
    """The short line right over `（下转第二版）` under an unfinished line of text (`…积分制度，` / `每年评选优秀`):
    the sentence the jump cut, going on on the other page, never a headline (nor a kicker or heading)."""
    if len(units) < 2:
        return
    before, last = units[-2], units[-1]
    if (
        last.kind in (kinds.HEADLINE, kinds.KICKER, kinds.HEADING)
        and not last.blanks_before
        and before.kind == kinds.TEXT
        and not ends_sentence(before.text)
    ):
        last.kind = kinds.TEXT


def _continuation_page_number(units: list[Unit]) -> None:
    """The head of the page an article goes on to, printed in the same file: its bare page number (`8`) over
    its furniture (`2026年5月20日  要闻`) and the jump headline is furniture too, never text."""
    at = len(units) - 2  # the unit before the jump headline
    while at >= 0 and units[at].kind == kinds.FURNITURE:
        at -= 1
    if (
        at >= 0
        and at < len(units) - 2
        and units[at].kind == kinds.TEXT
        and _PAGE_NUMBER.match(units[at].text)
    ):
        units[at].kind = kinds.FURNITURE


_PAGE_NUMBER = re.compile(r"^\d{1,2}$")


def _jump_headline(unit: Unit, blanks: int) -> bool:
    """A headline-shaped text line standing apart (a blank line over it), right over `（上接…）` (read as a kicker
    too, over the jump line taken for its headline: a jump line is no headline)."""
    return (
        unit.kind in (kinds.TEXT, kinds.KICKER)
        and unit.blanks_before > 0
        and not blanks
        and is_headline_shape(unit.text)
    )


# the jump headline and its `（上接…）` printed on one line (`武冈“屋场会”（上接第1版）`, layouts33 p03)
_HEADLINE_THEN_JUMP_IN = re.compile(
    r"^([^（()）]{2,30}?)[ \u3000]*([（(][^（()）]{0,4}(?:上接|接上|续接|接第)[^（()）]{1,12}[）)])$"
)


def jump_headline_with_marker(page: PageReader, line: Line) -> bool:
    """A continuation's jump headline with its `（上接…）` after it on one line: the headline (opening the part
    continued here, its first line maybe going on mid-sentence), then the jump back in, as when printed on two."""
    match = _HEADLINE_THEN_JUMP_IN.match(line.text)
    if match is None or not is_continuation_marker(match.group(2)) or not is_headline_shape(match.group(1)):
        return False
    page.add(kinds.HEADLINE, match.group(1), line.number)
    return page.add(kinds.JUMP_IN, match.group(2), line.number)


def inline_continuation_markers(page: PageReader, line: Line) -> bool:
    """Cleaning: continuation markers inside a line (`…工作（下转第3版）`) and an article's end mark (`…。（完）`)
    are removed."""
    line.text = remove_continuation_markers(line.text).strip()
    return False


_END_MARK_ALONE = re.compile(rf"^[（(]\s*{END_MARK_WORD}\s*[）)]$")
# A serial's notice of its next part under the part's end mark (`下期预告：…`, `敬请关注本报…`), to its blank line.
_NEXT_PART = re.compile(r"^(?:[【［\[]?(?:下期预告|下期看点|下期导读|明日预告|下期)[】］\]]?[：:]|敬请关注)")
_CLOSED = ("。", "！", "？", "!", "?", "”", "）", ")")


def end_mark_line(page: PageReader, line: Line) -> bool:
    """An article's end mark on a line of its own (`（完）`, a serial's `（未完待续）`) under its last sentence or
    closing credit (`…发挥更大作用。（记者 某某` / `某）` / `（完）`): furniture, never text that leaves the article
    open to the next headline and lead (nor a closing credit glued to its byline); so is the serial's notice of its
    next part under it (`下期预告：…` to its blank line)."""
    if not _END_MARK_ALONE.match(line.text) or not page.units:
        return False
    if not page.units[-1].text.endswith(_CLOSED) or page.blanks:
        return False
    page.add(kinds.FURNITURE, line.text, line.number)
    if page.index < len(page.lines) and _NEXT_PART.match(page.lines[page.index].strip()):
        while page.index < len(page.lines) and page.lines[page.index].strip():
            page.add(kinds.FURNITURE, page.lines[page.index].strip(), page.numbers[page.index])
            page.index += 1
    return True
