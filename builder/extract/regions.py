"""The region of the unit that carries out an initiative, resolved against the gazetteer from context.

1. Find every place name in the title and the body (and, for context only, on the whole page).
   A name is not a place when it is part of another name (鞍山社区, 海西路街道, 湖畔嘉苑东区社区, 遵义新城区)
   or an ordinary word (合作社, 公安局, 互帮互助): bare stems without their unit word (合作, 公安, 互助) only
   count when the article names the place or a relative of it properly, and two-character names (东区, 城区)
   and generic ones (新城区, 城关区) need their parent right before them, relatives in the context, or a
   unit of their own right after them (叶县辛店镇: an address).
2. Same-name places (新城区: Hohhot / Xi'an) are decided by the parents, children and siblings named in the
   article and, with less weight, on the page; a same-name place and a bare name that only fit together as
   parent and child decide each other (西安城墙 … 新城区, 南京 … 鼓楼区); a tie stays unresolved and goes to review.
3. Every mention weighs by where it stands (title, lead, body) and by how it is written;
   an address chain (贵州省黔东南州凯里市) counts once, for its innermost place; a person's affiliation
   (成都市委副书记) counts half. From China downwards, the region descends to a child only while that child
   clearly dominates its siblings and its parent's own mentions: an article about 黔东南州 naming 凯里市,
   三穗县 and 锦屏县 as examples stays at 黔东南州.
4. Below the county, the streets, townships, communities and villages that follow the acting place's first
   mention (回民区海西路街道赛马场北路社区) become the locality when the article is about them rather than
   about the county (they are named more often than the county is on its own); at a city, a unit named with
   its county in the lead (瑶海区和平路街道) that the article is about takes the region down to its county.
   The below-county rules are in locality.py.
5. An article naming no county of its own (only its province or city, or no place at all) whose title, dateline
   or lead names a township one county has (东于镇; a shared name only when the other places pick its county)
   gets that county (places/townships.py), never over a county the article names; one the page's city has none
   of counts when one county has it nationally (the page gathers reports from several places).
   An article naming no place and no unit of its own that speaks of places in general (一些地方…) is a
   commentary: it takes no place from the page.
6. A same-name county the context leaves open is the one whose own township the article names anywhere
   (海州区 … 朐阳街道); a headline opening with a chain of places and a colon (丽水莲都：…) names its county.
7. A story the body calls an example of a city's or county's work (这起险情…正是楚雄州…结出的硕果, 这是…的缩影)
   is that place's initiative: the region stays at (or goes back up to) it, with no locality below it; so is a
   story whose headline opens with a city (江西南昌“点单式”…) that the body's first sentence names again with
   nothing below it (江西南昌在3月份开启…，各地通过…): what follows is an example of the city's work.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from builder.extract import framing, region_mentions
from builder.extract import locality as units
from builder.extract import locality_apart as apart
from builder.extract.commentary import is_commentary, signed_by_author_unit
from builder.extract.outlets import outlet_place, own_paper_place
from builder.extract.region_resolve import (
    descend,
    page_anchors,
    page_city,
    page_zone,
    resolve_mentions,
    totals,
)
from builder.model import Region
from builder.places import townships
from builder.places.gazetteer import Gazetteer, gazetteer
from builder.places.matching import Zone, body_text, clean, find_mentions

PAGE_NOTE = "region: the article names no place"


@dataclass(frozen=True)
class RegionResult:
    """The acting unit's region, the named unit below the county (if that is the acting unit), review notes, and
    the functional zone places.yaml does not list, when that zone acts (county level, not recordable yet)."""

    region: Region
    locality: str | None
    review: tuple[str, ...]
    zone: str | None = None


def dateline(byline: str) -> str:
    """The dateline of a byline, where a place may stand (本报临沂5月6日讯; not the reporters in brackets)."""
    return re.split(r"[（(]", clean(byline), maxsplit=1)[0]


# A space setting a headline's two phrases apart (`赵集镇 田间地头化纷争`): read as the colon it stands for, so that
# the place opening the first phrase is the headline's subject as in `赵集镇：…` (clean() takes every space out).
_HEADLINE_PHRASES = re.compile(r"(?<=[\u4e00-\u9fff”」])[ \u3000]+(?=[\u4e00-\u9fff“「])")


def resolve_region(
    title: str, body: str, page_text: str = "", byline: str = "", publication: str = ""
) -> RegionResult:
    """Province / city / county (official names, 6-digit code) of the acting unit, its locality, review notes.
    `byline`: the article's byline; the place of its dateline counts as much as the title's. `publication`: the
    page's paper (masthead or sidecar), whose place an article writing 我省/全市 speaks of."""
    gaz = gazetteer()
    title = _HEADLINE_PHRASES.sub("：", title.strip())
    zones = {"title": Zone("title", clean(title)), "body": Zone("body", body_text(body))}
    for zone in zones.values():
        find_mentions(gaz, zone)
    # (a piece naming no place, signed by its author's unit and name: the unit is the author's, no place of its own)
    named = any(m.key for zone in zones.values() for m in zone.mentions)
    signed = not named and signed_by_author_unit(byline, body)
    byline = "" if signed else byline
    zones["dateline"] = Zone("dateline", dateline(byline))
    find_mentions(gaz, zones["dateline"])
    texts = tuple(zones.values())
    for zone in texts:
        region_mentions.addresses(gaz, zone)
    article = [m for z in zones.values() for m in z.mentions]
    page = page_anchors(page_text)
    review = resolve_mentions(gaz, article, page, tuple(z.text for z in texts))
    review += region_mentions.own_place(gaz, zones, article)
    region_mentions.weights(zones)
    region_mentions.title_locality_address(zones)
    region_mentions.visitors_origin(zones)
    region_mentions.places_afar(zones)
    region_mentions.neighbours(zones)
    total = totals(gaz, article)
    node, split = descend(gaz, total)
    if node is not None and not split:
        node = _title_subject(gaz, zones["title"], node)
        framed = (
            framing.example_frame(gaz, node, zones)
            or framing.whole_scope_frame(gaz, node, zones)
            or framing.title_frame(gaz, node, zones)
            or framing.scope_frame(gaz, node, zones)
            or framing.subject_frame(gaz, node, zones)
        )
        node = framed or node
    else:
        framed = None
    paper = own_paper_place(gaz, publication, body) if publication else None
    if node is None and not total and paper is not None:
        review.append(
            f"region: {gaz.places[paper].name}, the paper's own place the article writes (我省, 全市)"
        )
        return RegionResult(gaz.region(paper), None, tuple(review))
    if node is None:
        if is_commentary(byline) or signed or (not total and _in_general(gaz, zones)):
            page, page_text = Counter(), ""  # (a commentary naming no place speaks of none: not the page's)
        return _no_region(gaz, total, page, zones, review, page_text, byline)
    place = gaz.places[node]
    locality = None
    if split:
        joint = apart.joint(gaz, split, zones)
        if joint:
            locality = joint[0]
            review.append(
                f"region: joint initiative of {' and '.join(joint[1])}; only {place.name} is recorded"
            )
        else:
            names = " / ".join(gaz.places[k].name for k in split)
            review.append(f"region: {names} are named about as much; left at {place.name}")
    elif place.level == "county" or (place.level == "city" and not gaz.children.get(node)):
        locality = units.locality(gaz, node, zones)
    elif place.level == "city" and framed is None:
        acting = units.acting_county(gaz, node, zones)
        if acting is not None:
            node, locality = acting
            place = gaz.places[node]
    unlisted = None
    if place.level in ("province", "city") and not split and locality is None:
        unlisted = apart.unlisted_zone(gaz, node, zones)
        if unlisted is not None:
            locality = unlisted[1]
            review.append(
                f"region: {unlisted[0]} (after {place.name}) is not in places.yaml; add it as a zone to record it"
            )
    if place.level == "province" and node == paper and locality is None:  # (我省: the province acts)
        return RegionResult(gaz.region(node), None, tuple(review))
    if place.level == "province" and not split and unlisted is None:  # (its township may say the county)
        found = _township(gaz, zones, [node], {*total, *page}, review)
        node, locality = found or (node, locality or _province_unit(gaz, node, total, zones))
        place = gaz.places[node]
    if place.level == "city" and not split and locality is None and unlisted is None and framed is None:
        locality = _city_unit(gaz, node, total, zones)
        found = _township(gaz, zones, [node], {*total, *page}, review) if locality else None
        node = found[0] if found else node  # (the unit acts: the county of its township, if one)
    if place.zone:
        parent = gaz.places[place.parent].name if place.parent else "its parent"
        review.append(
            f"region: {place.name} is a functional zone without an official code; code is {parent}'s"
        )
    zone = unlisted[0] if unlisted is not None and locality is None else None
    return RegionResult(gaz.region(node), locality, tuple(review), zone)


