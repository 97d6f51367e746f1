"""A kicker (引题) printed over headlines set together, on a page with fewer bodies than headlines.

heldout3 e02: `群众诉求闭环办理` / `西工区：街道“吹哨”部门“报到”` / `槐店乡“积分超市”攒出文明新风` stand together at the
top over two bodies. The first line names no place: it is no article's headline but the kicker of the headline
right under it (no blank line between), which names its place, as every headline over a body of its own does
(`西工区`, `槐店乡`). The mirror of `builder.ingest.headlines.unstack_kickers` (a kicker that titles a body of
its own).

The same kicker is also printed on the headline's own line, a gap of spaces between them (c22: `党建引领聚合力  梧桐
街道“红色议事厅”议出幸福来`): `split_kicker_line` reads such a line by the same rule (the kicker names no place, the
headline opens with the place that acts), so that a headline with a space of its own (`浙江新昌 …`, whose first
half is a place; `小网格 大民生`, whose halves name none) stays whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from builder.ingest.headlineplaces import STEM_COLON, place_words
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headlinewraps import OWN_SUBJECT
from builder.ingest.lineshapes import is_place_kicker
from builder.ingest.pagelines import HEADLINE, Unit
from builder.ingest.textrules import cjk_count
from builder.ingest.titles import find_place, place_keys
from builder.text.patterns import QUOTED_NAME

if TYPE_CHECKING:
    from builder.ingest.article import Article
    from builder.ingest.headlines import Headline


def restack_kickers(headlines: list[Headline], articles: list[Article], blocks: list[Unit]) -> list[Headline]:
    """While the page has more headlines than bodies: a headline naming no place, printed right above one
    that names its place (no blank line between, neither with a subtitle), becomes that headline's kicker; a
    series label (`…·…篇`) does so whatever the count."""
    spare = len(headlines) - len(articles)
    if spare <= 0 and not any(_SERIES.match(h.title) for h in headlines):
        return headlines
    restacked: list[Headline] = []
    index = 0
    while index < len(headlines):
        headline = headlines[index]
        below = headlines[index + 1] if index + 1 < len(headlines) else None
        under = headlines[index + 2] if index + 2 < len(headlines) else None
        series = _SERIES.match(headline.title) is not None
        if (spare > 0 or series) and below is not None and _kicker_over(headline, below, blocks, under):
            restacked.append(replace(below, subtitle=headline.title))
            spare -= 1
            index += 2
            continue
        restacked.append(headline)
        index += 1
    return restacked


# a series label: two phrases joined by a middle dot (`党建引领促振兴·产业篇`, `红色引擎·街巷有“治”理`), a
# kicker over the headline right under it even when the page has a body for every headline (an untitled one)
_SERIES = re.compile(r"^[\u4e00-\u9fff“”]{2,12}[·・][\u4e00-\u9fff“”]{2,12}$")


def _kicker_over(headline: Headline, below: Headline, blocks: list[Unit], under: Headline | None) -> bool:
    """`headline` is the kicker of `below`: one names no place and the other does (whichever is printed first:
    `群众诉求闭环办理` / `西工区：…`; `四川成都分类推进…` / `善治有方 幸福可感`, s03-like, its place said over
    a headline of words alone), unless `below` is itself the kicker of a headline naming its place under it."""
    if headline.position != below.position or headline.subtitle or below.subtitle or headline.opens:
        return False  # not two plain headlines of one run printed together
    if names_no_place(headline.title):
        return bool(place_words(below.title)) and _printed_right_over(headline, below, blocks)
    if not names_no_place(below.title) or (under is not None and _kicker_over(below, under, blocks, None)):
        return False
    return _printed_right_over(headline, below, blocks)


def _printed_right_over(headline: Headline, below: Headline, blocks: list[Unit]) -> bool:
    """The two headlines printed on consecutive lines of one run, no blank line between."""
    run = range(below.position, max(below.position - _MAX_RUN, -1), -1)  # the run's pieces, from its end
    at = next((i for i in run if blocks[i].kind == HEADLINE and blocks[i].text == below.title), None)
    return (
        at is not None
        and at > 0
        and not blocks[at].blanks_before
        and blocks[at - 1].kind == HEADLINE
        and blocks[at - 1].text == headline.title
    )


_MAX_RUN = 8  # the pieces of one run of headlines printed together (headlines, kickers, subtitles)


def names_no_place(text: str) -> bool:
    """A kicker's words: no place (`党建引领聚合力`), neither a suffixed name nor a place kicker (`浙江新昌`), nor
    a headline's half opening with a province and its county before a colon (`福建古田：党支部领办合作社`, real R28:
    a headline whose halves a space sets apart, not a kicker over the second)."""
    before_colon = STEM_COLON.match(text)
    return (
        not place_words(text)
        and not is_place_kicker(text)
        and not (before_colon and is_place_kicker(before_colon.group(1)))
    )


def split_kicker_line(text: str) -> tuple[str, str] | None:
    """A kicker and its headline printed on one line, spaces between them (`党建引领聚合力 梧桐街道“红色议事厅”
    议出幸福来`) -> (kicker, headline): two headline-shaped halves, the first naming no place, the second
    opening with the place that acts (`梧桐街道“…`, `西陵区：…`, `宜昌市西陵区…`); else None. A kicker with a
    space of its own (`党建引领 物业提质    东胜区“红色物业”…`, heldout6 k01) is the pieces before the last one,
    when that last piece is the whole headline opening with its place; the kicker keeps its own space."""
    pieces = text.split()
    if not 2 <= len(pieces) <= _MAX_KICKER_PIECES + 1:
        return None
    phrases, title = pieces[:-1], pieces[-1]
    if any(cjk_count(phrase) < 2 or not names_no_place(phrase) for phrase in phrases):
        return None  # a stray character set apart, or a place (`浙江新昌 …`): no kicker's phrase
    kicker = " ".join(phrases)
    if cjk_count(kicker) < _MIN_KICKER or cjk_count(title) < _MIN_TITLE:
        return None
    if not (is_headline_shape("".join(phrases)) and is_headline_shape(title)):
        return None
    opening = find_place(title)
    opens_with_place = OWN_SUBJECT.match(title) or (
        opening is not None and opening.start() == 0 and place_keys(opening.group(0))  # not `让社区…`
    )
    return (kicker, title) if opens_with_place or _names_the_term(text, kicker, title) else None


def _names_the_term(text: str, kicker: str, title: str) -> bool:
    """A headline naming no place but the practice the body is about, in quotes (`老小区里的“红色管家”`), set
    off by a wide gap (two spaces or more, an ideographic space) from a kicker of plain words quoting nothing
    (`党建引领物业焕新`): the kicker's shape. A headline whose own halves are set apart stands with one space
    (`小网格 大民生`), or quotes in both (`老人吃上“暖心饭” 年轻人当起“跑腿员”`)."""
    gap = text.rstrip()[: -len(title)]
    wide = gap.endswith("  ") or gap.endswith("\u3000")
    quotes = QUOTED_NAME.search(title)
    return wide and quotes is not None and not any(mark in kicker for mark in "“”「」《》")


_MIN_KICKER = 4  # characters of a kicker printed before its headline (`党建引领`)
_MAX_KICKER_PIECES = 2  # phrases of a kicker set apart by a space (`党建引领 物业提质`)
_MIN_TITLE = 6  # characters of the headline after it
