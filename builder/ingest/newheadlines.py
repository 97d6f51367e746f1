"""A heading that is a new article's headline: it stands after the article above had finished.

Two reports printed one under the other, the second with no byline: a blank line, a short headline-shaped line,
then the body (`…化解率达100%。` / (blank) / `舟曲：“小驿站”为新就业群体暖心充电` / `　　近日，舟曲县在…`).
assemble() makes such a line a heading (`## `) of the article above; it is the next article's headline when
the signs of a new report outweigh those of a subheading, weighed by `new_article_score`:

- the text above closed the article (a sentence end, or its closing credit `（记者 …）`), maybe with a photo
  and its credit (or a photo news item) between them;
- the headline names a place (`舟曲：`, `青阳县：`, `…镇“…”`) that its lead names again (or, the headline's place lying
  in a province the article above never names, a place of that province: `遵义：…` / `红花岗区在…`), and the lead
  opens like a report (`近日，`, `X月X日，`, `近年来，…`) or with that place; a headline opening with its place and a
  colon (`曲靖：…`) may have its lead name it anywhere in the first sentence (a feature's opening scenes first);
- the article above never named that place, while a subheading goes on with its article's own subject (after
  the closing credit of the article above, `（方晓）`, that place may be the same, and a headline naming no place
  counts the place its lead names);
- the article above prints no other subheading (subheadings come in series: `一网统管…` / `一站服务…`), unless
  the headline's place lies in another province than every place the article above names (a subheading stays
  within its article's region: `…成都…` / `铸牢共同体 中华一家亲 海原幸福社区…`);
- a place written after a county's or city's short name (`海原幸福社区`) is also named by its own name (`幸福社区`),
  and a lead opening with a quote (`“幸福社区作为…`) opens with what the quote opens with.

A place alone printed right over the line (`浙江新昌`, `丘北县幸福里小区`) is its kicker, and its place counts as the
headline's. Conservative: no place in the headline, or one the article above already named, never starts one.
"""

from __future__ import annotations

import re

from builder.ingest.headlineplaces import STEM_COLON, headline_places, kicker_places, known_places
from builder.ingest.lineshapes import is_place_kicker
from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    HEADING,
    HEADLINE,
    KICKER,
    NUMBER,
    SUBTITLE,
    TEXT,
    Unit,
)
from builder.ingest.textrules import cjk_count, ends_sentence, first_sentence
from builder.ingest.titles import find_place
from builder.places.gazetteer import gazetteer
from builder.text.patterns import QUOTED_NAME

# How a report's lead opens: a date, a time word or a time of day, then the news.
REPORT_OPENING = re.compile(
    r"^(?:\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底)|(?:19|20)\d{2}年|近日|日前|近期|近年来|今年以来|"
    r"去年以来|连日来|清晨|早上|上午|下午|傍晚|夜幕降临|春节前夕|入冬以来|入夏以来)"
)
_LEAD_SPAN = 40  # how far into its lead a report names its place
_THRESHOLD = 3.0
_LOOK_BACK = 200  # blocks: far longer than any article
_ARTICLE_STARTS = (HEADLINE, KICKER, SUBTITLE, NUMBER)
_PHOTO = (CAPTION, CREDIT)
_MIN_KICKER = 4  # characters of a kicker line (`党建引领`)


def promote_new_headlines(blocks: list[Unit]) -> None:
    """Turn each heading that reads as a new article's headline into a headline that opens its article (and
    the place alone printed right over it into its kicker)."""
    joined: list[int] = []  # headlines the heading rule joined to the kicker line printed over them
    for index, block in enumerate(blocks):
        if block.kind == HEADING and new_article_score(blocks, index) >= _THRESHOLD:
            block.kind = HEADLINE
            block.opens = True
            kicker = _kicker_over(blocks, index)
            if kicker is not None:
                kicker.kind = KICKER
            else:
                joined.append(index)
    for index in reversed(joined):
        _split_joined_kicker(blocks, index)


