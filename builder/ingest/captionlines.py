"""A photo caption the layout set among an article's text lines, with its credit glued to its end.

`…改什么、怎么` / `柳北区雅儒街道弯塘路小区改造后` / `的新貌。柳北区住建局供图` / `改都由居民说了算。`: the
caption's lines stand inside an open sentence with no blank line around them; its credit, split off its last
line by the line rules (`builder.ingest.captionshapes.split_inline_credit`), marks where it ends. A unit rule of
`builder.ingest.paragraphs` (UNIT_RULES).

A caption printed with no mark at all between two finished sentences, a photo's scene, is scenecaptions.py's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest.captionshapes import PHOTO_LABEL
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import CAPTION, CREDIT, TEXT, Unit
from builder.ingest.textrules import cjk_count, ends_sentence
from builder.text.numerals import MAGNITUDES, NUMBERS_TO_TEN

if TYPE_CHECKING:
    from builder.ingest.paragraphs import Assembly

# A caption's longest (Han characters), one bound for captionlines, photolines and paragraphcaptions: a caption its
# opening (`图为…`), its credit or its figure's gap tells. One told by little more than its shape, one short
# sentence (one_short_sentence: alone inside a sentence, beside a wider column), is shorter: a longer one is the
# text's own sentence.
MAX_CAPTION_CHARS = 80
MAX_SHORT_CAPTION_CHARS = 40
_MAX_CAPTION_LINES = 4
_SENTENCE_MARK = re.compile(r"[。！？!?]")


# How a photo's caption opens: `图为…`, `图：…`, `上图：…`, `左图：…`, `图一：…`, `图1：…`, `图①：…`, and a figure's number
# with a space after it (`图1　大寨村“老支书讲堂”上，…`, `图①　…`) — not a sentence's reference to the figure, the
# wrap and a space setting `图1` at a line's start (`…道路的变化如` / `图1 所示，…`).
NUMBERED_FIGURE = re.compile(
    r"^图[1-9①-⑳][ \u3000]+(?!所示|可见|显示|表明|反映|说明|列出|中的|中可|中为|是|为)(?=[\u4e00-\u9fff“])"
)
CAPTION_OPENING = re.compile(rf"^(?:图为|{PHOTO_LABEL}|{NUMBERED_FIGURE.pattern[1:]})")


def marked_caption(text: str) -> bool:
    """A caption opening as captions do (`图为…`), one whole sentence: it may be long (`图为昨天，一名…的同时，
    将…派送，让…进入千家万户。`)."""
    return (
        CAPTION_OPENING.match(text) is not None
        and ends_sentence(text)
        and not _SENTENCE_MARK.search(text.rstrip().rstrip("”’）)")[:-1])
        and cjk_count(text) <= MAX_CAPTION_CHARS
    )


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
        return (
            _wide_caption_inside_sentence(state)
            or _short_caption_inside_sentence(state)
            or _set_in_caption_inside_sentence(state)
        )
    after = units[end + 2] if end + 2 < len(units) else None
    if after is None or after.kind != TEXT:
        return False  # nothing goes on after the credit: the lines end the open sentence
    # a caption marked as one (`图为…`) starts at its mark, whatever the open sentence reads on into
    marked = CAPTION_OPENING.match(state.unit.text) is not None
    opens = start if marked else _caption_start(units, start, end, after)
    caption = "".join(u.text for u in units[opens : end + 1])
    reads_on = opens == start and join_cost(state.current.text, state.unit.text) < 0
    shaped = marked_caption(caption) if marked else one_short_sentence(caption)
    if not (shaped or _long_caption_set_far_wider(state, opens, end, caption)) or reads_on:
        return False  # (`…导览地` / `图为居民指路。`: 地图, a word across the break, no caption's mark)
    for line in units[start:opens]:
        state.join(line)
    state.out.append(Unit(CAPTION, caption, units[opens].line, inside=True))
    state.index = end + 1
    return True


def _long_caption_set_far_wider(state: Assembly, opens: int, end: int, caption: str) -> bool:
    """One line twice as wide as the column or more, one whole sentence (a long one: `…亲子阅读活动，图为一对
    母女在…（摄于7月5日）。`) with its credit glued on, set inside an open sentence: no body line runs so wide, so
    it is the caption however long (as long as a caption opening `图为…` may run)."""
    unit = state.units[opens]
    return (
        opens == end
        and state.deficit(unit) <= -state.local.of(unit)
        and ends_sentence(caption)
        and not _SENTENCE_MARK.search(caption.rstrip().rstrip("”’）)")[:-1])
        and cjk_count(caption) <= MAX_CAPTION_CHARS
    )


def _caption_start(units: list[Unit], start: int, end: int, after: Unit) -> int:
    """Where the caption among the open sentence's lines begins: at a line the sentence does not read on into,
    after one the line past the credit goes on from (`发展民` / caption / credit / `宿１８家…`: 民宿); else at
    the first of them."""
    for opens in range(start + 1, end + 1):
        before = units[opens - 1].text
        if join_cost(before, after.text) < 0 <= join_cost(before, units[opens].text):
            return opens
    return start


def paragraph_over_caption(units: list[Unit], start: int, credit: int) -> bool:
    """The lines from `start` up to a credit glued to the last of them (`units[credit]`) are a paragraph's first
    lines with a caption set inside its sentence, not one caption: a line before the credit's line reads on
    past the credit into the line after it (`两个小时后，老李回到幸福社` / `“银发志愿队”在巡查。 幸福社区供图` /
    `区报到，…`: 社区)."""
    after = units[credit + 1] if credit + 1 < len(units) else None
    if credit - start < 2 or after is None or after.kind != TEXT or after.blanks_before:
        return False
    return _caption_start(units, start, credit - 1, after) > start


CAPTION_WIDER = 2.0  # how much wider than the column around it a caption's line stands (display width)


def _caption_set_wider(state: Assembly) -> bool:
    """After a finished sentence, with no blank line between, one line wider than the column holding one short
    whole sentence and its credit glued to its end (`槐店乡村民在“积分超市”用积分兑换生活用品。（杨柳 摄）`) or
    on the line right under it (`友谊街道“铁人先锋岗”党员为居民测量血压。` / `记者 孙晓东 摄`): the caption of
    that photo (a body's line never runs wider than its column; after a blank line the caption rule of
    `builder.ingest.paragraphs` decides)."""
    unit, units = state.unit, state.units
    credit = units[state.index] if state.index < len(units) else None
    if unit.blanks_before or credit is None or credit.kind != CREDIT or credit.blanks_before:
        return False
    if credit.line not in (unit.line, unit.line + 1):
        return False
    if state.current is None or not one_short_sentence(unit.text) or state.deficit(unit) > -CAPTION_WIDER:
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
    if _unstopped_event_caption(state, unit):
        state.out.append(Unit(CAPTION, unit.text, unit.line, inside=True))
        return True
    if not one_short_sentence(unit.text) or state.deficit(unit) > -CAPTION_WIDER:
        return False
    far_wider = state.deficit(unit) <= -_FAR_WIDER * state.local.of(unit)
    if far_wider and not (unit.indent or REPORTED_FACT.search(unit.text)):
        # half as wide again as the column, flush, a scene (no figure, no tally): set across two columns under
        # its photo, no line of the text (`…韵达、中` / `外卖小哥参与…成立仪式。` / `通、圆通等…`, where 中外 would
        # read on as a word)
        state.out.append(Unit(CAPTION, unit.text, unit.line, inside=True))
        return True
    caption_cost = join_cost(state.current.text, unit.text)
    if caption_cost < 0 or join_cost(state.current.text, following.text) >= caption_cost:
        return False  # the line reads on from the open sentence, or the line after it reads on no better
    state.out.append(Unit(CAPTION, unit.text, unit.line, inside=True))
    return True


# what a report's sentence holds and a photo's scene does not: a figure, a time span, a tally
REPORTED_FACT = re.compile(
    rf"\d|[{NUMBERS_TO_TEN}{MAGNITUDES}]+[余多]?[件个名人次项户]|今年|去年|累计|目前|以来|已经?"
)
_FAR_WIDER = 0.5  # how much wider than the column (a share of its width) no body line is set, but a caption


def _unstopped_event_caption(state: Assembly, unit: Unit) -> bool:
    """A flush line two characters or more wider than the column, no mark of punctuation in it, naming the event
    its photo shows (`…仪式`, `…现场`, real R32 p2: `…咨询、` / `某某党支部揭牌仪式` / `奖励等服务，…`): a caption
    printed without its full stop; no line of the text runs past its column."""
    return (
        not unit.indent
        and state.deficit(unit) <= -_UNSTOPPED_WIDER
        and _EVENT_CAPTION.match(unit.text) is not None
        and not REPORTED_FACT.search(unit.text)
    )


# a photo's event named without punctuation, its last word the occasion (`…揭牌仪式`, `…活动现场`, `…签约现场`)
_EVENT_CAPTION = re.compile(r"^[\u4e00-\u9fff“”]{6,30}(?:仪式|现场|场景|一角|剪影)$")
_UNSTOPPED_WIDER = 2.0  # two characters past the column

_SHORT = 2.0  # how much shorter than the column a caption's line stands (display width: one character)


def _short_caption_inside_sentence(state: Assembly) -> bool:
    """While a sentence is open, on a page that marks its paragraphs (blank lines or indents), one line short of
    the column holding one short whole sentence, with no credit and no blank line over it (one under it only on
    a page that indents its paragraphs: `…不然我` / `居民在窗口排队办理手续。` / blank / `的工钱…`), the line under
    it unmarked and reading on from the open sentence (`…1所幼儿园实` / `在社区食堂吃饭的老人们。` / `现适龄儿童…`):
    a caption. Had the sentence ended there, the short line would end its paragraph, and the next one would open
    with the page's mark."""
    unit, units = state.unit, state.units
    following = units[state.index] if state.index < len(units) else None
    if unit.blanks_before or following is None or following.kind != TEXT:
        return False
    if following.indent or not (state.indented_page or not state.flat_page):
        return False
    if following.blanks_before and not state.indented_page:
        return False  # (on a page that indents its paragraphs, a flush line after a blank goes on with one)
    if not one_short_sentence(unit.text) or state.deficit(unit) < _SHORT:
        return False
    if join_cost(state.current.text, following.text) >= 0:
        return False  # the line under it does not go on with the open sentence
    state.out.append(Unit(CAPTION, unit.text, unit.line, inside=True))
    return True


