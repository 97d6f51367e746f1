"""Where a brief's headline ends and its lead begins (moved out of briefs.py, whose line rules ask): a headline
and its lead on one line a gap apart (`◆秦州区“云端支部”管好流动党员　天水市秦州区依托…`), or the lead's first
characters or its place wrapped up onto the headline's line (`…　牡丹江` / `市在…`; `…劳动者邯郸市` / `丛台区依托…`),
a headline's second half on the line under it; and whether a paragraph reads as a brief's lead under its headline
(a sentence opening with its place in full or its date, or naming the headline's place within its first words).
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.datelines import split_baoxun
from builder.ingest.headlineplaces import known_places, place_words
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.textrules import ends_sentence
from builder.ingest.titles import PLACE_CHAIN
from builder.places.gazetteer import gazetteer

LEAD_SPAN = 30  # how far into its lead a brief names the place of its headline


def brief_lead(headline: str, lead: str) -> bool:
    """A brief's lead under its headline: a sentence, no byline, opening with its place in full or its date,
    or naming the headline's place within its first words."""
    byline, lead = split_baoxun(lead)  # `本报讯（通讯员 李梦）保定市竞秀区实施…`: the lead after its dateline
    if not lead or starts_byline(lead) or not SENTENCE_MARK.search(lead):
        return False
    if byline:
        return bool(opens_with_place_chain(lead) or names_again(headline, lead))
    return bool(opens_with_place_chain(lead) or names_again(headline, lead) or _REPORT_OPENING.match(lead))


def headline_second_line(headline: str, lines: list[str], start: int) -> int:
    """1 when the line right under a bulleted headline is its second half (`◆格尔木市易地搬迁社区` / `建起“暖心
    食堂”` / `海西蒙古族藏族自治州格尔木市在…`): headline-shaped, no sentence, no place chain of a lead's, and the
    paragraph right under it is the brief's lead; else 0."""
    second = lines[start].strip() if start < len(lines) else ""
    after = lines[start + 1].strip() if start + 1 < len(lines) else ""
    if not (second and after and is_headline_shape(second)) or ends_sentence(second):
        return 0
    if opens_with_place_chain(second) or brief_lead(headline, second):
        return 0  # the line is the lead itself
    return int(brief_lead(headline + second, lead_under(lines, start + 1)))


# A brief's headline, a gap, then its lead on the same line (`◆秦州区“云端支部”管好流动党员　天水市秦州区依托…`).
_HEADLINE_GAP_LEAD = re.compile(r"^(\S[^，。！？；]{3,39}?)[ \u3000]+(\S.{5,})$")


def headline_and_lead(text: str) -> tuple[str, str]:
    """A bulleted line's headline, and the lead printed after it on the same line, if any."""
    both = _HEADLINE_GAP_LEAD.match(text)
    if both is None or not is_headline_shape(both.group(1)):
        return text, ""
    if _SECOND_PHRASE.match(both.group(2)):
        return text, ""  # `…：党员带头焕新颜 清洁家园暖民心`: a headline's second phrase, no lead
    return both.group(1), both.group(2)


# A bulleted headline, a gap, then the first few characters of its lead, which the wrap cut off inside a word
# (`■牡丹江市推行“林区党员责任区”　牡丹江` / `市在林区乡镇推行…`).
_HEADLINE_GAP_SHORT = re.compile(r"^(\S[^，。！？；]{3,39}?)[ \u3000]+([\u4e00-\u9fff]{1,5})$")