def _split_joined_kicker(blocks: list[Unit], index: int) -> None:
    """`铸牢共同体 中华一家亲 海原幸福社区…`: a kicker line and its headline that the heading rule joined with a
    space; the words before the space after which the headline opens with its place, naming no place
    themselves, are the kicker (a unit of its own over the headline)."""
    headline = blocks[index]
    places = headline_places(headline.text)
    for space in re.finditer(r"\s+", headline.text):
        before, after = headline.text[: space.start()], headline.text[space.end() :]
        if (
            cjk_count(before) >= _MIN_KICKER
            and not headline_places(before)
            and after.startswith(tuple(places))
        ):
            blocks.insert(index, Unit(KICKER, before, headline.line, blanks_before=headline.blanks_before))
            headline.text, headline.blanks_before = after, 0
            return


def new_article_score(blocks: list[Unit], index: int) -> float:
    """How strongly the heading at `index` reads as the headline of a new article (see the module's note)."""
    heading, kicker = blocks[index], _kicker_over(blocks, index)
    first = index if kicker is None else index - 1  # where the headline's lines start
    at = first - 1
    while at >= 0 and blocks[at].kind in _PHOTO:  # a photo (news item) between the two says nothing
        at -= 1
    before = blocks[at] if at >= 0 else None
    after = index + 1
    while after < len(blocks) and blocks[after].kind in _PHOTO:  # a photo set between headline and lead
        after += 1
    lead = blocks[after] if after < len(blocks) else None
    if before is None or lead is None or lead.kind != TEXT or blocks[first].blanks_before < 1:
        return 0.0
    closing = before.kind == BYLINE and before.text.startswith(("（", "("))
    if not (closing or (before.kind == TEXT and ends_sentence(before.text))):
        return 0.0
    if not closing and _named_after_a_wider_gap(blocks, index, lead, _article_above(blocks, first)):
        return _THRESHOLD
    if _over_a_standfirst(blocks, after):
        return _THRESHOLD
    stems = headline_places(heading.text) + known_places(heading.text)  # (`兴国创新…`: a county's short name)
    stems += [] if kicker is None else kicker_places(kicker.text)
    opening = lead.text[:_LEAD_SPAN]
    named = [stem for stem in stems if stem in opening]
    # (`曲靖：…` over a lead opening on its scenes: a feature names its place where they end, `快递员…，志愿者…，
    # 老党员…………在曲靖的街巷里，…。`, past the first 40 characters)
    if not named and STEM_COLON.match(heading.text):
        named = [stem for stem in stems if stem in first_sentence(lead.text)]
    if not named and closing:  # a headline naming no place after the closing credit: the lead's own place
        named = _lead_places(opening)
    above = _article_above(blocks, first)
    if not named and _province_of_its_own(heading.text, opening, above):
        named = stems  # (`遵义：…` over `红花岗区在…`: the lead names a place of the headline's province)
    if not named:
        return 0.0  # a new report's headline names the place its lead names again
    if not closing and any(stem in block.text for stem in named for block in above):
        return 0.0  # the article above is about that place: a subheading of it (unless a credit closed it)
    score = 2.0 + (1.0 if closing else 0.0)
    unquoted = opening.lstrip(_OPENING_QUOTES)
    score += 1.0 if REPORT_OPENING.match(unquoted) or any(unquoted.startswith(s) for s in named) else 0.0
    score += 1.0 if STEM_COLON.match(heading.text) else 0.0
    if any(block.kind == HEADING for block in above):
        score -= 0.0 if _in_another_province(heading.text, above) else 2.0
    return score


_OPENING_QUOTES = '“‘「『"'
_WIDE_GAP = 2  # blank lines: wider than any gap inside the article above


def _named_after_a_wider_gap(blocks: list[Unit], index: int, lead: Unit, above: list[Unit]) -> bool:
    """A heading after a wider gap than any inside the article above (two blank lines or more, where no paragraph
    or heading of that article stands after more than one), whose quoted name (`“某某议事”议出…`) the paragraph under
    it names again while the article above never names it: the next report's headline, though it names no place
    (real R34 p3: a report on a municipality's consultation brand under a district's report with a subheading).
    Only when the article above is longer than its lead and no heading of the same shape follows before the next
    such gap: a report's first subheading naming a quoted practice right under its lead (`“红色管家”上门解难题`
    … `“楼道议事”议出新规矩`) is one of its subheadings, the other evidence only one extra blank line."""
    heading = blocks[index]
    if heading.blanks_before < _WIDE_GAP or any(block.blanks_before >= _WIDE_GAP for block in above[1:]):
        return False
    if len(above) < 2 or _sibling_heading_below(blocks, index):
        return False
    text_above = "".join(block.text for block in above)
    names = QUOTED_NAME.findall(heading.text)
    return any(f"“{name}”" in lead.text and name not in text_above for name in names)


