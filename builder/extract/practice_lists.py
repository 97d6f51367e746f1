"""A quoted list's name by the count of its items (“党建网、治理网、服务网”三网融合 -> 三网融合): `list_counts`, read by
practices.py after the quoted names."""

from __future__ import annotations

import re

__all__ = ["list_counts"]

_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "双": 2}
# A quoted list and, right after it, its name by the count of its items (“党建网、治理网、服务网”三网融合): not a
# count of a kind of thing (三项机制, 五大要求, 四个方面: a classifier or 大 after the numeral).
_COUNTED_LIST = re.compile(
    r"[“「]([^”」“「]{2,40})[”」]([一二三四五六七八九十两双])(?![个项大类种条步级方点张支批])([\u4e00-\u9fff]{2,3}?)(?=[，。；、,的和与\s]|$)"
)


def list_counts(text: str) -> list[str]:
    """Names that count the items of the quoted list before them (“A、B、C”三网融合 -> 三网融合)."""
    return [
        match.group(2) + match.group(3)
        for match in _COUNTED_LIST.finditer(text)
        if len(match.group(1).split("、")) == _NUMBERS[match.group(2)]
    ]
