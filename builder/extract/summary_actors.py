"""Who acts in a summary's sentence (moved out of `summary`): a name from the title, a gazetteer place, a unit with
a proper name (not a generic word: 老旧小区, 各村), or a kind of unit alone whose unit the article named before
(街道推行…).
"""

from __future__ import annotations

import re

from builder.places.gazetteer import place_words

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


def named_before(text: str, named: set[str]) -> bool:
    """Does the sentence open on a kind of unit alone whose unit the article named before (街道推行…)?"""
    bare = _BARE_UNIT.match(text)
    return bare is not None and bare.group(1) in named


def actor_places() -> frozenset[str]:
    """The gazetteer's names of three characters or more (what the tokenizer takes as place words)."""
    return place_words()
