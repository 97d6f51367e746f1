"""The sets of Chinese numeral characters the patterns of ingest and extract write in character classes, one
named set per meaning (chinesenumerals.py reads a numeral's value; these say which characters a numeral is made of).

Patterns compose them: `[{COUNTS_TO_TEN}]` a small count (两个, 十名), `[\\d{COUNT_NUMERALS}]` a count of any size
(300多, 三百多, 两万). A closed set of another meaning stays written out where it is used: quarters ([一二三四]季度),
weekdays (星期[一二三四五六日天]), ratings ([一二三四五两]星), proof rounds ([一二三四终]校), a photo's number
(图[一二三四五六]), the idioms of 最后一公里.
One pattern lives here too: LIST_NUMBER, the number of a list's item opening a text (一、, （三）, 3.).
"""

from __future__ import annotations

import re

__all__ = [
    "CIRCLE_ZERO",
    "COUNTS_TO_TEN",
    "COUNT_NUMERALS",
    "DIGITS",
    "HUNDRED_MILLION",
    "LIST_NUMBER",
    "MAGNITUDES",
    "NUMBERS_TO_TEN",
    "TEN",
    "TWO_COUNTED",
    "ZEROS",
]

DIGITS = "一二三四五六七八九"  # one to nine: a digit of a numeral (二零二四) or a number below ten
TEN = "十"
TWO_COUNTED = (
    "两"  # two of something counted (两个, 两万): never a list's number, an ordinal or a date's digit
)
ZEROS = "零〇"  # a numeral's zero (二〇二四年, 一百零五)
CIRCLE_ZERO = "○"  # a circle set for 〇 in a printed date (二○二四年)
MAGNITUDES = "百千万"  # a count's hundreds, thousands, ten thousands
HUNDRED_MILLION = "亿"

# 一 … 十: a list's number (一、, （三）), an ordinal (第十), a numeral in a name (七台河, 三中), a page (第二版)
NUMBERS_TO_TEN = DIGITS + TEN
# a small count as a text prints it (两个, 三名, 十户)
COUNTS_TO_TEN = NUMBERS_TO_TEN + TWO_COUNTED
# a count with its magnitudes (三百多, 两万, 一千二百)
COUNT_NUMERALS = COUNTS_TO_TEN + MAGNITUDES
# the number of a list's item opening a text (一、, （三）, 3., 3、); not the 一 of a range (一、二级网格长) nor a
# figure (3.5万)
LIST_NUMBER = re.compile(
    rf"^(?:[{NUMBERS_TO_TEN}]+、|[（(][{NUMBERS_TO_TEN}\d]+[）)]|\d+[.、．])\s*(?![{NUMBERS_TO_TEN}\d])"
)
