"""The subheadings among an article's text lines: a line after a finished sentence that reads as a heading
(short, no sentence end, not the first line of a paragraph), and a heading printed on two lines rejoined.
A unit rule of `builder.ingest.paragraphs` (UNIT_RULES); `is_heading_candidate` is the shape it asks of a line.
Whether such a heading is in fact the headline of a new article is `builder.ingest.newheadlines`' question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest.datelines import BAOXUN, dateline_over_wrap
from builder.ingest.headlineplaces import known_places, place_words
from builder.ingest.headlineshapes import WORDS_ENDING_SO
from builder.ingest.linejoin import figure_goes_on, join_cost, opens_paragraph
from builder.ingest.lineshapes import is_place_kicker
from builder.ingest.pagelines import (
    ARTICLE_HEADS,
    CAPTION,
    CREDIT,
    HEADING,
    HEADLINE,
    JUMP_IN,
    JUMP_OUT,
    TEXT,
    Unit,
)
from builder.ingest.textrules import cjk_count, ends_sentence

if TYPE_CHECKING:
    from builder.ingest.paragraphs import Assembly

# A heading never ends on a function word, an adverb waiting for its verb (`今年已` / `培训…`) or a figure
# (`…店铺长4300余` / `名，…`), unless the word that character ends is whole (`一楼住户突然反对`, `群众参与`).
_CONTINUING_END = re.compile(
    r"(?:[，、：:；（“‘《—\-的了和与及在对把将是为等之从向以于并或而且已均共都还也就被由给]|\d[余多]?)$"
)
# A line that opens with a count (`2180个，…`, `630人次…`): it goes on from the line before, never starts one.
_COUNT_OPENING = re.compile(r"^[\d.．]+(?:万|亿)?[个名位人户家件次条项元亩所支处座间栋场批届倍平米公斤吨%％]")


# a subheading set in 【】 on a line of its own (`【从打工仔到村支书】`)
BRACKETED_SUBHEADING = re.compile(r"^【([^【】]{2,30})】$")
# a section's label, flush on a line of its own: a few words closed by a colon (`一线观察：`, `蹲点手记：`)
_SECTION_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]$")
# a section's number alone on a line, zero-padded (`01`, `02`): it numbers the subheading set under or beside it
_SECTION_NUMBER = re.compile(r"^0[1-9]$")
_INDENT = 2  # characters an indented first line leaves at a paragraph's start
_CUTTING = (JUMP_IN, JUMP_OUT, CAPTION, CREDIT)  # what the layout sets inside a sentence


def is_heading_candidate(text: str) -> bool:
    """A heading's shape: a short phrase with no sentence end, no open quote or bracket, no dangling word."""
    return (
        cjk_count(text) >= 2
        and not BAOXUN.match(text)
        and text.count("“") == text.count("”")
        and text.count("（") == text.count("）")
        and not re.search(r"[。！？；;]", text)
        and not (_CONTINUING_END.search(text) and not text.endswith(WORDS_ENDING_SO))
    )


def heading(state: Assembly) -> bool:
    """A line that starts something new and reads as a heading; a heading printed on two lines is one."""
    unit, out = state.unit, state.out
    # what follows, past the jump markers and photo captions (a line cut by `（下转…）` or by a caption the
    # layout set inside its sentence is no heading)
    units = state.units  # by index, not a slice: a copy of the rest of the page per line is quadratic
    at = next((i for i in range(state.index, len(units)) if units[i].kind not in _CUTTING), None)
    following = None if at is None else units[at]
    # The second line of a two-line heading (`党建引领` / `构建现代化基层治理架构`): short phrases.
    after_heading = (
        bool(out)
        and out[-1].kind == HEADING
        and "，" not in out[-1].text + unit.text
        and cjk_count(unit.text) <= 14
    )
    first = not any(b.kind == TEXT for b in out)
    full = at is not None and _cut_in_a_figure(units, at)
    label = at is not None and _label_over_subheading(unit, units, at)
    label = label or _one_of_a_parallel_series(units, state.index - 1)
    if not label and not _looks_like_heading(
        unit, following, state.long_lines, state.deficit, after_heading, first, full
    ):
        return False
    parallel = parallel_heading(unit.text, out)
    if parallel and out[-1].kind == HEADING and unit.blanks_before == 0:
        # a line over a heading set like an earlier one of the article (`红马甲 让产业“强”起来` …
        # `党员志愿者开展义务植树活动` / `红马甲 让环境“靓”起来`): no first half of it, the photo's caption
        out[-1].kind = CAPTION
    if (
        out
        and out[-1].kind == HEADING
        and unit.blanks_before == 0
        and not parallel
        and not out[-1].open_end
        and not _SECTION_NUMBER.match(out[-1].text)
        and not is_place_kicker(unit.text)
        and not is_place_kicker(out[-1].text)
    ):
        out[-1].text += " " + unit.text  # a heading printed on two lines
    else:
        bracketed = BRACKETED_SUBHEADING.match(unit.text)
        text = bracketed.group(1) if bracketed else unit.text
        out.append(Unit(HEADING, text, unit.line, blanks_before=unit.blanks_before))
    state.last_line = None
    return True


