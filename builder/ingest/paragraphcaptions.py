"""Photo captions a page printed among a paragraph's lines (split from paragraphs.py, which joins the lines into
paragraphs): unit rules of `builder.ingest.paragraphs` (UNIT_RULES) that lift a caption out of the text it stands
in. `caption_between_halves`: after a figure gap, a caption between an open sentence's two halves;
`caption_before_credit`: sentence-final lines after a blank line, right over a photo credit;
`caption_over_credit_inside_paragraph`: a short line over a credit between two sentences of an indented paragraph;
`caption_between_paragraphs`: on an indented page, flush lines of one short sentence between two paragraphs;
`caption_inside_sentence`:
one short whole sentence alone between blank lines while a sentence is open;
`lead_and_marked_caption_inside_sentence`: a lead and a `图为…` sentence set inside an open sentence;
`wide_caption_block_inside_sentence`: lines set wider than the column, a caption of several sentences closed by its
credit, inside an open sentence. The captions a credit or a scene marks are `builder.ingest.captionlines`'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest.captionlines import (
    CAPTION_WIDER,
    MAX_CAPTION_CHARS,
    REPORTED_FACT,
    one_short_sentence,
    paragraph_over_caption,
)
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import CAPTION, CREDIT, TEXT, Unit
from builder.ingest.subheadings import is_heading_candidate
from builder.ingest.textrules import cjk_count, ends_sentence

if TYPE_CHECKING:
    from builder.ingest.paragraphs import Assembly


def caption_between_halves(state: Assembly) -> bool:
    """An open sentence, a figure gap, then a photo caption before the sentence's second half."""
    if not (state.in_open_sentence() and state.unit.blanks_before >= 2):
        return False
    caption_end = _caption_end(state.units, state.index - 1)
    if not caption_end:
        return False
    caption_lines = state.units[state.index - 1 : caption_end]
    state.out.append(
        Unit(CAPTION, "".join(u.text for u in caption_lines), caption_lines[0].line, inside=True)
    )
    state.index = caption_end
    return True


def caption_before_credit(state: Assembly) -> bool:
    """Sentence-final lines after a blank line, followed right away by a photo credit line: the caption
    of that photo (`余村“青年议事员”在村民家中走访。` / `天荒坪镇供图`), also inside an open sentence."""
    units, start = state.units, state.index - 1
    if state.unit.blanks_before < 1:
        return False
    end = start + 1
    while end < len(units) and units[end].kind == TEXT and units[end].blanks_before == 0:
        end += 1
    caption = "".join(u.text for u in units[start:end])
    if end >= len(units) or units[end].kind != CREDIT or units[end].blanks_before > 0:
        return False
    if re.search(r"[。！？]", caption.rstrip("”’）)")[:-1]):
        return False  # a caption is one sentence: a paragraph with its photo's caption set inside it
    glued = units[end].line == units[end - 1].line
    if glued and (state.in_open_sentence() or not one_short_sentence(caption)):
        return False  # a credit printed at the end of a paragraph's line credits the page's photo
    if glued and paragraph_over_caption(units, start, end):
        return False  # a paragraph's first lines, then its caption inside the sentence (captionlines)
    if not ends_sentence(caption) or cjk_count(caption) > MAX_CAPTION_CHARS:
        return False
    if state.current is not None and ends_sentence(state.current.text):
        state.flush()
    state.out.append(Unit(CAPTION, caption, units[start].line))
    state.index = end
    return True


_ONE_SHORT = 1.0  # a character short of the column: a line that ends its paragraph


def caption_over_credit_inside_paragraph(state: Assembly) -> bool:
    """On a page that indents its paragraphs, after a finished sentence with no blank line, one line short of the
    column holding one short whole sentence, right over a photo credit line, the line under the credit flush (no
    indent, no blank): the paragraph goes on past the photo (`…工作已经17年。` / `某某（右）在走访辖区老人。` /
    `记者 某某 摄` / `社区有居民…`). Had the short line been the body's, it would end its paragraph and the line
    after it would be indented; it is the photo's caption."""
    unit, units = state.unit, state.units
    if not state.indented_page or unit.blanks_before or unit.indent or state.current is None:
        return False
    if state.in_open_sentence() or state.index + 1 >= len(units):
        return False
    credit, after = units[state.index], units[state.index + 1]
    if credit.kind != CREDIT or credit.blanks_before or credit.line != unit.line + 1:
        return False
    if after.kind != TEXT or after.indent or after.blanks_before:
        return False
    if not one_short_sentence(unit.text) or state.deficit(unit) < _ONE_SHORT:
        return False
    state.out.append(Unit(CAPTION, unit.text, unit.line, inside=True))
    return True


