"""What a line of a page looks like: a byline, a photo caption or credit, a headline, a page label.

Pure predicates and patterns on one line's text; `builder.ingest.units` decides with them what each line is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from builder.ingest.reporternames import (
    BYLINE_NAME,
    PAPER_WRITER,
    PERSON_NAME,
    WRITER_ROLES,
    close_padded_names,
)
from builder.ingest.textrules import cjk_count, display_width, remove_stray_spaces
from builder.places.gazetteer import Gazetteer, gazetteer

# How many lines' verdicts the shape predicates keep: a window many times a line rule's look-ahead, small beside a
# page's lines (a 2 MB page has 50 000).
_LINES_KEPT = 4096

_BYLINE_PREFIX = re.compile(r"^(?:■|●|◆|□)\s*(\S.{1,40})$")
_REPORTER_LINE = re.compile(
    r"^(?:[^\s，。；：]{0,12}[·・])?[^\s，。；：]{0,10}?(?:(?<![受诉向对跟据让给随带])记者|通讯员|特约撰稿|撰稿|(?<![工创著写])作者)\s*(?:[：:]\s*(?=\S))?"
    rf"(?:{BYLINE_NAME}(?:[\s、]+|$)|(?:本报)?(?:通讯员|记者|实习记者)\s*)*$"  # `通讯员刘胜、刘永利`
)  # a name maybe a minority name transliterated, its parts joined by `·` (`本报记者 阿依古丽·买买提`)
_ROLES = re.compile(f"{WRITER_ROLES}|撰稿|(?<![工创著写])作者")  # not 社区工作者, 创作者
# (a colon may follow the role as a label's: `通讯员：张三 李四`, `作者：王五`, real R23 r23_03)
# (`记者` after 接受/告诉/向/对/据… is the object of a sentence's verb: `…主任王光浩接受记者采访时表`, no reporter line)


def unslash_names(text: str) -> str:
    """`本报记者/增太加通讯员/豆本加` -> `本报记者 增太加 通讯员 豆本加`: names set apart by slashes."""
    if "/" not in text or not _ROLES.search(text):
        return text
    outlet = _OUTLET_SLASH.match(text)  # `读创/深圳商报记者…`: one outlet, its slash kept
    if outlet:
        return text[: outlet.end()] + unslash_names(text[outlet.end() :])
    work = _WORK_CREDIT.match(text)  # `文/图 本报记者 杨柳` keeps its `文/图`
    head, names = (text[: work.end()], text[work.end() :]) if work else ("", text)
    if "/" not in names:
        return text
    return head + _ROLE_GLUED.sub(" ", re.sub(r"\s*/\s*", " ", names)).strip()


# An outlet's app and its paper set apart by a slash (`读创/深圳商报记者…`, `上游新闻/重庆晨报记者…`): one outlet, as
# `新甘肃·甘肃日报记者…` is, not names set apart by slashes (unslash_names keeps its slash).
_OUTLET_SLASH = re.compile(
    r"^([\u4e00-\u9fff]{2,6})/(?=[\u4e00-\u9fff]{1,8}?(?:日报|晚报|商报|晨报|早报|时报|新闻|电视台|融媒)(?:记者|通讯员))"
)
# A news site and its app's reporter after a space (`中国吉林网 吉刻APP记者 王某 通讯员 李某`, real R24): one outlet, read
# as `新甘肃·甘肃日报记者…` is.
_OUTLET_SPACED = re.compile(
    r"^([\u4e00-\u9fff]{2,8}(?:网|日报|晚报|客户端|融媒|电视台))[ \u3000]+(?=[^\s，。；：]{1,10}?(?:记者|通讯员))"
)
# `文/图 `, `文/` before a byline: who wrote, who took the photos.
_WORK_CREDIT = re.compile(r"^(?:[文图]\s*/\s*[文图]|[文图]\s*/)\s*(?=\S)")
# ... or after it (`兰州日报社全媒体记者滕效宏文/图`, `全媒体记者 董艺炫 文/图`: wrote and took the photos).
WORK_CREDIT_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*$")


# A magazine's credit of who wrote and who took the photos, names with no role (`文／黎海燕　图／覃立新`); `文｜王某`
# alone is a WeChat copy's author (copiedpages), a byline only at the head.
_WRITER_AND_PHOTOGRAPHER = re.compile(
    r"^文[ \u3000]*[/／][ \u3000]*[\u4e00-\u9fff]{2,4}[ \u3000]+图[ \u3000]*[/／][ \u3000]*[\u4e00-\u9fff]{2,4}$"
)


def is_byline_text(text: str) -> bool:
    """A reporter line: `新甘肃·甘肃日报记者 田丽媛`, `■中共凯里市委组织部`, `本报记者 张三`, `文/图 本报记者 杨柳`,
    `文／黎海燕　图／覃立新`. Asked of one line by a dozen line rules (each looks a few lines ahead), so the verdict is
    kept for the last few thousand lines, per gazetteer (a media centre's place is read in the one in use)."""
    return _byline_text(text, gazetteer())


@lru_cache(maxsize=_LINES_KEPT)
def _byline_text(text: str, _places: Gazetteer) -> bool:
    if _WRITER_AND_PHOTOGRAPHER.match(text.strip()):
        return True
    # `读创/深圳商报记者…` read as `读创·深圳商报记者…`
    outlet_dotted = _OUTLET_SLASH.sub(r"\1·", _WORK_CREDIT.sub("", WORK_CREDIT_AFTER.sub("", text.strip())))
    outlet_dotted = _OUTLET_SPACED.sub(r"\1·", outlet_dotted)
    stripped = unslash_names(outlet_dotted)
    dated = BAOXUN.match(stripped)
    if dated and dated.end() == len(stripped) and stripped[dated.end(1) :].endswith("报道"):
        return True  # `…网讯 名、名、记者名某省报道` on a line of its own: the whole line
    if stripped.startswith("本报讯"):
        return False  # its byline runs into the body; split off once lines are rejoined
    ornamented = _BYLINE_PREFIX.match(stripped)
    if ornamented:
        return _is_ornamented_byline(ornamented.group(1).strip())
    if COMMENTATOR.match(stripped) or source_byline(stripped) or _MEDIA_AND_NAMES.match(stripped):
        return True
    if _media_centre(stripped):
        return True  # `肃北县融媒体中心` on its own line under the headline: the outlet signs the report
    if not _ROLES.search(stripped):  # what _REPORTER_LINE needs: a quick no for most lines
        return False
    stripped = close_padded_names(_UNIT_AFTER_NAME.sub(r"\1", stripped))  # (`通讯员 王  研 郭智强`)
    # a reporter and the correspondents after their own role (`本报记者 努尔兰·加帕尔　本报通讯员 马晓燕 古丽米拉·
    # 艾合买提`) may run wider than the column
    widest = 30 if len(_ROLES.findall(stripped)) < 2 else 42
    return display_width(stripped) <= widest and bool(_REPORTER_LINE.match(stripped))


# A reporter's unit in brackets after the name (`通讯员 杨帆（鹤城区委组织部）`, heldout16 p04): read as the name.
_UNIT_AFTER_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{2,20}(?:部|委|局|厅|办|中心|站|所|处|院|街道|镇|乡|社区|村)[）)]"
    r"([ \u3000]|$)"
)


