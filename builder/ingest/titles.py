"""Titles: pair headline pieces, match detached headlines to article bodies, write a title from a lead."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from builder.ingest.lineshapes import is_place_kicker
from builder.places.gazetteer import gazetteer

_CJK_BIGRAM = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def bigrams(text: str) -> set[str]:
    return set(_CJK_BIGRAM.findall(text))


_PLACE_STEM = re.compile(r"(?=([\u4e00-\u9fff]{2})(新区|省|市|州|县|区|旗|盟|镇|乡))")
_SUFFIX_CHARS = set("省市州县区旗盟镇乡")
_GENERIC_STEM_END = set("社小城园辖片景新山库军灾矿牧林校街全该本我两各市县区乡镇村")


def place_keys(text: str) -> set[str]:
    """Two-character stems of place names (`瓜州县` -> 瓜州, `定西市` -> 定西): cheap keys for affinity."""
    keys = set()
    for match in _PLACE_STEM.finditer(text):
        stem, end = match.group(1), match.end(2)
        if end < len(text) and text[end] in _SUFFIX_CHARS:
            continue  # `进瓜州县`: the name ends at 县, so 瓜州 is the stem, not 进瓜
        if stem[-1] not in _GENERIC_STEM_END and stem[0] not in "在于到和与对向从是为的进入赴":
            keys.add(stem)
    return keys


def pair_kickers(run: Sequence[str], reads_on: Callable[[str, str], bool] | None = None) -> list[str]:
    """Join a place-name kicker line to the headline it belongs to: `金润社区` + `“她”力量…`.

    A kicker joins the next non-kicker headline in the run, else the previous one, after a colon; with no
    colon when `reads_on` says the headline right under it goes on as the place's own sentence (`某某县某某镇`
    / `探索…`: one headline wrapped after its subject).
    """
    items = list(run)
    used = [False] * len(items)
    titles: dict[int, str] = {}
    for i, text in enumerate(items):
        if not is_place_kicker(text):
            continue
        target = next(
            (j for j in range(i + 1, len(items)) if not is_place_kicker(items[j]) and not used[j]), None
        )
        if target is None:
            target = next(
                (j for j in range(i - 1, -1, -1) if not is_place_kicker(items[j]) and not used[j]), None
            )
        if target is None:
            titles[i] = text
            continue
        used[target] = True
        used[i] = True
        wrapped = target == i + 1 and reads_on is not None and reads_on(text, items[target])
        titles[target] = f"{text}{items[target]}" if wrapped else f"{text}：{items[target]}"
    for i, text in enumerate(items):
        if not used[i] and i not in titles:
            titles[i] = text
    return [titles[i] for i in sorted(titles)]


_COMMON_GRAM = 12  # a bigram held by more bodies than this names none of them (`服务`, `党员` on a long page)


def headline_affinities(headlines: Sequence[str], bodies: Sequence[str]) -> list[dict[int, float]]:
    """For each headline, {body index: the share of its distinctive words (CJK bigrams) that body holds}; a
    bigram counts less the more bodies hold it, and one held by very many counts for none. Linear in the
    text: each body is read once for the bigrams the headlines use."""
    headline_grams = [bigrams(headline) for headline in headlines]
    wanted = set().union(*headline_grams) if headline_grams else set()
    holders: dict[str, list[int]] = {}
    for b_index, body in enumerate(bodies):
        for gram in bigrams(body) & wanted:
            holders.setdefault(gram, []).append(b_index)
    affinities: list[dict[int, float]] = []
    for grams in headline_grams:
        scores: dict[int, float] = {}
        for gram in sorted(grams):
            holding = holders.get(gram, ())
            if len(holding) > _COMMON_GRAM:
                continue
            for b_index in holding:
                scores[b_index] = scores.get(b_index, 0.0) + 1.0 / len(holding) / len(grams)
        affinities.append(scores)
    return affinities


def match_headlines(
    headlines: Sequence[tuple[str, int]],
    articles: Sequence[tuple[str, int]],
) -> dict[int, int]:
    """Assign detached headlines to article bodies by the distinctive words they share.

    `headlines` and `articles` are (text, position on the page); a headline printed right before an
    article's start gets a small bonus. Returns {article index: headline index}; greedy on the best
    score, each used once, a headline that shares nothing with any body is left unassigned.
    """
    affinities = headline_affinities([text for text, _ in headlines], [text for text, _ in articles])
    start_of = {pos: a_index for a_index, (_, pos) in enumerate(articles)}
    starts = sorted(start_of)
    scored: list[tuple[float, int, int]] = []
    for h_index, (headline, h_pos) in enumerate(headlines):
        if not bigrams(headline):
            continue
        scores = affinities[h_index]
        following = bisect.bisect_right(starts, h_pos)
        if following < len(starts):  # printed right before an article's start: a small bonus
            next_article = start_of[starts[following]]
            scores[next_article] = scores.get(next_article, 0.0) + 0.15
        scored.extend((score, h_index, a_index) for a_index, score in scores.items() if score > 0.1)
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    assigned: dict[int, int] = {}
    used: set[int] = set()
    for _, h_index, a_index in scored:
        if a_index in assigned or h_index in used:
            continue
        assigned[a_index] = h_index
        used.add(h_index)
    return assigned


_CLAUSE_SPLIT = re.compile(r"[，；：,;:]")


def _clauses(sentence: str) -> list[str]:
    """The sentence's clauses, a quote closed where the sentence's end closed it (`…街头的“家”。` keeps its `”`);
    a clause going somewhere joined to the next saying what was done there (`…分别到所包保村` / `开展“…”活动`)."""
    clauses = [_closed(c.strip()) for c in _CLAUSE_SPLIT.split(sentence.rstrip("。！？!?”’」")) if c.strip()]
    joined: list[str] = []
    for clause in clauses:
        if joined and _GOING.search(joined[-1]) and _DOING.match(clause):
            joined[-1] += clause
        else:
            joined.append(clause)
    return joined


def _closed(clause: str) -> str:
    """The clause with the closing quote its last quote lost to the sentence's end."""
    for opening, closing in ("“”", "‘’"):
        if clause.count(opening) > clause.count(closing):
            clause += closing
    return clause


