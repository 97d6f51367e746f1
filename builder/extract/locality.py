"""The acting unit below the county: the township, subdistrict, community or village an article is about.

Used by regions.py once the county (or a city without counties) is known:
- `locality(gaz, key, zones)`: the streets, townships, communities, 小区 and villages that follow the first
  mention of the place written as an address (回民区海西路街道赛马场北路社区; a township and its community
  listed together, 龙山街道、龙山社区, are one locality), when the article is about them rather than about the
  county (named more often than the county is on its own, or once when the county is named only as its
  address); else a title that opens with such a unit (舍必崖乡：…); else a unit named apart from its county at a
  clause's start and named again (在槐店乡司洼村，… 司洼村党支部…). None when the body calls its story an
  example of the place's work (这是利津县…的一个缩影): the place acts; under a headline naming the county, only the
  unit opening the lead as its deed's subject, its organs acting again (某区推行… / 某街道推行…，街道党工委…). A unit
  named before a verb of policy in its sentence (吉水县结合…，探索推行…; 该县还创新推行了…) counts `_POLICY_WEIGHT` more: the unit that sets up the
  scheme acts, not the village a quoted story starts in; so does the headline's quoted practice standing with the
  unit and never with the place alone (建立“全科网格”… / 在新昌县沙溪镇，…建立起…“全科网格”…). A township
  named with its community gives way to the
  community when the community's own organs act and the township's do not (望月湖街道望月湖社区 … 社区党委把…),
  or when the address goes on into a numbered part of the community named again (富强社区5号网格 … 5号网格有…).
  The unit word alone or its organ as the subject of a clause acts as surely as the name (目前，街道已与…;
  去年起，街道党工委推动…; 两年来，村里调处…;
  for the county, 区里每年组织…); a kind of institution paired with communities (高校社区共建, 机关社区联动) names no community.
  A village the address names by its bare name before what is there (余家坪镇郝家川淡水鱼养殖场) and the text prints
  in full elsewhere (郝家川村) follows its township like one named in full. A community or village opening the
  clause right after a clause of setting that ends with the township (在…蜀山区西园街道，岳西新村社区坚持…), named
  again, follows it too; a township every community of which does the work (该街道5个社区全部绘制了…) acts, not
  the community its story was told in. A division's full name before the unit word (牡丹江市社区志愿者协会,
  市社区志愿服务基地) is the place's community work, no unit's name.
- `acting_county(gaz, city, zones)`: at a city, a unit named with its county in the lead (瑶海区和平路街道) and
  named again acts: the region is its county.
- The units the address names (first_address: the first mention written as an address, and the unit a clause
  of setting, a 位于 sentence or a reporter's source introduces there): locality_address.py.
- Units named apart from the article's address (partners, a page's note, functional zones): locality_apart.py.
- `own_unit(gaz, zones)`: for an article naming no place at all, the unit it names as its own (its level).
- How a unit is named after a place (the address's words, not prose), `unit_follows`, `opening_units` and a
  unit's level by its unit word (`locality_level`): unitnames.py.
"""

from __future__ import annotations

import re

from builder.extract.framing import example_of, heads_the_headline
from builder.extract.locality_address import LEARNED_FROM, SEVERAL, first_address
from builder.extract.unitnames import ADDRESS_UNITS, is_unit_name, lead_subject, locality_level, units_after
from builder.places.gazetteer import Gazetteer
from builder.places.matching import Zone
from builder.text.numerals import COUNTS_TO_TEN, NUMBERS_TO_TEN
from builder.text.patterns import INSPECTING, QUOTED_NAME

__all__ = [
    "acting_county",
    "locality",
    "own_unit",
    "title_locality",
]

