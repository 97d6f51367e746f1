"""Where a new article starts on a page without a byline of its own: a paragraph that introduces a new place.

On pages without bylines, a paragraph opening with a full place name (`贵州省遵义市新蒲新区…`) that is not the
current article's place starts an article; when the page prints more headlines than it has bodies, any city or
county name does (`江北区庄桥街道…`). On pages with bylines, a body whose credit closes it (`（记者 …）`) has no
byline to start it: a paragraph after a gap (one blank line on a flat page), or right after the closing credit
of the article before, that opens with the city or county a headline printed away from its body names starts it.
Predicates of `builder.ingest.segment`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest.headlineplaces import known_places, place_words
from builder.ingest.pagelines import TEXT, Unit
from builder.ingest.textrules import ends_sentence
from builder.ingest.titles import GENERIC_AREAS, PLACE_CHAIN, find_place

if TYPE_CHECKING:
    from builder.ingest.article import Article

_FULL_PLACE_INTRO = re.compile(
    r"^.{0,12}?(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区)[\u4e00-\u9fff]{2,9}?(?:市|州|盟|地区)"
)


def county(text: str) -> str | None:
    """The county (else the city) the text names first."""
    place = find_place(text)
    return place.group("county") or place.group("city") if place else None


def place_intro(block: Unit, current: Article | None, loose: bool = False) -> bool:
    """A paragraph opening with a full place name that is not the current article's place; `loose`: with
    any city or county name (`宁波市鄞州区首南街道…`, `江北区庄桥街道…`)."""
    if current is None or not current.blocks:
        return False
    if not (_FULL_PLACE_INTRO.match(block.text) or (loose and _opens_with_place(block.text))):
        return False
    if _SUMS_UP.match(block.text):
        return False  # `这就是…发生在某省某市…的一件平常事。`: where the story above happened
    new_place = county(block.text[:40])
    first_text = next((b.text for b in current.blocks if b.kind == TEXT), "")
    own = {county(first_text[:40]), county(current.headline_above)}
    if any(word in block.text[:40] for word in place_words(current.headline_above)):
        return False  # the place its headline names (`枫桥镇…` / `在浙江省绍兴市诸暨市枫桥镇，…`)
    if new_place and len(new_place) >= 3 and new_place[:-1] in current.headline_above:
        return False  # its headline names the county by its stem (`黄陂…社区：…` over `…武汉市黄陂区…`)
    return bool(new_place) and new_place not in own


# A sentence pointing back at what the article told (`这是…的一件小事`, `这正是…的缩影`): never a report's lead.
_SUMS_UP = re.compile(r"^(?:这|这里|以上|上述)(?:就|也|正|便|只|仅|都)?是")


_ADDRESS_SPAN = 12  # a province, city and county before the place a headline names


def opens_headlined_place(
    block: Unit,
    current: Article,
    headline_places: frozenset[str],
    after_credit: bool = False,
    flat_page: bool = False,
) -> bool:
    """A body without a byline of its own (its credit closes it, `（记者 …）`): a paragraph after a gap (two
    blank lines, or one on a flat page, whose blank lines stand only between articles: heldout5 g04) or
    right after the closing credit of the article before (`（本报记者 沈雨桐）`), after one that ended a
    sentence, opening with a place (`隆德县推行…`, `常州市武进区…`) that is not the current article's, and
    that a headline printed away from its body names (`隆德县“党支部+合作社”带富一方`)."""
    last = current.paragraphs[-1] if current.paragraphs else ""
    apart = block.blanks_before >= (1 if flat_page else 2) or after_credit
    if not apart or not ends_sentence(last):
        return False
    if not place_intro(block, current, loose=True):
        return lead_names_headlined_place(block, current, headline_places)
    if county(block.text[:40]) in headline_places:
        return True
    # or a place under the county that the opening address reaches (`烟台市芝罘区毓璜顶街道…`)
    return any(word in block.text[: _ADDRESS_SPAN + len(word)] for word in headline_places)


def report_after_gap(block: Unit, current: Article, headline_places: frozenset[str]) -> bool:
    """On a page without bylines printing more headlines than bodies: a paragraph after a blank line and a
    finished sentence whose lead names a detached headline's place the current article never named."""
    last = current.paragraphs[-1] if current.paragraphs else ""
    return (
        bool(block.blanks_before)
        and ends_sentence(last)
        and lead_names_headlined_place(block, current, headline_places)
    )


_LEAD_SENTENCES = 2  # a report may name its place in its second sentence (`近年来，…。在河北省故城县，…`)
_LEAD_CHARS = 160


def lead_names_headlined_place(block: Unit, current: Article, headline_places: frozenset[str]) -> bool:
    """A paragraph whose lead (its first two sentences) names, by its full name, a place that a headline
    printed away from its body names (`近年来，我国农村改革…。在河北省故城县，…` under `故城党支部领办合作社…`;
    `…。为此，去年初，四川省成都市委组织部…` under `四川成都分类推进…`), a place the current article and its
    headline never named: the report of that headline, which opens with why before saying where."""
    if not headline_places:
        return False
    lead = "".join(_SENTENCE.findall(block.text[:_LEAD_CHARS])[:_LEAD_SENTENCES])
    named = {name for chain in PLACE_CHAIN.finditer(lead) for name in chain.groups() if name}
    forms = named | {name[:-1] for name in named if len(name) >= 3}  # 故城县 -> 故城, 成都市 -> 成都
    forms |= set(
        known_places(lead, inside=True)
    )  # a short name the gazetteer knows (`…物业武汉公司长沙项目公司…`)
    new = {place for place in forms if len(place) >= 2 and place in headline_places}
    own = f"{current.headline_above}{current.title or ''}"
    return any(place not in own and not any(place in b.text for b in current.blocks) for place in new)


_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?[”’」]?")


def _opens_with_place(text: str) -> bool:
    """The text opens with a city or county name (not a 社区/小区 that the place pattern also takes)."""
    place = find_place(text[:30])
    if place is None or place.start() != 0:
        return False
    name = place.group("county")
    return bool(place.group("city") or (name and not name.endswith(GENERIC_AREAS)))