# A clause saying where people went (`到所包保村（社区）`, `走进田间地头`), and one saying what they did there.
_GOING = re.compile(r"(?:到|来到|走进|深入|前往|奔赴)[^，。]{2,16}$")
_DOING = re.compile(r"^(?:开展|举办|进行|召开|组织|参加|参与)")
# A scene a photo shows, someone doing something as the picture was taken (`调解员…正在对…进行调解`): no title.
_SCENE = re.compile(r"正在")
# A predicate whose subject the clause before holds (`…新邻驿站，已成为…的“家”`): no title on its own.
_PREDICATE = re.compile(r"^(?:已经?|成为|是|将|也|还|都|均|并)")


def _predicate_only(clause: str) -> bool:
    """A clause opening with its predicate (`已成为…`, `还…`), not with a place whose name begins so (`都匀市…`,
    `将乐县…`, `都江堰市…`: the gazetteer's names)."""
    if not _PREDICATE.match(clause):
        return False
    return gazetteer().place_opening(clause[:12]) is None


# A conjunction opening a clause (`然而在…`), left out of a title.
_CONJUNCTION = re.compile(r"^(?:然而|但是|但|而且|同时|此外|另外)")


# A place in full: province, city, county. After a city, `在全市` (`五指山市在全市各村…`) is no county: no
# county begins with 在, nor is one only 全 and its level.
PLACE_CHAIN = re.compile(
    r"(?P<province>[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}?自治区|宁夏|广西|西藏|新疆|内蒙古|北京市|天津市|上海市|重庆市)?"
    r"(?P<city>[\u4e00-\u9fff]{2,9}?(?:自治州|市|州|盟|地区))?"
    r"(?P<county>(?!在|全[县区旗市])[\u4e00-\u9fff]{2,6}?(?:自治县|新区|县|区|旗|市))?"
)


_NO_NAME = re.compile(
    r"[的在把到给为是由被让]"
)  # `义务为小区居民服务`, `不仅是城市…`: no place's name holds these
_VERB_AREA = re.compile(
    r"(?:依托|深入|走进|进入|服务|扎根|回到|联系|下沉|融入|覆盖|包联|包保|立足)(?:社区|小区)"
)


