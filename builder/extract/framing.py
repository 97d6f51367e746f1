"""The place a story is framed as the work of (used by regions.py and locality.py): a body that calls what it
told an example of a city's or county's work (这起险情…正是楚雄州…结出的硕果; 这是利津县…的一个缩影), or a headline
opening with a city its first sentence names again with nothing below it (江西南昌…，各地…). That place acts, not
the county or township of the example."""

from __future__ import annotations

import re

from builder.extract.practice_around import AROUND
from builder.extract.unitnames import units_after
from builder.ingest.textrules import first_sentence
from builder.places.gazetteer import Gazetteer
from builder.places.matching import Zone

__all__ = [
    "example_frame",
    "example_of",
    "heads_the_headline",
    "scope_frame",
    "subject_frame",
    "title_frame",
    "whole_scope_frame",
]


# A sentence that frames the story as an example (这是…的一个缩影, 正是…结出的硕果): the frame's words after 是 / 这
# / 此 and a 的; not a place's fruits in general (硕果累累). Group 1, what the story is an example of, begins after
# the sentence's first 是 / 这 / 此: a place named before it is the story's own (七里河区实验小学门前的新停车位，是“楼栋议事”
# 机制发挥作用的生动缩影: the district is where it happened, the mechanism what it shows).
_EXAMPLE = re.compile(
    r"[^。！？\n]*?(?:是|这|此)([^。！？\n]*的(?:一个|又一个|生动)?(?:缩影|写照|硕果(?!累累)|注脚)[^。！？\n]*)"
)


# A sentence that sets the story's person or unit among many like it in a place (像哈昶鸿这样的驻村干部，在某市的广大
# 乡村比比皆是; 像…这样的社区，在全县还有很多): the story is one of that place's many, an example of its work. Group 1,
# where the many are, follows 这样 and its noun.
_ONE_OF_MANY = re.compile(
    r"像[^。！？\n]{1,30}?这样([^。！？\n]*?(?:比比皆是|不在少数|还有很多|随处可见|数不胜数|不胜枚举))"
)


