"""The region of the unit that carries out an initiative, resolved against the gazetteer from context.

1. Find every place name in the title, the body and the captions (and, for context only, on the whole page).
   A name is not a place when it is part of another name (鞍山社区, 海西路街道, 湖畔嘉苑东区社区, 遵义新城区)
   or an ordinary word (合作社, 公安局, 互帮互助): bare stems without their unit word (合作, 公安, 互助) only
   count when the article names the place or a relative of it properly, and two-character names (东区, 城区)
   and generic ones (新城区, 城关区) need their parent right before them or relatives in the context.
2. Same-name places (新城区: Hohhot / Xi'an) are decided by the parents, children and siblings named in the
   article and, with less weight, on the page; a tie stays unresolved and goes to review.
3. Every mention weighs by where it stands (title, lead, body; captions hardly) and by how it is written;
   an address chain (贵州省黔东南州凯里市) counts once, for its innermost place; a person's affiliation
   (成都市委副书记) counts half. From China downwards, the region descends to a child only while that child
   clearly dominates its siblings and its parent's own mentions: an article about 黔东南州 naming 凯里市,
   三穗县 and 锦屏县 as examples stays at 黔东南州.
4. Below the county, the streets, townships, communities and villages that follow the acting place's first
   mention (回民区海西路街道赛马场北路社区) become the locality when the article is about them rather than
   about the county (they are named more often than the county is on its own).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from builder.model import Region
from builder.places.gazetteer import Gazetteer, gazetteer
from builder.places.matching import Mention, Zone, clean, find_mentions, split_body

_LOCALITY = re.compile(
    r"^((?:[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡|苏木))?)((?:[\u4e00-\u9fff]{1,8}?(?:社区|村|嘎查))?)"
)
_TITLE_UNIT = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:街道|镇|乡|苏木|社区|村|嘎查))[：:\s—]")
_PROSE = set(
    "的了在与及以对把将从被等个各全每该本其这那所并也都还又就到由着过让使推入走展提实施抓持续不已是级"
)
_VERB_STEM = re.compile(
    r"^(调研|走访|服务|联系|深入|走进|来到|前往|覆盖|下沉|报到|进入|包联|指导|督导|视察|考察|推动|打造)"
)
_GENERIC_STEM = re.compile(
    r"城市|农村|城乡|基层|老旧|辖区|安置|搬迁|周边|所在|当地|本地|各类|居住|重点|示范|试点|乡村|城镇|乡镇|相关|部分|多个"
)
_REFS = {
    "community": re.compile(
        r"(社区|村)(党委|党总支|党支部|“两委”|两委|居委会|村委会|居务|党组织)|(该|本|全)(社区|村)"
    ),
    "township": re.compile(r"(街道|乡|镇|苏木)(党工委|党委|政府|办事处|人大)|(该|本|全)(街道|乡|镇)"),
    "county": re.compile(r"全(县|区|旗|市)|(该|本)(县|区|旗|市)"),
}
_JOINT = re.compile(r"^(与|和|同|携手|联合)")
TITLE_WEIGHT = 4.0
CAPTION_WEIGHT = 0.1
PAGE_WEIGHT = 0.4
PAGE_NOTE = "region: the article names no place"


@dataclass(frozen=True)
class RegionResult:
    """The acting unit's region, the named unit below the county (if that is the acting unit), review notes."""

    region: Region
    locality: str | None
    review: tuple[str, ...]


def _relation(gaz: Gazetteer, key: str, other: str, close: bool = False) -> float:
    """How much a mention of `other` supports reading a name as `key` (close: only itself, parent, child, sibling)."""
    if key == other:
        return 3.0
    a, b = gaz.places[key], gaz.places[other]
    if close:
        related = a.parent == other or b.parent == key
    else:
        related = gaz.is_ancestor(other, key) or gaz.is_ancestor(key, other)
    if related:
        return 2.0
    return 1.0 if a.parent and a.parent == b.parent else 0.0


