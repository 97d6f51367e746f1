"""Who acts in a summary's sentence (moved out of `summary`): a name from the title, a gazetteer place, a unit with
a proper name (not a generic word: 老旧小区, 各村), or a kind of unit alone whose unit the article named before
(街道推行…).
"""

from __future__ import annotations

import re

from builder.ingest.madetitles import place_units
from builder.places import townships
from builder.places.gazetteer import gazetteer, place_words

_ACTOR_SUFFIX = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:省|自治区|市|自治州|州|盟|县|区|旗|新区|乡|镇|街道|社区|村|"
    r"党委|党工委|工委|党组|党支部|党总支|妇联|委员会|协会|公司|组织部|工作部)"
)
# A unit named by a generic word is no actor: 老旧小区, 城市社区, 各村, 安置社区 …
_GENERIC_PREFIX = re.compile(
    r"(?:城市|农村|城乡|各|全|该|本|每个|老旧|安置|搬迁|基层|辖区|相关|村级|两新|行业|物业|企业|"
    r"社区|小区|网格|街道|楼栋|示范|重点|周边|所在|居住地|联系|驻区|单位|机关|部门|市直|县直|区直|"
    r"上级|下级|城区|主城|新城|新|老|大|小|其|我|一个|多个|所有|本地|当地)$"
)


def title_names(title: str) -> list[str]:
    """Names an actor might go by in the body: the title's part before a colon, and place-like words."""
    names: list[str] = []
    head = re.split(r"[：:]", title or "", maxsplit=1)
    if len(head) == 2 and 2 <= len(head[0].strip()) <= 16:
        names.append(head[0].strip())
    names += [m.group(0)[-8:] for m in _ACTOR_SUFFIX.finditer(title or "")]
    return [n for n in names if len(n) >= 2]


def has_actor(text: str, names: list[str], places: frozenset[str]) -> bool:
    """Names a specific unit: a name from the title, a gazetteer place, or a unit with a proper name."""
    if any(name in text for name in names):
        return True
    for match in _ACTOR_SUFFIX.finditer(text):
        whole = match.group(0)
        if any(whole[i:] in places for i in range(max(0, len(whole) - 12), len(whole) - 2)):
            return True
        if not _GENERIC_PREFIX.search(match.group(1)):
            return True
    return False


# a unit the article named before, now its subject by its kind alone (走进…荷花园街道… / 街道以小区党支部为…)
_BARE_UNIT = re.compile(
    r"^(街道|社区|村|镇|乡|县|区|市)(?:党工委|党委|党组织|里)?"
    r"(?=以|在|把|将|通过|对|为|与|联合|还|也|又|先后|积极|主动|创新|探索|坚持|依托|推行|建立|开展|组织|成立|设立|打造|"
    r"围绕|聚焦|针对|按照)"  # its subject: a preposition or a deed follows (not 社区管理难…: a topic)
)


def units_named(text: str) -> set[str]:
    """The kinds of unit (街道, 社区, 村 …) `text` names a unit of by its proper name."""
    kinds: set[str] = set()
    for match in _ACTOR_SUFFIX.finditer(text):
        if not _GENERIC_PREFIX.search(match.group(1)):
            kinds.add(match.group(0)[len(match.group(1)) :])
    return kinds


# the party organisation of a unit the article named before, by the unit's kind alone (村党总支牵头…, 社区党委开办…):
# the unit's organisation is the subject whatever verb follows
_BARE_UNITS_PARTY = re.compile(
    r"^(街道|社区|村|镇|乡|县|区|市)(?:党工委|党委|党总支|党支部|“两委”)(?=[\u4e00-\u9fff])"
)


def named_before(text: str, named: set[str]) -> bool:
    """Does the sentence open on a kind of unit alone, or its party organisation, whose unit the article named
    before (街道推行…, 村党总支牵头…)?"""
    bare = _BARE_UNIT.match(text) or _BARE_UNITS_PARTY.match(text)
    return bare is not None and bare.group(1) in named


def actor_places() -> frozenset[str]:
    """The gazetteer's names of three characters or more (what the tokenizer takes as place words)."""
    return place_words()


# A unit the article calls by a demonstrative (该村党支部…, 目前，该县已成立…): in a summary standing alone it points
# at nothing, unless the summary named the unit before it. Not 该市场, 该村民, 该区域, 该乡村 (no unit).
DEMONSTRATIVE = re.compile(
    r"该(自治区|自治州|街道|社区|苏木|嘎查|省|市(?![场民])|州|盟|县|区(?![域间])|旗|镇|乡(?!村)|村(?![民级]))"
)
_TWO_CHARACTER_KINDS = ("自治区", "社区", "小区", "街道", "苏木", "嘎查")


def unit_kind(unit: str) -> str:
    """The kind of unit a name ends with, as a demonstrative names it (桃坪村 -> 村, 双桥社区 -> 社区, 某某自治县 -> 县)."""
    return next((kind for kind in _TWO_CHARACTER_KINDS if unit.endswith(kind)), unit[-1:])


def units_in(text: str) -> list[str]:
    """The units the addresses of `text` name, in order (安化县渠江镇桃坪村近日召开… -> 安化县, 渠江镇, 桃坪村): an address
    opens with a place of the gazetteer or a township of the table and goes down the levels (`place_units`); one
    unit of each kind an address (a second village under a village is a deed read as a name: 近日召开村)."""
    starts = sorted({start for start, _, _ in gazetteer().scan(text)} | {s for s, _ in townships.find(text)})
    found: list[str] = []
    covered = 0
    for start in starts:
        if start < covered:
            continue
        kinds: set[str] = set()
        for unit in place_units(text[start : start + 40]):
            if unit_kind(unit) not in kinds:
                kinds.add(unit_kind(unit))
                found.append(unit)
            start += len(unit)
        covered = start
    return found


def naming_its_units(sentence: str, before: str) -> str | None:
    """`sentence` with each demonstrative whose unit it has not named before the demonstrative itself replaced by
    that unit's name, the last one of its kind the article named in `before` (该村党支部… -> 桃坪村党支部…); None when
    one of them is named nowhere before."""
    out: list[str] = []
    position = 0
    for match in DEMONSTRATIVE.finditer(sentence):
        if match[1] in units_named(sentence[: match.start()]):
            continue  # (走进某某社区…，详细了解该社区…: named in the sentence itself)
        named = [unit for unit in units_in(before) if unit_kind(unit) == match[1]]
        if not named:
            return None
        out += [sentence[position : match.start()], named[-1]]
        position = match.end()
    return "".join(out) + sentence[position:]