_CAPTION_LINES_BETWEEN = (2, 3)  # the lines of a caption set between two paragraphs with no credit


def caption_between_paragraphs(state: Assembly) -> bool:
    """On a page that indents its paragraphs, after a paragraph whose last line ends a sentence short of the
    column (the paragraph ended there), two or three flush lines (no indent, no blank line), the first filling
    the column, making one short sentence of no figure nor tally, the line under them indented: a photo's
    caption printed with no credit between two paragraphs (`…身边的专员。` / `某某小院是居民议事协商的` /
    `重要场所。` / `　　曾经…`, real R37 p01). A paragraph under one that ended would open indented, and a
    paragraph's first line that lost its indent stands short of the column by it."""
    unit, units = state.unit, state.units
    if not state.indented_page or unit.kind != TEXT or unit.blanks_before or unit.indent:
        return False
    last = state.last_line
    if state.current is None or last is None or state.in_open_sentence():
        return False
    if _short_of_column(state, last) < _ONE_SHORT or state.deficit(unit) >= _ONE_SHORT:
        return False
    start = state.index - 1
    for size in _CAPTION_LINES_BETWEEN:
        lines, end = units[start : start + size], start + size
        if len(lines) < size or end >= len(units):
            return False
        if any(u.kind != TEXT or u.indent or u.blanks_before for u in lines):
            return False
        following = units[end]
        if following.kind != TEXT or not following.indent or following.blanks_before:
            continue
        caption = "".join(u.text for u in lines)
        if not one_short_sentence(caption) or REPORTED_FACT.search(caption) or _LABELLED.match(caption):
            return False  # `地点：每周二…`: a labelled line of the text (a list's item), no photo's caption
        state.flush()
        state.out.append(Unit(CAPTION, caption, unit.line))
        state.index = end
        state.current = state.last_line = None
        return True
    return False


def _short_of_column(state: Assembly, line: Unit) -> float:
    """How much shorter than the column a line stands beyond what its half-width characters may explain (a
    line of figures may look short and still fill the column: `…耕地1902亩。`)."""
    return state.deficit(line) - _HALF * (len(line.text) - cjk_count(line.text))


_HALF = 0.5
_LABELLED = re.compile(r"[\u4e00-\u9fff]{1,6}[：:]")  # a label and its colon opening the lines


def caption_inside_sentence(state: Assembly) -> bool:
    """A photo caption printed alone inside a sentence: `…牵头召开三方联席会，共同` / (blank) /
    `“红色管家”为独居老人检修电路。` / (blank) / `商议小区公共事务。`. One short whole sentence standing
    between blank lines while a sentence is open, set wider than the column or followed by a line that reads
    on from the open sentence (linejoin): a caption, and the sentence goes on after it."""
    unit, units = state.unit, state.units
    if not (state.in_open_sentence() and unit.blanks_before >= 1 and state.index < len(units)):
        return False
    following = units[state.index]
    if following.kind != TEXT or following.blanks_before < 1 or not one_short_sentence(unit.text):
        return False
    if join_cost(state.current.text, unit.text) < 0:
        return False  # the line reads on from the open sentence: it is the sentence's end
    if state.deficit(unit) > -1 and join_cost(state.current.text, following.text) >= 0:
        return False
    state.out.append(Unit(CAPTION, unit.text, unit.line, inside=True))
    return True


# A caption of a lead sentence, then the photo's own, opening as captions do (`某街道推进…新模式。图为…。`).
_LEAD_THEN_MARKED = re.compile(r"^[^。！？]{4,}[。！？][”’]?图为[^。！？]{2,}[。！？][”’）)]?$")
_MAX_CAPTION_LINES_INSIDE = 4
_ACROSS = -1.0  # how well the line under the caption reads on from the open sentence: a word across