def _anchor(m: Mention) -> bool:
    return bool(m.key) and not m.dropped and (m.strength != "bare" or len(m.surface) >= 3)


def _support(gaz: Gazetteer, key: str, anchors: Counter[str], close: bool = False) -> float:
    return sum(n * _relation(gaz, key, a, close) for a, n in anchors.items())


def _resolve(gaz: Gazetteer, article: list[Mention], page: Counter[str]) -> list[str]:
    """Give each mention one place, or drop it; returns review notes for unresolved same-name places."""
    standalone = Counter(
        m.surface
        for m in article
        if m.needs_support and m.strength == "full" and m.zone != "caption" and m.free
    )
    for m in article:
        if not m.dropped and len(m.keys) == 1 and (not m.needs_support or standalone[m.surface] >= 2):
            m.key = m.keys[0]  # (a short name written on its own twice or more is meant: 岷县 …)
    for _ in range(2):
        near = Counter(m.key for m in article if _anchor(m))
        for m in article:
            if m.dropped or m.key:
                continue
            if m.strength == "bare" and not m.chained:  # a bare stem needs its own kin in the article
                scores = {k: _support(gaz, k, near, close=True) for k in m.keys}
            else:
                scores = {k: _support(gaz, k, near) + PAGE_WEIGHT * _support(gaz, k, page) for k in m.keys}
            ranked = sorted(scores.items(), key=lambda kv: -kv[1])
            best = ranked[0][1]
            second = ranked[1][1] if len(ranked) > 1 else 0.0
            if best > 0 and best >= 2 * second:
                m.key = ranked[0][0]
    notes: list[str] = []
    for m in article:
        # (two-character names such as 城区, 郊区 are far more often ordinary words: no note for them)
        unresolved = not m.dropped and not m.key and len(m.keys) > 1 and len(m.surface) > 2
        if unresolved and m.strength != "bare" and m.zone != "caption":
            where = " / ".join(_where(gaz, k) for k in m.keys)
            note = f"region: {m.surface} is ambiguous ({where}); not resolved from the context"
            if note not in notes:
                notes.append(note)
    return notes


def _where(gaz: Gazetteer, key: str) -> str:
    return "".join(p.name for p in gaz.chain(key)[:-1]) or gaz.places[key].name


def _label(gaz: Gazetteer, key: str) -> str:
    """City and county names of a place (六盘水市钟山区)."""
    return "".join(p.name for p in gaz.chain(key) if p.level in ("city", "county")) or gaz.places[key].name


def _weights(zones: dict[str, Zone]) -> None:
    for zone in zones.values():
        for m in zone.mentions:
            if zone.name == "title":
                m.weight *= TITLE_WEIGHT
            elif zone.name == "caption":
                m.weight *= CAPTION_WEIGHT
            elif zone.name == "body":
                m.weight *= 1 + 4 * math.exp(-m.start / 250)
            if m.prefix:
                m.weight = 0.0


def _totals(gaz: Gazetteer, mentions: list[Mention]) -> dict[str, float]:
    total: dict[str, float] = {}
    for m in mentions:
        if m.key and not m.dropped:
            for place in gaz.chain(m.key):
                total[place.key] = total.get(place.key, 0.0) + m.weight
    return total


def _descend(gaz: Gazetteer, total: dict[str, float]) -> tuple[str | None, list[str]]:
    """From China down while one child dominates: (acting place key, the comparable children where it stopped)."""
    node: str | None = None
    provinces = [k for k in total if gaz.places[k].level == "province"]
    kids = provinces
    while True:
        kids = sorted((k for k in kids if gaz.places[k].level != "township"), key=lambda k: -total[k])
        if not kids:
            return node, []
        whole = total[node] if node else sum(total[k] for k in kids)
        first = total[kids[0]]
        second = total[kids[1]] if len(kids) > 1 else 0.0
        need = min(0.75, 0.5 + 0.05 * (len(kids) - 1))
        if whole < 1.0 or first < need * whole or first < 2 * second:
            own = whole - sum(total[k] for k in kids)
            split = kids[:2] if len(kids) > 1 and first < 2 * second and own < first else []
            return node, split
        node = kids[0]
        kids = [k for k in gaz.children.get(node, ()) if k in total]


