"""The administrative level of the unit that carries out an initiative (docs/architecture.md §4).

- A locality below the county (what `resolve_region` found the article to be about) gives township
  (街道, 乡, 镇, 苏木, a listed 区域服务中心 …) or community (社区, 村, 嘎查, 小区, 网格); two partner units
  (马戛村、宇虹社区) give the lower of their levels.
- A single organisation below township carrying out the initiative (a company's party branch, or a school's
  branch or members, 某县二中党员进社区, named in the title or the opening clause, a named 小区 as the title's subject: 丘北县幸福里小区：…, a property company's
  project, a headline's bare 小区 the body names: level_estates.py) is community level; a
  kind of unit set up everywhere, with no name of its own (昆都仑区：网格党小组让…, 每个小区党支部), is not one.
- A functional zone places.yaml does not list, acting (合肥高新区…，高新区已…), is county level.
- Otherwise the most specific field of the region: county (县, 县级市, 市辖区, 旗, functional zones and 新区),
  city (地级市, 自治州, 盟, 地区), province (省, 自治区, 直辖市).
- With no region, a single level that every place named in the title and lead agrees on (an unresolved
  same-name district is still a county); else None, for review. With a region taken from the page, a
  township and its community or village opening the lead (北大街街道南尖社区加强…: a subdistrict several
  counties have) give community; else None. So does a village or community of the township the article is
  about opening the lead as its subject (正定县正定镇：… / 正定县正定镇清泉村委会在…), maybe after a time phrase.
"""

from __future__ import annotations

import re

from builder.extract.level_estates import estate_project, title_unit
from builder.extract.regions import PAGE_NOTE, RegionResult
from builder.extract.unitnames import locality_level, opening_units
from builder.places.gazetteer import gazetteer
from builder.places.matching import body_text, clean
from builder.text.numerals import COUNT_NUMERALS, NUMBERS_TO_TEN

_ORGANISATION = re.compile(
    r"(有限责任公司|有限公司|股份公司|公司|集团|企业|工厂|合作社|小区|楼宇|网格)(联合)?(党支部|党总支|党委|党组织|党小组)"
    # a school, by its party organisation or its members (某县二中党员进社区; not a hospital: a city's police
    # hospital serving the city is the city's work)
    rf"|(?:中学|小学|学校|[{NUMBERS_TO_TEN}]中)(?:党支部|党总支|党委|党组织|党员)"
)
# a two-character verb of going or bringing (走进, 深入, 引进, 推进, 送到, 进驻): no name, even first or after a place
_GOING_VERB = r"[走迈步开进深融纳投加引推促送派搬带落来][进到入驻]"
_TITLE_ORGANISATION = re.compile(
    r"^[^：:，\s]{2,30}?"
    r"(?:(?<![进到入驻])"
    r"|(?:(?<=^[\u4e00-\u9fff][进到入驻])|(?<=[\u4e00-\u9fff][省市县区镇乡村旗道][\u4e00-\u9fff][进到入驻]))"
    rf"(?<!{_GOING_VERB}))"
    r"(公司|集团|合作社|小区|家园|花园|苑)(?:[：:]|[ \u3000]+(?=\S))"
)  # 丘北县幸福里小区：…, or a space between the two parts of a headline (丘北县幸福里小区 一颗“红心”温暖民心);
# not where a verb goes to the kind (江西推动“红色物业”进小区 住户家门口…: every 小区, no named one), unless the
# 进/到/入/驻 ends a two-character name standing first or right after a place (宏进公司：…, 丘北县前进小区 …) that is
# no verb of going (走进合作社 …, 全省引进集团 …: every one)
# What stands right before the kind of an organisation when it is a kind set up everywhere, not one named
# organisation (昆都仑区：网格党小组让…, 每个小区党支部): no name of its own.
_UNNAMED_BEFORE = re.compile(
    r"(?:^|[：:，,、。；“”\s]|每个|每|各个|各|全部|所有|的|了|和|与|及)$"
    # the kind a place sets up or strengthens everywhere (石家庄市建立完善物业企业党组织…, 加强小区党支部建设)
    r"|(?:建立|完善|组建|成立|健全|加强|推动|推进)[\u4e00-\u9fff]{0,4}$"
)
# A count right before the kind (293个村党支部领办380家合作社, 全市12个小区): many of them, no one named organisation.
_COUNTED_KIND = re.compile(rf"[0-9０-９{COUNT_NUMERALS}余多几]+[家个所座栋]$")
_TIME_CLAUSE = re.compile(r"(以来|近年来|近日|日前|目前|期间|当前|今年|去年|\d+年|\d+月\d*日?)$")
_RANK = {"province": 0, "city": 1, "county": 2, "township": 3, "community": 4}


def _opening(title: str, body: str) -> list[str]:
    """The title and the opening clause of the body (after a leading time phrase)."""
    first = body_text(body).split("\n", 1)[0]
    clauses = re.split(r"[，。；！？]", first)
    opening = [c for c in clauses[:2] if c]
    if opening and not _TIME_CLAUSE.search(opening[0]):
        opening = opening[:1]
    return [clean(title), *opening]


def _organisation(title: str, body: str) -> str | None:
    """A single organisation below township named as the subject of the title or the opening clause."""
    match = _TITLE_ORGANISATION.match(title.strip())
    if match and not _COUNTED_KIND.search(match.string[: match.start(1)]):
        return clean(match.group(0)).rstrip("：:")
    for text in _opening(title, body):
        for match in _ORGANISATION.finditer(text):
            if match.start() <= 40 and not _UNNAMED_BEFORE.search(text[: match.start()]):
                return match.group(0)
    return None


