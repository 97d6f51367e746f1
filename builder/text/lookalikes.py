"""Code points that print like Chinese text and are not it: one table for every reader of an extracted page.

Text copied or extracted from e-papers and PDFs carries characters that look right on screen and are wrong
underneath: a PDF font mapping common characters to the Kangxi radicals or the radical supplements (`⼩区` for
`小区`, `院落⻓` for `院落长`: pdftotext keeps what the font says), an e-paper's HTML entities left in the copy
(`&ldquo;楼道议事角&rdquo;`, `&nbsp;` indents, `&#12288;`), and OCR's ASCII marks and straight quotes beside Chinese
(`本报讯(记者 王磊)`, `推行"积分超市",村民…`). Each is read here as the character the page prints, so that a
place, a quoted practice, a byline and a sentence's end read the same whichever way they came. (CJK compatibility
ideographs are NFC's: read.clean_text normalises them.)
"""

from __future__ import annotations

import html
import re
import unicodedata

# Radical supplements (U+2E80-2EFF) NFKC leaves alone: the whole simplified characters a font maps common
# characters to (component forms, `⻈` for 讠, are never a character of their own and stay).
_SUPPLEMENT: dict[int, str] = {
    0x2EA0: "民",
    0x2E9F: "母",
    0x2EC4: "西",
    0x2EC5: "见",
    0x2EC6: "角",
    0x2EC9: "贝",
    0x2ECB: "车",
    0x2ED3: "长",
    0x2ED4: "门",
    0x2ED8: "青",
    0x2ED9: "韦",
    0x2EDA: "页",
    0x2EDB: "风",
    0x2EDC: "飞",
    0x2EE2: "马",
    0x2EE4: "鬼",
    0x2EE5: "鱼",
    0x2EE6: "鸟",
    0x2EE7: "卤",
    0x2EE8: "麦",
    0x2EE9: "黄",
    0x2EEA: "黾",
    0x2EEC: "齐",
    0x2EEE: "齿",
    0x2EF0: "龙",
    0x2EF3: "龟",
}
# The 214 Kangxi radicals (U+2F00-2FD5): each NFKC's the unified ideograph it looks like (`⼩` -> `小`).
RADICALS: dict[int, str] = {
    **{code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)},
    **_SUPPLEMENT,
}
_HAS_RADICAL = re.compile("[\u2e80-\u2fdf]")


def radicals_as_characters(text: str) -> str:
    """`游仙区“院落⻓”守好城市⼩院` -> `游仙区“院落长”守好城市小院`: a radical a font printed for a character."""
    return text.translate(RADICALS) if _HAS_RADICAL.search(text) else text


# An entity as HTML writes it: named (`&nbsp;`, `&ldquo;`) or numbered (`&#12288;`, `&#x201C;`), with its `;`.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def entities_decoded(text: str) -> str:
    """`本报记者&nbsp;周敏`, `&ldquo;楼道议事角&rdquo;`, `&#12288;&#12288;芜湖市…` -> the characters they stand for
    (a no-break space, quotes, an ideographic space), also when escaped twice (`&amp;ldquo;`). An `&` not opening
    an entity stays."""
    if "&" not in text:
        return text
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    # escaped twice by the site (`&amp;ldquo;`): what the first pass left is an entity again
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text) if _ENTITY.search(text) else text


_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
# An ASCII mark a Chinese sentence prints full-width: after a Chinese character or closing mark (`积分,村民`,
# `居民说:`, `“超市”,`), or (brackets) with a Chinese character inside (`(记者 王磊`). A colon or comma between
# digits (`8:30`, `1,200`) and marks inside Latin text stay.
_MARK_AFTER_HAN = re.compile(f"(?<=[{_HAN}”」）》])[,:;?!]")
# A pair with Chinese anywhere inside (`(2024—2026年)`, a wrap between them maybe): both full-width, never one
_BRACKET_PAIR = re.compile(f"\\(([^()]{{0,80}}?[{_HAN}][^()]{{0,80}}?)\\)")
_OPEN_BRACKET = re.compile(f"\\((?=\\s*[{_HAN}])")
_CLOSE_BRACKET = re.compile(f"(?<=[{_HAN}”」》])\\s*\\)")
_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_STRAIGHT_QUOTE_BY_HAN = re.compile(f'[{_HAN}，。、：；]\\s*"+|"+\\s*[{_HAN}]')
_QUOTE_RUN = re.compile('"+')


def chinese_marks(text: str) -> str:
    """OCR's ASCII marks in Chinese text as the full-width ones printed: `本报讯(记者 王磊)谷城县推行"积分超市",村民`
    -> `本报讯（记者 王磊）谷城县推行“积分超市”，村民`. Straight quotes are paired in turn over the whole text (a quote
    may wrap onto the next line) when every one of them stands beside Chinese text; the rest is left."""
    if not re.search(r"[,:;?!()\"]", text):
        return text
    if '"' in text and len(_STRAIGHT_QUOTE_BY_HAN.findall(text)) >= len(_QUOTE_RUN.findall(text)):
        text = _paired_quotes(text)
    text = _MARK_AFTER_HAN.sub(lambda m: _FULL[m.group()], text)
    text = _BRACKET_PAIR.sub(r"（\1）", text)
    return _CLOSE_BRACKET.sub("）", _OPEN_BRACKET.sub("（", text))


def _paired_quotes(text: str) -> str:
    """Straight quotes as opening and closing ones in turn, a run of them read as printed: outside any quote, a
    run opens as many (a bold headline printed twice doubles its quote, `""石榴籽议事会…""`); inside, it closes
    the open ones and opens again with the rest (`"马上办""协商办"`: `”“`). Left as it was when they do not pair."""
    depth = 0
    turns: list[str] = []
    for run in _QUOTE_RUN.findall(text):
        closes = min(depth, len(run))  # the open quotes it closes, then the new ones it opens
        turns.append("”" * closes + "“" * (len(run) - closes))
        depth += len(run) - 2 * closes
    if depth:
        return text
    pieces = iter(turns)
    return _QUOTE_RUN.sub(lambda _m: next(pieces), text)


def printed_characters(text: str) -> str:
    """A page's text with each look-alike read as the character printed: entities decoded, radicals as the
    characters, OCR's ASCII marks beside Chinese as the full-width ones."""
    return chinese_marks(radicals_as_characters(entities_decoded(text)))
