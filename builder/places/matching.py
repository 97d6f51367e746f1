"""Place names in a text: `find_mentions` finds them, leaving out those that are part of another name or word
(鞍山社区, 海西路街道, 湖畔嘉苑东区社区, 大同市场, 甘肃日报), and links address chains (贵州省黔东南州凯里市).
A name held by an official's title (…委书记, 市长) or qualifying a population a sentence scopes (`在四川新就业群体
中`) weighs less: it says whose, not who acts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder.ingest.reporternames import WRITER_ROLE
from builder.places.gazetteer import Gazetteer
from builder.places.names import RANK
from builder.text.numerals import NUMBERS_TO_TEN

# What, right after a name, makes it part of a longer one: a street, community, newspaper … called after the
# place, or its unit word belonging to the next word (大同市场, 和平区域); a bare stem is part of more words,
# also of a housing estate called after it (延吉新村街道, 延吉一村 in Shanghai's 杨浦区: not 延吉市); a news site
# or app named after a place (中国江苏网, 南海网, 荆州新闻网, 新海南客户端) is no place of the article.
_SITE = r"|网(?![格点络信])|客户端"
_PART_OF_A_NAME = {
    "named": re.compile(
        r"(社区|街道|大街|大道|路|小区|日报|晚报|报社|电视台|新闻" + _SITE + r")|(?<=市)场|(?<=区)域"
    ),
    "bare": re.compile(
        rf"(社区|村|新村|[{NUMBERS_TO_TEN}]+村|街道|街|路|道|巷|小区|镇|乡|嘎查|苏木|广场|公园|社|族|局|厂|站|县|区|市|州|旗|盟|新闻"
        + _SITE
        + ")"
    ),
}
# After a name: a dateline's place (本报临沂5月6日讯, 中国江苏网5月6日常州讯, 新华社北京1月2日电).
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日[讯电]|讯")
# After the name opening a dateline: a local news site's own dateline (邓州网讯, 滕州新闻网6月2日讯): the site
# named after its place reports from there (a site's name elsewhere, 中国江苏网, names no place: _SITE).
_SITE_DATELINE = re.compile(r"(?:新闻)?网(?:\d{1,2}月\d{1,2}日)?讯|客户端(?:\d{1,2}月\d{1,2}日)?讯")
_GENERIC = re.compile(r"^(新城|老城|城[东西南北中关厢郊]|市中|城|郊|矿|[东西南北中])区$")
# After a name: a person's office there (成都市委副书记、市长王凤朝 visits 天府新区: the visit is the news), or a
# team it sends to another place (佛山市驻某镇帮镇扶村工作队: the team works where it is stationed).
_AFFILIATION = re.compile(
    r"^((委|政府|人大|政协)[^，。；、“”《》\d]{0,10}?副?(书记|部长|局长|主任|主席)|副?(市长|县长|区长|州长|省长|旗长|盟长)"
    r"|驻(?!地|扎|守|留))"
)
# A population the place qualifies, the scope of a sentence (`在四川新就业群体中`, `全省快递员中`): no acting unit.
_POPULATION_AFTER = re.compile(
    r"^(?:的)?(?:新就业群体|新业态群体|快递员|外卖骑手|骑手|外卖员|网约车司机)[^，。；]{0,8}?中"
)
_TITLE_STRONG = re.compile(r"^[：:—\s]")
_BOUNDARY = set("\n，。；：、！？“”‘’（）《》()—…·在到从由对向于与及据")


@dataclass
class Mention:
    """One place name found in a text, with the places it may stand for."""

    start: int
    end: int
    surface: str
    zone: str  # title | body | page
    keys: list[str]
    strength: str  # full | short | bare
    weight: float = 1.0
    prefix: bool = False  # followed by its own descendant: part of an address chain
    chained: bool = False  # preceded by its own ancestor
    needs_support: bool = False
    free: bool = False  # preceded by the start of a clause or a preposition, not inside a word
    dropped: bool = False
    key: str | None = None


@dataclass
class Zone:
    """A text (title, body or page) and the place names found in it."""

    name: str
    text: str
    mentions: list[Mention] = field(default_factory=list)


# 街办, the short form of 街道办事处 after a subdistrict's name (沙市区立新街办): read as the subdistrict, 立新街道
# (same length: positions stay); only where a name can end: before punctuation, the end, or what follows an
# office's name (its 党工委, 主任, 社区 …), never inside a verb (大街办理, 沿街办起).
_SUBDISTRICT_OFFICE = re.compile(
    r"(?<=[\u4e00-\u9fff])街办(?=$|[、，。；：,.;:）)」”\s]|党|主任|书记|社区|村|和|与|及|联合|组织|开展|工作|干部|领导|负责)"
)


def clean(text: str) -> str:
    """Markdown escapes, emphasis and heading marks out; no whitespace (CJK text needs none); a subdistrict's
    office written short (立新街办) read as its subdistrict (立新街道)."""
    text = re.sub(r"\\(.)", r"\1", text).replace("**", "")
    text = re.sub(r"(?m)^#{1,6}\s*", "", text)
    return _SUBDISTRICT_OFFICE.sub("街道", re.sub(r"[ \t\u3000\xa0]+", "", text))


_SENTENCE_END = re.compile(r"[。！？]")


def body_text(body: str) -> str:
    """The body's paragraphs, cleaned, one a line; a reporter's byline line (no sentence) is left out. Photo
    captions are not in the body (ingest moves them to `captions:`): a caption an editor writes there counts as
    text."""
    main: list[str] = []
    for para in re.split(r"\n\s*\n", body):
        text = clean(para).replace("\n", "")
        # 新甘肃·甘肃日报记者 田丽媛; a short sentence about the reporter is text (近日，记者走进浙江省桐庐县…。)
        if text and not (len(text) < 40 and WRITER_ROLE.search(text) and not _SENTENCE_END.search(text)):
            main.append(text)
    return "\n".join(main)


def find_mentions(gaz: Gazetteer, zone: Zone) -> None:
    """Every place name in `zone.text` that is not part of another word, as `zone.mentions`."""
    text = zone.text
    for start, end, surface in gaz.scan(text):
        forms = gaz.forms[surface]
        strength = max((f.strength for f in forms), key=RANK.__getitem__)
        site_dateline = zone.name == "dateline" and start == 0 and _SITE_DATELINE.match(text, end)
        if site_dateline:
            strength = "short"
        elif _PART_OF_A_NAME["bare" if strength == "bare" else "named"].match(text, end):
            continue
        keys = list(dict.fromkeys(f.key for f in forms))
        if strength == "bare":
            keys = _city_first(gaz, keys)
        free = start == 0 or text[start - 1] in _BOUNDARY
        if strength == "bare" and _names_outright(gaz, zone, keys, free, text, start, end):
            strength = "short"  # a title's lead-in (定西：…, 常州明月社区), a dateline (本报临沂5月6日讯)
        mention = Mention(start, end, surface, zone.name, keys, strength)
        mention.needs_support = (len(surface) <= 2 and strength == "full") or bool(_GENERIC.match(surface))
        if strength == "bare":
            mention.weight = 0.6 if len(surface) >= 3 else 0.4
            mention.needs_support = mention.needs_support or len(surface) <= 2
        mention.free = free
        if _AFFILIATION.match(text[end : end + 16]):
            mention.weight *= 0.5
        if _POPULATION_AFTER.match(text[end : end + 20]):
            mention.weight *= 0.2
        zone.mentions.append(mention)
    _chain(gaz, zone.mentions)


def _city_first(gaz: Gazetteer, keys: list[str]) -> list[str]:
    """A city's stem that is also the stem of its own district named after it (荆州: 荆州市 and its 荆州区)
    means the city."""
    cities = [k for k in keys if gaz.places[k].level == "city"]
    if len(cities) == 1 and all(k == cities[0] or gaz.is_ancestor(cities[0], k) for k in keys):
        return cities
    return keys


def _names_outright(
    gaz: Gazetteer, zone: Zone, keys: list[str], free: bool, text: str, start: int, end: int
) -> bool:
    """A bare stem written as a place outright: a title's lead-in (定西：…), a city's stem opening the title or a
    clause of it (常州明月社区：…), or the place of a dateline (本报临沂5月6日讯, …常州讯) in any zone."""
    if _DATELINE.match(text, end) and (
        free or text[start - 2 : start] == "本报" or text[start - 1] in "0123456789日"
    ):
        return True
    if zone.name != "title":
        return False
    if start == 0 and _TITLE_STRONG.match(text[end : end + 4]):
        return True
    return free and len(keys) == 1 and gaz.places[keys[0]].level == "city"


def _chain(gaz: Gazetteer, mentions: list[Mention]) -> None:
    """Adjacent names: an address chain narrows both sides; a non-ancestor right before a name cancels it."""
    previous: Mention | None = None
    for mention in mentions:
        if previous is not None and previous.end == mention.start and not previous.dropped:
            pairs = [(a, b) for a in previous.keys for b in mention.keys if gaz.is_ancestor(a, b)]
            if pairs:
                previous.keys = list(dict.fromkeys(a for a, _ in pairs))
                mention.keys = list(dict.fromkeys(b for _, b in pairs))
                previous.prefix = mention.chained = True
                previous.needs_support = mention.needs_support = False
            else:
                mention.dropped = True  # 遵义新城区: a new district *of* 遵义, not 新城区
        previous = mention