def _named_level(title: str, body: str) -> str | None:
    """The level every place name in the title and opening clause agrees on (None when they differ)."""
    gaz = gazetteer()
    levels: set[str] = set()
    for text in _opening(title, body):
        for _, _, surface in gaz.scan(text):
            forms = [f for f in gaz.forms[surface] if f.strength != "bare"]
            levels |= {gaz.places[f.key].level for f in forms}
    return levels.pop() if len(levels) == 1 else None


def detect_level(title: str, body: str, region: RegionResult) -> tuple[str | None, tuple[str, ...]]:
    """province | city | county | township | community for the acting unit, and review notes."""
    if region.locality:
        levels = [locality_level(part) for part in region.locality.split("、") if part]
        level = max(levels, key=_RANK.__getitem__)
        unit = title_unit(title, body) if level == "township" else None
        if unit:
            return "community", (f"level: community, for the unit ({unit}) the headline's subject names",)
        chain = _village_of_township_leads(body, region.locality) if level == "township" else None
        if chain:  # 正定镇：… / 近年来，正定县正定镇清泉村委会在…: the village acts, not the town
            return "community", (f"level: community, for {chain} opening the lead as its subject",)
        return level, ()
    if region.zone:
        return "county", (f"level: county, for the functional zone {region.zone} that acts",)
    place = region.region
    if any(note.startswith(PAGE_NOTE) for note in region.review):
        chain = _lead_township_and_community(_after_the_opening_quote(body_text(_no_headings(body)).lstrip()))
        if chain:  # 北大街街道南尖社区加强…: a subdistrict no county picks, and its community, open the lead
            return "community", (
                f"level: community, for {chain} opening the lead; its region comes from the page",
            )
        return None, ("level: the article names no unit of its own; its region comes from the page",)
    organisation = _organisation(title, body) or estate_project(title, body)
    if organisation and not place.is_empty():
        return "community", (f"level: community, for the organisation ({organisation}) that acts",)
    if place.county:
        return "county", ()
    if place.city:
        return "city", ()
    if place.province:
        return "province", ()
    named = _named_level(title, body)
    if named in _RANK:
        return named, (f"level: {named}, from the place named in the opening; its region is unresolved",)
    return None, ("level: no acting unit found",)


# A lead opening on what someone said (“阿姨，我来看看…”) and when (近日，): the report's own sentence follows.
_OPENING_QUOTE = re.compile(r"^“[^”]{1,80}”(?:[^，。！？“]{0,8}(?:近日|日前|近期|今年以来|\d+月\d+日)[，,])?")


def _no_headings(body: str) -> str:
    """The body without its subheadings (`## 居民有需求 社区有服务` over the lead)."""
    return "\n\n".join(p for p in re.split(r"\n\s*\n", body) if not p.lstrip().startswith("#"))


def _after_the_opening_quote(lead: str) -> str:
    """The lead after the words quoted at its start and the time phrase under them (“阿姨，…”近日，向阳街道…)."""
    match = _OPENING_QUOTE.match(lead)
    return lead[match.end() :] if match and match.group(0).endswith(("，", ",")) else lead


def _lead_township_and_community(lead: str) -> str | None:
    """A township and its community or village opening the lead as its subject, as an address names them
    (北大街街道南尖社区加强…; not 北大街街道依托社区…, 东关镇扎实推进乡村振兴…): the two names."""
    units = opening_units(gazetteer(), lead)
    chain = "".join(units)
    if len(units) != 2 or locality_level(units[1]) != "community" or not lead.startswith(chain):
        return None
    return chain if _CJK.match(lead, len(chain)) else None


_CJK = re.compile(r"[\u4e00-\u9fff]")
_PLACE_IN = re.compile(r"[的里内外中旁边门前口]")
# After the village: more units than one (清泉村等12个村, 清泉村、东关村; a kind there are many of, 南坪街道高层住宅
# 小区多，), or its people (清泉村村民王某说): not the village acting.
_NOT_ONE_UNIT = re.compile(r"[等、和与及]|多[，,、]|(?:村民|居民|群众|老人|妇女|党员|志愿者|网格员)")
# What may stand before the township in the lead's first clause: a time phrase (近年来，) and the places above it.
_LEAD_TIME = re.compile(r"^(?:[^，。]{0,8}(?:以来|年来|近日|日前|近期|今年|去年|目前|当前)[，,]?)?")


def _village_of_township_leads(body: str, township: str) -> str | None:
    """The township the article is about, with a community or village of its own, is the subject opening the
    lead, maybe after a time phrase and the places above it (近年来，正定县正定镇清泉村委会在…, 正定镇清泉村党支部
    积极探索…; not 正定镇扎实推进…, 正定镇在各村推行…, 正定镇清泉村3组村民…说: a villager, nor 湖塘镇花园社区的
    一栋居民楼里…: where a scene is set): the two names."""
    first = re.split(r"[。；！？\n]", body_text(body).lstrip(), maxsplit=1)[0]
    first = first[_LEAD_TIME.match(first).end() :]
    at = first.find(township)
    if at < 0 or at > 12 or not _only_places(first[:at]):
        return None
    chain = _lead_township_and_community(first[at:])
    if (
        chain is None
        or _PLACE_IN.match(first, at + len(chain))
        or _NOT_ONE_UNIT.match(first, at + len(chain))
    ):
        return None  # 湖塘镇花园社区的一栋居民楼里…: where a scene is set, not who acts
    return chain


def _only_places(text: str) -> bool:
    """`text` is made only of place names the gazetteer knows (正定县, 石家庄市正定县), or is empty."""
    covered = 0
    for start, end, _ in sorted(gazetteer().scan(text)):
        if start != covered:
            return False
        covered = end
    return covered == len(text)