def _stem_ok(part: str, unit_len: int) -> bool:
    stem = part[:-unit_len]
    return bool(stem) and not (set(stem) & _PROSE or _GENERIC_STEM.search(stem) or _VERB_STEM.match(stem))


def _locality_after(gaz: Gazetteer, text: str, end: int, mentions: list[Mention]) -> list[str]:
    """Township / community names right after a place name (a listed township unit counts as one)."""
    parts: list[str] = []
    for m in mentions:
        if m.start == end and m.key and gaz.places[m.key].level == "township":
            parts.append(m.surface)
            end = m.end
            break
    match = _LOCALITY.match(text[end:])
    if match:
        township, community = match.group(1), match.group(2)
        if township and not parts:
            if not _stem_ok(township, 2 if township.endswith(("街道", "苏木")) else 1):
                return []
            parts.append(township)
        if community and _stem_ok(community, 2 if community.endswith(("社区", "嘎查")) else 1):
            parts.append(community)
    return parts


def _title_locality(zones: dict[str, Zone]) -> list[str]:
    """A title that opens with a township or community name as its subject (舍必崖乡：…), named in the body."""
    match = _TITLE_UNIT.match(zones["title"].text)
    if not match or match.group(1) not in zones["body"].text:
        return []
    name = match.group(1)
    return [name] if _stem_ok(name, 2 if name.endswith(("街道", "苏木", "社区", "嘎查")) else 1) else []


def _unit_level(name: str) -> str:
    return "community" if name.endswith(("社区", "村", "嘎查")) else "township"