# A news outlet and its reporters' names with no role (`大众新闻 孟令洋`, `某某日报 张三 李四`).
_MEDIA_AND_NAMES = re.compile(
    rf"^[\u4e00-\u9fff]{{2,8}}(?:新闻|日报|晚报|客户端|融媒|电视台)(?:[ \u3000]+{PERSON_NAME}){{1,3}}$"
)

# A county's (district's, city's) media centre named alone (`某某县融媒体中心`): the outlet signing a report.
# (not a source line without its label's colon, `来源于某某区融媒体中心`)
_MEDIA_CENTRE = re.compile(
    r"^(?!来源|稿件|图片|图源)([\u4e00-\u9fff]{2,10}[县区市旗])(?:融媒体中心|融媒中心|新闻中心)$"
)


def _media_centre(text: str) -> bool:
    """`text` is a media centre alone, its place the gazetteer's names one after another (`酒泉市肃北县`) or one short
    name it does not list (`青禾县`): not a sentence's line the wrap ended with a centre (`组织部和青禾县融媒体中心`)."""
    found = _MEDIA_CENTRE.match(text)
    place = found.group(1) if found else ""
    return bool(found) and (len(place) == 3 or "".join(s for _, _, s in gazetteer().scan(place)) == place)


# The paper's commentator signing a commentary (评论员文章, heldout6 k08): `本报评论员`, `本报特约评论员`,
# `新华社评论员`, `人民日报评论员 张三`; never a role in a sentence (`聘请群众评论员`: no paper's name).
COMMENTATOR = re.compile(
    r"^(?:本报|本刊|本台|本网|[\u4e00-\u9fff]{1,8}(?:报|社|台|网|刊))(?:特约)?评论员(?:[ \u3000]+[\u4e00-\u9fff]{2,4})?$"
)


