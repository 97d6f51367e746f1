"""Passes over an article's place mentions before the region is resolved (regions.py): which reading of a
same-name place the article's own townships or a parent named with it pick, which short names are addresses, a
place named only by its stem and its own 市委/全县, and how much each mention weighs (title, lead, an address
the title's locality ends, visitors' origins, places listed as reached out to: 在北京、上海等地设立…).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from builder.extract import locality_apart as apart
from builder.extract import unitnames
from builder.places import townships
from builder.places.gazetteer import Gazetteer
from builder.places.matching import Mention, Zone

__all__ = [
    "TITLE_WEIGHT",
    "addresses",
    "neighbours",
    "own_place",
    "own_townships",
    "pair_up",
    "places_afar",
    "title_locality_address",
    "visitors_origin",
    "weights",
]

TITLE_WEIGHT = 4.0


def own_townships(gaz: Gazetteer, article: list[Mention], texts: tuple[str, ...]) -> None:
    """A same-name county the context left open is the one whose own township the article names, anywhere in
    it (海州区 … 在朐阳街道，…: 连云港's 海州区, not 阜新's), when the article's townships point to one reading only."""
    pending = [m for m in article if not m.dropped and not m.key and len(m.keys) > 1]
    if not pending or not texts:
        return
    counties = {code for name in townships.names_in(texts) for code in townships.table()[name]}
    for m in pending:
        chosen = [k for k in m.keys if k in counties]
        if len(chosen) == 1:
            m.key = chosen[0]


def addresses(gaz: Gazetteer, zone: Zone) -> None:
    """A short name (叶县) needs support unless it is written as an address, with a unit of its own right after
    it (叶县辛店镇大竹园村): then it is the place, even named once; so is a city's stem before the name of a
    functional zone (合肥高新区, 苏州工业园区)."""
    for m in zone.mentions:
        if not m.needs_support or len(m.keys) != 1:
            continue
        if (m.strength == "full" and m.free and unitnames.unit_follows(gaz, zone, m)) or (
            m.strength == "bare" and gaz.places[m.keys[0]].level == "city" and apart.zone_follows(zone, m)
        ):
            m.needs_support = False


def pair_up(gaz: Gazetteer, article: list[Mention]) -> None:
    """A same-name place and an unresolved bare name that only fit together decide each other: the one
    parent-child pair among their readings (西安城墙 … 新城区: 西安市 is the parent of one 新城区 only;
    湖南路是南京…的商业街区 … 鼓楼区)."""
    pending = [m for m in article if not m.dropped and not m.key]
    for child in pending:
        if child.key or len(child.keys) < 2 or len(child.surface) <= 2:
            continue
        pairs = {
            (parent, key)
            for other in pending
            if other is not child and not other.key
            for parent in other.keys
            for key in child.keys
            if gaz.places[key].parent == parent
        }
        if len(pairs) == 1:
            parent, key = pairs.pop()
            for other in pending:
                if not other.key and (
                    parent in other.keys or (other.surface == child.surface and key in other.keys)
                ):
                    other.key = key if other.surface == child.surface else parent


def _own_unit_word(name: str) -> re.Pattern[str]:
    """The place spoken of by its unit word alone (市委社会工作部, 全县范围内, 6个市级示范点, 该区)."""
    u = re.escape(name[-1])
    return re.compile(rf"{u}委|{u}政府|{u}人大|{u}政协|全{u}|本{u}|该{u}|{u}级|{u}直")


def own_place(gaz: Gazetteer, zones: dict[str, Zone], article: list[Mention]) -> list[str]:
    """An article that names no place outright but a city's or county's stem inside other names twice or more
    (中国农业银行河源分行, 河源城市治理现代化), or once standing on its own as a word (1月19日，荆州迎来…), and
    speaks of that place's own 市委 / 全县 …: the place is the article's (a review note says so)."""
    if any(m.key for m in article):
        return []
    stems: Counter[str] = Counter()
    for m in article:
        stem = not m.dropped and m.strength == "bare" and len(m.keys) == 1
        if stem and gaz.places[m.keys[0]].level in ("city", "county"):
            stems[m.keys[0]] += 2 if m.free and not m.chained else 1
    text = "\n".join(zone.text for zone in zones.values())
    found = [key for key, n in stems.items() if n >= 2 and _own_unit_word(gaz.places[key].name).search(text)]
    if len(found) != 1:
        return []
    for m in article:
        if not m.dropped and m.keys == found:
            m.key = found[0]
            m.weight = 1.0  # (no longer a weak bare stem: however late the article names it, it is the place)
    return [
        f"region: {gaz.places[found[0]].name} is named only by its short name or inside other names; taken as the article's"
    ]