def _no_place(match: re.Match[str]) -> bool:
    """A place chain the pattern found that names no place: words holding `为`, `是`, `由`… (`义务为小区`,
    `不仅是城市`, `线上议事群由社区`), an area (`整合辖区`) or a community a verb takes (`依托社区`)."""
    if _NO_NAME.search(match.group(0)):
        return True
    county = match.group("county") or ""
    return match.group(0) == county and (
        county.endswith(("辖区", "片区", "街区", "景区", "校区", "库区"))
        or bool(_VERB_AREA.fullmatch(county))
    )


def find_place(text: str) -> re.Match[str] | None:
    """The first place chain (province / city / county, at least one of them) in the text."""
    for match in PLACE_CHAIN.finditer(text):
        if match.group(0):
            return match
    return None


_PREAMBLES = (
    # when: `近年来`, `2023年以来`, `6月12日`
    re.compile(
        r"^(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:近日|日前|近年来|近期|今年以来|\d{4}年以来|连日来|目前)?$"
    ),
    # what for, or by what: `为…`, `围绕…`, `通过…`
    re.compile(r"^(?:为|在|据|随着|围绕|按照|根据|针对|通过)"),
)


def _is_preamble(clause: str) -> bool:
    """A clause that only says when or what for: no actor comes first in it."""
    return any(pattern.match(clause) for pattern in _PREAMBLES)


_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?[”’」]?")
_QUOTED = re.compile(r"[“‘]([^“”‘’，。！？]{2,14})[”’]")
_ONLY_LOCALITIES = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:乡|镇|村|社区|街道|小区|嘎查|苏木))+")
_MAX_TITLE = 40


_HEADLINE_LENGTH = 24  # a lead clause up to this long reads as a headline as it is
_PLACE_UNIT = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|县|区|旗|街道|乡|镇|社区|村|嘎查|苏木)"
)
# words the place patterns take for a county (…区) or a unit that name an area, not a place: 杜桥街道辖区
# (the kinds of land a region holds: `渔区平安`, `山区群众` name no place, and a headline's place words never hold
# them; the other words stay place words there, the head rules read `…社区…` headlines by them)
AREA_KINDS = ("渔区", "山区", "牧区", "矿区", "林区", "湖区", "垦区")
GENERIC_AREAS = (
    *("社区", "小区", "园区", "街区", "景区", "城区", "辖区", "片区", "校区", "库区"),
    *AREA_KINDS,
)
_QUOTED_PHRASE = re.compile(r"[“‘]([^“”‘’。！？]{2,20})[”’]")


def _generic(unit: str) -> bool:
    """An area (`社区`, `辖区`) or a scope (`全市`, `各县`) the place patterns take for a place."""
    return unit in GENERIC_AREAS or (len(unit) == 2 and unit[0] in "全各本该")


def acting_place(clause: str) -> str:
    """The most specific place of the chain a clause opens with (`海东市互助土族自治县红崖子沟乡…` -> 红崖子沟乡)."""
    position, last, level = 0, "", -1
    while (match := _PLACE_UNIT.match(clause, position)) and not _generic(match.group(0)):
        below = unit_level(match.group(0))
        if below < level:  # a chain goes down the levels: `…社区联合义乌市…` is no place inside the community
            break
        position, last, level = match.end(), match.group(0), below
    return last


_LEVELS = (
    ("省", "自治区", "特别行政区"),
    ("市", "州", "盟"),
    ("县", "区", "旗"),
    ("街道", "乡", "镇", "苏木"),
)
TOWNSHIP_LEVEL = 3  # (the rank of _LEVELS' 街道, 乡, 镇)


def unit_level(unit: str, estates: bool = False) -> int:
    """How far down the administrative levels a place unit stands, by its suffix (a village or community: 4;
    a township: TOWNSHIP_LEVEL). With `estates`, an estate (小区) stands below a community, 5 (madetitles'
    place_units reads a chain down to one); without, its 区 reads as a county's (acting_place's chain stops above
    it)."""
    if estates and unit.endswith("小区"):
        return 5
    if unit.endswith(("社区", "村", "嘎查")):
        return 4
    return next((rank for rank, ends in enumerate(_LEVELS) if unit.endswith(ends)), 4)