_TITLE_UNIT = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:街道|镇|乡|苏木|社区|村|嘎查))[：:\s—]")
_REFS = {
    "community": re.compile(
        r"(社区|村)(党委|党总支|党支部|“两委”|两委|居委会|村委会|居务|党组织)|(该|本|全)(社区|村)"
    ),
    "township": re.compile(r"(街道|乡|镇|苏木)(党工委|党委|政府|办事处|人大)|(该|本|全)(街道|乡|镇)"),
    "county": re.compile(r"全(县|区|旗|市)|(该|本)(县|区|旗|市)"),
}
# The unit word alone as the subject of a clause (目前，街道已与8所高校签订…; 区里每年组织…): the unit the
# article is about acts again, as surely as when it is named.
_SUBJECT_START = r"(?:^|(?<=[，。；！？：\n]))"
_SUBJECT_VERB = r"(?=[已还将也又先共通在把为与同对积极主动每随依结组成建推开设牵联办])"
_ACTING = {  # (村里, 镇里, 区里 name the unit whatever follows; 社区, 街道 only before a verb or an adverb)
    "community": re.compile(
        _SUBJECT_START + r"(?:社区(?:党委|党总支|党支部|居委会)?" + _SUBJECT_VERB + r"|村里|村上)"
    ),
    "township": re.compile(
        _SUBJECT_START
        + r"(?:街道(?:党工委|办事处)?"
        + _SUBJECT_VERB
        + r"|(?:镇|乡)(?:党委|政府)"
        + _SUBJECT_VERB
        + r"|镇里|乡里|镇上|乡上)"
    ),
    "county": re.compile(_SUBJECT_START + r"(?:区里|县里|旗里)"),
}
# A verb of policy soon after a unit's name, in its sentence (吉水县结合…，探索推行…模式; 该县还创新推行了…): the unit
# that sets up the scheme acts, whatever village a quoted story starts in.
_POLICY = re.compile(r"[^。！？；]{0,14}?(?:探索推行|创新推行|推行|探索|出台|构建|建立健全|创新实施)")
_COUNTY_REF = re.compile(r"(?:该|本)(?:县|区|旗|市)")
_POLICY_WEIGHT = 2.0  # a unit setting up a scheme says more of who acts than a mention


def _label(gaz: Gazetteer, key: str) -> str:
    """City and county names of a place (六盘水市钟山区)."""
    return "".join(p.name for p in gaz.chain(key) if p.level in ("city", "county")) or gaz.places[key].name


def title_locality(zones: dict[str, Zone]) -> list[str]:
    """A title that opens with a township or community name as its subject (舍必崖乡：…), named in the body."""
    match = _TITLE_UNIT.match(zones["title"].text)
    if not match or match.group(1) not in zones["body"].text:
        return []
    name = match.group(1)
    unit_len = 2 if name.endswith(("街道", "苏木", "社区", "嘎查")) else 1
    return [name] if is_unit_name(name, unit_len, after_place=False) else []


def own_unit(gaz: Gazetteer, zones: dict[str, Zone]) -> str | None:
    """For an article naming no place of the gazetteer: the unit it names as its own, in its headline
    (金桥社区：…) or at a clause's start twice or more (近年来，清河镇把…。清河镇居民说…)."""
    return "".join(title_locality(zones) or _named_apart(gaz, None, zones)) or None


def _policies(text: str, name: str) -> float:
    """How often `name` is followed by a verb of policy in its sentence."""
    return float(sum(1 for m in re.finditer(re.escape(name), text) if _POLICY.match(text, m.end())))


def _own_organs(text: str) -> bool:
    """The community's own organs act (社区党委把…) and the township's do not: the community is the unit."""
    return bool(_REFS["community"].search(text)) and not _REFS["township"].search(text)


# A numbered part of a community (富强社区5号网格, 某村3组): named again, the story is inside the community.
_PART = re.compile(rf"[\d{NUMBERS_TO_TEN}]+号?(?:网格|楼栋|号楼|院落|村民小组|小组|组)")


def _own_part(text: str, unit: str) -> bool:
    """The address goes on into a numbered part of `unit` (富强社区5号网格) that the text names again (5号网格有居民
    楼9栋): the community's grid acts, not the township whose name is printed more often."""
    at = text.find(unit)
    part = _PART.match(text, at + len(unit)) if at >= 0 else None
    if part is None:
        return False
    # named again as itself, not inside another number (1号网格 is not in 11号网格)
    again = re.compile(rf"(?<![\d{NUMBERS_TO_TEN}])" + re.escape(part.group(0)))
    return len(again.findall(text)) >= 2


_SENTENCE = re.compile(r"[^。！？\n]+")