# Who signs with a mark before the name (`■中共凯里市委组织部`): a body of the party or the state, a paper.
_ORGANIZATION = re.compile(
    r"^[\u4e00-\u9fff（）()·]{2,30}(?:部|委|局|厅|办|办公室|中心|站|所|处|院|组|队|社|台|网|报|会|公司|支部|总支)$"
)


# A reprint's source line under its headline, naming the body that sent it, maybe with its writer's names
# (`来源：某某区融媒体中心`, `来源：某某区委宣传部 张三`): the byline, its label dropped. One naming a paper or a
# site (`来源：某某日报`) is page furniture (`builder.ingest.furniture`, read before the bylines).
_SOURCE_LINE = re.compile(
    rf"^(?:稿件|文章)?来源\s*[：:]\s*([^\s，。；：:]{{2,30}})((?:[ \u3000]+{PERSON_NAME}){{0,3}})$"
)


def source_byline(text: str) -> str | None:
    """`来源：某某区融媒体中心` -> `某某区融媒体中心`: the body a source line names (and its writers); None
    for any other line, and for a source naming no body (`来源：网络`)."""
    match = _SOURCE_LINE.match(text.strip())
    if match is None or not _ORGANIZATION.match(match.group(1)):
        return None
    return match.group(1) + match.group(2)


def _is_ornamented_byline(rest: str) -> bool:
    """`■中共…委组织部`, `■ 陈晨 刘洋`, `■记者 周敏 通讯员`: who wrote it; not a headline set after a bullet
    (`■昌邑区社区食堂开进老旧小区`), nor a dateline with its lead after it (`■本报讯（记者 …）连日来，…`)."""
    dated = BAOXUN.match(rest)
    if dated and dated.group(2) and rest[dated.end() :].strip():  # (`本报记者 某 通讯员…`: 通讯, no dateline)
        return False
    if _ROLES.search(rest) or re.search(r"[文图]\s*/\s*[文图]", rest):
        return True
    return bool(LINE_SHAPE["bare_names"].match(rest) or (_ORGANIZATION.match(rest) and "“" not in rest))


_CREDIT = re.compile(
    r"^(?:[（(]\s*)?(?:本组|本版|以上|上|下|左|右)?(?:图片|照片|图)[^，。]{0,4}由[^，。]{1,40}(?:提供|供图|拍摄)(?:[）)]\s*)?[。]?$"
    r"|^[^，。]{2,30}(?:供图|摄影|摄)[）)]?$"
    r"|^(?:[（(])?(?:记者\s*)?\S{2,4}\s*摄(?:[）)])?$"
    # who took it or where it came from, named first: `摄影：张三`, `图片来源：…`, `（资料图片）`
    r"|^[（(]?(?:摄影|图片来源|图源)\s*[：:/／]\s*[^，。：:]{2,30}[）)]?$"
    # `图/本报记者 沈佳怡`, `图：新华社`: the photo's, not `图/文 张三` (who wrote it and took its photos)
    r"|^[（(]?图\s*[：:/／]\s*(?![文图])[^，。：:]{2,30}[）)]?$"
    r"|^[（(](?:资料图片?|资料照片|新华社发)[）)]$"
    r"|^资料(?:图片?|照片)$"  # a file photo's credit, unbracketed (`资料图`)
)


# A credit of a group of photos (`本组图片由…提供`): it credits every uncredited caption of its article.
GROUP_CREDIT = re.compile(r"^(?:本组|以上|本版)")


def is_credit_text(text: str) -> bool:
    return bool(_CREDIT.match(text.strip()))


_LABEL_WORD_CHARS = 4  # characters of a column's or a genre's label word (`人物`, `走基层`, `社区治理`)


def is_label_word(text: str) -> bool:
    """A label word printed over a headline: two to four characters, no mark (`人物`, `社区治理`)."""
    return 2 <= cjk_count(text) <= _LABEL_WORD_CHARS and len(text) == cjk_count(text)


_QUOTED_NAME_ONLY = re.compile(r"^“[^“”]{2,12}”$")


