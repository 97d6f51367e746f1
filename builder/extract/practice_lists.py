"""A quoted list's name by the count of its items (“党建网、治理网、服务网”三网融合 -> 三网融合): `list_counts`, read by
practices.py after the quoted names."""

from __future__ import annotations

import re

from builder.text.numerals import COUNTS_TO_TEN, NUMBERS_TO_TEN, TWO_COUNTED

__all__ = ["list_counts", "names_list_before"]

_NUMBERS = {c: i for i, c in enumerate(NUMBERS_TO_TEN, 1)} | {TWO_COUNTED: 2, "双": 2}
# A quoted list and, right after it, its name by the count of its items (“党建网、治理网、服务网”三网融合): not a
# count of a kind of thing (三项机制, 五大要求, 四个方面, “过去、当前、长远”三笔账: a classifier or 大 after the
# numeral).
_COUNTED_LIST = re.compile(
    r"[“「]([^”」“「]{2,40})[”」]"
    rf"([{COUNTS_TO_TEN}双])(?![个项大类种条步级方点张支批笔招件句])([\u4e00-\u9fff]{{2,3}}?)(?=[，。；、,的和与\s]|$)"
)


# A quote of a numeral and one character (四双, 三治) and the unquoted list right before it, in its clause.
_NUMERAL_HEAD = re.compile(rf"^([{COUNTS_TO_TEN}])([\u4e00-\u9fff])$")
_CLAUSE_BEFORE = re.compile(r"[，。；：！？“”\n的]")


def names_list_before(text: str, start: int, quoted: str) -> bool:
    """双结对、双承诺、双服务、双认领“四双”活动: the quote counts the items of the list printed just before it, each
    item sharing its character (开头 or end: 自治、法治、德治“三治”), so it is the list's name, not a date (五一)."""
    match = _NUMERAL_HEAD.match(quoted)
    if match is None:
        return False
    count, head = _NUMBERS[match.group(1)], match.group(2)
    items = _CLAUSE_BEFORE.split(re.sub(r"\s", "", text[max(0, start - 60) : start]))[-1].split("、")
    return len(items) >= count >= 2 and all(
        2 <= len(item) <= 6 and (item.startswith(head) or item.endswith(head)) for item in items[-count:]
    )


def list_counts(text: str) -> list[str]:
    """Names that count the items of the quoted list before them (“A、B、C”三网融合 -> 三网融合)."""
    return [
        match.group(2) + match.group(3)
        for match in _COUNTED_LIST.finditer(text)
        if len(match.group(1).split("、")) == _NUMBERS[match.group(2)]
    ]
