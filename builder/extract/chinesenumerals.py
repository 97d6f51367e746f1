"""A numeral written in Chinese characters, as a number (numbers.py reads every numeral of a text with it, moved out
of numbers.py): `两千` -> 2000, `三十五` -> 35, `两万三` -> 23000, `二零二四` -> 2024 (digit by digit); a vague one
keeps its lower bound and is approximate: `二三十` -> 20, `两三` -> 2, `十几` -> 10, `几十`/`数十` -> 10, `上百` -> 100.
"""

from __future__ import annotations

import re

from builder.text.numerals import DIGITS, HUNDRED_MILLION, MAGNITUDES, TEN

__all__ = ["CN_DIGIT", "chinese_to_number"]

# each digit's value: the one table (numeraldates reads a page head's date with it; `○`, a circle set for 〇)
CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_PAIR = re.compile(f"([{DIGITS}])[{DIGITS}](?=[{TEN}{MAGNITUDES}{HUNDRED_MILLION}])")


def chinese_to_number(text: str) -> tuple[int, bool] | None:
    """A Chinese numeral as (value, approx): `两千` -> (2000, False), `二三十` -> (20, True)."""
    if not text:
        return None
    approx = False
    s = text.replace("两", "二").replace("〇", "零")
    if s[0] in "上数几":
        approx, s = True, "一" + s[1:]
    if "几" in s:
        approx, s = True, s.replace("几", "")
    # Two adjacent digits before a unit character are a range (二三十, 三四百): keep the lower one.
    pair = _CN_PAIR.search(s)
    if pair:
        approx, s = True, s[: pair.start()] + pair.group(1) + s[pair.end() :]
    if not s:
        return None
    if all(c in CN_DIGIT for c in s):
        if len(s) == 2 and "零" not in s:  # 两三个: a range, keep the lower
            return CN_DIGIT[s[0]], True
        return int("".join(str(CN_DIGIT[c]) for c in s)), approx  # 二零二四: digit by digit
    total = section = number = 0
    last_unit = 0
    previous = ""
    for char in s:
        if char in CN_DIGIT:
            number = CN_DIGIT[char]
        elif char in _CN_SMALL:
            unit = _CN_SMALL[char]
            section += (number or 1) * unit
            number, last_unit = 0, unit
        elif char in _CN_BIG:
            unit = _CN_BIG[char]
            if unit == 100_000_000:
                total = ((total + section + number) or 1) * unit
            else:
                total += ((section + number) or 1) * unit
            section = number = 0
            last_unit = unit
        else:
            return None
        previous = char
    if number and last_unit >= 100 and previous in CN_DIGIT and s[-2:-1] in "百千万亿":
        number *= last_unit // 10  # 两万三 = 23000, 三百五 = 350
    return total + section + number, approx
