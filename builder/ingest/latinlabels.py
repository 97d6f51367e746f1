"""Column labels printed in Latin letters, pinyin or English, maybe beside their Chinese name and a date
(`GRASSROOTS GOVERNANCE　基层治理`, `SHEQU ZHILI　社区治理　…　2026年11月25日`, `FOCUS　聚焦`, `COMMUNITY`,
`基层探索 | JICENG TANSUO`):
page furniture, never a headline nor a fragment of text (heldout16 p04, p06). Capital letters only, five at
least (`APP` alone, a word the wrap cut off a sentence, stays text).

Such a label set inside a head, between the kicker and its headline (`物业难题有了“解题人”` / `COMMUNITY` /
`小区里的“红色业委会”`), is moved over the head (`labels_over_heads`, a pass before the lines are read), so the
head's lines read on as printed and the label stands apart as furniture.

A headline's (or a section label's) English translation printed on the line under it (`…串起致富路` / `Pu'er: A "Tea
Belt" Links Up the Road to Prosperity`) is dropped (`translations_off`, the same pass): read as a line of the head,
it hid the headline from every head rule and ran into the lead. Only a line of three or more Latin words and no
Chinese, right under an unindented Chinese line ending no sentence that stands after a blank line or at the page's
top (a head's line), is such a translation.
"""

from __future__ import annotations

import re

from builder.ingest.textrules import ends_sentence, has_cjk

_SPACE = "[ \u3000]+"
_LATIN_LABEL = re.compile(
    f"^[A-Z]{{2,}}(?:{_SPACE}[A-Z]{{2,}}){{0,3}}"
    f"(?:{_SPACE}[\u4e00-\u9fff]{{2,6}}(?:[·・][\u4e00-\u9fff]{{2,6}})?)?"
    f"(?:{_SPACE}\\d{{4}}年\\d{{1,2}}月\\d{{1,2}}日(?:{_SPACE}星期[一二三四五六日天])?)?$"
)
# The Chinese name first, then its pinyin or English after a bar, a slash or a gap (`基层探索 | JICENG TANSUO`,
# a magazine's section label).
_NAME_THEN_LATIN = re.compile(
    "^[\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?"
    f"(?:[ \u3000]*[|｜/／][ \u3000]*|{_SPACE})[A-Z]{{2,}}(?:{_SPACE}[A-Z]{{2,}}){{0,3}}$"
)
_CAPITALS = re.compile("[A-Z]")
# a line of Latin words only (their quotes, apostrophes, hyphens, colons), three at least
_TRANSLATION = re.compile(
    r"^[A-Za-z][A-Za-z0-9'’‘\"“”,.:;!?&()/\-]*(?: [A-Za-z0-9'’‘\"“”,.:;!?&()/\-]+){2,}$"
)


def is_latin_label(text: str) -> bool:
    """A column label in capital Latin letters (five or more), maybe with its Chinese name (before or after
    them) and a date."""
    text = text.strip()
    latin = _LATIN_LABEL.match(text) if text[:1].isascii() else _NAME_THEN_LATIN.match(text)
    return latin is not None and len(_CAPITALS.findall(text)) >= 5


def labels_over_heads(lines: list[str], numbers: list[int]) -> None:
    """Move a Latin label set between two lines of a head (a kicker standing after a blank line or at the
    page's top, the headline under the label) over the head; the lines keep their printed numbers."""
    for index in range(1, len(lines) - 1):
        if not lines[index][:1].isascii() or not is_latin_label(lines[index]):
            continue
        if not (lines[index - 1].strip() and lines[index + 1].strip()):
            continue
        top = index - 1
        while top > 0 and lines[top - 1].strip() and index - top < 3:
            top -= 1
        if top > 0 and lines[top - 1].strip():
            continue  # inside a run of text, no head standing apart
        lines.insert(top, lines.pop(index))
        numbers.insert(top, numbers.pop(index))  # (furniture: the head under it reads as after a blank line)


def _head_line(lines: list[str], index: int) -> bool:
    """An unindented line holding Chinese and ending no sentence, after a blank line or at the page's top."""
    line = lines[index]
    return (
        bool(line.strip())
        and not line[:1].isspace()
        and has_cjk(line)
        and not ends_sentence(line)
        and (index == 0 or not lines[index - 1].strip())
    )


def translations_off(lines: list[str], numbers: list[int]) -> None:
    """Drop each head line's English translation printed on the line under it."""
    index = 1
    while index < len(lines):
        if (
            lines[index][:1].isascii()
            and _TRANSLATION.match(lines[index].strip())
            and _head_line(lines, index - 1)
        ):
            del lines[index]
            del numbers[index]
            continue
        index += 1
