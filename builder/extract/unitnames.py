"""The units below the county as an address names them right after a place (叶县辛店镇大竹园村, 回民区海西路街道
赛马场北路社区): which words before a unit word (街道, 镇, 乡, 苏木, 社区, 小区, 村, 嘎查) make a township's or a
community's name, and which are prose, a kind, a verb's clause or a division's own name (split from locality.py,
which decides which unit acts):
- `units_after(gaz, text, end, mentions)`: the township and community named at `end` (a listed township counts
  as one; a village the address names by its bare name and the text prints in full elsewhere follows too; a
  unit whose name opens with a demonstrative's character, 那大镇, 那澜村, when named again opening a sentence or a
  clause; none after a county's bare name that opens a listed township's, 思茅 of 思茅港镇).
- `township_goes_on(gaz, zone, address)`: a headline's address ending at its township, with the village the body
  names right after that township (思茅港镇那澜村…).
- `is_unit_name(part, unit_len)`: what stands before the unit word is a name (朝阳社区), not prose (为村干部),
  a numeral (一街道), a kind (贫困村, 高校社区共建) or a clause (联合…建立红星街道).
- `locality_level(name)`: township or community, by the unit word the name ends with (moved from locality.py).
- `place_as_stem(gaz, unit)`: a division's full name before the unit word (牡丹江市社区志愿者协会): no unit's name.
- `opening_units(gaz, text)`: the township and community `text` opens with; `lead_subject(gaz, text, mentions)`:
  those the lead opens with as the subject of a deed (近年来，某街道推行…); `unit_follows(gaz, zone, mention)`:
  a unit follows a place name (an address: a short county name written so is a place even when named once).
"""

from __future__ import annotations

import bisect
import re

from builder.places import townships
from builder.places.gazetteer import Gazetteer
from builder.places.matching import Mention, Zone
from builder.text.numerals import NUMBERS_TO_TEN

__all__ = [
    "ADDRESS_UNITS",
    "PROSE",
    "is_unit_name",
    "locality_level",
    "opening_units",
    "place_as_stem",
    "township_goes_on",
    "unit_follows",
    "units_after",
]

ADDRESS_UNITS = re.compile(  # (matched at a position: no ^)
    # (地区: a Beijing district's township-level area, 朝阳区三间房地区, never a county's 部分地区 or a prefecture)
    r"((?:[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡|苏木|(?<=[\u4e00-\u9fff]{2})地区))?)(?:(?<=[道镇乡木])[、的])?"
    r"((?:[\u4e00-\u9fff]{1,8}?(?:社区|小区|村|嘎查))?)"
)
PROSE = set(  # (某: an unnamed unit, 杨柳青镇某社区, is nobody's locality)
    "的了在与及以对把将从被等个各全每该本其这那所并也都还又就到由着过让使推入走展提实施抓持续不已是某"
)
# A numeral alone before the unit word is no name (朝阳区一街道推行…: "a subdistrict of 朝阳区").
_UNNAMED = frozenset("一两几某")
# An ordinal or a count of units before the unit word says which one, not its name (洪山区首家社区党委挂牌, 全区
# 第一个小区党支部, 多家社区联动: "the first community"); never a name whose numeral is its own (三家村, 十里铺村).
_ORDINAL = re.compile(rf"^(?:首|第[{NUMBERS_TO_TEN}百\d]+|[多数几])[家个批座所]?$")
# After a place name, 级 is prose (市级示范社区); a headline's own unit may start with it (级索镇：).
_RANK = "级"
_VERB_STEM = re.compile(
    r"^(调研|走访|服务|联系|深入|走进|来到|前往|覆盖|下沉|报到|进入|包联|指导|督导|视察|考察|推动|打造"
    # a verb of policy work done to communities at large (井口街道探索社区养老新路子; never 创新社区, a name)
    r"|探索|构建|健全|完善|深化|强化|优化|提升|加强|激活|聚焦|做实|赋能|破解|织密)"
)
# After the unit word, what makes it part of a common noun (莲都区为村干部“减负松绑”: 村干部, not a village 为村;
# 浙江为村社“松绑”: 村社, the villages and communities; 村社会组织 and 村社区 keep the village).
_UNIT_IN_A_WORD = re.compile(r"干部|工作者|(?<=村)(?:民|级|务|集体|社(?![区会]))")
# A verb inside what stands before the unit word: a clause, not a name (联合汝城县检察院建立红星街道检察工作室).
_VERB_INSIDE = re.compile(r"建立|成立|设立|组建|打造|开展|推进|推动|联合|成为|作为|位于|来到|走进|深入|依托")
_GENERIC_STEM = re.compile(
    r"城市|农村|城乡|基层|老旧|辖区|安置|搬迁|周边|所在|当地|本地|各类|居住|重点|示范|试点|乡村|城镇|乡镇|相关|部分|多个"
    # a kind of institution paired with communities (杨浦区高校社区共建, 机关社区联动): no named community
    r"|高校|学校|院校|企业|机关|单位|医院|部门|驻区"
    # a category of villages or housing estates, not a name (贫困村, 行政村, 无物业小区, 城中村)
    r"|行政|自然|空心|贫困|脱贫|后进|薄弱|涣散|无物业|商品房|封闭式|开放式|城中|回迁|还建|易地|边境"
    # a kind of village by its age or heritage (“古村理事会”, 古村保护, 传统村落): not one village's name (古楼村 is)
    r"|^古$|传统"
    # the words of a governance phrase, never in a unit's name (七宝镇党建引领社区治理见闻: the town's 党建引领)
    r"|党建|引领|治理"
)