def weights(zones: dict[str, Zone]) -> None:
    for zone in zones.values():
        for m in zone.mentions:
            if zone.name in ("title", "dateline"):
                m.weight *= TITLE_WEIGHT
            elif zone.name == "body":
                m.weight *= 1 + 4 * math.exp(-m.start / 250)
            if m.prefix:
                m.weight = 0.0


# a township, subdistrict, community or village name (`正山口村`, `多悦镇`), maybe one the gazetteer does not hold
_LOCALITY_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:社区|街道|村|镇|乡|嘎查|苏木)")


def title_locality_address(zones: dict[str, Zone]) -> None:
    """A locality the title names (`正山口村：集体经济“滚雪球”`, a village no gazetteer holds) that the body writes
    at the end of an address (`在某某市某某区多悦镇正山口村`): the address's place weighs as the title's, over
    places the article names as visitors' or partners' (`云南客人`, `某省某县农业农村局`)."""
    words = set(_LOCALITY_WORD.findall(zones["title"].text))
    body = zones["body"]
    if not words:
        return
    tails = [rf"(?:[\u4e00-\u9fff]{{1,8}}?(?:镇|乡|街道))?{re.escape(word)}" for word in words]
    addressed = re.compile("|".join(tails))
    for m in body.mentions:
        if m.key and not m.dropped and not m.prefix and addressed.match(body.text, m.end):
            m.weight *= TITLE_WEIGHT


_VISITORS_AFTER = re.compile(r"(?:省|市|县|区)?的?(?:客人|考察团|观摩团|参观团|代表团|学员|访客|游客)")


def visitors_origin(zones: dict[str, Zone]) -> None:
    """Where visitors came from (`来自某省的客人`, `某省客人`, `某市考察团`) is not where the practice is: such a
    mention weighs nothing."""
    body = zones["body"]
    for m in body.mentions:
        if body.text[max(0, m.start - 2) : m.start] == "来自" or _VISITORS_AFTER.match(body.text, m.end):
            m.weight = 0.0


# A list of places closed by 等地 (在北京、上海、广州等地设立服务站): where a unit reaches out to, far from home.
_PLACES_AFAR = re.compile(
    r"(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}等(?:地|城市|省份|省市|地区|大城市)"
)


def places_afar(zones: dict[str, Zone]) -> None:
    """Places listed as where the unit reaches out to (`在北京、上海、广州等地设立流动党员服务站`: a province's
    migrant members served in the cities they work in) are not where the practice is: they weigh nothing. Only
    the list's items, each running up to its `、` or `等` (maybe a chain, `北京市朝阳区、`): the unit named right
    before the first (`铜仁市在北京、…`) acts."""
    body = zones["body"]
    spans = [(m.start(), m.end()) for m in _PLACES_AFAR.finditer(body.text)]
    listed = [m for m in body.mentions if any(start <= m.start < end for start, end in spans)]
    item_ends = {i for start, end in spans for i in range(start, end) if body.text[i] in "、等"}
    for m in sorted(listed, key=lambda m: m.start, reverse=True):  # a chain's last place first
        if m.end in item_ends:
            m.weight = 0.0
            item_ends.add(m.start)  # the place before it in the chain ends where it starts


# Where a place lies, told by what borders it: a direction and a bordering verb right before a place (`北邻某县`,
# `东接某区`, `南靠`, `西连`, `毗邻`, `紧邻`) or `与某县(、某县)接壤/交界/毗邻/相邻/隔江相望` around a list of places.
_BORDERS_BEFORE = re.compile(
    r"(?:(?:^|(?<=[，、；。：\s]))[东南西北]{1,2}(?:邻|接|靠|连|临|依|倚|抵|与)|毗邻|紧邻|比邻|相邻|邻近)$"
)
_BORDERS_AROUND = re.compile(
    r"与((?:[\u4e00-\u9fff]{2,10}、)*[\u4e00-\u9fff]{2,10})(?:两省|两市|两县|三省|三市|三县)?(?:接壤|交界|毗邻|相邻|为邻|相连|(?:隔[江河湖海山])?相望)"
)


def neighbours(zones: dict[str, Zone]) -> None:
    """Places named as a unit's neighbours (`姚家集街道…北邻某县，东接某县`, `与某县、某县接壤`) say where the unit
    lies, not where it acts: they weigh nothing (a chain too, `北邻某市某区`), so that two neighbours in other cities do not split the region
    the unit's own chain names (its city and county) up to their common province."""
    body = zones["body"]
    spans = [(m.start(1), m.end(1)) for m in _BORDERS_AROUND.finditer(body.text)]
    bordering: set[int] = set()  # where a neighbour's name ends: its chain goes on there (某市某区)
    for m in sorted(body.mentions, key=lambda m: m.start):
        before = body.text[max(0, m.start - 4) : m.start]
        if m.start in bordering or _BORDERS_BEFORE.search(before) or any(s <= m.start < e for s, e in spans):
            m.weight = 0.0
            bordering.add(m.end)