# a headline's subject before its colon: place names only (丽水莲都：…, 四川成都：…)
_TITLE_SUBJECT = re.compile(r"^[^：:，。“”\s]{2,12}[：:]")


def _title_subject(gaz: Gazetteer, title: Zone, node: str) -> str:
    """A headline opening with a chain of places and a colon (丽水莲都：…) names the acting unit: its innermost
    place, a county under the city the body speaks of (丽水 … 丽水专门打造了…), is the region."""
    match = _TITLE_SUBJECT.match(title.text)
    if match is None:
        return node
    before = [m for m in title.mentions if m.end <= match.end() - 1 and not m.dropped]
    covered = sum(m.end - m.start for m in before)
    if not before or covered != match.end() - 1:  # (nothing but place names before the colon)
        return node
    last = before[-1]
    key = last.key or (last.keys[0] if len(last.keys) == 1 else None)
    if key and gaz.places[key].level == "county" and gaz.is_ancestor(node, key):
        return key
    return node


def _city_unit(gaz: Gazetteer, city: str, total: dict[str, float], zones: dict[str, Zone]) -> str | None:
    """The township or community an article about a city names no county of is about (常州明月社区：…; 本报临沂
    …讯 … 兰山街道石桥村): the locality, weighed as a county's (locality.py)."""
    if any(gaz.places[k].level == "county" and gaz.is_ancestor(city, k) for k in total):
        return None
    return units.locality(gaz, city, zones)