def is_quoted_name_only(text: str) -> bool:
    """A quoted name alone on its line (`“红色驿站”`, `“小区微治理”`): who acts, with nothing done, never a
    headline of its own; the line before or after it goes on with it."""
    return _QUOTED_NAME_ONLY.match(text) is not None


# The gap between two things printed side by side on one line: two spaces or more (full-width ones are read
# as spaces; `某某街道：…　　老旧小区…`).
COLUMN_GAP = re.compile(r"[^\s][ \u3000]{2,}[^\s]")


_PLACE_KICKER = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:省|自治区|市|州|盟|地区|县|区|旗|新区|街道|乡|镇|社区|村|嘎查|苏木|开发区|园区)$"
)


# Words for a kind of place, no place's name (`社区`, `乡村`): a page's column label, never a place kicker.
_PLACE_KIND_WORD = re.compile(r"^(?:[社小街片辖山景园新市]区|乡村|农村|城乡|乡镇|村镇|城市)$")


# The characters a rule is drawn with, heavy, light or double (`━`, `─`, `═`): a rule across a column, a box's
# edge (boxedheads, closingcredits), a rule printed between articles (furniture) all draw with these.
RULE_CHARS = "━─═"
# A rule drawn as a line (`━━━━━━`, `════`): six rule characters at least, nothing else on the line (`＊＊＊` or
# `***` part an article, no rule).
_DRAWN_RULE = re.compile(f"[{RULE_CHARS}▬]{{6,}}")


def is_drawn_rule(text: str) -> bool:
    """A line that is only a rule drawn across a column or the page (itemends, sidebyside ask)."""
    return _DRAWN_RULE.fullmatch(text.strip()) is not None


# A kind of place a verb goes to (`…党员进社区`, `…服务到村`): where they go, no place's name; or where people
# are (`党员在社区`, `干部在村`, a column's label): where they serve, no place's name either.
_GOES_TO_PLACES = re.compile(
    r"[\u4e00-\u9fff]{4,}(?:进|到|入|赴|驻)(?:社区|村|乡|镇)$|^[\u4e00-\u9fff]{2,}在(?:社区|村|乡|镇)$"
)
# …but a village's name of two characters ending so is a place (`红星乡前进村`, `城关镇前进社区`, `安吉县跃进村`,
# `某某镇自在村`).
_NAME_ENDING_SO = re.compile(
    r"(?:省|市|县|区|旗|乡|镇|街道|苏木)[\u4e00-\u9fff](?:进|到|入|赴|驻|在)(?:社区|村)$"
)


def is_place_kicker(text: str) -> bool:
    """A headline line that only names the place it is about (`金润社区`, `天水市麦积区`; a province or city and
    a place in it by their short names, `浙江新昌`, `山东薛城`); a word for a kind of place (`社区`) names none,
    nor does a clause ending where its people go (`某区试点在职党员进社区`)."""
    text = text.strip()
    if _PLACE_KIND_WORD.match(text) or (_GOES_TO_PLACES.match(text) and not _NAME_ENDING_SO.search(text)):
        return False
    return (bool(_PLACE_KICKER.match(text)) or _place_in_place(text)) and cjk_count(text) <= 12


def _place_in_place(text: str) -> bool:
    """The text is two place names of the gazetteer, the second inside the first (`浙江` ⊃ `新昌`)."""
    if not 4 <= len(text) <= 8:
        return False
    places = gazetteer()
    found = places.scan(text)
    if len(found) != 2 or found[0][0] != 0 or found[0][1] != found[1][0] or found[1][1] != len(text):
        return False
    return places.encloses(found[0][2], found[1][2])