# a subheading's lead-in phrase and its aim (`持续发力，留住“两企三新”人才力量`, `落实政策，助推…经济发展`)
# (4 characters or more: `目前，…`, `同时，…` open paragraphs)
_LEAD_IN = re.compile(r"^([\u4e00-\u9fff]{4,6})，[^，。！？；]{4,24}$")
_SERIES_REACH = 120  # units either side searched for the series' other lines


def _stands_alone(units: list[Unit], i: int) -> bool:
    """A text line with a blank line before it and after it."""
    after = units[i + 1] if i + 1 < len(units) else None
    return (
        units[i].kind == TEXT and units[i].blanks_before >= 1 and (after is None or after.blanks_before >= 1)
    )


def _one_of_a_parallel_series(units: list[Unit], index: int) -> bool:
    """A line standing alone between blank lines, a lead-in phrase and its aim (`持续发力，留住…人才力量`), when
    another line of its article stands alone in the same shape (`落实政策，助推…经济发展`): a series of
    subheadings, however fully each fills the column (one such line alone may be a paragraph's first line
    before a column break)."""
    unit = units[index]
    match = _LEAD_IN.match(unit.text)
    if not match or not _stands_alone(units, index) or not is_heading_candidate(unit.text):
        return False
    if opens_paragraph(unit.text):  # `与此同时，…`, `近年来，…`: a paragraph's opening words
        return False
    if _CONTINUING_END.search(unit.text):
        return False
    lead = len(match.group(1))
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(units) and abs(i - index) <= _SERIES_REACH and units[i].kind not in ARTICLE_HEADS:
            other = _LEAD_IN.match(units[i].text)
            alike = other is not None and len(other.group(1)) == lead and _stands_alone(units, i)
            if alike and is_heading_candidate(units[i].text) and not _CONTINUING_END.search(units[i].text):
                return True
            i += step
    return False


def _label_over_subheading(unit: Unit, units: list[Unit], at: int) -> bool:
    """A section's label (`一线观察：`) right over a line in a heading's shape, the paragraph under that starting
    afresh (indented, or after a blank line): the label heads the subheading, it opens no paragraph (the
    subheading was glued to the body's next paragraph). A lead-in (`　　具体做法是：`) is indented or ends on a
    word waiting for more; a speaker's turn (`记者：`) is followed by the words said, a sentence."""
    match = _SECTION_LABEL.match(unit.text)
    if not match or unit.indent or not is_heading_candidate(match.group(1)):
        return False
    line, after = units[at], units[at + 1] if at + 1 < len(units) else None
    if line.kind != TEXT or line.blanks_before or line.indent or after is None or after.kind != TEXT:
        return False
    shaped = is_heading_candidate(line.text) and "，" not in line.text and cjk_count(line.text) <= 30
    return shaped and not opens_paragraph(line.text) and (after.indent or after.blanks_before >= 1)


def parallel_heading(text: str, out: list[Unit]) -> bool:
    """`text` opens with the word before the space of a heading the article printed before it, not the last unit
    (a series of subheadings set alike: `红马甲 让产业“强”起来`, `红马甲 让环境“靓”起来`)."""
    word = text.split(" ", 1)[0] if " " in text else ""
    if cjk_count(word) < 2:
        return False
    return any(u.kind == HEADING and u.text.startswith(word + " ") for u in out[:-1])


def _cut_in_a_figure(units: list[Unit], at: int) -> bool:
    """The text line at `at` ends in a figure its next line goes on with (`…办结率达到96` / `.5%`): the wrap
    cut it in the middle of a figure, so it filled the column, however short its half-width digits make it."""
    line, after = units[at], units[at + 1] if at + 1 < len(units) else None
    texts = line.kind == TEXT and after is not None and after.kind == TEXT and not after.blanks_before
    return texts and figure_goes_on(line.text, after.text)


