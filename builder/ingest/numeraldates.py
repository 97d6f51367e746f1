"""A page head printing its date and page number in Chinese numerals (`红土地周报　二〇二六年八月十五日　星期六
第三版`): the line read with Arabic figures (`2026年8月15日`, `第3版`) when it then is a page line, so the furniture
rules set it apart and masthead reads the paper, date and page from it. Any other line, a sentence's date
(`二〇二六年八月，…`) among them, is left as printed. A pass of workers.process_page before the lines are read.
An OCR'd head's year read with the letter O for a nought (`2O22年1月6日 星期四`) is read with its figures the same way,
when the line then is the page's furniture.
"""

from __future__ import annotations

import re

from builder.extract.chinesenumerals import CN_DIGIT
from builder.ingest.furniture import is_furniture_line, is_page_line
from builder.text.numerals import CIRCLE_ZERO, DIGITS, ZEROS

_D = CIRCLE_ZERO + ZEROS + DIGITS  # (a date never prints 两)
_SMALL = f"(?:[{_D}十]{{1,3}})"  # 一 … 九, 十, 十五, 二十, 三十一
_DATE = re.compile(f"([{_D}]{{4}})年({_SMALL})月({_SMALL})日")
_PAGE = re.compile(f"第({_SMALL})版")
_MAX_HEAD_LINES = 3  # the page's first lines a page head stands among
# A year an OCR read with the letter O (or o) for a nought (`2O22年`, `2o2O年`): its figures around the letters.
_OCR_YEAR = re.compile(r"(?<![0-9A-Za-z])(?=[0-9Oo]*[0-9])(?=[0-9]*[Oo])[12][0-9Oo]{3}(?=年)")


def _small(text: str) -> int | None:
    """一 … 九十九 (十五, 二十, 三十一, 一五 as digits) -> the number; None for a malformed one."""
    if "十" not in text:
        return int("".join(str(CN_DIGIT[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    return (CN_DIGIT[tens] if tens else 1) * 10 + (CN_DIGIT[ones] if ones else 0)


def _arabic(line: str) -> str:
    def date(m: re.Match[str]) -> str:
        year = "".join(str(CN_DIGIT[ch]) for ch in m.group(1))
        month, day = _small(m.group(2)), _small(m.group(3))
        return m.group(0) if month is None or day is None else f"{year}年{month}月{day}日"

    def page(m: re.Match[str]) -> str:
        number = _small(m.group(1))
        return m.group(0) if number is None else f"第{number}版"

    line = _OCR_YEAR.sub(lambda m: m.group(0).replace("O", "0").replace("o", "0"), line)
    return _PAGE.sub(page, _DATE.sub(date, line))


def arabic_page_heads(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page's head lines printing a Chinese-numeral date read with Arabic figures; unchanged (the same
    objects) when there is none. Lines keep their numbers."""
    if "年" not in text:
        return text, printed
    lines = text.split("\n")
    changed = False
    heads = [i for i, line in enumerate(lines) if line.strip()][:_MAX_HEAD_LINES]
    for i in heads:
        if not (_DATE.search(lines[i]) or _OCR_YEAR.search(lines[i])):
            continue
        line = _arabic(lines[i])
        if line == lines[i]:
            continue
        # (a date line alone with an OCR'd year is furniture of itself: `2O22年1月6日 星期四  责任编辑 / 刘 敏`)
        if is_page_line(line.strip()) or (_OCR_YEAR.search(lines[i]) and is_furniture_line(line.strip())):
            lines[i], changed = line, True
    return ("\n".join(lines), printed) if changed else (text, printed)