def _set_in_caption_inside_sentence(state: Assembly) -> bool:
    """While a sentence is open, on an indented page, one line set in from the column's edge (indented: no
    paragraph opens inside a sentence) holding one short whole sentence, with no credit and no blank line around
    it, the line under it flush and reading on from the open sentence across a word (`…食用油和洗衣` /
    `  村民通过志愿服务活动获得兑换积分。` / `粉。”近日，…`, real R25 r25_02, a caption centred in its column as
    wide as the column): a caption."""
    unit, units = state.unit, state.units
    following = units[state.index] if state.index < len(units) else None
    if not unit.indent or unit.blanks_before or following is None or following.kind != TEXT:
        return False
    if following.blanks_before or following.indent or not state.indented_page:
        return False
    if not one_short_sentence(unit.text) or join_cost(state.current.text, unit.text) < 0:
        return False  # (the line reads on from the open sentence: its end)
    if join_cost(state.current.text, following.text) > _ACROSS:
        return False  # the line under it does not go on with the open sentence across a word
    state.out.append(Unit(CAPTION, unit.text, unit.line, inside=True))
    return True


# A caption's sentence, then its credit cut by the wrap (`…文化活动（资料照片）。　受访` / `者供图`).
_CUT_CREDIT = re.compile(
    r"^(?P<caption>.+[。！？][”’）)]?)[ \u3000]*(?P<credit>[^，。！？；：\s]{2,12}(?:供图|摄))$"
)
_MAX_CUT_CAPTION_LINES = 4