# 都 right before the unit word is a name's noun (宝翠花都社区, 金色名都小区: an estate's "metropolis"), never the
# adverb "all", which stands before a verb, not a noun.
_NAME_ENDING = "都"


def is_unit_name(part: str, unit_len: int, after_place: bool = True) -> bool:
    stem = part[:-unit_len]
    named = stem[:-1] if len(stem) > 2 and stem.endswith(_NAME_ENDING) else stem
    prose = set(named) & PROSE or (after_place and _RANK in stem) or stem in _UNNAMED or _ORDINAL.match(stem)
    verb = _VERB_STEM.match(stem) or _VERB_INSIDE.search(stem)
    return bool(stem) and not (prose or _GENERIC_STEM.search(stem) or verb)


# A sentence or a clause opening with the name, a paragraph's indent maybe before it (那大镇有14个村。, 当时，那澜村…).
# (a count after the demonstrative never makes a name either: 这两村, these two villages)
_DEMONSTRATIVES, _CLASSIFIERS = "那这", "个些座片类种样位级一两二三四五六七八九十几"
_CLAUSE_START = r"(?:^|[。！？；，,\n])[\s\u3000]*"


def _named_again(text: str, unit: str, unit_len: int) -> bool:
    """A township or a village the address names (儋州市那大镇, 思茅港镇那澜村) whose name opens with a
    demonstrative's character (那, 这) and one more is a name when the text names it again opening a sentence or a
    clause (那大镇有14个村。, 当时，那澜村茶叶…): after a place's name a demonstrative is no prose (a preposition
    is: 在槐店乡…), and a classifier or a count after it never makes a name (这个镇, 这些镇, 这两村)."""
    stem = unit[:-unit_len]
    if len(stem) != 2 or stem[0] not in _DEMONSTRATIVES or stem[1] in _CLASSIFIERS:
        return False
    return re.search(_CLAUSE_START + re.escape(unit), text, re.M) is not None


# A village or community printed right after its township (那曲镇色尼雄塔村): its whole name, maybe opening with its
# county's stem (色尼 of 色尼区).
_UNIT_AFTER_TOWNSHIP = re.compile(r"(?:镇|乡|街道|苏木)([\u4e00-\u9fff]{3,8}?(?:村|社区|嘎查))")


def _opens_a_village_name(text: str, start: int) -> bool:
    """Whether a county's stem at `start` opens a village's name the text prints after its township (那曲镇色尼雄塔村
    … 色尼雄塔村，…): the village's name, there and wherever printed again, not the county and a shorter village."""
    return any(text.startswith(m.group(1), start) for m in _UNIT_AFTER_TOWNSHIP.finditer(text))


# A county's organ with stations in its townships, between the county and the township its station is in
# (某区公安分局某某街道派出所, 某县司法局某某镇司法所): the address goes on after it.
_COUNTY_ORGAN = re.compile(
    r"公安分局|公安局|司法局|人民法院|税务局|市场监督管理局|市场监管局|供电公司|交警大队"
)


def units_after(gaz: Gazetteer, text: str, end: int, mentions: list[Mention]) -> list[str]:
    """Township / community names right after a place name (a listed township unit counts as one; a county's
    organ between them skipped: 某区公安分局某某街道派出所)."""
    parts: list[str] = []
    if any(m.end == end and m.strength == "bare" and _opens_a_village_name(text, m.start) for m in mentions):
        return []  # (那曲镇色尼雄塔村: a village's name opening with its county's stem, no address after the county)
    organ = _COUNTY_ORGAN.match(text, end)
    end = organ.end() if organ else end
    first = bisect.bisect_left(mentions, end, key=lambda m: m.start)  # (mentions are in text order)
    for m in mentions[first : first + 2]:
        if m.start == end and m.key and gaz.places[m.key].level == "township":
            parts.append(m.surface)
            end = m.end
            break
    match = ADDRESS_UNITS.match(text, end)
    if match:
        township, community = match.group(1), match.group(2)
        township = "" if township and place_as_stem(gaz, township) else township
        community = "" if community and place_as_stem(gaz, community) else community
        if township and not parts and _opens_listed_township(text, end, township):
            return []  # (思茅 of 思茅港镇: the place's name opens its township's, no address after the place)
        if township and not parts:
            listed = (
                township in townships.table()
            )  # 乌兰浩特市都林街道: a listed name, whatever its first character
            unit_len = 2 if township.endswith(("街道", "苏木", "地区")) else 1
            if not (listed or is_unit_name(township, unit_len) or _named_again(text, township, unit_len)):
                return []
            parts.append(township)
        after = match.end()
        unit_len = 2 if community.endswith(("社区", "小区", "嘎查")) else 1
        if (
            community
            and (is_unit_name(community, unit_len) or (parts and _named_again(text, community, unit_len)))
            and not _UNIT_IN_A_WORD.match(text, after)
        ):
            parts.append(community)
        elif township and not community:
            parts += _bare_village(text, after)
    return parts


