"""Headlines the layout glued to the text around them (line rules of LINE_RULES in `builder.ingest.units`): to
its `本报讯` and lead on one line (`headline_before_baoxun`), after the end of the body before it past a wide gap
(`headline_after_gap`), or to its lead and wrapped with it (`headline_glued_to_lead`):

heldout6 k07: `友谊街道“铁人先锋岗”服务暖民` / `心大庆市萨尔图区友谊街道在辖区` / `11个社区设立…`: no line break, no blank
line, no byline between the headline and the lead. The lead shows where it begins as a report's lead does: it
names its place in full, a chain of places of the gazetteer each inside the one before (`大庆市萨尔图区`), then
the place the headline opens with (`友谊街道`, `leadlines.restates_place`). What stands before that chain, one
headline-shaped phrase, is the headline; the rest of the line opens the lead.
"""

from __future__ import annotations

import re

from builder.ingest.briefleads import LEAD_SPAN
from builder.ingest.datelines import BAOXUN_HEAD
from builder.ingest.headlinecontext import at_top, finished_text, paragraph_from, reads_as_body
from builder.ingest.headlineplaces import place_words
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.leadlines import restates_place
from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, TEXT, Line, PageReader
from builder.ingest.textrules import cjk_count, ends_sentence
from builder.places.gazetteer import gazetteer

_MIN_HEADLINE, _MAX_HEADLINE = 8, 30  # characters of the headline before the lead
_MAX_LINES = 4  # lines of the block the headline and the lead's first words may run over


def headline_glued_to_lead(page: PageReader, line: Line) -> bool:
    """At the top of the page, or standing apart after a finished article, a block whose first words are a
    headline and whose lead begins, with no break, by naming the headline's place in full: the headline (it
    opens a new article), then the lead's text from where it begins."""
    if not _opens_block(page) or ends_sentence(line.text):
        return False
    lines = [line.text]
    for raw in page.lines[page.index : page.index + _MAX_LINES - 1]:
        if not raw.strip():
            break
        lines.append(raw.strip())
    block = "".join(lines)
    split = lead_start(block)
    if split is None:
        return False
    page.add(HEADLINE, block[:split], line.number)
    page.units[-1].opens = True
    taken = 0  # the characters of the lines before the one where the lead begins
    for offset, text in enumerate(lines):
        if taken + len(text) > split:
            page.index += offset
            tail = Line(text, line.number + offset, text[split - taken :])
            if split > taken and offset + 1 < len(lines):  # the lead's first words, cut short by the headline
                tail.text += lines[
                    offset + 1
                ]  # (`…加速度北京市丰台区`): one line with the next, never a heading
                page.index += 1
            return page.add_text(tail.text, tail)
        taken += len(text)
    return True  # not reached: the lead begins inside the block


def lead_start(block: str) -> int | None:
    """Where a lead that names its place in full begins after a headline-shaped phrase, or None."""
    places = gazetteer()
    found = places.scan(block[: _MAX_HEADLINE + 24])
    for at, (start, end, name) in enumerate(found):
        if start < _MIN_HEADLINE or cjk_count(block[:start]) > _MAX_HEADLINE:
            continue
        following = found[at + 1] if at + 1 < len(found) else None
        chained = following is not None and following[0] == end and places.encloses(name, following[2])
        headline = block[:start]
        shaped = is_headline_shape(headline) and not _TAKES_OBJECT.search(headline)
        shaped = shaped and not _DATELINE.search(
            headline
        )  # `…驿站”本报讯（记者 …）`: headline_before_baoxun's
        if chained and shaped and restates_place(headline, block[start:]):
            return start
    return None


# A phrase ending in a verb or preposition whose object is the place after it (`区委组织部联合` + `大庆市…`) is a
# sentence's first words, not a headline.
_DATELINE = re.compile(rf"{BAOXUN_HEAD}|[（(]")
_TAKES_OBJECT = re.compile(
    r"(?:联合|会同|携手|联手|邀请|协助|配合|支持|赴|到|向|为|同|及|从|来自|前往|走进)$"
)


def opens_with_place_chain(text: str) -> bool:
    """The text opens with two places of the gazetteer or more, each inside the one before (`衢州市柯城区…`,
    `大庆市萨尔图区…`): a report's lead naming its place in full (the gazetteer's names, unlike briefleads', which
    reads the suffixes alone)."""
    places = gazetteer()
    found = places.scan(text[:24])
    return (
        len(found) >= 2
        and found[0][0] == 0
        and found[1][0] == found[0][1]
        and places.encloses(found[0][2], found[1][2])
    )


def _opens_block(page: PageReader) -> bool:
    """Nothing but page furniture read so far, or a blank line after a finished article (its last sentence
    or its closing credit), maybe with furniture printed under it (a reprint's `编辑：… 校对：…` line)."""
    if all(unit.kind == FURNITURE for unit in page.units):
        return True
    last = next(unit for unit in reversed(page.units) if unit.kind != FURNITURE)
    finished = (last.kind == TEXT and ends_sentence(last.text)) or (
        last.kind == BYLINE and last.text.startswith("（")
    )
    return bool(page.blanks) and finished


# A brief's headline with its `本报讯` and lead on the same line, a space apart (`昌吉市社工站实现乡镇（街道）
# 全覆盖　本报讯　昌吉回族自治州昌吉市依托`).
_HEADLINE_THEN_BAOXUN = re.compile(rf"^(\S[^，。！？；]{{3,39}}?)[ \u3000]+(?={BAOXUN_HEAD})")


