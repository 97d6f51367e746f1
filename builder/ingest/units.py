"""Classify the lines of a raw page into units: text lines and the page's non-text pieces.

A unit is a text line (to be rejoined into paragraphs later) or one of: a headline, a heading, a byline,
a caption or photo credit, a part number of an overview (一、二), a subtitle (——…), page furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.ingest.textrules import (
    cjk_count,
    collapse_spaced_letters,
    display_width,
    has_cjk,
    is_continuation_marker,
    remove_continuation_markers,
    split_bold_doubled,
    split_headlines,
)

TEXT = "text"
HEADLINE = "headline"  # an article title, wherever the layout put it
HEADING = "heading"  # a subheading inside an article
BYLINE = "byline"
CAPTION = "caption"
CREDIT = "credit"
NUMBER = "number"  # 一 / 二 / 三 on a line of its own: a numbered part of an overview
SUBTITLE = "subtitle"  # ——平凉市多举措…
FURNITURE = "furniture"
OPEN_HEADING = "open-heading"  # only inside classify_bold: a bold run that continues on a later line

# Column labels and other page furniture seen on party-building pages; vertical labels are rebuilt first.
KNOWN_COLUMN_LABELS = frozenset(
    {
        "党旗领航",
        "基层实践",
        "基层党建",
        "党建园地",
        "党建动态",
        "组织建设",
        "经验交流",
        "治理实践",
        "一线实践",
        "探索实践",
        "工作交流",
        "基层治理",
        "党建视窗",
        "党建之窗",
        "支部风采",
        "典型经验",
        "聚焦基层",
        "地方动态",
        "特别策划",
        "理论实践",
    }
)
_FURNITURE_LINE = re.compile(
    r"^(?:(?:本版|责任)?(?:编辑|责编|美编|校对|组版|版式|设计|统筹|监制|审读)[:：\s].{0,20}"
    r"|\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期.)?.{0,12}"
    r"|第?\s*[A-Z]?\d{1,3}\s*版"
    r"|[A-Z]\d{1,2})$"
)
_NUMBER_LINE = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]?$")
_SUBTITLE = re.compile(r"^[—－-]{2}\s*\S")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BOLD_LEAD = re.compile(r"^\*\*(.+?)\*\*\s*(.*)$")
_CAPTION_MARK = re.compile(r"^[△▲▼▽◎●]\s*")
_CREDIT = re.compile(
    r"^(?:[（(]\s*)?(?:本组|本版|以上|上|下|左|右)?(?:图片|照片|图)[^，。]{0,4}由[^，。]{1,40}(?:提供|供图|拍摄)(?:[）)]\s*)?[。]?$"
    r"|^[^，。]{2,30}(?:供图|摄影|摄)[）)]?$"
    r"|^(?:[（(])?(?:记者\s*)?\S{2,4}\s*摄(?:[）)])?$"
)
_INLINE_CREDIT = re.compile(
    r"[（(](?:本组|本版)?(?:图片|照片)[^（）()，。]{0,4}由[^（）()]{1,40}(?:提供|供图)[）)]"
)
_BYLINE_PREFIX = re.compile(r"^(?:■|●|◆|□)\s*(\S.{1,40})$")
_REPORTER_LINE = re.compile(
    r"^(?:[^\s，。；：]{0,12}[·・])?[^\s，。；：]{0,10}?(?:记者|通讯员|特约撰稿|撰稿|作者)[\s]*"
    r"(?:[\u4e00-\u9fff]{2,4}(?:\s+|$)|(?:通讯员|记者|实习记者)\s*)*$"
)
_ROLES = re.compile("记者|通讯员|撰稿|作者")
_NAMES_LINE = re.compile(r"^(?:(?:[\u4e00-\u9fff]{2,4}|通讯员|记者|实习记者)\s+)*[\u4e00-\u9fff]{2,4}$")
_ROLE_AT_END = re.compile(r"(?:记者|通讯员|撰稿|作者)$")
_PLACE_KICKER = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:省|自治区|市|州|盟|地区|县|区|旗|新区|街道|乡|镇|社区|村|嘎查|苏木|开发区|园区)$"
)


@dataclass
class Unit:
    kind: str
    text: str
    line: int  # 1-based line in the raw page
    indent: bool = False  # the raw line started with a space (a first-line indent survived)
    blanks_before: int = 0  # blank lines between this unit and the previous non-blank line
    width: float = 0.0
    open_end: bool = False  # a heading cut in two by the layout (`**…为重点**` / `**完善…。**`)


def _vertical_label(lines: list[str], start: int) -> tuple[int, str, str] | None:
    """Single characters stacked one per line (`基`/`层`/`实`/`践…`): (end index, label, rest of last line)."""
    chars: list[str] = []
    index = start
    while index < len(lines):
        stripped = lines[index].strip()
        if len(stripped) == 1 and has_cjk(stripped):
            chars.append(stripped)
            index += 1
            continue
        break
    if len(chars) < 2:
        return None
    rest = ""
    # The last character of the label is often glued to the next line (`践回民区：…`).
    if index < len(lines) and len(chars) % 2 == 1:
        following = lines[index].strip()
        if following and has_cjk(following[0]):
            chars.append(following[0])
            rest = following[1:].strip()
            index += 1
    elif index < len(lines) and "".join(chars) + lines[index].strip()[:1] in KNOWN_COLUMN_LABELS:
        following = lines[index].strip()
        chars.append(following[0])
        rest = following[1:].strip()
        index += 1
    return index, "".join(chars), rest


def _is_heading_shape(text: str) -> bool:
    return bool(text) and not re.search(r"[。！？；;]", text) and cjk_count(text) >= 2


def classify_bold(text: str) -> list[tuple[str, str]]:
    """`**着眼…为重点深化城市基层党建。**西岗区创新…` -> heading + text."""
    match = _BOLD_LEAD.match(text)
    if not match:
        return [(TEXT, text.replace("**", ""))]
    lead, rest = match.group(1).strip(), match.group(2).strip()
    kind = HEADING if re.search(r"[。.：:！？]$", lead) or rest else OPEN_HEADING
    pieces: list[tuple[str, str]] = [(kind, lead.rstrip("。.：:"))]
    if rest:
        pieces.extend(classify_bold(rest) if rest.startswith("**") else [(TEXT, rest.replace("**", ""))])
    return pieces


def is_byline_text(text: str) -> bool:
    """A reporter line: `新甘肃·甘肃日报记者 田丽媛`, `■中共凯里市委组织部`, `本报记者 张三`."""
    stripped = text.strip()
    if stripped.startswith("本报讯"):
        return False  # its byline runs into the body; split off once lines are rejoined
    if _BYLINE_PREFIX.match(stripped):
        return True
    if not _ROLES.search(stripped):  # what _REPORTER_LINE needs: a quick no for most lines
        return False
    return display_width(stripped) <= 30 and bool(_REPORTER_LINE.match(stripped))


def is_credit_text(text: str) -> bool:
    return bool(_CREDIT.match(text.strip()))


def is_place_kicker(text: str) -> bool:
    """A headline line that only names the place it is about (`金润社区`, `天水市麦积区`)."""
    return bool(_PLACE_KICKER.match(text.strip())) and cjk_count(text) <= 12


def classify_page(text: str) -> list[Unit]:
    """Turn the raw page into units, undoing line-level damage on the way."""
    lines = text.split("\n")
    units: list[Unit] = []
    blanks = 0
    seen_text = False
    index = 0

    def add(kind: str, value: str, line_no: int, indent: bool = False) -> None:
        nonlocal blanks
        units.append(Unit(kind, value, line_no, indent, blanks, display_width(value)))
        blanks = 0

    while index < len(lines):
        raw = lines[index]
        line_no = index + 1
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            index += 1
            continue
        if is_continuation_marker(stripped):
            index += 1
            continue
        label = _vertical_label(lines, index)
        if label:
            index, word, rest = label
            add(FURNITURE, word, line_no)
            blanks = 1  # what follows a column label starts a new block
            if rest:
                lines.insert(index, rest)
            continue
        index += 1
        stripped = remove_continuation_markers(stripped).strip()
        indent = raw.startswith((" ", "\u3000"))
        if (not seen_text and stripped in KNOWN_COLUMN_LABELS) or _FURNITURE_LINE.match(stripped):
            add(FURNITURE, stripped, line_no)
            blanks = 1
            continue
        doubled = split_bold_doubled(stripped)
        if doubled:
            for headline in split_headlines(doubled[0]):
                add(HEADLINE, headline, line_no)
            if doubled[1]:
                add(TEXT, doubled[1], line_no)
            continue
        stripped = collapse_spaced_letters(stripped)
        markdown = _MD_HEADING.match(stripped)
        if markdown:
            kind = HEADLINE if len(markdown.group(1)) <= 2 else HEADING
            add(kind, markdown.group(2).replace("**", "").strip(), line_no)
            continue
        if stripped.startswith("**"):
            for kind, piece in classify_bold(stripped):
                add(HEADING if kind == OPEN_HEADING else kind, piece, line_no, indent)
                units[-1].open_end = kind == OPEN_HEADING
                seen_text = True
            continue
        if _CAPTION_MARK.match(stripped):
            add(CAPTION, _CAPTION_MARK.sub("", stripped), line_no)
            continue
        if is_credit_text(stripped):
            add(CREDIT, stripped, line_no)
            continue
        if _NUMBER_LINE.match(stripped):
            add(NUMBER, stripped.rstrip("、.．"), line_no)
            continue
        if _SUBTITLE.match(stripped) and not re.search(r"[。！？；]", stripped):
            add(SUBTITLE, stripped, line_no)
            continue
        if is_byline_text(stripped):
            byline = stripped
            # A reporter line whose names went to the next line: `新甘肃·甘肃日报记者` / `董文龙 通讯员 …`.
            look = index
            while look < len(lines) and not lines[look].strip():
                look += 1
            if look < len(lines) and _ROLE_AT_END.search(byline) and _NAMES_LINE.match(lines[look].strip()):
                byline = f"{byline} {lines[look].strip()}"
                index = look + 1
            add(BYLINE, byline, line_no)
            continue
        # Photo credits printed at the end of a paragraph: `…自我造血功能。（图片由…提供）`.
        credit = _INLINE_CREDIT.search(stripped)
        if credit and credit.end() == len(stripped) and credit.start() > 0:
            add(TEXT, stripped[: credit.start()].strip(), line_no, indent)
            add(CREDIT, credit.group(0), line_no)
            seen_text = True
            continue
        add(TEXT, stripped, line_no, indent)
        seen_text = True
    return units
