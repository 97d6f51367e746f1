"""The units an article's address names below the place (split from locality.py, which decides whether they act):
`first_address(gaz, key, zones)`, the units that follow the first mention of the place written as an address, in
the headline, the body or the dateline (a headline's address stopping at the township gives way to the body's going
on to its village). With the address's township alone, the community or village the text introduces there goes on
with it: one opening the clause right after a clause of setting (在…西园街道，岳西新村社区坚持…), one said to lie in
the township (某某社区位于…某某街道); after the place a reporter learned the news from (记者从某区了解到，…), the
units opening the next clause. Units of two townships listed together are SEVERAL: none acts.
"""

from __future__ import annotations

import re

from builder.extract.unitnames import is_unit_name, locality_level, township_goes_on, units_after
from builder.places.gazetteer import Gazetteer
from builder.places.matching import Mention, Zone

__all__ = ["LEARNED_FROM", "SEVERAL", "first_address"]


def first_address(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> list[str]:
    """The units that follow the first mention of the place written as an address (山东枣庄薛城区的一座大棚
    … 薛城区常庄街道吴庄村): the place may be named on its own before its unit is. A headline's address
    stopping at the township (奉节平安乡：…) gives way to the body's going on from it to its village
    (重庆市奉节县平安乡双店村…), and one skipping the township (某区某社区来了…) to the body's whole chain
    (某区某街道某社区…)."""
    title, body = (_address_in(gaz, key, zones[name]) for name in ("title", "body"))
    if title and not body:  # (the body naming the headline's township on its own: 思茅港镇那澜村的茶山…)
        body = township_goes_on(gaz, zones["body"], title)
    # (the body going on below the headline's unit, or naming the township the headline skips)
    if title and len(body) > len(title) and title in (body[: len(title)], body[-len(title) :]):
        return body
    # (else the address a letter's signature gives its writer, read as the byline: 某某市某某区学院街道 读者 周某)
    return title or body or _address_in(gaz, key, zones["dateline"])


def _address_in(gaz: Gazetteer, key: str, zone: Zone) -> list[str]:
    for m in zone.mentions:
        if m.key == key and not m.dropped:
            parts = units_after(gaz, zone.text, m.end, zone.mentions) or _after_the_source(gaz, zone, m)
            if parts and _listed_with_another_township(gaz, zone, m.end, parts):
                return [SEVERAL]
            if parts:
                return parts + (
                    _subject_after_setting(zone.text, m.start, parts) or _lying_in(zone.text, m.start, parts)
                )
    return []


# A community or village said to lie in the address (某某社区位于湖南湘江新区麓谷街道): the unit the address is of.
_LIES_IN = re.compile(
    r"(?:^|[，。；！？\n])([\u4e00-\u9fff]{2,8}?(?:社区|村|嘎查))(?:位于|地处|坐落于|坐落在)[\u4e00-\u9fff]{0,8}$"
)


def _lying_in(text: str, start: int, parts: list[str]) -> list[str]:
    """The community or village opening a sentence as what lies in the address's township (`某某社区位于某某区
    某某街道，…`), named again: the unit the article is about, below the township."""
    if len(parts) != 1 or locality_level(parts[0]) != "township":
        return []
    found = _LIES_IN.search(text, max(0, start - 24), start)
    if found is None:
        return []
    unit = found.group(1)
    if not is_unit_name(unit, 2 if unit.endswith(("社区", "嘎查")) else 1) or text.count(unit) < 2:
        return []
    return [unit]


# The place a reporter learned the news from (记者从太原市万柏林区了解到，南寒街道朝阳街社区创新实施…): the source;
# the unit opening the next clause is the news's subject, as if the address went on.
LEARNED_FROM = re.compile(r"(?:了解到|获悉|得知)[，,]")
_FROM_BEFORE = re.compile(r"从[\u4e00-\u9fff]{0,12}$")


def _after_the_source(gaz: Gazetteer, zone: Zone, m: Mention) -> list[str]:
    learned = LEARNED_FROM.match(zone.text, m.end)
    if learned is None or not _FROM_BEFORE.search(zone.text, max(0, m.start - 13), m.start):
        return []
    return units_after(gaz, zone.text, learned.end(), zone.mentions)


SEVERAL = ""  # (units of several townships listed: the place above them all acts)
_LISTED = re.compile(r"[、和与及]")


def _listed_with_another_township(gaz: Gazetteer, zone: Zone, end: int, parts: list[str]) -> bool:
    """The address's township and unit listed with a unit of another township of the place (宜兴市丁蜀镇丽锦花苑
    小区、宜城街道优湖美地小区成功入选): two townships' units, none the one acting."""
    if len(parts) != 2 or locality_level(parts[0]) != "township":
        return False
    after = end + len("".join(parts))
    if not _LISTED.match(zone.text, after):
        return False
    other = units_after(gaz, zone.text, after + 1, zone.mentions)
    return len(other) == 2 and other[0] != parts[0] and locality_level(other[0]) == "township"


# A clause of setting, 在 and an address alone (在合肥市蜀山区西园街道，), closed by a comma.
_SETTING = re.compile(r"(?:^|[，。；！？\n])在[\u4e00-\u9fff]{0,12}$")
# (or introduced as the one there: 在南昌市青云谱区青云谱镇，也有一个城南村。)
_COMMUNITY_OPENING = re.compile(
    r"[，,](?:[也还就]?有(?:一个|个|这样一个))?([\u4e00-\u9fff]{2,8}?(?:社区|村|嘎查))(?!社区)"
)


def _subject_after_setting(text: str, start: int, parts: list[str]) -> list[str]:
    """A township's community or village opening the clause right after a clause of setting that ends with the
    township (在合肥市蜀山区西园街道，岳西新村社区坚持…; 在…青云谱镇，也有一个城南村), named again: the subject, its
    unit below the township."""
    if len(parts) != 1 or locality_level(parts[0]) != "township" or not _SETTING.search(text, 0, start):
        return []
    end = start + text[start:].find(parts[-1]) + len(parts[-1])
    found = _COMMUNITY_OPENING.match(text, end)
    if found is None or not is_unit_name(
        found.group(1), 2 if found.group(1).endswith(("社区", "嘎查")) else 1
    ):
        return []
    return [found.group(1)] if text.count(found.group(1)) >= 2 else []