# The same with no space between, the wrap maybe cutting the dateline (`科尔沁区为新就业群体建起“暖蜂驿站”本报` /
# `讯（记者 包红梅）通辽市…`): only the paper's own `本报讯`/`本报…电`, its bracket following, or a bare `本报讯`
# with its lead after a space (heldout16 p08, a brief's headline).
_HEADLINE_GLUED_TO_BAOXUN = re.compile(
    r"^(\S[^，。！？；\s]{3,39}?)(?=本报(?:讯|[^，。（(“”\s]{0,8}?[讯电])\s*[（(]"
    r"|本报讯[ \u3000]+[^\s（(])"  # or a bare `本报讯` and its lead after a space (`…到岗本报讯 近日，…`)
)


_DATELINE_AT_END = re.compile(rf"^(.*?\S)\s*((?:{BAOXUN_HEAD}))$")


def datelines_down(lines: list[str]) -> None:
    """A line ending with a dateline whose writers stand in brackets on the next line (`跑出便民加速度本报讯` /
    `（记者 黄文斌）`, a headline's last line): the dateline goes down to its writers, so that the headline
    rules see the headline and the byline rules the whole byline (a pass over the page before it is read)."""
    for index in range(len(lines) - 1):
        found = _DATELINE_AT_END.match(lines[index].strip())
        if found is None:
            continue
        below = lines[index + 1].strip()
        if below.startswith(("（", "(")) and below.endswith(("）", ")")) and len(below) <= _WRITERS:
            lines[index] = found.group(1)
            lines[index + 1] = found.group(2) + below


_WRITERS = 40  # characters of a bracketed line of writers


def headline_before_baoxun(page: PageReader, line: Line) -> bool:
    """A headline, then its `本报讯` and lead on one line, at the top of the page or standing apart after a
    finished body: the headline of a new article, then its text (whose byline is split off later). Also
    glued to its `本报讯` with no space, when the wrap cut the dateline onto the next line (heldout6 k02)."""
    text, joined = line.text, 0
    match = _HEADLINE_THEN_BAOXUN.match(text)
    if not match:
        following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
        match = _HEADLINE_GLUED_TO_BAOXUN.match(text) or _HEADLINE_GLUED_TO_BAOXUN.match(text + following)
        if match and match.end() < len(text) < len(match.string):
            text, joined = match.string, 1  # the dateline's head on this line, its rest on the next
    if not match or not is_headline_shape(match.group(1)) or match.end() >= len(line.text):
        return False
    last = page.units[-1] if page.units else None
    finished = last is None or last.kind != TEXT or finished_text(last.text)
    if not (at_top(page) or (page.blanks and finished)):
        return False
    page.add(HEADLINE, match.group(1), line.number)
    page.index += joined
    return page.add_text(text[match.end() :], line)


# A report's dateline the wrap of a narrow column cut inside its bracket (`本报讯（通讯员 石磊` / `龙金花）花垣县…`).
_CUT_DATELINE = re.compile(r"^本报讯\s*[（(][^）)]*$")
_HEAD_LINE = 14  # characters of a narrow column's headline line at most


def headline_over_cut_dateline(page: PageReader, line: Line) -> bool:
    """One or two short headline-shaped lines, standing apart after a finished body (or at the top), right
    over a `本报讯（…` line whose bracket the wrap left open: the headline of a new article (the dateline and
    lead under it are read as the text, its byline split off later)."""
    last = page.units[-1] if page.units else None
    finished = last is None or last.kind != TEXT or finished_text(last.text)
    if not (at_top(page) or (page.blanks and finished)):
        return False
    below = [page.lines[i].strip() for i in range(page.index, min(page.index + 2, len(page.lines)))]
    for size in (1, 2):
        if len(below) < size or not _CUT_DATELINE.match(below[size - 1]):
            continue
        heads = [line.text, *below[: size - 1]]
        if any(not head or cjk_count(head) > _HEAD_LINE or ends_sentence(head) for head in heads):
            return False
        if not is_headline_shape("".join(heads)):
            return False
        page.add(HEADLINE, "".join(heads), line.number)
        page.units[-1].opens = True
        page.index += size - 1
        return True
    return False


# A body's last sentence, a wide gap, and the next article's headline on the same line (`…述职评议考核。
# 锦州“三官一律”进网格`): the layout set the headline beside the end of the column before it.
_GAP_THEN_HEADLINE = re.compile(r"^(.*[。！？”])[ \u3000]{4,}(\S[^，。！？；]{3,39})$")


def headline_after_gap(page: PageReader, line: Line) -> bool:
    """A finished sentence, a gap of four spaces or more, then a headline whose place the paragraph under it
    names at once: the end of the body before, then the headline of a new article."""
    match = _GAP_THEN_HEADLINE.match(line.text)
    if not match or not is_headline_shape(match.group(2)):
        return False
    body = paragraph_from(page, page.index)
    if not body or not reads_as_body(body):
        return False
    lead = "".join(body)[:LEAD_SPAN]
    if not any(place in lead for place in place_words(match.group(2))):
        return False
    page.add_text(match.group(1).strip(), line)
    page.add(HEADLINE, match.group(2), line.number)
    page.units[-1].opens = True
    return True