def township_goes_on(gaz: Gazetteer, zone: Zone, address: list[str]) -> list[str]:
    """A headline's address ending at its township (记…思茅区思茅港镇…) with the village the body names right
    after that township, the places above it left out (思茅港镇那澜村的茶山…); [] when the body names the township
    alone, or the address ends at a community or village."""
    if locality_level(address[-1]) != "township":
        return []
    at = zone.text.find(address[-1])
    while at >= 0:
        parts = units_after(gaz, zone.text, at, zone.mentions)
        if len(parts) > 1 and parts[0] == address[-1]:
            return address[:-1] + parts
        at = zone.text.find(address[-1], at + 1)
    return []


def _opens_listed_township(text: str, end: int, township: str) -> bool:
    """The name before `end` (a county's bare name, 思茅) and the township read after it (港镇) make one listed
    township's name (思茅港镇): the place's name is the township's first characters, not an address."""
    table = townships.table()
    return any(text[end - size : end] + township in table for size in (1, 2, 3) if end >= size)


_UNIT_WORD = re.compile(r"(?:街道|苏木|社区|小区|嘎查|镇|乡|村)$")
_DIVISION_LEVELS = ("province", "city", "county")


def place_as_stem(gaz: Gazetteer, unit: str) -> bool:
    """What stands before the unit word is a division's full name, or several (牡丹江市社区志愿者协会, 思明区社区
    工作者, 黑龙江省牡丹江市社区…), or its unit word alone (市社区志愿服务基地): the place's community work, an
    adjective use, naming no community. (A bare name is a community's own: 朝阳社区, 城关村; so is a district's
    name of one character and 区 standing first, a part of any town too: 西区社区, 城区社区, 矿区社区.)"""
    stem = _UNIT_WORD.sub("", unit)
    if stem in ("省", "市", "县", "区", "旗", "州", "盟"):
        return True
    covered = 0
    for start, end, surface in gaz.scan(stem):
        full = any(
            f.strength != "bare" and gaz.places[f.key].level in _DIVISION_LEVELS
            for f in gaz.forms[surface]
            if f.key in gaz.places
        )
        if start != covered or not full or surface[-1] not in "省市县区旗州盟":
            return False
        # (东区, 西区, 城区, 矿区, 郊区 first: the town's part, unless its city names it: 阳泉市城区)
        if start == 0 and len(surface) == 2 and surface[-1] == "区":
            return False
        covered = end
    return bool(stem) and covered == len(stem)


def opening_units(gaz: Gazetteer, text: str) -> list[str]:
    """The township and the community or village `text` opens with, as an address names them (北大街街道南尖社区加强…
    -> 北大街街道, 南尖社区; 北大街街道在各社区推行… and 东关镇扎实推进乡村振兴… name the township alone)."""
    return units_after(gaz, text, 0, [])


_LEAD_TIME = re.compile(r"(?:近年来|近来|今年以来|去年以来|以来|日前|近日|目前|近期|去年|今年)[，,]")
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:党工委|党委|办事处|政府)?(?:在|把|将|以|围绕|聚焦|针对|创新|推行|探索|推出|打造|建立|实施|开展|组建|设立|启动|坚持|依托|整合)"
)


def lead_subject(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[str]:
    """The township and the community or village the lead opens with (after a time phrase, 近年来，) as the subject of
    a deed (小寨路街道推行…, 近年来，某镇党委探索…): the units, as an address names them; else []."""
    start = _LEAD_TIME.match(text)
    at = start.end() if start else 0
    parts = units_after(gaz, text, at, mentions)
    return parts if parts and _SUBJECT_VERB_AFTER.match(text, at + len("".join(parts))) else []


def _bare_village(text: str, at: int) -> list[str]:
    """A village named in the address by its bare name, before what is there (余家坪镇郝家川淡水鱼养殖场), and
    printed in full elsewhere in the text (将郝家川村建成…): that village."""
    for size in (4, 3, 2):
        stem = text[at : at + size]
        village = stem + "村"
        in_full = not text.startswith(village, at) and village in text
        if _CJK_ONLY.fullmatch(stem) and in_full and is_unit_name(village, 1):
            return [village]
    return []


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def unit_follows(gaz: Gazetteer, zone: Zone, mention: Mention) -> bool:
    """A township or community name follows the place name right away (叶县辛店镇大竹园村): an address."""
    return bool(units_after(gaz, zone.text, mention.end, zone.mentions))


_COMMUNITY = ("社区", "村", "嘎查", "小区", "网格", "居委会", "村委会")


def locality_level(name: str) -> str:
    """township or community, from the unit word a locality ends with."""
    return "community" if name.endswith(_COMMUNITY) else "township"
