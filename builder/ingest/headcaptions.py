"""A photo caption the layout set inside a head, between the two lines of a wrapped headline (heldout14 p06:
`黄石“红色网格”一网兜起` / `△黄石港区…走访独居老人。  通讯员 刘畅 摄` / `城乡千家事` / `本报记者 程颖`): a pass over
the page's lines before they are read moves the caption under the head, to the top of the body, so that the
head rules see the headline's two lines together (the first half was an article of its own, the second the
title). Only a marked caption (`△`, `▲` …), or one short sentence with its credit glued to it (real R11 r11_04:
`承德县“…·…”` / `图为授旗仪式现场。  某某日报通讯员张三摄` / `文明实践活动月启动`), between two short lines with
no sentence in them, the head standing at the page's top or after a blank line, and a byline or a blank line
under its second line (the caption goes under that blank line), or an indented lead right under it (the caption
goes between the head and the lead).
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.captionshapes import split_inline_credit
from builder.ingest.datelines import BAOXUN
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.textrules import cjk_count, indented

_MAX_HEAD_LINE = 24  # characters of a line of a headline the column wrapped
_MAX_CAPTION = 40  # characters of an unmarked caption's sentence
_ONE_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
_SENTENCE = re.compile(r"[。；！？!?，,]")


def captions_out_of_heads(lines: list[str], numbers: list[int]) -> None:
    """Move each caption printed between a headline's two lines to the top of the body under the head (the
    first line after the blank line under it); the lines keep their printed numbers."""
    for index in range(1, len(lines) - 2):
        if index >= 2 and lines[index - 2].strip():
            continue  # the head stands at the top or after a blank line (most lines stop here: cheap)
        above, below = lines[index - 1].strip(), lines[index + 1].strip()
        if not (_head_piece(above) and _head_piece(below)) or _opens_lead(lines[index + 1]):
            continue
        if not _is_caption(lines[index].strip()):
            continue
        after = lines[index + 2].strip()
        if after and (_opens_lead(lines[index + 2]) or BAOXUN.match(after)):
            # the lead right under the head (indented, or opening with its dateline): the caption over it
            lines.insert(index + 2, lines.pop(index))
            numbers.insert(index + 2, numbers.pop(index))
            continue
        if after and not (is_byline_text(after) or LINE_SHAPE["bare_names"].match(after)):
            continue
        blank = next((i for i in range(index + 2, len(lines)) if not lines[i].strip()), None)
        if blank is None or blank + 1 >= len(lines):
            continue
        line, number = lines.pop(index), numbers.pop(index)
        lines.insert(blank, line)  # (the blank line moved up one: the caption goes right under it)
        numbers.insert(blank, number)


def _is_caption(text: str) -> bool:
    """A marked caption (`△…`), or one short sentence with its credit glued after it (`图为授旗仪式现场。
    某某日报通讯员张三摄`)."""
    if LINE_SHAPE["caption_mark"].match(text):
        return True
    sentence, credit = split_inline_credit(text)
    return (
        credit is not None and len(sentence) <= _MAX_CAPTION and _ONE_SENTENCE.fullmatch(sentence) is not None
    )


def _opens_lead(line: str) -> bool:
    """An indented line opening with a dateline, or with text: a lead right under the head (no blank line)."""
    return indented(line) and bool(line.strip())


def _head_piece(text: str) -> bool:
    return cjk_count(text) >= 2 and len(text) <= _MAX_HEAD_LINE and not _SENTENCE.search(text)
