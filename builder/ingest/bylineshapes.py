"""Whether one line is a byline: a reporter line, an ornamented signature, a commentator, a source line naming the
body that sent it, a media centre alone (is_byline_text, starts_byline).

Pure predicates and patterns on one line's text (moved out of `lineshapes`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from builder.ingest.datelines import BAOXUN, ROLE_GLUED
from builder.ingest.lineshapes import LINE_SHAPE, LINES_KEPT, MEDIA_UNIT
from builder.ingest.ornaments import BYLINE_MARKS
from builder.ingest.reporternames import (
    BYLINE_NAME,
    PERSON_NAME,
    SIGNATURE_NAME,
    WRITER_ROLES,
    close_padded_names,
)
from builder.ingest.textrules import display_width
from builder.places.gazetteer import Gazetteer, gazetteer

_BYLINE_PREFIX = re.compile(rf"^[{BYLINE_MARKS}]\s*(\S.{{1,40}})$")

# A reporter line with the lead's first words after a space on the same line (`本报记者 张三 近年来，…`), maybe
# after a mark (`◎记者 张三 近年来，…`), maybe naming the newsroom and its desk (`某某早报全媒体记者 张三 连日来，…`,
# real R38): the names (group 1), the lead (group 2).
BYLINE_THEN_LEAD = re.compile(
    rf"^[{BYLINE_MARKS}]?[ \u3000]*"
    rf"((?:本报|{MEDIA_UNIT})?(?:全媒体|融媒体)?(?:实习记者|记者)[ \u3000]*{BYLINE_NAME}(?:[ \u3000]+(?:通讯员|实习生|记者)[ \u3000]*{BYLINE_NAME})*)"
    r"[ \u3000]+(\S.*)$"
)


# a television report's crew after its reporters (`记者：斯琴　王浩　摄像：乌日罕`)
_CREW_ROLE = "(?:摄像|摄影|剪辑|编导|后期)"
_REPORTER_LINE = re.compile(
    r"^(?:[^\s，。；：]{0,12}[·・])?[^\s，。；：]{0,10}?(?:(?<![受诉向对跟据让给随带])记者|通讯员|特约撰稿|撰稿|(?<![工创著写])作者)\s*(?:[：:]\s*(?=\S))?"
    rf"(?:{BYLINE_NAME}(?:[\s、]+|$)|(?:本报)?(?:通讯员|记者|实习记者)\s*(?:[：:]\s*)?|{_CREW_ROLE}\s*[：:]?\s*)*$"
)  # a name maybe a minority name transliterated, its parts joined by `·` (`本报记者 阿依古丽·买买提`); `通讯员刘胜、刘永利`;
# each role labelled by its colon in an app's credit block (`记者：邱某　通讯员：李某`)


_ROLES = re.compile(f"{WRITER_ROLES}|撰稿|(?<![工创著写])作者")  # not 社区工作者, 创作者
# (a colon may follow the role as a label's: `通讯员：张三 李四`, `作者：王五`, real R23 r23_03)
# (`记者` after 接受/告诉/向/对/据… is the object of a sentence's verb: `…主任王光浩接受记者采访时表`, no reporter line)


def unslash_names(text: str) -> str:
    """`本报记者/增太加通讯员/豆本加` -> `本报记者 增太加 通讯员 豆本加`: names set apart by slashes."""
    if "/" not in text or not _ROLES.search(text) or _WRITER_AND_PHOTOGRAPHER.match(text.strip()):
        return text  # (`文/本报记者 龙婷 图/通讯员 罗洋` keeps its credits' slashes)
    outlet = _OUTLET_SLASH.match(text)  # `读创/深圳商报记者…`: one outlet, its slash kept
    if outlet:
        return text[: outlet.end()] + unslash_names(text[outlet.end() :])
    mark = LINE_SHAPE["ornament"].match(text)  # (`□文/摄 本报记者 杨柳`: after the byline's mark)
    start = mark.end() if mark else 0
    work = _WORK_CREDIT.match(text[start:])  # `文/图 本报记者 杨柳` keeps its `文/图`
    head, names = (text[: start + work.end()], text[start + work.end() :]) if work else ("", text)
    after = WORK_CREDIT_AFTER.search(names)  # `… 李志民 文/图` keeps its `文/图` too
    tail, names = (names[after.start() :], names[: after.start()]) if after else ("", names)
    if "/" not in names:
        return text
    return head + ROLE_GLUED.sub(" ", re.sub(r"\s*/\s*", " ", names)).strip() + tail


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


# `文/图 `, `文/` before a byline: who wrote, who took the photos; both roles named before one slash
# (`文、图/羊城晚报记者 …`, `文图/…`): one person wrote and took them.
_WORK_CREDIT = re.compile(
    r"^(?:[文图]\s*/\s*[文图摄]|[文图][、·]?[文图摄]\s*/|[文图]\s*/)\s*(?=\S)"
)  # (`文/摄`: wrote, took the photos)


# ... or after it (`兰州日报社全媒体记者滕效宏文/图`, `全媒体记者 董艺炫 文/图`: wrote and took the photos).
WORK_CREDIT_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*$")


# A magazine's credit of who wrote and who took the photos, names with no role (`文／黎海燕　图／覃立新`); `文｜王某`
# alone is a WeChat copy's author (copiedpages), a byline only at the head.
# the writer's and the photographer's credits, each maybe with its role (`文/本报记者 龙婷　图/通讯员 罗洋`), a share
# page's bar for the slash (`文｜某某　图｜某某`)
_CREDITED = (
    r"[ \u3000]*[/／｜|][ \u3000]*(?:(?:本报|特约)?(?:实习记者|见习记者|记者|通讯员|实习生)[ \u3000]*)?"
    r"[\u4e00-\u9fff]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff]{2,4}){0,2}"
)
_WRITER_AND_PHOTOGRAPHER = re.compile(f"^文{_CREDITED}[ \u3000]+图{_CREDITED}$")
_WRITER = re.compile(f"^文{_CREDITED}$")


def is_writer_credit(text: str) -> bool:
    """The writer's credit alone (`文/某某`, `文｜本报记者 某某`): a byline only right under a headline."""
    return bool(_WRITER.match(text.strip()))