def _headline_from_clause(clause: str, practice: str | None) -> str:
    """A short clause as it is; a long one as `place：named practice` (the practice the clause quotes, or the
    one the article repeats): `红崖子沟乡：党建带妇建、妇建促党建`; else the clause, cut."""
    if len(clause) <= _HEADLINE_LENGTH:
        return clause
    place = acting_place(clause)
    quoted = _QUOTED_PHRASE.search(clause)
    named = quoted.group(1) if quoted else practice if practice and len(practice) >= 3 else None
    if place and named:
        return f"{place}：{named}"
    return clause if len(clause) <= _MAX_TITLE else clause[: _MAX_TITLE - 1] + "…"


def lead_clauses(paragraphs: Sequence[str]) -> Iterator[tuple[str, bool]]:
    """The clauses of the lead (its first 3 paragraphs) that open with a place in full and say something of
    it, in order, each with whether it is reported speech (`金川区的群众告诉记者`): the first one not speech
    names the place that acts and what it did. No question, quote, preamble (`近日`, `围绕…`), scene, lone
    predicate or bare address."""
    for sentence in _SENTENCE.findall("".join(paragraphs[:3])):
        if sentence.endswith(("？", "?")) or sentence.startswith("“"):
            continue
        for clause in _clauses(sentence):
            clause = _CONJUNCTION.sub("", clause)
            if _is_preamble(clause) or _SCENE.search(clause) or _predicate_only(clause):
                continue
            place = find_place(clause)
            if not place or place.start() > 8 or len(clause) - place.end() < 4 or _no_place(place):
                continue
            if _ONLY_LOCALITIES.fullmatch(clause[place.end() :]):
                continue  # a bare address (`雷山县达地水族乡小乌村`) says nothing of what was done
            if place.group("province") and (place.group("city") or place.group("county")):
                clause = clause[place.end("province") :]  # the title names the acting place, not its province
            yield clause, bool(re.search(r"(?:告诉|表示|说|介绍|说道|强调)$", clause) or "记者" in clause)


def title_from_lead(paragraphs: Sequence[str]) -> str:
    """A headline for an untitled article, from its lead: the first clause that names a place and says
    what it did, or `地名：“做法”` when that clause is too long or is speech. Editors are asked to check it.
    (The first pass, while the page is segmented: `madetitles` remakes it once practices and themes are known.)"""
    quoted = Counter(_QUOTED.findall(" ".join(paragraphs)))
    practice = next((q for q, n in quoted.most_common() if n >= 2), None)
    speech_place: str | None = None  # a place named only in reported speech (`金川区的群众告诉记者`)
    for clause, speech in lead_clauses(paragraphs):
        if speech:
            place = find_place(clause)
            speech_place = speech_place or (place.group(0) if place else None)
            continue
        return _headline_from_clause(clause, practice)
    if speech_place and practice:
        return f"{speech_place}：“{practice}”"
    locality = _acting_locality(paragraphs)
    named = practice or next(iter(quoted), None)  # (else the first name the brief quotes, `“乡贤工作室”`)
    if locality and named:  # `石桥村：“老党员”`: a village's news brief naming no county
        return f"{locality}：“{named}”"
    text = "".join(paragraphs[:3])
    clauses = [c for c in (_CONJUNCTION.sub("", c) for c in _clauses(text)) if c] or _clauses(text)
    clauses = (
        [c for c in clauses if not (_is_preamble(c) or _SCENE.search(c))]
        or [c for c in clauses if not _is_preamble(c)]  # a scene is still a better title than `近日`
        or clauses
    )
    first = clauses[0] if clauses else text
    return first[: _MAX_TITLE - 1] + "…" if len(first) > _MAX_TITLE else first


_LOCALITY_END = ("乡", "镇", "村", "社区", "街道", "嘎查", "苏木")


def _acting_locality(paragraphs: Sequence[str]) -> str:
    """The township, village or community that most clauses open with (`今年，石桥村充分发挥…`, `石桥村“五老”
    调解室成立以来…`): the place a brief about one locality acts in; '' when none opens two clauses."""
    opening = Counter(
        place
        for sentence in _SENTENCE.findall("".join(paragraphs))
        for clause in _clauses(sentence)
        if (place := acting_place(clause)).endswith(_LOCALITY_END)
    )
    best = opening.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else ""