def _looks_like_heading(
    unit: Unit,
    following: Unit | None,
    long_lines: bool,
    deficit,
    after_heading: bool,
    first: bool,
    full: bool,
) -> bool:
    """A text line after a finished sentence that is a heading, not the first line of a paragraph (`full`:
    the next line filled the column, however short it looks)."""
    if _SECTION_NUMBER.match(unit.text):
        return True
    if not is_heading_candidate(unit.text) or cjk_count(unit.text) > 30 or opens_paragraph(unit.text):
        return False
    if following is not None and following.kind == HEADLINE:
        return False  # a headline the layout dropped here says nothing about this line
    next_is_text = following is not None and following.kind == TEXT
    if not next_is_text or long_lines:
        return True
    if BRACKETED_SUBHEADING.match(unit.text):
        return True  # `【一颗瓜富了一个村】`: a subheading set in brackets, over its section's first line
    if unit.blanks_before >= 1 and following.blanks_before == 0 and _place_over_its_lead(unit, following):
        return (
            True  # `兴宁：村集体经济“空壳村”全部清零` / `梅州市兴宁市以…`: as wide as the column, a headline
        )
    if following.blanks_before == 0 and join_cost(unit.text, following.text) < 0:
        return False  # the next line goes on with this line's word or number (`…邻里纠` / `纷64起…`)
    if following.blanks_before == 0 and dateline_over_wrap(unit.text, following.text):
        return False  # `云上某某讯 记者 某某 特约记者` / `某某 通讯员 某某 报道：…`: a dateline the wrap cut (real R28)
    if following.blanks_before == 0 and _COUNT_OPENING.match(following.text):
        return False  # `截至目前，全区已创建“平安院落”` / `2180个，…`: the count goes on with this line
    if following.blanks_before >= 1 and (unit.blanks_before >= 1 or after_heading):
        # A line standing alone between blank lines: a heading, unless it fills the column (then it
        # is a paragraph's first line before a column break).
        # (an unindented line over an indented paragraph opens none of it: a heading however wide)
        return (
            deficit(unit) >= 3
            or deficit(unit) <= -1
            or "：" in unit.text
            or after_heading
            or first
            or (bool(following.indent) and not unit.indent)
        )
    if _fills_by_characters(deficit, unit):
        return False  # a paragraph's first line, its figures narrow (`　　街道还与辖区28家驻区单位签订` / `共建协议，`)
    if deficit(unit) >= 4.5:
        return True  # far shorter than the column: not a wrapped line
    # The next line is indented like the first line of a paragraph: this line was not one.
    indented = not full and (_short_by_both_counts(deficit, following) or following.indent)
    return following.blanks_before == 0 and indented and not ends_sentence(following.text)


# a headline's place before its colon (`兴宁：`, `青阳县：`), then its phrase
_PLACE_COLON = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:](?=[^：:]{4,}$)")
_LEAD_NAMES_WITHIN = 12  # characters of the next line within which a lead names its headline's place


def _place_over_its_lead(unit: Unit, following: Unit) -> bool:
    """After a gap, `place：phrase` over a line naming that place within its first characters (`兴宁：…` /
    `梅州市兴宁市以…`): a headline and its lead, however much of the column the headline fills. A speaker's
    turn (`王书记：…`) names no place; a place the next line does not name again is left to the other rules."""
    match = _PLACE_COLON.match(unit.text)
    if not match or not (place_words(match.group(1)) or known_places(match.group(1))):
        return False
    return match.group(1) in following.text[:_LEAD_NAMES_WITHIN]


def _fills_by_characters(deficit, line: Unit) -> bool:
    """A paragraph's indented first line that fills the column when its half-width characters count as full ones
    (a page wrapped by characters: `　　全村1380余名村民中，已有1160人参与积`, its figures narrow): a wrapped line,
    however short its display width makes it."""
    narrow_as_full = len(line.text.replace(" ", "")) - line.width
    return line.indent and narrow_as_full > 0 and deficit(line) - narrow_as_full - _INDENT < 1.5


def _short_by_both_counts(deficit, line: Unit) -> bool:
    """Two characters or more shorter than the column, like an indented paragraph's first line, also when
    its half-width characters (digits, `%`) count as full ones: a page wrapped by characters fills its column
    with them (heldout6 k02 `上海市静安区曹家渡街道地处中心城区，辖区` / `60岁以上老人占户籍人口的42%，老旧里`,
    the lead's first line, was taken for a heading over a line that looked short)."""
    narrow_as_full = len(line.text.replace(" ", "")) - line.width  # each half-width character's other half
    return deficit(line) - max(narrow_as_full, 0.0) >= _INDENT