def short_lead_after_gap(headline: str, lines: list[str], start: int) -> tuple[str, str]:
    """A bulleted line's headline and the first characters of its lead after a gap, too short to be told a lead
    alone, which the line under goes on inside a word: (headline, those characters) when they and the
    paragraph under open with the headline's place, a place in full, or a place before the headline's place
    (`…　延吉` / `市河南街道组建…`) and read as a brief's lead (a headline's short second phrase, `…　暖民心`,
    opens no place); (headline, "") otherwise."""
    both = _HEADLINE_GAP_SHORT.match(headline)
    if both is None or not is_headline_shape(both.group(1)):
        return headline, ""
    lead = both.group(2) + lead_under(lines, start)
    opens_place = any(lead.startswith(place) for place in place_words(both.group(1)))
    first = gazetteer().place_opening(lead[:LEAD_SPAN])
    opens_place = opens_place or bool(first is not None and names_again(both.group(1), lead))
    if not (opens_place or opens_with_place_chain(lead)) or not brief_lead(both.group(1), lead):
        return headline, ""
    return both.group(1), both.group(2)


SENTENCE_MARK = re.compile(r"[。！？!?]")
_SECOND_PHRASE = re.compile(r"^[\u4e00-\u9fff“”]{2,12}$")  # a phrase pair's second half: no clause of a lead


# The date a lead opens with (`5月6日`): a report's (_REPORT_OPENING), a news item's before its place (_DATED_LEAD).
_LEAD_DATE = r"\d{1,2}月\d{1,2}日"
# A report's first words: its date or 近日 (never 今年以来, 近年来, which open a subheading's paragraph as well).
_REPORT_OPENING = re.compile(rf"^(?:{_LEAD_DATE}|近日|日前|本报讯|本报[^，。]{{0,6}}电)")
_DATED_LEAD = re.compile(rf"^{_LEAD_DATE}(?:[上中下]午|晚间?|上旬|中旬|下旬)?[，,]")


def dated_place_lead(lead: str) -> bool:
    """A news item's lead opening with its date and then its place (`5月6日，乌海市海勃湾区召开…`, layouts37 p04)."""
    date = _DATED_LEAD.match(lead)
    if date is None:
        return False
    return gazetteer().place_opening(lead[date.end() : date.end() + 16]) is not None


def names_again(headline: str, lead: str) -> bool:
    """The lead names a place the headline names, within its first words (by a suffixed name, or a city's or
    county's short name the gazetteer knows: `宿迁推行…` over `宿迁市在全市…`)."""
    opening = lead[:LEAD_SPAN]
    return any(place in opening for place in place_words(headline)) or any(
        place in opening for place in known_places(headline)
    )


def opens_with_place_chain(lead: str) -> bool:
    """The lead opens like a report, with its place in full: two levels or more (`海西蒙古族藏族自治州格尔木市`),
    by their suffixes (titles.PLACE_CHAIN: names the gazetteer may not know; not gluedlead's, which asks the
    gazetteer: the two disagree on leads the sets print, `走进某某市某某区…`, `苏州昆山市…`)."""
    chain = PLACE_CHAIN.match(lead)
    return chain is not None and sum(1 for level in chain.groups() if level) >= 2


def split_lead_place(headline: str, lines: list[str], start: int) -> tuple[str, str]:
    """A place at a bulleted headline's end that the line under it goes on as one address (`…劳动者邯郸市` /
    `丛台区依托…`: 邯郸市 over its own 丛台区 in the gazetteer) is the lead's first word, wrapped up onto the
    headline's line: (the headline without it, that place and the line under it); (the headline, "") otherwise."""
    under = lines[start].strip() if start < len(lines) else ""
    found = gazetteer().scan(headline)
    if not (under and found) or found[-1][1] != len(headline) or found[-1][0] < _SHORTEST_HEADLINE:
        return headline, ""
    head = gazetteer().place_opening(under)
    if head is None:
        return headline, ""
    tail = found[-1][2]
    if not gazetteer().encloses(tail, head):
        return headline, ""
    return headline[: found[-1][0]], tail + under


_SHORTEST_HEADLINE = 6  # characters a brief's headline keeps once the lead's place is taken off its end


def lead_under(lines: list[str], start: int) -> str:
    """The paragraph under a line (past at most one blank line): its lines joined, up to its end."""
    index = start + (start < len(lines) and not lines[start].strip())
    taken: list[str] = []
    while index < len(lines) and lines[index].strip() and len(taken) < 8:
        taken.append(lines[index].strip())
        index += 1
    return "".join(taken)
