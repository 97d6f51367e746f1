"""The places a headline names: suffix-shaped words (`仪征市`, `枫桥镇`), the gazetteer's names, a stem before a
colon (`舟曲：`), a place chain's county or city, and the forms a kicker or a headline printed away from its body
names its place by. Asked by the line rules (headlinerules, briefs, kickers, subheadings) and by segment's tests
of a new article (newheadlines, articlestarts)."""

from __future__ import annotations

import re

from builder.ingest.titles import AREA_KINDS, find_place
from builder.places.gazetteer import gazetteer
from builder.places.matching import Zone, find_mentions

_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:省|自治区|市|州|县|区|旗|镇|乡|街道|社区|村)")
STEM_COLON = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]")  # `舟曲：…`, `青阳县：…`
# a rank, not a place: what a place is great or strong in (`蔬菜大县`, `工业强市`, `旅游名村`, `人口大省`)
_RANK = re.compile(r"[大强名](?:省|市|州|县|区|旗|镇|乡|村)$")
# a causative, a preposition or a verb of going before a place's suffix is no place's one-character stem: the
# suffix is what it lets, takes or goes to (`让村集体…`, `为村减负`, `把社区…`, `驻村`)
_FUNCTION_STEM = re.compile(
    r"^[让使把将给为向在到从对与和及于被进入驻回返](?:省|市|州|县|区|旗|镇|乡|街道|社区|村)$"
)
# a verb of going or becoming right before a place's suffix: the suffix is where they go or what they become, a
# kind of unit, no place's name (`外卖小哥变身社区治理“移动探头”`, real R38; `党员扎根社区`, `干部下沉村组`);
# two characters each, so a lookbehind may ask them (headlinewraps.OWN_SUBJECT)
GOING_VERBS = "变身|变成|成为|走进|走入|深入|扎根|下沉|融入|回到|来到|进驻|入驻|反哺|回馈"
_GOING_BEFORE_SUFFIX = re.compile(rf"(?:{GOING_VERBS})(?:省|市|州|县|区|旗|镇|乡|街道|社区|村)$")


def place_words(text: str) -> list[str]:
    """The place names a headline writes (`仪征市`, `枫桥镇`, `东关街道`): suffix-shaped words, never a kind of
    land (`渔区平安`, `山区群众`: titles.AREA_KINDS), a rank the gazetteer does not know (`蔬菜大县`; `大名县`
    stays) nor a suffix after a causative or preposition (`让村集体…`) or a verb of going or becoming
    (`变身社区治理…`)."""
    return [
        m.group(0)
        for m in _PLACE_WORD.finditer(text)
        if m.group(0) not in AREA_KINDS
        and not (_RANK.search(m.group(0)) and _unknown(m.group(0)))
        and not _FUNCTION_STEM.match(m.group(0))
        and not _GOING_BEFORE_SUFFIX.search(m.group(0))
    ]


def _unknown(word: str) -> bool:
    """No place the gazetteer knows ends the word (`蔬菜大县`; `大名县` is one)."""
    return not any(word[start:] in gazetteer().by_name for start in range(len(word) - 1))


def known_places(text: str, inside: bool = False) -> list[str]:
    """The gazetteer's names in a headline, never one inside another word (`领办合作社`: no 合作市), nor a bare
    stem inside a phrase (`打造友好场景`: no 友好区) unless `inside` (`…武汉公司长沙项目…`, asked only of names a
    headline printed elsewhere names)."""
    zone = Zone("title", text)
    find_mentions(gazetteer(), zone)
    return [
        m.surface
        for m in zone.mentions
        if not m.dropped and (inside or m.free or m.chained or m.strength != "bare")
    ]


def headline_places(text: str) -> list[str]:
    """The places a headline names: suffixed words (`青阳县`, `枫桥镇`), a stem before its colon (`舟曲：`),
    and the county or city of a place chain in it; each also by its stem without the suffix (`青阳`)."""
    found = list(place_words(text))
    colon = STEM_COLON.match(text)
    if colon:
        found.append(colon.group(1))
    chain = find_place(text)
    if chain is not None:
        found.extend(name for name in (chain.group("county"), chain.group("city")) if name)
    found.extend(_after_short_names(text, found))
    stems = {name[:-1] for name in found if len(name) >= 3}
    return sorted({name for name in found + list(stems) if len(name) >= 2})


def _after_short_names(text: str, words: list[str]) -> list[str]:
    """The place a word writes after a county's or city's short name (`海原幸福社区` -> `幸福社区`)."""
    starts = {start: end - start for start, end, _ in gazetteer().scan(text)}
    tails = []
    for word in words:
        at = text.find(word)
        length = starts.get(at, 0)
        if length and len(word) - length >= 3:
            tails.append(word[length:])
    return tails


def kicker_places(text: str) -> list[str]:
    """The places a kicker naming only a place writes (`浙江新昌` -> 浙江, 新昌; `丘北县幸福里小区`)."""
    return headline_places(text) + known_places(text)


def named_places(text: str, inside: bool = False) -> list[str]:
    """The places a headline printed away from its body names: suffixed words (`武进区`, `坪坝村`) and names the
    gazetteer knows (`故城`, `四川成都`), never a stem cut from a suffix-shaped word (`出台村` -> 出台)."""
    return place_words(text) + known_places(text, inside)