def _province_unit(
    gaz: Gazetteer, province: str, total: dict[str, float], zones: dict[str, Zone]
) -> str | None:
    """The unit an article naming a province and no city or county of it is about, named apart and more often
    than the province (黑龙江农垦七星农场社区…。七星农场社区志愿者…: a state farm's community sits under no county):
    the locality. Not below a municipality, whose districts are its counties."""
    if any(gaz.places[k].level != "province" for k in total):
        return None
    if not any(gaz.places[k].level == "city" for k in gaz.children.get(province, ())):
        return None
    return units.locality(gaz, province, zones)


def _names_a_division(zones: dict[str, Zone]) -> bool:
    """Whether the article names a province, city or county in full (新城区, one of two: its own rules decide)."""
    return any(m.strength == "full" for name in ("title", "body", "dateline") for m in zones[name].mentions)


def _township(
    gaz: Gazetteer, zones: dict[str, Zone], within: list[str], named: set[str], review: list[str]
) -> tuple[str, str] | None:
    """For an article that names no county of its own: the county of the township its title, dateline or lead
    names, else (when they name none) its opening paragraphs (places/townships.py; unique nationally or
    `within`, or picked by the places `named`), and the locality (that township, or a unit of it the article is about: 东于镇高家堡村)."""
    names = townships.names_in(
        (zones["title"].text, zones["dateline"].text, townships.lead(zones["body"].text))
    )
    found = townships.infer_county(gaz, names, within, named)
    if found is None and not names and not _names_a_division(zones):
        # a feature opening on a scene names its place a paragraph or two on (初夏清晨，…。… 正是某某路街道…)
        opening = townships.names_in((townships.opening(zones["body"].text),))
        found = townships.infer_county(gaz, opening, within, named)
    if found is None:
        return None
    county, township = found
    review.append(f"region: {gaz.places[county].name} inferred from the township {township}")
    locality = units.locality(gaz, county, zones) or ""
    return county, locality if locality.startswith(township) else units.township_unit(township, zones)