def _owns_title_practice(key: str, units: list[str], zones: dict[str, Zone]) -> bool:
    """The headline's quoted practice (建立“全科网格”…) stands in a sentence that names the unit (在新昌县沙溪镇，
    …建立起…“全科网格”…) and in none that names the place on its own: the unit owns the practice, it acts. A
    headline's dateline of short names (浙江新昌：建立“全科网格”…, a kicker) says where, not who."""
    names = QUOTED_NAME.findall(zones["title"].text)
    unit_owns = place_owns = False
    for zone in (zones["title"], zones["body"]) if names else ():
        alone = [
            m.start
            for m in zone.mentions
            if m.key == key
            and not m.dropped
            and not zone.text.startswith(units[0], m.end)
            and not (zone.name == "title" and m.strength == "bare" and m.chained)
        ]
        for sentence in _SENTENCE.finditer(zone.text):
            if any(name in sentence.group() for name in names):
                unit_owns = unit_owns or any(unit in sentence.group() for unit in units)
                place_owns = place_owns or any(sentence.start() <= a < sentence.end() for a in alone)
    return unit_owns and not place_owns


_CLAUSE_START = re.compile(r"(?:^|(?<=[，。；！？\n在]))(?=[\u4e00-\u9fff])", re.M)
_WHERE_BEFORE = re.compile(r"[在于]$")  # …“友好商圈”在集美启动: the place where, not the one who
_TITLE_DATELINE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}[：:丨｜|]"
)  # 潜江：…, 浙江新昌：…, 石家庄行唐丨… (a place's short names and a colon or a bar)


def _named_apart(gaz: Gazetteer, key: str | None, zones: dict[str, Zone]) -> list[str]:
    """A unit named at the start of a clause, apart from its county (在槐店乡司洼村，…; 在济南市历下区，燕山街道
    燕山新居小区成立了…), and named again: the first such unit; under a headline naming the county (not only as its
    dateline, 潜江：…, then 在积玉口镇荆桥路32号，…), only the lead's subject (`_lead_subject`)."""
    title = zones["title"]
    dateline = _TITLE_DATELINE.match(title.text)
    if key and any(
        m.key == key
        and not (dateline and m.end < dateline.end())
        and not _WHERE_BEFORE.search(title.text, 0, m.start)
        for m in title.mentions
    ):
        return _lead_subject(gaz, zones)  # (nor where an event is held, …在集美启动: where, not who)
    body = zones["body"].text
    for start in _CLAUSE_START.finditer(body):
        parts = units_after(gaz, body, start.end(), zones["body"].mentions)
        if parts and body.count(parts[-1]) >= 2:
            return parts
    return []


def _lead_subject(gaz: Gazetteer, zones: dict[str, Zone]) -> list[str]:
    """The township or community opening the lead as the subject of its deed (unitnames.lead_subject), whose organs
    or unit word act again (某街道推行…，街道党工委…): a street's initiative under its district's headline."""
    body = zones["body"].text
    parts = lead_subject(gaz, body, zones["body"].mentions)
    level = locality_level(parts[-1]) if parts else ""
    return parts if level in _REFS and (_REFS[level].search(body) or _ACTING[level].search(body)) else []


