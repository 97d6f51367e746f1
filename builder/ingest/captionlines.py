"""A photo caption the layout set among an article's text lines, with its credit glued to its end.

`…改什么、怎么` / `柳北区雅儒街道弯塘路小区改造后` / `的新貌。柳北区住建局供图` / `改都由居民说了算。`: the
caption's lines stand inside an open sentence with no blank line around them; its credit, split off its last
line by the line rules (`builder.ingest.lineshapes.split_inline_credit`), marks where it ends. A unit rule of
`builder.ingest.paragraphs` (UNIT_RULES).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import CAPTION, CREDIT, TEXT, Unit
from builder.ingest.textrules import cjk_count, ends_sentence

if TYPE_CHECKING:
    from builder.ingest.paragraphs import Assembly

MAX_SHORT_CAPTION_CHARS = 40  # a caption standing alone inside a sentence
_MAX_CAPTION_LINES = 4
_SENTENCE_MARK = re.compile(r"[。！？!?]")


def one_short_sentence(text: str) -> bool:
    """A caption's shape: one whole sentence (its only sentence end is the last), short."""
    return (
        ends_sentence(text)
        and not _SENTENCE_MARK.search(text.rstrip().rstrip("”’）)")[:-1])
        and 6 <= cjk_count(text) <= MAX_SHORT_CAPTION_CHARS
        and not text.startswith(("，", "、", "；", "：", "”", "）"))
    )


def caption_with_credit_inside_sentence(state: Assembly) -> bool:
    """While a sentence is open, lines that make one short sentence ending right before a credit printed on
    the same line (`…的新貌。柳北区住建局供图`): a caption, unless its first line reads on from the open
    sentence (a word across the break); the sentence goes on after the credit. Between two sentences, such a
    caption is one line set wider than the column (`_caption_set_wider`); with no credit, inside the sentence,
    too (`_wide_caption_inside_sentence`)."""
    units, start = state.units, state.index - 1
    if state.unit.kind != TEXT:
        return False
    if not state.in_open_sentence():
        return _caption_set_wider(state)
    end = start
    while end < len(units) - 1 and end - start < _MAX_CAPTION_LINES and not ends_sentence(units[end].text):
        end += 1
        if units[end].kind != TEXT or units[end].blanks_before:
            return False
    credit = units[end + 1] if end + 1 < len(units) else None
    if credit is None or credit.kind != CREDIT or credit.blanks_before:
        return _wide_caption_inside_sentence(state)
    after = units[end + 2] if end + 2 < len(units) else None
    if after is None or after.kind != TEXT:
        return False  # nothing goes on after the credit: the lines end the open sentence
    caption = "".join(u.text for u in units[start : end + 1])
    if not one_short_sentence(caption) or join_cost(state.current.text, state.unit.text) < 0:
        return False
    state.out.append(Unit(CAPTION, caption, units[start].line, inside=True))
    state.index = end + 1
    return True


_WIDER = 2.0  # how much wider than the column around it a caption's line stands (display width)


def _caption_set_wider(state: Assembly) -> bool:
    """After a finished sentence, with no blank line between, one line wider than the column holding one short
    whole sentence and its credit glued to its end (`槐店乡村民在“积分超市”用积分兑换生活用品。（杨柳 摄）`): the
    caption of that photo (a body's line never runs wider than its column; after a blank line the caption
    rule of `builder.ingest.paragraphs` decides)."""
    unit, units = state.unit, state.units
    credit = units[state.index] if state.index < len(units) else None
    if unit.blanks_before or credit is None or credit.kind != CREDIT or credit.line != unit.line:
        return False
    if state.current is None or not one_short_sentence(unit.text) or state.deficit(unit) > -_WIDER:
        return False
    state.flush()
    state.out.append(Unit(CAPTION, unit.text, unit.line))
    return True


def _wide_caption_inside_sentence(state: Assembly) -> bool:
    """While a sentence is open, with no blank line around it, one line wider than the column holding one short
    whole sentence, with no credit (`…全乡共发` / `槐店乡村民在“积分超市”用积分兑换生活用品。` / `放积分21万分…`):
    a caption, when it does not read on from the open sentence and the line after it does."""
    unit, units = state.unit, state.units
    following = units[state.index] if state.index < len(units) else None
    if unit.blanks_before or following is None or following.kind != TEXT or following.blanks_before:
        return False
    if not one_short_sentence(unit.text) or state.deficit(unit) > -_WIDER:
        return False
    caption_cost = join_cost(state.current.text, unit.text)
    if caption_cost < 0 or join_cost(state.current.text, following.text) >= caption_cost:
        return False  # the line reads on from the open sentence, or the line after it reads on no better
    state.out.append(Unit(CAPTION, unit.text, unit.line, inside=True))
    return True
