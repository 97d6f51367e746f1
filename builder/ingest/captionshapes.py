"""A photo's credit and a report's closing credit: a credit line (`…供图`, `摄影：…`), a credit glued to the end of
a caption's sentence (split_inline_credit), the names in brackets closing a report (split_closing_names).

Pure predicates and patterns on one line's text (moved out of `lineshapes`).
"""

from __future__ import annotations

import re

from builder.ingest.lineshapes import CLOSING_SOURCE, MEDIA_UNIT
from builder.ingest.reporternames import (
    PAPER_WRITER,
    SIGNATURE_NAME,
    WRITER_ROLES,
)
from builder.ingest.textrules import cjk_count, ends_sentence
from builder.text.numerals import NUMBERS_TO_TEN

# A file-photo mark closing a credit (`通讯员某某供图（资料图）`, `某某 摄（资料照片）`): still the credit.
_FILE_PHOTO_MARK = r"(?:\s*[（(]资料(?:图片?|照片)[）)])?"

_CREDIT = re.compile(
    r"^(?:[（(]\s*)?(?:本组|本版|以上|上|下|左|右)?(?:图片|照片|图)[^，。]{0,4}由[^，。]{1,40}(?:提供|供图|拍摄)(?:[）)]\s*)?[。]?$"
    rf"|^[^，。]{{2,30}}(?:供图|摄影|摄)[）)]?{_FILE_PHOTO_MARK}$"
    rf"|^(?:[（(])?(?:记者\s*)?\S{{2,4}}\s*摄(?:[）)])?{_FILE_PHOTO_MARK}$"
    # who took it or where it came from, named first: `摄影：张三`, `图片来源：…`, `（资料图片）`
    r"|^[（(]?(?:摄影|图片来源|图源)\s*[：:/／]\s*[^，。：:]{2,30}[）)]?$"
    # `图/本报记者 沈佳怡`, `图：新华社`: the photo's, not `图/文 张三` (who wrote it and took its photos)
    r"|^[（(]?图\s*[：:/／]\s*(?![文图])[^，。：:]{2,30}[）)]?$"
    r"|^[（(](?:资料图片?|资料照片|新华社发)[）)]$"
    r"|^资料(?:图片?|照片)$"  # a file photo's credit, unbracketed (`资料图`)
)


# A credit of a group of photos (`本组图片由…提供`): it credits every uncredited caption of its article.
GROUP_CREDIT = re.compile(r"^(?:本组|以上|本版)")
# A photo's place in a block of photos (`上图`, `左图`, `中图`).
_PHOTO_PLACE = "[上下左右中]"
# A photo's label opening its caption: its place (`上图：`, `左图：`), its number (`图一：`, `图1：`, `图①：`) or neither
# (`图：`) (captionlines.CAPTION_OPENING; photolines' captions side by side on one line).
PHOTO_LABEL = rf"{_PHOTO_PLACE}?图[一二三四五六1-6①-⑳]?[：:]"
# A caption naming its photo's place in a block of photos (`上图：…`, `左图：…`, layouts36 p05), a corner's too
# (`左上图：…`), or its photo's circled number (`图①：…`, layouts37 p05): the credit under the block credits each such
# caption over it.
POSITIONED_CAPTION = re.compile(rf"^(?:{_PHOTO_PLACE}[上下]?图|图[①-⑳])[：:]")
_PHOTO_NUMBER = re.compile(r"^图([①-⑳])[：:]")


# A numbered list's item opens after the sentence introducing the list (`做法有三步：①…`) or the end of the item
# before it (`…；②…`): its circled number is the list's, never a photo's (numberedcaptions tells a caption block
# from a list so too).
LIST_INTRODUCED = ("：", ":")
ITEM_ENDS = ("；", ";")
_LIST_ITEM_AFTER = "".join(LIST_INTRODUCED + ITEM_ENDS) + "。"


def without_photo_marks(text: str, captions: list[str]) -> str:
    """A body's text without the marks of its numbered photos (`…5600平方米①，` under `图①：…`, layouts37 p05): a
    circled number a caption of the article opens with (`图①：`), right after a printed character; other circled
    numbers (a list's item after `：`/`；`/`。`, a note's) stay."""
    marks = "".join(match.group(1) for caption in captions if (match := _PHOTO_NUMBER.match(caption)))
    return re.sub(f"(?<=[^\\s{_LIST_ITEM_AFTER}])[{marks}]", "", text) if marks else text


