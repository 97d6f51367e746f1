"""A digest page's reprints (issue 14, heldout31 p02's kind): each item closes with its source line in brackets,
the paper it was taken from and how (`（摘自《某某日报》2026年3月5日，原题为《…》）`, `（原载《某某报》…，有删节）`,
`（转载自《某某》）`), maybe wrapped over two lines. The line is no body text (furniture) and it ends the item: a
headline-shaped line after a gap under it is the next item's headline, a reporter line under that its byline. A
line naming the item's title as first printed (`原题：《…》`) under its headline is no title, subtitle or text."""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import is_byline_text, is_writer_credit
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.submissions import CONTACT
from builder.ingest.textrules import ends_sentence

# The verbs a reprint is named by, before the paper it was taken from (`摘自《…》`, `原载《…》`, `来源：《…》`): the
# one list, for the bracketed line closing a digest's item and for furniture.py's unbracketed source line.
REPRINT_VERBS = r"(?:摘自|摘编自|选自|原载|载于|转载自|转自|来源[:：]|原文刊于)"
_SOURCE_OPEN = re.compile(rf"^[（(]\s*{REPRINT_VERBS}\s*《")
_SOURCE = re.compile(rf"^[（(]\s*{REPRINT_VERBS}\s*《[^《》（）()]{{1,20}}》[^（）()]{{0,80}}[）)]$")
# the page's notice to the authors it could not reach, to claim their fee, with its phone (`本版所选文章因故未能与
# 部分作者取得联系，请作者见报后与本版联系，以奉稿酬。联系电话：…`), maybe wrapped: the page's, no text
_AUTHORS_NOTICE = re.compile(
    rf"^(?:本版|本刊|本报|本期|本栏)[^。]{{0,80}}(?:作者|著作权人)[^。]{{0,80}}(?:稿酬|稿费)[^。]{{0,10}}。\s*{CONTACT}$"
)
_NOTICE_LINES = 4
_ORIGINAL_TITLE = re.compile(r"^[（(]?(?:原题|原标题)(?:为|是)?[:：]?\s*《[^《》]{2,40}》[）)]?$")


def _source_lines(units: list[kinds.Unit], index: int) -> int:
    """How many units from `index` print a reprint's source line (0: none): one, or two a wrap cut."""
    text = units[index].text.strip()
    if units[index].kind != kinds.TEXT or not _SOURCE_OPEN.match(text):
        return 0
    if _SOURCE.match(text):
        return 1
    following = units[index + 1] if index + 1 < len(units) else None
    if following is not None and following.kind == kinds.TEXT and not following.blanks_before:
        return 2 if _SOURCE.match(text + following.text.strip()) else 0
    return 0


def reprints_apart(units: list[kinds.Unit]) -> list[kinds.Unit]:
    """Reprint source lines made furniture; the item after each opened at its headline (and byline); an original
    title's line under a headline made furniture."""
    index = 0
    while index < len(units):
        taken = _source_lines(units, index)
        if not taken:
            index += 1
            continue
        for unit in units[index : index + taken]:
            unit.kind = kinds.FURNITURE
        index += taken
        _open_item(units, index)
    _authors_notices_off(units)
    for index, unit in enumerate(units):
        under_headline = index and units[index - 1].kind == kinds.HEADLINE
        if under_headline and unit.kind == kinds.TEXT and _ORIGINAL_TITLE.match(unit.text.strip()):
            unit.kind = kinds.FURNITURE
    return units


def _open_item(units: list[kinds.Unit], index: int) -> None:
    """The text after a source line opens the next item; headline-shaped after a gap, it is its headline."""
    while index < len(units) and units[index].kind == kinds.FURNITURE:
        index += 1
    if index >= len(units) or units[index].kind not in (kinds.TEXT, kinds.HEADLINE):
        return
    unit = units[index]
    unit.opens = True
    text = unit.text.strip()
    if unit.kind == kinds.TEXT and unit.blanks_before and is_headline_shape(text) and not ends_sentence(text):
        unit.kind = kinds.HEADLINE
    following = units[index + 1] if index + 1 < len(units) else None
    if unit.kind == kinds.HEADLINE and following is not None and following.kind == kinds.TEXT:
        if is_byline_text(following.text.strip()) or is_writer_credit(following.text):
            following.kind = kinds.BYLINE
        elif _ORIGINAL_TITLE.match(following.text.strip()):
            following.kind = kinds.FURNITURE


def _authors_notices_off(units: list[kinds.Unit]) -> None:
    """A paragraph (a few lines, no blank between) printing the page's notice to its authors: furniture."""
    for index, unit in enumerate(units):
        if unit.kind != kinds.TEXT or not unit.text.strip().startswith(
            ("本版", "本刊", "本报", "本期", "本栏")
        ):
            continue
        text = ""
        for end in range(index, min(index + _NOTICE_LINES, len(units))):
            if units[end].kind != kinds.TEXT or (end > index and units[end].blanks_before):
                break
            text += units[end].text.strip()
            if _AUTHORS_NOTICE.match(text):
                for part in units[index : end + 1]:
                    part.kind = kinds.FURNITURE
                break