def locality(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """The acting unit below `key`, if the article is about it rather than about the place itself (not when
    the article calls its story an example of the place's work)."""
    if example_of(key, zones) or (
        heads_the_headline(gaz, key, zones["title"]) and not _lead_subject(gaz, zones)
    ):
        return None  # (the place heading the headline acts, unless its unit opens the lead as the work's subject)
    first = first_address(gaz, key, zones) or title_locality(zones) or _named_apart(gaz, key, zones)
    if not first or first == [SEVERAL] or _visited_by_the_places_own(key, "".join(first), zones["body"]):
        return None
    title = zones["title"].text.rstrip("…")
    text = zones["body"].text if title and title in zones["body"].text else title + "\n" + zones["body"].text
    counts = [text.count(p) for p in first]
    refs = min(3, len(_REFS[locality_level(first[-1])].findall(text)))
    acting = min(3, len(_ACTING[locality_level(first[-1])].findall(text)))
    local = max(counts) + 0.5 * refs + acting + _POLICY_WEIGHT * _policies(text, first[-1])
    local += _POLICY_WEIGHT if _owns_title_practice(key, first, zones) else 0.0
    own = 0.0
    for zone in (zones["title"], zones["body"]):
        for m in zone.mentions:
            if (
                m.key == key
                and not m.dropped
                and not zone.text.startswith(first[0], m.end)
                and not (
                    LEARNED_FROM.match(zone.text, m.end)  # (the source the reporter learned it from)
                )
            ):
                own += 0.5 if m.strength == "bare" or m.weight < 0.5 else 1.0
                own += _POLICY_WEIGHT if _POLICY.match(zone.text, m.end) else 0.0
    own += 0.5 * min(3, len(_REFS["county"].findall(text))) + min(3, len(_ACTING["county"].findall(text)))
    own += sum(_POLICY_WEIGHT for ref in _COUNTY_REF.finditer(text) if _POLICY.match(text, ref.end()))
    if local <= own or (local < 2 and own):  # (a county named only as the unit's address: the unit acts)
        return None
    if (
        len(first) == 2
        and first[1] not in zones["title"].text
        and (
            (counts[1] < counts[0] and not _own_organs(text) and not _own_part(text, first[1]))
            or _EVERY_UNIT.search(text)
        )
    ):
        first = first[:1]  # the township acts; the village is where the story starts
    return "".join(first)


# The place's own people going into the unit (26名黄陂区大学生“红色物业”专员走进前川街康乐社区，…): where they went.
_GOING_INTO = re.compile(
    r"(?:走进|走入|深入|来到|进入|前往|下沉到)(?:[\u4e00-\u9fff]{1,6}?(?:街道|街|镇|乡))?$"
)


def _visited_by_the_places_own(key: str, unit: str, body: Zone) -> bool:
    """The lead's unit is where the place's own people went (某区大学生…走进某街某社区): the place acts, not the
    unit it visited, when the place's name opens the clause's subject."""
    lead = body.text.split("\n", 1)[0]
    at = lead.find(unit)
    clause_start = max(lead.rfind(mark, 0, at) for mark in "，。；！？") + 1 if at > 0 else 0
    going = _GOING_INTO.search(lead, clause_start, at) if at > 0 else None
    if going is None:
        return False  # (the place named in the address gone into, 走进华州区瓜坡镇南沙村, is no subject)
    clause_end = min((i for i in (lead.find(mark, at) for mark in "，。；！？") if i >= 0), default=len(lead))
    if _INSPECTING.search(lead, at, clause_end):
        return False  # the place's office came to inspect (某县发改委来到某社区…进行视察调研): the unit does the work
    return any(
        m.key == key and not m.dropped and clause_start <= m.start < going.start() for m in body.mentions
    )


# What the place's office came to the unit for when it only looked at the work: an inspection, a survey.
_INSPECTING = re.compile(INSPECTING)


# Every community or village of the township doing the work (该街道5个社区全部绘制了…, 全镇12个村均建起…): the
# story started in one of them, the township acts.
# (Not all of them coming to learn from the one the story is told in: 全镇12个村都派人来学习.)
_EVERY_UNIT = re.compile(
    rf"(?:该|全)(?:街道|镇|乡)(?:\d+|[{COUNTS_TO_TEN}]+)个(?:社区|村|行政村)(?:全部|均|都|已全部|全都)"
    r"(?![^，。；]{0,6}(?:学习|参观|观摩|取经|借鉴|效仿|看齐))"
)


def township_unit(township: str, zones: dict[str, Zone]) -> str:
    """The unit of a township the article is about, when the township stands only as its address: the
    community or village named right after it (`在蕉南街道的南岸社区，…` / `社区党委把…`) when the text speaks of
    that kind of unit acting at least as often as of the township; else the township."""
    body = zones["body"].text
    for text in (zones["title"].text, body):
        at = text.find(township)
        match = ADDRESS_UNITS.match(text, at) if at >= 0 else None
        if match is None or match.group(1) != township or not match.group(2):
            continue
        community = match.group(2)
        if not is_unit_name(community, 2 if community.endswith(("社区", "小区", "嘎查")) else 1):
            continue
        level = locality_level(community)
        own = len(_REFS[level].findall(body)) + len(_ACTING[level].findall(body))
        above = len(_REFS["township"].findall(body)) + len(_ACTING["township"].findall(body))
        return township + community if own and own >= above else township
    return township


def acting_county(gaz: Gazetteer, city: str, zones: dict[str, Zone]) -> tuple[str, str] | None:
    """A township or community named with its county in the headline (南宁市良庆区蟠龙社区持续打造…) or the lead
    (瑶海区和平路街道) and named again, when the article stops at the city (合肥首个…): that unit acts, so the
    region is its county and it is the locality."""
    body = zones["body"]
    lead_end = body.text.find("\n") if "\n" in body.text else len(body.text)
    lead = [m for m in body.mentions if m.start < lead_end]
    for m in [*zones["title"].mentions, *lead]:
        if m.key and not m.dropped and gaz.places[m.key].level == "county" and gaz.is_ancestor(city, m.key):
            found = locality(gaz, m.key, zones)
            if found:
                return m.key, found
    return None