# A caption's square bullet (`■村民在…`) or the photo's number (`图1：…`, `图二　…`; `图为…` keeps its words).
_CAPTION_OPENING = re.compile(
    rf"^(?:[■□◆◇ \u3000]+|图\s*[0-9０-９{NUMBERS_TO_TEN}]{{1,2}}\s*[：:．.、\u3000 ]\s*)(?=\S)"
)


def caption_words(text: str) -> str:
    """A caption's own words, without the bullet or the photo's number opening it."""
    return _CAPTION_OPENING.sub("", text, count=1)


def photo_item_text(text: str) -> bool:
    """A photo news item's text (before its credit): one or two sentences, finished; a body of more sentences is
    never taken into a caption (moved out of segment.py)."""
    return (
        ends_sentence(text)
        and len(_SENTENCE_STOP.findall(text)) <= _MAX_PHOTO_TEXT_SENTENCES
        and cjk_count(text) <= _MAX_PHOTO_TEXT_CHARS
    )


_SENTENCE_STOP = re.compile(r"[。！？!?]")
_MAX_PHOTO_TEXT_SENTENCES = 2
_MAX_PHOTO_TEXT_CHARS = 200


def is_credit_text(text: str) -> bool:
    return bool(_CREDIT.match(text.strip()))


_INLINE_CREDIT = re.compile(
    r"[（(](?:本组|本版)?(?:图片|照片)[^（）()，。]{0,4}由[^（）()]{1,40}(?:提供|供图)[）)]"
)


