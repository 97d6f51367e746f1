"""What a line of a page looks like, beside bylines, datelines, captions and headlines (`bylineshapes`,
`datelines`, `captionshapes`, `headlineshapes`): the whole-line shapes `builder.ingest.units` asks by name
(LINE_SHAPE), a label word, a quoted name alone, a place kicker, a rule drawn as a line.

Pure predicates and patterns on one line's text; `builder.ingest.units` decides with them what each line is.
"""

from __future__ import annotations

import re

from builder.ingest.datelines import BAOXUN_HEAD
from builder.ingest.ornaments import BYLINE_MARKS, BYLINE_OPENING_MARKS
from builder.ingest.reporternames import (
    PADDED_PERSON_NAME,
    PERSON_NAME,
    WRITER_ROLES,
)
from builder.ingest.textrules import cjk_count
from builder.places.gazetteer import gazetteer
from builder.text.patterns import QUOTED_NAME

# How many lines' verdicts the shape predicates keep: a window many times a line rule's look-ahead, small beside a
# page's lines (a 2 MB page has 50 000).
LINES_KEPT = 4096


# The last character(s) of a unit's short name (`卫生院`, `供电所`, `派出所`, `文化站`, `服务中心`): a row beside a padded
# name that ends so is a list's row (`王　芳　卫生院`: a name and a unit), never a second name.
_UNIT_ENDING = "(?:所|院|站|局|室|队|馆|厂|中心)"
# A name of a row of bare names, maybe padded; an unpadded one no unit's short name.
_ROW_NAME = rf"{PADDED_PERSON_NAME}|(?![\u4e00-\u9fff]{{1,2}}{_UNIT_ENDING}(?:[ \u3000]|$)){PERSON_NAME}"

_LABEL_WORD_CHARS = 4  # characters of a column's or a genre's label word (`人物`, `走基层`, `社区治理`)


def is_label_word(text: str) -> bool:
    """A label word printed over a headline: two to four characters, no mark (`人物`, `社区治理`)."""
    return 2 <= cjk_count(text) <= _LABEL_WORD_CHARS and len(text) == cjk_count(text)


# The words of a feature's genre: the word a `——…` subtitle ends on (`——某某村见闻`, `…纪实`), and, with the
# feature genres proper, the label printed apart over a feature (`人物`, `人　物`, `访谈`, `纪实`).
GENRE_WORDS = ("见闻", "侧记", "纪实", "札记", "扫描", "调查", "综述", "故事", "记事", "掠影", "速写")
_GENRE_LABELS = frozenset(("人物", "人物志", "访谈", "专访", "对话", "特写", "通讯", "走基层", *GENRE_WORDS))


def is_genre_label(text: str) -> bool:
    """A feature's genre label, maybe spaced out (`人物`, `人　物`, `访谈`, `纪实`): a genre, not a subheading's
    or a banner's words (`工作成效`)."""
    return re.sub(r"[ \u3000]", "", text) in _GENRE_LABELS


def is_quoted_name_only(text: str) -> bool:
    """A quoted name alone on its line (`“红色驿站”`, `“小区微治理”`): who acts, with nothing done, never a
    headline of its own; the line before or after it goes on with it."""
    return QUOTED_NAME.fullmatch(text) is not None


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
# A box's rule drawn dashed (`┈┈┈┈`, `┄┄┄┄`, `╌╌╌╌`: a commentary box's, a pull quote's): read as text, but no
# sentence that goes on into the next line (paragraphs.Assembly.in_open_sentence).
_DASHED_RULE = re.compile(f"[{RULE_CHARS}┄┅┈┉╌╍]{{6,}}")


# A rule drawn as a line (`━━━━━━`, `════`): six rule characters at least, nothing else on the line (`＊＊＊` or
# `***` part an article, no rule).
_DRAWN_RULE = re.compile(f"[{RULE_CHARS}▬]{{6,}}")


def is_drawn_rule(text: str, dashed: bool = False) -> bool:
    """A line that is only a rule drawn across a column or the page (itemends, sidebyside ask); with `dashed`, a
    dashed one too (paragraphs asks)."""
    return (_DASHED_RULE if dashed else _DRAWN_RULE).fullmatch(text.strip()) is not None


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


# A kicker taking the reader somewhere (`走进某某安置区`, `探访某某社区`, `来到某某村`): a feature's 引题 over its
# headline, the going and the place together; never a place's name alone, whatever the place's ending.
_READER_GOES_TO = re.compile(r"^(?:走进|走近|走入|来到|探访|探秘|寻访|踏访|聚焦|直击|蹲点|行走)")