def is_byline_text(text: str) -> bool:
    """A reporter line: `新甘肃·甘肃日报记者 田丽媛`, `■中共凯里市委组织部`, `本报记者 张三`, `文/图 本报记者 杨柳`,
    `文／黎海燕　图／覃立新`. Asked of one line by a dozen line rules (each looks a few lines ahead), so the verdict is
    kept for the last few thousand lines, per gazetteer (a media centre's place is read in the one in use)."""
    return _byline_text(text, gazetteer())


# a letters column's label of a role and its reply (`记者回访`, `【记者追踪】`): no role and name
_ROLE_GENRE_LABEL = re.compile(r"^[■□◆●【\[]?(?:记者|通讯员)(?:回访|追踪)[】\]]?$")


@lru_cache(maxsize=LINES_KEPT)
def _byline_text(text: str, _places: Gazetteer) -> bool:
    if _ROLE_GENRE_LABEL.match(text.strip()):
        return False
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
    if _PARTY_DEPARTMENT.match(stripped) or _PARTY_BODY_AND_WRITER.match(stripped):
        return True  # `中共曲靖市委社会工作部`, `某某旗委组织部　王慧`: a department of a party committee signs it
    if SPEAKER_LINE.match(stripped):
        return True  # `某某县委书记　王某`: a speaker's office and name sign the excerpt of a speech
    if not _ROLES.search(stripped):  # what _REPORTER_LINE needs: a quick no for most lines
        return False
    stripped = close_padded_names(_UNIT_AFTER_NAME.sub(r"\1", stripped))  # (`通讯员 王  研 郭智强`)
    # a role a wrap or a forced line break glued to the name before it (`…沈某鸣通讯员 郑某`), after the first role
    # and its names (`…常驻记者李秀 …` is one word)
    if " " in stripped:
        first, rest = stripped.split(" ", 1)
        stripped = f"{first} {ROLE_GLUED.sub(' ', rest)}"
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


# Who signs with a mark before the name (`■中共凯里市委组织部`): a body of the party or the state, a paper. A
# university or a government is a name (`某某大学`, `某某镇人民政府`, `某某县政府`), no phrase whose object ends in
# the word (`■办好家门口的老年大学`, `■建设服务型政府`: a subheading): no 的 in it, a place's or 人民 before 政府,
# no verb of setting one up or running it opening it (`■建设老年大学`, `■办好老年大学`: what the section tells).
_SETTING_UP = "(?:建设|建好|建成|创建|创办|开办|兴办|筹建|办好|办强|打造|用好|管好|提升|发展|壮大|做强|做优)"
ORGANIZATION = re.compile(
    r"^(?:[\u4e00-\u9fff（）()·]{2,30}(?:部|委|局|厅|办|办公室|中心|站|所|处|院|组|队|社|台|网|报|会|公司|支部|总支|党校)"
    rf"|(?!{_SETTING_UP})(?:(?!的)[\u4e00-\u9fff（）()·]){{2,30}}(?:大学|(?:[省市州盟县区旗镇乡]|人民)政府))$"
)
# A body and its writer's name (`某某旗委组织部　王慧`, `某某街道办事处　钱某`, `某某县委党校　李某`): a contributor
# signing with their work unit. A paper or an agency is no work unit here (`某某日报　张三`: its reporter).
_BODY_AND_WRITER = re.compile(rf"^([^\s]{{2,30}})[ \u3000]+{PERSON_NAME}$")
_OUTLET_ENDING = re.compile(r"(?:报|社|台|网|刊)$")