# Places spoken of in general (一些地方推行…, 有的地方…, 个别地方…, 各地持续…): an essay on governance, not a report
# of one place.
_IN_GENERAL = re.compile(r"(?:一些|有的|有些|不少|许多|部分|个别)地方|各地(?![段块])")


def _in_general(gaz: Gazetteer, zones: dict[str, Zone]) -> bool:
    """An article that names no place and no unit of its own and speaks of places in general (一些地方推行在职党员
    进网格，效果却参差不齐): a commentary, whatever its byline; it takes no place from the page."""
    body = zones["body"].text
    return bool(_IN_GENERAL.search(body)) and units.own_unit(gaz, zones) is None


def _outlet_region(
    gaz: Gazetteer, outlet: tuple[str, str], zones: dict[str, Zone], review: list[str]
) -> RegionResult:
    """An article naming no place, by a reporter of a city's outlet (深圳商报记者…): the county its township
    names inside that city, else the city and the unit the article is about."""
    key, paper = outlet
    found = _township(gaz, zones, [key], {key}, review)
    if found is not None:
        return RegionResult(gaz.region(found[0]), found[1], tuple(review))
    review.append(f"{PAGE_NOTE}; {gaz.places[key].name} is the place its outlet ({paper}) is named after")
    locality = units.locality(gaz, key, zones)
    return RegionResult(gaz.region(key), locality, tuple(review))


def _no_region(
    gaz: Gazetteer,
    total: dict[str, float],
    page: Counter[str],
    zones: dict[str, Zone],
    review: list[str],
    page_text: str = "",
    byline: str = "",
) -> RegionResult:
    provinces = [gaz.places[k].name for k in total if gaz.places[k].level == "province"]
    outlet = outlet_place(gaz, byline) if not total else None
    if outlet is not None:  # (the reporter's city paper: its city, before the places of the page's others)
        return _outlet_region(gaz, outlet, zones, review)
    unit = apart.page_unit(gaz, page_zone(gaz, page_text), page, zones) if page_text and not total else None
    own = [k for k in total if gaz.places[k].level == "province"]
    within = own or [c for c in [page_city(gaz, page)] if c]
    found = None if unit else _township(gaz, zones, within, {*total, *page}, review)
    if found is None and not unit and within and not own:
        # (a township the page's city has none of, one county has nationally: the page is another place's)
        found = _township(gaz, zones, [], set(total), review)
    if found is not None:
        return RegionResult(gaz.region(found[0]), found[1], tuple(review))
    if len(provinces) > 1:
        review.append(
            f"region: places in several provinces ({', '.join(provinces)}); no single acting region"
        )
        return RegionResult(Region(), None, tuple(review))
    if total:
        review.append(f"region: too little evidence for {provinces[0]}; left empty")
        return RegionResult(Region(), None, tuple(review))
    if unit is not None:
        county, locality = unit
        review.append(f"region: {gaz.places[county].name} is the county the page names {locality} with")
        return RegionResult(gaz.region(county), locality, tuple(review))
    city = page_city(gaz, page)
    if city is not None:
        review.append(f"{PAGE_NOTE}; {gaz.places[city].name} is taken from the page")
        return RegionResult(gaz.region(city), "".join(units.title_locality(zones)) or None, tuple(review))
    if not review:
        review.append("region: no place named in the article")
    return RegionResult(Region(), units.own_unit(gaz, zones), tuple(review))