def caption_over_cut_credit(state: Assembly) -> bool:
    """On an indented page, after a finished sentence, flush lines (no paragraph's indent, no blank line) that
    make one short sentence and then its photo's credit, which the wrap cut (`安康高新区…少年儿童` / `参加文化活动
    （资料照片）。　受访` / `者供图`, real R23 r23_01), the line under them indented: the photo's caption and its credit
    (the credit's tail alone, `者供图`, is no credit line of its own)."""
    units, start = state.units, state.index - 1
    if not state.indented_page or state.in_open_sentence() or state.unit.indent or state.unit.kind != TEXT:
        return False
    end = start
    while end < len(units) and end - start < _MAX_CUT_CAPTION_LINES:
        unit = units[end]
        if unit.kind != TEXT or unit.indent or (end > start and unit.blanks_before):
            break
        end += 1
    if end - start < 2 or (
        end < len(units)
        and units[end].kind == TEXT
        and not units[end].indent
        and not units[end].blanks_before
    ):
        return False  # a paragraph's lines go on under them
    match = _CUT_CREDIT.match("".join(u.text for u in units[start:end]))
    if match is None or not one_short_sentence(match.group("caption")):
        return False
    if not match.group("credit").endswith(units[end - 1].text) or units[end - 1].text == match.group(
        "credit"
    ):
        return False  # the credit whole on the last line is the credit rules' (cut by the wrap only here)
    state.flush()
    state.out.append(Unit(CAPTION, match.group("caption"), units[start].line))
    state.out.append(Unit(CREDIT, match.group("credit"), units[end - 1].line))
    state.index = end
    state.last_line = None
    return True


_ACROSS = -1.0  # how well the line under it must read on from the open sentence: a word or figure across
_MIN_BARE, _MAX_BARE = 4, 24  # characters of a caption with no mark at all


def captions_inside_words(units: list[Unit]) -> list[Unit]:
    """The page's units, each line of characters alone, no mark at all (`启动仪式现场`, `为志愿服务队代表授旗`), set
    between two lines of an open sentence that make a word or a figure across it (`…新时代文明实` / caption /
    `践中心…`, `…中心、17` / caption / `个乡（镇）…`), neither of them reading on into it, made a photo's caption
    printed inside the word (before the columns are put in order: the caption rides with its line)."""
    for at in range(1, len(units) - 1):
        before, unit, after = units[at - 1], units[at], units[at + 1]
        if unit.kind != TEXT or before.kind != TEXT or after.kind != TEXT or ends_sentence(before.text):
            continue
        if unit.blanks_before or after.blanks_before or after.indent:
            continue
        if not _MIN_BARE <= len(unit.text) <= _MAX_BARE or len(unit.text) != cjk_count(unit.text):
            continue
        if join_cost(before.text, after.text) > _ACROSS:
            continue
        if join_cost(before.text, unit.text) < 0 or join_cost(unit.text, after.text) < 0:
            continue  # the line reads on from the open sentence, or the line under it from the line
        unit.kind, unit.inside = CAPTION, True
    return units