def lead_and_marked_caption_inside_sentence(state: Assembly) -> bool:
    """While a sentence is open, flush lines (no blank line, no indent) making a caption of two sentences, a lead
    and then the photo's own opening `图为…` (`…组成，其` / `某街道推进某某新模式，服务事项` / `从7项增加到12项。
    图为工作人员为居` / `民讲解政策。` / `中…`, real R37 p01), the first line not reading on from the open sentence
    and the line under them reading on from it across a word (其中): the caption, set inside the sentence."""
    units, start = state.units, state.index - 1
    unit = state.unit
    if unit.kind != TEXT or unit.indent or unit.blanks_before or not state.in_open_sentence():
        return False
    end = start + 1
    while (
        end < len(units)
        and end - start <= _MAX_CAPTION_LINES_INSIDE
        and not ends_sentence(units[end - 1].text)
    ):
        if units[end].kind != TEXT or units[end].indent or units[end].blanks_before:
            return False
        end += 1
    following = units[end] if end < len(units) else None
    if following is None or following.kind != TEXT or following.indent or following.blanks_before:
        return False
    caption = "".join(u.text for u in units[start:end])
    if not _LEAD_THEN_MARKED.match(caption) or cjk_count(caption) > MAX_CAPTION_CHARS:
        return False
    if (
        join_cost(state.current.text, unit.text) < 0
        or join_cost(state.current.text, following.text) > _ACROSS
    ):
        return False
    state.out.append(Unit(CAPTION, caption, unit.line, inside=True))
    state.index = end
    return True


_MAX_BLOCK_LINES = 10
_MAX_BLOCK_CHARS = 240  # a caption of three or four sentences under a photo set across columns


def wide_caption_block_inside_sentence(state: Assembly) -> bool:
    """While a sentence is open, two lines or more each set wider than the column, maybe a short last line
    ending a sentence, closed by a photo credit on that line or the next, the text going on under it: a photo's
    caption of several sentences set across columns (`…为民着想，` / `4月24日，在某某镇的老旧小区` / `…绘制文明墙
    画。` / … / `生活环境。　记者 某某 摄` / `引来了…`, real R38 p03), however many sentences (the rules of
    captionlines take one short sentence). No line of the text runs past its column twice running."""
    units, start = state.units, state.index - 1
    if state.unit.kind != TEXT or state.unit.blanks_before or not state.in_open_sentence():
        return False
    end = start
    while end < len(units) and end - start < _MAX_BLOCK_LINES and _wide_line(state, units[end]):
        end += 1
    if end - start < 2 or end >= len(units):
        return False
    if units[end].kind == TEXT and not units[end].blanks_before and ends_sentence(units[end].text):
        end += 1  # the caption's last line, short of the column
    last = units[end - 1]
    credit = units[end] if end < len(units) else None
    after = units[end + 1] if end + 1 < len(units) else None
    if (
        credit is None
        or credit.kind != CREDIT
        or credit.blanks_before
        or credit.line not in (last.line, last.line + 1)
    ):
        return False
    if after is None or after.kind != TEXT or after.blanks_before:
        return False
    caption = "".join(unit.text for unit in units[start:end])
    if not ends_sentence(caption) or cjk_count(caption) > _MAX_BLOCK_CHARS:
        return False
    if join_cost(state.current.text, state.unit.text) < 0 <= join_cost(state.current.text, after.text):
        return False  # the first line reads on from the open sentence and the line after the credit does not
    state.out.append(Unit(CAPTION, caption, state.unit.line, inside=True))
    state.index = end
    return True


def _wide_line(state: Assembly, line: Unit) -> bool:
    return line.kind == TEXT and not line.blanks_before and state.deficit(line) <= -CAPTION_WIDER


def _caption_end(units: list[Unit], start: int) -> int | None:
    """A photo caption standing between the two halves of a sentence, after a figure gap.

    `…建设儿童` / (gap) / `山东省滨州市滨城区文汇社区领办合作社开展…就业难题。` / `友好型小区。`
    Returns the index after the caption lines, or None when the text after the gap continues the sentence.
    """
    end = start + 1
    while end < len(units) and units[end].kind == TEXT and units[end].blanks_before == 0:
        end += 1
    caption = "".join(u.text for u in units[start:end])
    if not ends_sentence(caption) or cjk_count(caption) > MAX_CAPTION_CHARS:
        return None
    if end >= len(units) or units[end].kind != TEXT:
        return None
    after = units[end].text
    if is_heading_candidate(after) and cjk_count(after) <= 20:
        return None
    return end