# How a dateline byline opens: `本报讯`, `本报10月30日讯`, `本报北京5月3日电`, `新华社…电`, a site's or
# another paper's `湘江新闻网9月28日讯（…）`, `红网时刻…讯（星沙时报记者 …）`, a site's `…网消息（…）`; a
# site's date and the place it reports from (`某某网6月2日常州讯`), its date and 消息 (`某某客户端、某某网3月
# 5日消息（…）`), or its bare `…网讯` with a space or a colon after it and no bracket (`某通网讯 “…`,
# `某某家园网讯：为…`); a site naming the paper or site it belongs to in brackets (`荆楚网（湖北日报网）讯（…）`,
# `某某网（某某日报）5月3日讯（…）`); a portal's `国际在线河北消息（…）` (its colon after the bracket dropped, real R24).
BAOXUN_HEAD = (
    r"(?:本报讯|又讯(?=\s*[（(])|本报[^，。（(“]{0,8}(?:讯|电)|新华社[^，。（(]{0,8}电"
    r"|[^，。（()“”\s]{1,12}?(?:网|客户端|报|台)[（(][^，。（()“”\s]{2,12}?(?:网|客户端|报|台)[）)]"
    r"(?:\d{1,2}月\d{1,2}日)?(?:讯|电|消息)(?=\s*[（(])"
    r"|[^，。（()“”\s]{2,16}?\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?"
    r"(?:讯|电|(?:[\u4e00-\u9fff]{2,4}?(?:讯|电)|消息)(?=[ \u3000（(]))"
    r"|[^，。（()“”\s]{2,12}?(?:讯|网消息)(?=\s*[（(])"
    r"|[^，。（()“”\s]{2,8}?在线[\u4e00-\u9fff]{0,4}?消息(?=\s*[（(])"
    r"|[^，。（()“”\s]{1,12}?(?:网|客户端|日报|晚报)(?:[\u4e00-\u9fff]{2,4}?)?讯(?=[ \u3000]|[：:](?!\s)))"
)

# its writers unbracketed up to `报道`, a space maybe left inside a name (`通讯员何沿东、夏 松报道`), a colon maybe after
_REPORTED_BY = r"(?:[^，。；！？（）()“”\s]|(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])){2,40}?报道(?![^，。；：:\s])"
# after the dateline, its writers in brackets, or after a space unbracketed up to where they report from
# (`中国经济导报、中国发展网讯 蓝敬、金胜凯、记者沈贞海浙江报道`)
BAOXUN = re.compile(rf"^({BAOXUN_HEAD})(?:\s*([（(][^（）()]{{1,60}}[）)])|[ \u3000]+{_REPORTED_BY})?")
_ROLE_GLUED = re.compile(  # (a reporter's station, `阿克苏记者站`, is one word)
    r"(?<=[\u4e00-\u9fff])(?<!实习)(?<![报网媒台社])(?=(?:实习记者|记者(?!站)|通讯员))"
    r"|(?<=记者|讯员)(?!站)(?=[\u4e00-\u9fff])"
)


def split_baoxun(text: str) -> tuple[str | None, str]:
    """`本报讯（记者 祁晓燕 通讯员 云静波）近年来，…` -> (byline, body)."""
    match = BAOXUN.match(text)
    if not match:
        return None, text
    byline = _ROLE_GLUED.sub(" ", match.group(0))  # names that a line break glued to a role word
    byline = remove_stray_spaces(byline, keep_phrase_spaces=True)
    body = text[match.end() :].lstrip()
    colon = body.startswith(("：", ":")) and (byline.endswith(("报道", "讯")) or "消息" in match.group(1))
    return byline, body[1:] if colon else body  # (`某某网讯：为充分…`: a site's bare dateline and its colon)


_SOURCE_OR_DATE = re.compile(r"网|客户端|报|台|\d")


def dateline_over_wrap(first: str, second: str) -> bool:
    """`first` opens a dateline that the wrap cut before its end (`某某网-某某客户端7月9` / `日15时讯（通讯员…`): the two
    lines joined open with it, the first alone does not (real R14's kind)."""
    first, second = first.strip(), second.strip()
    if not second or BAOXUN.match(first) or second.startswith(("本报", "新华社")):
        return False  # (a whole dateline on either line: a headline over its byline)
    if not _SOURCE_OR_DATE.search(first):
        return False  # the first line names the site or paper, or starts the date
    dateline = BAOXUN.match(first + second)
    return dateline is not None and dateline.end() > len(first)


def is_bare_dateline(text: str) -> bool:
    """A dateline naming no one (`本报潍坊讯`, `本报讯`): under a printed reporter line it is no byline."""
    return re.fullmatch(BAOXUN_HEAD, text.strip()) is not None


# The source a reposted report names in its closing credit (`（来源：…区委宣传部 张三）`, `（稿件来源：…）`).
CLOSING_SOURCE = r"(?:稿件)?来源\s*[：:]\s*[^（）()。！？“”，]{2,40}?"

# The newsroom a reporter writes for, named before the role in a closing credit (`江城融媒`, `某某日报`, `某某电视台`).
_MEDIA_UNIT = r"[\u4e00-\u9fff]{2,6}?(?:融媒体中心|融媒|日报|晚报|电视台|广播电视台|新闻网|新闻中心)"