def takes_reader_there(text: str) -> bool:
    """A headline line taking the reader somewhere (`走进某某安置区`, `探访某某社区`): a feature's kicker."""
    return _READER_GOES_TO.match(text.strip()) is not None


def is_place_kicker(text: str) -> bool:
    """A headline line that only names the place it is about (`金润社区`, `天水市麦积区`; a province or city and
    a place in it by their short names, `浙江新昌`, `山东薛城`); a word for a kind of place (`社区`) names none,
    nor does a clause ending where its people go (`某区试点在职党员进社区`), nor a kicker taking the reader
    there (`走进某某安置区`)."""
    text = text.strip()
    if _PLACE_KIND_WORD.match(text) or (_GOES_TO_PLACES.match(text) and not _NAME_ENDING_SO.search(text)):
        return False
    if takes_reader_there(text):
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


# The source a reposted report names in its closing credit (`（来源：…区委宣传部 张三）`, `（稿件来源：…）`).
CLOSING_SOURCE = (
    r"(?:(?:稿件)?来源\s*[：:]\s*[^（）()。！？“”，]{2,40}?"
    # who contributed it, a bulletin's (`供稿：某某区委社会工作部　刘某`)
    r"|(?:供稿|供稿单位)\s*[：:]\s*[^（）()。！？“”，]{2,40}?"
    # a reprint's attribution: `据《南京日报》`, `据新华社`, `据人民网报道`
    r"|据\s*(?:《[^》（）()]{2,20}》|[^（）()。！？“”，《》]{2,16}?(?:社|报|网|台|客户端))(?:报道|消息)?)"
)


# The newsroom a reporter writes for, named before the role in a closing credit or a reporter line (`江城融媒`,
# `某某日报`, `某某早报`, `某某电视台`).
MEDIA_UNIT = (
    r"[\u4e00-\u9fff]{2,6}?(?:融媒体中心|融媒|日报|晚报|早报|晨报|都市报|电视台|广播电视台|新闻网|新闻中心)"
)


# The whole-line shapes `builder.ingest.units` asks about, by name: one table, compiled in one loop.
_LINE_SHAPES = (
    ("caption_mark", r"^[△▲▼▽◎●]\s*"),  # `△村民在…`: a photo caption's mark
    # `图为…。` on its own line, maybe with its credit after it
    (
        "photo_caption",
        r"^(图为[^。]{2,80}。)\s*((?:本报)?(?:记者|通讯员)?\s*\S{2,4}\s*摄|[^，。]{2,30}(?:供图|提供))?$",
    ),
    ("subtitle", r"^[—－-]{2}\s*\S"),  # `——平凉市…`
    ("ornament", rf"^[{BYLINE_MARKS}◇▲]\s*"),  # the mark before a byline (`◎`: an evening paper's)
    # `（本报记者 马文）`, `（来源：…区委宣传部 张三）`
    # (`（江城融媒记者 李明）`: a county's media centre, a paper or a station before the role)
    (
        "end_credit",
        rf"^[（(]\s*(?:(?:本报|特约|{MEDIA_UNIT})?(?:{WRITER_ROLES})[^（）()]{{2,40}}|{CLOSING_SOURCE})[）)]$",
    ),
    ("spaced_label", r"^[\u4e00-\u9fff](?:[ \u3000]+[·・]?[ \u3000]*[\u4e00-\u9fff]){1,9}$"),  # `特 别 报 道`
    ("byline_start", rf"^(?:{BAOXUN_HEAD}|本报记者|[{BYLINE_OPENING_MARKS}])"),
    # `王晓丹  李墨`, `乌云其木格  高建军`; a two-character name padded to three's width beside another name
    # (`陆佳琪　沈　斌`, `张　婷　马晓军`: one unpadded name at least, so never `简　讯` nor `王　研　李　墨`)
    (
        "bare_names",
        rf"^{PERSON_NAME}(?:[ \u3000]+{PERSON_NAME}){{0,3}}$"
        rf"|^(?=.*[\u4e00-\u9fff]{{2}})(?:{_ROW_NAME})(?:[ \u3000]+(?:{_ROW_NAME})){{1,3}}$",
    ),
)


LINE_SHAPE: dict[str, re.Pattern[str]] = {name: re.compile(source) for name, source in _LINE_SHAPES}