_INDENTED_ELSEWHERE = 3  # indented paragraphs the page prints besides the standfirst, at least


def _over_a_standfirst(blocks: list[Unit], lead_at: int) -> bool:
    """A heading over an unindented paragraph standing alone between blank lines, itself right over a heading, on
    a page whose every other paragraph is indented: a feature's headline over its standfirst (the lead set as a
    block of its own, `上面千条线，下面一根针。…本次体验报告，…`) and its first section's heading, though it names
    no place (real R36 p03: the feature was merged into the report above as a subheading). A subheading's
    paragraph is indented like every other of its article's."""
    lead = blocks[lead_at]
    if lead.indent or lead_at + 1 >= len(blocks) or not ends_sentence(lead.text):
        return False
    below = blocks[lead_at + 1]
    if below.kind != HEADING or below.blanks_before < 1:
        return False
    others = [block for block in blocks if block.kind == TEXT and block is not lead]
    return len(others) >= _INDENTED_ELSEWHERE and all(block.indent for block in others)


def _sibling_heading_below(blocks: list[Unit], index: int) -> bool:
    """A heading naming a quoted name (`“楼道议事”议出新规矩`) below the heading at `index`, before the next gap as
    wide as the one over it: the two are subheadings of one report."""
    for block in blocks[index + 1 :]:
        if block.blanks_before >= _WIDE_GAP:
            return False
        if block.kind == HEADING and QUOTED_NAME.search(block.text):
            return True
    return False


def provinces_named(text: str) -> set[str]:
    """The provinces of the places a text names (every reading of an ambiguous name)."""
    places = gazetteer()
    keys = {form.key for _, _, surface in places.scan(text) for form in places.forms.get(surface, ())}
    return {places.chain(key)[0].key for key in keys if key in places.places}


def _in_another_province(headline: str, above: list[Unit]) -> bool:
    """The headline names a place of a province that no place of the article above lies in."""
    own, theirs = provinces_named(headline), provinces_named("".join(block.text for block in above))
    return bool(own and theirs) and not own & theirs


def _province_of_its_own(headline: str, opening: str, above: list[Unit]) -> bool:
    """The headline names a place of a province that no place of the article above lies in, and the lead's opening
    names a place of that province (`遵义：院坝里议出幸福路` / `红花岗区在…` under a report on 柳州): another province's
    report, though its lead names a place inside the headline's rather than the headline's own."""
    own = provinces_named(headline)
    if not own or not own & provinces_named(opening):
        return False
    theirs = provinces_named("".join(block.text for block in above))
    return bool(theirs) and not own & theirs


def _lead_places(opening: str) -> list[str]:
    """The county or city a lead's opening names (`近日，桐庐县…`), and its stem."""
    chain = find_place(opening)
    name = chain and (chain.group("county") or chain.group("city"))
    return [name, name[:-1]] if name and len(name) >= 3 else []


def _kicker_over(blocks: list[Unit], index: int) -> Unit | None:
    """A heading that only names a place, printed right over the heading at `index` (no blank line between)."""
    above = blocks[index - 1] if index > 0 else None
    if above is None or above.kind != HEADING or blocks[index].blanks_before:
        return None
    return above if is_place_kicker(above.text) else None


def _article_above(blocks: list[Unit], index: int) -> list[Unit]:
    """The blocks of the article above the heading at `index`, back to its headline or byline (at most
    _LOOK_BACK blocks: a page of one endless article with many such headings stays linear)."""
    start = index
    while start > max(0, index - _LOOK_BACK):
        block = blocks[start - 1]
        if block.kind in _ARTICLE_STARTS or (block.kind == BYLINE and not block.text.startswith(("（", "("))):
            break
        start -= 1
    return blocks[start:index]