# The whole-line shapes `builder.ingest.units` asks about, by name: one table, compiled in one loop.
_LINE_SHAPES = (
    ("caption_mark", r"^[△▲▼▽◎●]\s*"),  # `△村民在…`: a photo caption's mark
    # `图为…。` on its own line, maybe with its credit after it
    (
        "photo_caption",
        r"^(图为[^。]{2,80}。)\s*((?:本报)?(?:记者|通讯员)?\s*\S{2,4}\s*摄|[^，。]{2,30}(?:供图|提供))?$",
    ),
    ("subtitle", r"^[—－-]{2}\s*\S"),  # `——平凉市…`
    ("ornament", r"^[■□●◆◇▲]\s*"),  # the mark before a byline
    # `（本报记者 马文）`, `（来源：…区委宣传部 张三）`
    # (`（江城融媒记者 李明）`: a county's media centre, a paper or a station before the role)
    (
        "end_credit",
        rf"^[（(]\s*(?:(?:本报|特约|{_MEDIA_UNIT})?(?:{WRITER_ROLES})[^（）()]{{2,40}}|{CLOSING_SOURCE})[）)]$",
    ),
    ("spaced_label", r"^[\u4e00-\u9fff](?:[ \u3000]+[·・]?[ \u3000]*[\u4e00-\u9fff]){1,9}$"),  # `特 别 报 道`
    ("byline_start", rf"^(?:{BAOXUN_HEAD}|本报记者|[■□●◆])"),
    # `王晓丹  李墨`, `乌云其木格  高建军`
    ("bare_names", rf"^{PERSON_NAME}(?:[ \u3000]+{PERSON_NAME}){{0,3}}$"),
)
LINE_SHAPE: dict[str, re.Pattern[str]] = {name: re.compile(source) for name, source in _LINE_SHAPES}
# (a headline may end asking or exclaiming: `老旧小区停车难怎么破？`, `独山子区：小区里的事有人管了！`)
# (maybe opening on a short exclamation: `全省唯一！某某社区获评全国典型`, real R20 r20_05)
_HEADLINE_SHAPE = re.compile(r"^(?:[\u4e00-\u9fff]{2,5}！)?[^，。！？；;,]{4,40}[？！]?$")


# a slogan quoted whole, its comma inside the marks (`实现“民有所呼，我有所应”`, real R25 r25_01's deck line)
_QUOTED = re.compile(r"“[^“”，]{2,12}，[^“”，]{2,12}”")
_LONGEST = (
    60  # characters: a longer line is no headline, its quotes never looked at (a hostile page's long line)
)


def is_headline_shape(text: str) -> bool:
    """A headline's shape (asked of one line by many rules, kept like `is_byline_text`'s verdict)."""
    return _headline_shape(text, gazetteer())


@lru_cache(maxsize=_LINES_KEPT)
def _headline_shape(text: str, _places: Gazetteer) -> bool:
    return (
        bool(
            _HEADLINE_SHAPE.match(_QUOTED.sub(_quote_without_comma, text) if len(text) <= _LONGEST else text)
        )
        and cjk_count(text) >= 4
        and text.count("“") == text.count("”")
        and not LINE_SHAPE["byline_start"].match(text)
        and not is_byline_text(text)
        and not LINE_SHAPE["bare_names"].match(text)
        and not (text.endswith(_CUT_AFTER) and not text.endswith(WORDS_ENDING_SO))
        and not text.startswith("图为")  # a photo's caption, even without its full stop (`图为…合影`)
    )


def _quote_without_comma(quoted: re.Match[str]) -> str:
    """A quoted slogan as the headline shape reads it: its comma is the slogan's, not a clause of the line."""
    return quoted.group(0).replace("，", "、")


# A line ending in a particle, a conjunction or a preposition was cut mid-phrase (`…的`, `…与`, `…在`) unless
# that character ends a word (`党员带头 村民参与`, `应对`, `祥和`).
_CUT_AFTER = ("的", "和", "与", "在", "对", "把", "、", "：", "“")
WORDS_ENDING_SO = (
    "参与",
    "存在",
    "所在",
    "实在",
    "自在",
    "面对",
    "应对",
    "反对",  # `一楼住户突然反对`, real R25 r25_02's subheading
    "相对",
    "绝对",
    "结对",  # `…“党员+农户”结对` / `种出致富茶`: pairing, a deed done
    "配对",
    "比对",
    "核对",
    "祥和",
    "平和",
    "温和",
)


