"""The captions of a group of photos, numbered with circled figures and printed together in a block of their own
(`①大关县某村组织村民学习…` / `②…村民们的新居` / `③…与村民交流学习`, real R23 r23_04, under the headline): each a
caption, its number dropped. Read as text, the block became the lead's first sentence.

A numbered list in a body is told apart: its items end on `；`/`。` or run long, and its first item follows a
sentence introducing it; a caption block stands after a headline or a blank line, every line short, ending no
sentence, the numbers in order from ①, and a blank line (or the page's end) closes it."""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.captionshapes import ITEM_ENDS, LIST_INTRODUCED
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_NUMBERED = re.compile(f"^([{_CIRCLED}])\\s*(\\S.*)$")
_MAX_CAPTION_CHARS = 40
_MIN_PHOTOS = 2


def numbered_caption_block(page: PageReader, line: Line) -> bool:
    """`①…` / `②…` (/ `③…`) lines over a blank line, after a headline or a gap: captions."""
    if not line.text.startswith("①") or not (
        page.blanks or (page.units and page.units[-1].kind == kinds.HEADLINE)
    ):
        return False
    if page.units and page.units[-1].kind == kinds.TEXT and page.units[-1].text.endswith(LIST_INTRODUCED):
        return False  # 社区总结出三条做法： / ①议题由居民提出 …: the list the sentence above introduces
    block = [line.text]
    for raw in page.lines[page.index :]:
        text = raw.strip()
        if not text:
            break
        block.append(text)
    captions = [_NUMBERED.match(text) for text in block]
    if len(block) < _MIN_PHOTOS or not all(captions):
        return False
    if [m.group(1) for m in captions if m] != list(_CIRCLED[: len(block)]):
        return False
    photos = _photo_report(page.units)  # its captions may end on a full stop (heldout22 p03)
    if any(
        cjk_count(m.group(2)) > _MAX_CAPTION_CHARS
        or m.group(2).endswith(ITEM_ENDS)
        or (m.group(2).endswith("。") and not photos)
        for m in captions
        if m
    ):
        return False
    for offset, m in enumerate(captions):
        if m is not None:
            page.add(kinds.CAPTION, m.group(2), page.numbers[page.index - 1 + offset])
    page.index += len(block) - 1
    return True


# A photo report's label or byline (`图片故事`, `本报记者 赵鹏 摄影报道`, `文/图 …`, `… 摄`).
_PHOTO_LABEL = re.compile(r"^(?:图片故事|图片新闻|图说[\u4e00-\u9fff]{0,6}|组图|影像[\u4e00-\u9fff]{0,4})$")
_PHOTO_BYLINE = re.compile(r"摄影报道|摄$|^文[/／]图|^图[/／]文")


def _photo_report(units: list[kinds.Unit]) -> bool:
    """The article read so far is a photo report: its byline says its reporter took the photos, or a photo
    story's label stands over its headline (a numbered caption block under it is the photos' captions, even
    when each ends on a full stop; a numbered list in a report's text does not follow such a byline)."""
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if unit.kind == kinds.BYLINE and _PHOTO_BYLINE.search(unit.text):
            return True
        if unit.kind == kinds.HEADLINE:
            before = units[index - 1] if index else None
            return (
                before is not None
                and before.kind == kinds.FURNITURE
                and bool(_PHOTO_LABEL.match(before.text))
            )
    return False