def example_frame(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """The place whose work the body calls its story an example of (这起险情…正是楚雄州全面推进…结出的硕果; 像…这样的
    驻村干部，在某市…比比皆是), when it is `key` or a city or county above it: that place acts, not the county or
    township of the example; None when the body calls its story no example, or when the headline names a place
    below that place (the example's own place is the headline's subject: 某区某社区来了“合伙人”…, the body's
    是某市…的一个缩影 notwithstanding)."""
    body = zones["body"]
    spans = [m.span(1) for pattern in (_EXAMPLE, _ONE_OF_MANY) for m in pattern.finditer(body.text)]
    framing = {
        m.key
        for m in body.mentions
        if m.key
        and not m.dropped
        and any(a <= m.start < b for a, b in spans)
        and (m.key == key or gaz.is_ancestor(m.key, key))
        and gaz.places[m.key].level in ("city", "county")
    }
    if len(framing) != 1:
        return None
    frame = framing.pop()
    # (a headline naming a place below it as its subject, 某区某社区来了“合伙人”, tells that place's own story)
    below = any(m.key and not m.dropped and gaz.is_ancestor(frame, m.key) for m in zones["title"].mentions)
    return None if below else frame


def title_frame(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """A headline opening with a city (江西南昌“点单式”志愿服务…, 定西：…) whose body's first sentence names the
    same city and nothing below it (…江西南昌在3月份开启…，各地通过…): the city's own initiative, told through an
    example below it; the city when `key` is below it, else None."""
    title = zones["title"]
    opening = [m for m in title.mentions if m.key and not m.dropped]
    if not opening or opening[0].start > 0:
        return None
    end, last = 0, None
    for m in opening:  # the chain of places the headline opens with (江西 南昌)
        if m.start != end:
            break
        end, last = m.end, m
    if last is None or gaz.places[last.key].level != "city" or not gaz.is_ancestor(last.key, key):
        return None
    body = zones["body"]
    first_end = len(first_sentence(body.text))
    named = [m for m in body.mentions if m.key and not m.dropped and m.start < first_end]
    if not named or any(m.key != last.key and gaz.is_ancestor(last.key, m.key) for m in named):
        return None
    return last.key if any(m.key == last.key for m in named) else None


# The lead's subject: all the places of a city (近年来，地区各地立足实际…; 全州各地纷纷…): the city's own work.
# A headline whose subject is all of a province or a city (`全省…推进会在某地召开`, `全市…现场会在某县举行`):
# that whole place's own meeting or work, wherever it met.
# (not the first or the best of all the province, `全省首个…在某县落地`: the place below acts)
_WHOLE_SCOPE = re.compile(r"^全(省|市|州|盟)(?![场域内外级首最第唯])")
_WHOLE_SCOPE_LEVEL = {"省": "province", "市": "city", "州": "city", "盟": "city"}
# (nor an honour of all the city a person holds, `全市优秀党务工作者某某：…`, `全市十佳网格员…`, `全市…标兵某某`:
# the person's place acts; unless the headline is the meeting honouring them, `全市优秀…表彰大会在某县召开`)
_HONOURED_ROLE = re.compile(r"^[^，、：:—\s]{0,12}?(?:标兵|能手)[\u4e00-\u9fff]{0,3}(?:[：:\s—]|$)")
_MEETING_HELD = re.compile(r"召开|举行|举办")


def _honour_held(title: str) -> bool:
    """After 全省 / 全市, an honour's words (优秀…, 十佳…) or a role held as an honour (…标兵, …能手), in a
    headline holding no meeting: the title a person holds, no scope."""
    return bool(
        AROUND["honour_words"].match(title) or _HONOURED_ROLE.match(title)
    ) and not _MEETING_HELD.search(title)


def whole_scope_frame(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """A headline opening with 全省 / 全市 (`全省党建引领…推进会在某市召开`): the province's (the city's) own
    meeting or work, the place below it named only as where it met or as one of many; the province (the city)
    above `key`, else None."""
    match = _WHOLE_SCOPE.match(zones["title"].text)
    if match is None or _honour_held(zones["title"].text[match.end() :]):
        return None
    level = _WHOLE_SCOPE_LEVEL[match.group(1)]
    whole = next((p for p in gaz.chain(key) if p.level == level), None)
    return whole.key if whole is not None and whole.key != key else None


_CITY_SCOPE = re.compile(r"(?:^|[，。；！？])(?:[^，。；！？\n]{0,8}[，])?全?(?:地区|市|州|盟)各地(?![段块])")
_CITY_LEVEL_WORDS = ("地区", "市", "州", "盟")


def scope_frame(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """A lead whose subject is all the places of a city (近年来，地区各地立足实际，积极构建…; 全州各地…), the story
    then told in one of its counties: the city's own initiative (its city when `key` is below a city whose unit
    word the lead writes), else None."""
    lead = zones["body"].text.split("\n", 1)[0]
    match = _CITY_SCOPE.search(lead)
    if match is None:
        return None
    city = next((p for p in gaz.chain(key) if p.level == "city"), None)
    if city is None or city.key == key:
        return None
    word = next(w for w in _CITY_LEVEL_WORDS if w + "各地" in match.group())
    return city.key if city.name.endswith(word) else None


def example_of(key: str, zones: dict[str, Zone]) -> bool:
    """The body calls what it told an example of the place's work (这是利津县…的一个缩影): the place acts."""
    body = zones["body"]
    spans = [m.span(1) for pattern in (_EXAMPLE, _ONE_OF_MANY) for m in pattern.finditer(body.text)]
    return any(m.key == key and any(a <= m.start < b for a, b in spans) for m in body.mentions)


# What a headline's subject goes on with: a verb of setting up or doing, an adverb or a preposition (永泰在…,
# 某县率先推行…), not a colon, a bar or a noun the name qualifies (杨浦区高校社区共建…: the district's universities).
_SUBJECT_GOES_ON = re.compile(
    r"在|率先|首创|首推|推出|推行|推进|推动|探索|创新|以|把|让|为|用|打造|实施|出台|开展|全面|多措并举|建立|建成"
    r"|构建|聚焦|织密|深化|强化|着力|坚持|积极|大力|精准|启动|试点"
)


_TITLE_CLAUSE = re.compile(r"[：:，,丨|\s]")  # (a unit opening a clause of the headline: 见闻：都林街道…)


def heads_the_headline(gaz: Gazetteer, key: str, title: Zone) -> bool:
    """The headline opens with the place as the subject of its deed, naming no unit below it (永泰在全市首创…,
    永泰率先推行…; not 永泰：…, a dateline, nor 永泰城峰镇…, nor 某市推进…见闻：某街道…): the place acts,
    whatever village the lead's story starts in."""
    first = next((m for m in title.mentions if not m.dropped), None)
    if first is None or first.start != 0 or first.key != key:
        return False
    if not _SUBJECT_GOES_ON.match(title.text, first.end):
        return False
    starts = [first.end, *(m.end() for m in _TITLE_CLAUSE.finditer(title.text))]
    return not any(units_after(gaz, title.text, at, title.mentions) for at in starts)


def subject_frame(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """A headline (its kicker or deck before the colon included) opening with a city as the subject of its deed,
    naming no county or unit below it (石家庄市建立完善物业企业党组织探索…：…), over a story told in one of its
    counties: the city's own initiative; the city when `key` is it or below it, else None."""
    title = zones["title"]
    named = [m for m in title.mentions if not m.dropped and m.key]
    city = named[0].key if named else None
    if city is None or gaz.places[city].level != "city" or not (key == city or gaz.is_ancestor(city, key)):
        return None
    if any(m.key != city for m in named[1:]):
        return None
    return city if heads_the_headline(gaz, city, title) else None