def starts_byline(text: str) -> bool:
    return (
        bool(LINE_SHAPE["byline_start"].match(text))
        or is_byline_text(text)
        or bool(LINE_SHAPE["bare_names"].match(text))
    )


_INLINE_CREDIT = re.compile(
    r"[（(](?:本组|本版)?(?:图片|照片)[^（）()，。]{0,4}由[^（）()]{1,40}(?:提供|供图)[）)]"
)


# A credit glued to the end of a caption's sentence: `…庆中秋活动。通讯员 供图`, `…的新貌。柳北区住建局供图`,
# `…在社区进行直播。 新华社记者 赵子硕 摄` (an agency's or paper's reporter),
# also in brackets, `…兑换生活用品。（杨柳 摄）`, or naming who took it first, `…调解土地纠纷。(摄影:马玉兰)`.
_CREDIT_AFTER_SENTENCE = re.compile(
    r"(?<=[。！？])\s*((?:[^，。！？\s“”]{0,8}?(?:记者|通讯员)\s*)?[^，。！？\s“”]{0,12}\s*(?:供图|摄))$"
    r"|(?<=[。！？])\s*([（(](?:本报)?(?:记者|通讯员)?\s*[^，。！？“”（）()]{0,16}?\s*(?:供图|摄)[）)])$"
    r"|(?<=[。！？])\s*([（(](?:摄影|图片?)\s*[：:/／]\s*(?![文图])[^，。！？“”（）()：:]{2,16}[）)])$"
    r"|(?<=[。！？])\s*([（(]?资料(?:图片?|照片)[）)]?)$"  # a file photo: `…查看秧苗长势。资料图`
)


def split_inline_credit(text: str) -> tuple[str, str | None]:
    """`…自我造血功能。（图片由…提供）`, `…的新貌。柳北区住建局供图` -> (the text, the credit); (text, None)
    without one at its end."""
    credit = _INLINE_CREDIT.search(text) or _CREDIT_AFTER_SENTENCE.search(text)
    if not (credit and credit.end() == len(text) and credit.start() > 0):
        return text, None
    return text[: credit.start()].strip(), credit.group(credit.lastindex or 0).strip()


# The reporter's name in brackets closing a report (`…惠及住户700余户。（覃小红）`), maybe with their roles
# (`（本报记者 艾力 通讯员 王芳）`, `（图/文 郭立）` who took the photos and wrote, the wrap may glue a name to the
# next role), or the body that supplied it (`…发展特色种养。（儋州市委组织部供稿）`), or the source a reposted
# report names (`…受理投诉300余起。（来源：东城区委宣传部 王小川）`), or a body of the party or the state that
# sent it (`…问题87件。（金平区委组织部）`).
# (the newsroom may stand before the role, a news site's editor too: `（某某新闻网记者 李明）`, `（津门新闻编辑王某）`)
_CLOSING_NEWSROOM = rf"(?:{_MEDIA_UNIT}|[\u4e00-\u9fff]{{2,4}}新闻)"
_CLOSING_ROLE = (
    rf"(?:{PAPER_WRITER}\s*|{_CLOSING_NEWSROOM}(?:{WRITER_ROLES}|编辑(?![部室组]))\s*"
    r"|(?:图\s*[/／]\s*文|文\s*[/／]\s*图)\s*)"
)
_CLOSING_BODY = r"[\u4e00-\u9fff]{2,20}?(?:部|委|局|厅|办|办公室|中心|政府|办事处)"
_CLOSING_NAMES = re.compile(
    rf"(?<=[。！？”])\s*([（(](?:{_CLOSING_ROLE}?[\u4e00-\u9fff]{{2,4}}(?:\s*{_CLOSING_ROLE}[\u4e00-\u9fff]{{2,4}}"
    r"|\s+[\u4e00-\u9fff]{2,4})*"
    rf"|[\u4e00-\u9fff（）]{{2,30}}?供稿|{CLOSING_SOURCE}|{_CLOSING_BODY})[）)])$"
)


def split_closing_names(text: str) -> tuple[str, str | None]:
    """`…700余户。（覃小红）` -> (the text, `（覃小红）`); (text, None) without such a credit at its end."""
    closing = _CLOSING_NAMES.search(text)
    if closing is None:
        return text, None
    return text[: closing.start()], closing.group(1)