def _locality(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """The acting unit below `key`, if the article is about it rather than about the place itself."""
    first: list[str] = []
    for zone in (zones["title"], zones["body"]):
        for m in zone.mentions:
            if m.key == key and not m.dropped:
                parts = _locality_after(gaz, zone.text, m.end, zone.mentions)
                if parts:
                    first = parts
                break
        if first:
            break
    if not first:
        first = _title_locality(zones)
    if not first:
        return None
    title = zones["title"].text.rstrip("…")
    text = zones["body"].text if title and title in zones["body"].text else title + "\n" + zones["body"].text
    counts = [text.count(p) for p in first]
    refs = min(3, len(_REFS[_unit_level(first[-1])].findall(text)))
    local = max(counts) + 0.5 * refs
    own = 0.0
    for zone in (zones["title"], zones["body"]):
        for m in zone.mentions:
            if m.key == key and not m.dropped and not zone.text.startswith(first[0], m.end):
                own += 0.5 if m.strength == "bare" or m.weight < 0.5 else 1.0
    own += 0.5 * min(3, len(_REFS["county"].findall(text)))
    if local < 2 or local <= own:
        return None
    if len(first) == 2 and counts[1] < counts[0] and first[1] not in zones["title"].text:
        first = first[:1]  # the township acts; the village is where the story starts
    return "".join(first)


def _joint(gaz: Gazetteer, split: list[str], zones: dict[str, Zone]) -> tuple[str, list[str]] | None:
    """Two places of comparable weight named in the lead as partners (A村与B社区): their localities."""
    body = zones["body"]
    lead_end = body.text.find("\n") if "\n" in body.text else len(body.text)
    found: list[tuple[Mention, list[str]]] = []
    for child in split:
        for m in body.mentions:
            if (
                m.key
                and m.start < lead_end
                and (m.key == child or gaz.is_ancestor(child, m.key))
                and not m.prefix
            ):
                parts = _locality_after(gaz, body.text, m.end, body.mentions)
                if parts:
                    found.append((m, parts))
                break
    if len(found) != 2:
        return None
    (a, pa), (b, pb) = sorted(found, key=lambda f: f[0].start)
    between = body.text[a.end + sum(map(len, pa)) : b.start]
    if not _JOINT.match(between):
        return None
    names = [_label(gaz, a.key or ""), _label(gaz, b.key or "")]
    return f"{pa[-1]}、{pb[-1]}", names


def _page_anchors(page_text: str) -> Counter[str]:
    """Places named unambiguously on the page, with their counts (context for every article on it)."""
    if not page_text:
        return Counter()
    return _anchors_in(gazetteer(), page_text)


@lru_cache(maxsize=16)
def _anchors_in(gaz: Gazetteer, page_text: str) -> Counter[str]:
    """Cached per gazetteer too: another places.yaml (`use_places_file`) gives other anchors."""
    zone = Zone("page", clean(page_text))
    find_mentions(gaz, zone)
    for m in zone.mentions:
        if not m.dropped and len(m.keys) == 1 and not m.needs_support:
            m.key = m.keys[0]
    return Counter(m.key for m in zone.mentions if m.key and _anchor(m))


def _page_city(gaz: Gazetteer, page: Counter[str]) -> str | None:
    """The one city nearly every place named on the page belongs to, if there is one."""
    cities: Counter[str] = Counter()
    for key, n in page.items():
        city = next((p.key for p in gaz.chain(key) if p.level == "city"), None)
        if city:
            cities[city] += n
    if not cities:
        return None
    best, n = cities.most_common(1)[0]
    return best if n >= 3 and n >= 0.75 * sum(cities.values()) else None


def resolve_region(title: str, body: str, page_text: str = "") -> RegionResult:
    """Province / city / county (official names, 6-digit code) of the acting unit, its locality, review notes."""
    gaz = gazetteer()
    main, captions = split_body(body)
    zones = {z.name: z for z in (Zone("title", clean(title)), Zone("body", main), Zone("caption", captions))}
    for zone in zones.values():
        find_mentions(gaz, zone)
    article = [m for z in zones.values() for m in z.mentions]
    page = _page_anchors(page_text)
    review = _resolve(gaz, article, page)
    _weights(zones)
    total = _totals(gaz, article)
    node, split = _descend(gaz, total)
    if node is None:
        return _no_region(gaz, total, page, zones, review)
    place = gaz.places[node]
    locality = None
    if split:
        joint = _joint(gaz, split, zones)
        if joint:
            locality = joint[0]
            review.append(
                f"region: joint initiative of {' and '.join(joint[1])}; only {place.name} is recorded"
            )
        else:
            names = " / ".join(gaz.places[k].name for k in split)
            review.append(f"region: {names} are named about as much; left at {place.name}")
    elif place.level == "county" or (place.level == "city" and not gaz.children.get(node)):
        locality = _locality(gaz, node, zones)
    if place.zone:
        parent = gaz.places[place.parent].name if place.parent else "its parent"
        review.append(
            f"region: {place.name} is a functional zone without an official code; code is {parent}'s"
        )
    return RegionResult(gaz.region(node), locality, tuple(review))


def _no_region(
    gaz: Gazetteer,
    total: dict[str, float],
    page: Counter[str],
    zones: dict[str, Zone],
    review: list[str],
) -> RegionResult:
    provinces = [gaz.places[k].name for k in total if gaz.places[k].level == "province"]
    if len(provinces) > 1:
        review.append(
            f"region: places in several provinces ({', '.join(provinces)}); no single acting region"
        )
        return RegionResult(Region(), None, tuple(review))
    if total:
        review.append(f"region: too little evidence for {provinces[0]}; left empty")
        return RegionResult(Region(), None, tuple(review))
    city = _page_city(gaz, page)
    if city is not None:
        review.append(f"{PAGE_NOTE}; {gaz.places[city].name} is taken from the page")
        return RegionResult(gaz.region(city), "".join(_title_locality(zones)) or None, tuple(review))
    if not review:
        review.append("region: no place named in the article")
    return RegionResult(Region(), None, tuple(review))