# A credit glued to the end of a caption's sentence: `…庆中秋活动。通讯员 供图`, `…的新貌。柳北区住建局供图`,
# `…在社区进行直播。 新华社记者 赵子硕 摄` (an agency's or paper's reporter; a news site or agency named alone before
# its photographer, `…列巴房。某某网 张三摄`), also in brackets, `…兑换生活用品。（杨柳 摄）`, or naming who took it first, `…调解土地纠纷。(摄影:马玉兰)`.
_CREDIT_AFTER_SENTENCE = re.compile(
    r"(?<=[。！？])\s*((?:[^，。！？\s“”]{0,8}?(?:记者|通讯员|网|社)\s*)?[^，。！？\s“”]{0,12}\s*(?:供图|摄)"
    rf"{_FILE_PHOTO_MARK})$"
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


# A caption printed with no full stop, its credit after a gap on the same line (`△村民在“积分超市”兑换物品　某某市委
# 组织部供图`, `图为楼院管家在小区巡查　本报记者　某某　摄`, layouts38 p03, p04): a unit's `…供图`, or a photographer's
# names (maybe after the paper's role) and `摄`.
_GAP_CREDIT = re.compile(
    r"[ \u3000]+((?:(?:本报|新华社)?(?:记者|通讯员|摄影记者)[ \u3000]*)?[\u4e00-\u9fff]{2,4}"
    r"(?:[ \u3000]+[\u4e00-\u9fff]{2,4})?[ \u3000]*摄|[^，。！？\s“”]{2,20}供图)$"
)


_MIN_GAP_CAPTION = 6  # characters of such a caption, at least
_ROLE_END = re.compile(r"(?:记者|通讯员|摄影|本报|特约)$")


def split_gap_credit(text: str) -> tuple[str, str | None]:
    """`…兑换物品　某某供图` -> (the caption, the credit) when a credit stands after a gap at the line's end, the
    caption before it of four characters at least; (text, None) otherwise."""
    credit = _GAP_CREDIT.search(text)
    if (
        credit is None
        or cjk_count(text[: credit.start()]) < _MIN_GAP_CAPTION
        or _ROLE_END.search(text[: credit.start()])
    ):
        return text, None  # (`本报记者　某某　摄`: a credit alone, its role no caption)
    return text[: credit.start()], credit.group(1)


# The reporter's name in brackets closing a report (`…惠及住户700余户。（覃小红）`), maybe with their roles
# (`（本报记者 艾力 通讯员 王芳）`, `（图/文 郭立）` who took the photos and wrote, the wrap may glue a name to the
# next role), or the body that supplied it (`…发展特色种养。（儋州市委组织部供稿）`), or the source a reposted
# report names (`…受理投诉300余起。（来源：东城区委宣传部 王小川）`), or a body of the party or the state that
# sent it (`…问题87件。（金平区委组织部）`), maybe with its writer's names (`（某某市委组织部 王某）`, a briefs column's:
# names opening with a common surname, never `供图`; after the body and a space, any name of two or three
# characters, `（某某街道办事处　蒙某某）`: the space parts the signer from the unit, whatever their surname).
# (the newsroom may stand before the role, a news site's editor too: `（某某新闻网记者 李明）`, `（津门新闻编辑王某）`)
_CLOSING_NEWSROOM = rf"(?:{MEDIA_UNIT}|[\u4e00-\u9fff]{{2,4}}新闻)"


_CLOSING_ROLE = (
    rf"(?:{PAPER_WRITER}\s*|{_CLOSING_NEWSROOM}(?:{WRITER_ROLES}|编辑(?![部室组]))\s*"
    r"|(?:图\s*[/／]\s*文|文\s*[/／]\s*图)\s*)"
)


_CLOSING_BODY = r"[\u4e00-\u9fff]{2,20}?(?:部|委|局|厅|办|办公室|中心|政府|办事处)"
# a signer's name after the body and a space: a common surname's, or any two or three characters but a credit's
# word or a medium the note points to (`（详见某某县委组织部 网站）`)
_BODY_SIGNER = (
    rf"[ \u3000]+(?:{SIGNATURE_NAME}|(?!供图|供稿|摄影|报道|整理|发布|网站|官网|网页|公众号|微信|微博|客户端|平台|专栏|栏目)"
    rf"[\u4e00-\u9fff]{{2,3}}(?=[ \u3000）)]))"
)


# A letter's signature: the reader named with their place (`（湖北省某某市某某街道 读者 周某）`, a letters column's).
_CLOSING_READER = r"[\u4e00-\u9fff]{0,24}?[ \u3000]*(?:读者|网友)[ \u3000]*[\u4e00-\u9fff]{2,4}"


_CLOSING_NAMES = re.compile(
    rf"(?<=[。！？”])\s*([（(](?:{_CLOSING_ROLE}?[\u4e00-\u9fff]{{2,4}}(?:\s*{_CLOSING_ROLE}[\u4e00-\u9fff]{{2,4}}"
    r"|\s+[\u4e00-\u9fff]{2,4})*"
    rf"|[\u4e00-\u9fff（）]{{2,30}}?供稿|{CLOSING_SOURCE}|{_CLOSING_BODY}(?:{_BODY_SIGNER}){{0,3}}|{_CLOSING_READER})[）)])$"
)


# A correspondent's or reporter's role and names glued to the last sentence with no bracket and no space
# (`…奠定了基础。通讯员王某某李某`, a county news site's kind): the same credit, never a photo's (`…摄`). Only names
# each opening with a common surname: a body cut mid-sentence after a sentence opening with the role (`…20余起。
# 通讯员队伍不断壮大`, `…3名。记者走访发现`) keeps its words.
_GLUED_ROLE_NAMES = re.compile(
    rf"(?<=[。！？”])((?:本报)?(?:特约)?(?:通讯员|记者)[ \u3000]?(?:{SIGNATURE_NAME}){{1,4}}(?<![摄图道]))$"
)


def split_closing_names(text: str) -> tuple[str, str | None]:
    """`…700余户。（覃小红）` -> (the text, `（覃小红）`); `…的基础。通讯员王某某李某` -> (the text, `（通讯员王某某李某）`,
    bracketed as a closing credit is); (text, None) without such a credit at its end."""
    closing = _CLOSING_NAMES.search(text)
    if closing is None:
        glued = _GLUED_ROLE_NAMES.search(text)
        return (text, None) if glued is None else (text[: glued.start()], f"（{glued.group(1)}）")
    return text[: closing.start()], closing.group(1)


# The note of a reporter's stay after a closing credit's names: the days (a span, `11月24日至28日`) and what they did
# where (`蹲点姚磨村`, `驻村采访`), no one's name.
_STAY_NOTE = re.compile(
    r"\s*\d{1,2}月\d{1,2}日(?:\s*[至到—-]\s*(?:\d{1,2}月)?\d{1,2}日)?\s*(?:在\S{1,12})?(?:蹲点|驻村|驻点|住村)\S{0,14}$"
)


def credit_names(credit: str) -> str:
    """A closing credit's words without the note of the reporter's stay after the names (`本报记者 某某 3月2日至6日
    蹲点某村` -> `本报记者 某某`): what it says of who wrote the report."""
    return _STAY_NOTE.sub("", credit).strip() or credit