def body_and_writer(text: str) -> bool:
    """Whether the line is a body's name then its writer's (`某某县委宣传部　杨某`, `某某大学某学院　刘某`), as a
    contributor from that body signs: `ORGANIZATION`'s bodies, a paper's name excepted."""
    match = _BODY_AND_WRITER.match(text.strip())
    return bool(match and ORGANIZATION.match(match.group(1)) and not _OUTLET_ENDING.search(match.group(1)))


_OFFICE = "(?:副?书记|副?主任|委员|副?部长|副?镇长|副?乡长|村长|组长)"


# A department of a party committee signing what it wrote, maybe with its writer's name (an in-house bulletin's
# `中共曲靖市委社会工作部`, `某某旗委组织部　王慧`): a committee's 委 then its department, alone on the line.
_PARTY_DEPARTMENT = re.compile(
    rf"^(?:中共)?[\u4e00-\u9fff]{{2,10}}[省市州盟县区旗镇乡工党]委[\u4e00-\u9fff]{{2,6}}部(?:[ \u3000]+{PERSON_NAME})?$"
)


# A party committee or branch of a place and its writer's name (`某某镇党委　王某`, `中共某某县委　李某`, `某某街道党
# 工委 张某`, `某某村党支部 赵某`): the byline under the headline or at the article's end. The writer's name is
# needed (a committee alone is a headline's or a sentence's piece) and is no office (`某某镇党委 书记`).
_PARTY_BODY_AND_WRITER = re.compile(
    r"^(?:中共)?[\u4e00-\u9fff]{2,10}(?:[省市州盟县区旗镇乡]委(?:员会)?|党委|党工委|党总支|党支部)"
    rf"(?:[ \u3000]+(?!{_OFFICE}){SIGNATURE_NAME}){{1,3}}$"  # (a surname: `红旗村党支部 领富路` is a headline)
)


# A speaker's line under an excerpt's headline on a 经验交流发言摘登 page (`某某市某某区委书记　王某`, `某某街道
# 党工委书记　李某`, `某某村党支部书记　赵某`): a unit's office, then a space and the speaker's bare name (a surname
# first). The office ends the unit's words; never a sentence (no punctuation) nor an office alone (`镇党委　书记`).
SPEAKER_LINE = re.compile(
    r"^[\u4e00-\u9fff]{2,24}"
    r"(?:副?(?:书记|主任|部长|局长|厅长|处长|科长|县长|区长|市长|镇长|乡长|主席|站长|所长|院长|校长|队长|理事长|会长|"
    r"总经理|董事长|社长|村长|组长))"
    rf"[ \u3000]+{SIGNATURE_NAME}$"
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
    if match is None or not ORGANIZATION.match(match.group(1)):
        return None
    return match.group(1) + match.group(2)


def _is_ornamented_byline(rest: str) -> bool:
    """`■中共…委组织部`, `■ 陈晨 刘洋`, `■记者 周敏 通讯员`: who wrote it; not a headline set after a bullet
    (`■昌邑区社区食堂开进老旧小区`), nor a dateline or a reporter line with its lead after it (`■本报讯（记者 …）连日
    来，…`, `◎记者 周敏 近年来，…`)."""
    dated = BAOXUN.match(rest)
    if dated and dated.group(2) and rest[dated.end() :].strip():  # (`本报记者 某 通讯员…`: 通讯, no dateline)
        return False
    glued = BYLINE_THEN_LEAD.match(rest)
    if glued and re.search(r"[，。；：、]", glued.group(2)):
        return False  # `■记者 周敏 近年来，…`: the lead glued on after the names
    if _ROLES.search(rest) or re.search(r"[文图]\s*/\s*[文图]", rest):
        return True
    return bool(LINE_SHAPE["bare_names"].match(rest) or (ORGANIZATION.match(rest) and "“" not in rest))


def starts_byline(text: str) -> bool:
    return (
        bool(LINE_SHAPE["byline_start"].match(text))
        or is_byline_text(text)
        or bool(LINE_SHAPE["bare_names"].match(text))
    )


# A unit's credit for the case it contributed, in brackets on the line under the headline (a magazine's 典型案例:
# `（某某区委组织部供稿）`): the byline, without its brackets.
_CONTRIBUTED_BY = re.compile(r"^[（(]([\u4e00-\u9fff]{2,24}供稿)[）)]$")


def contributed_by(text: str) -> str | None:
    """`（某某区委组织部供稿）` -> `某某区委组织部供稿`; None for any other line."""
    found = _CONTRIBUTED_BY.match(text.strip())
    return found.group(1) if found else None
