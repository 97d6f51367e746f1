"""A headline wrapped over three lines, its last word alone on the third (R16 r16_02's kind).

`滨江：突出党建引领基层` / `治理 全面推行小区积分` / `管理` in a 12-character column, right over the lead: the last
line, two characters, is shaped like one bare name, so it was read as the article's byline and cut off the
title. A line like one name right under a headline (no blank line between) that is a word of the dictionary
opening with no common surname, the headline reading on with it, is the headline's end; a real name (`李娜`,
`王琳`, a common surname opening it) stays the byline. Invented lines of the kind.
"""

from __future__ import annotations

from builder.ingest.barenames import _wrapped_word
from builder.ingest.pagelines import BYLINE, HEADLINE
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

PAGE = """第3版　　　　　　　社区治理

滨江：突出党建引领基层
治理 全面推行小区积分
{last}
从区委组织部了解到，今年
全区286个小区推行积分管
理，居民参与议事、志愿服
务都能攒积分。
"""


def _heads(last: str) -> list[tuple[str, str]]:
    with data_dir_fixed():
        units = classify_page(PAGE.format(last=last))
    return [(u.kind, u.text) for u in units if u.kind in (HEADLINE, BYLINE)]


def test_the_wrapped_last_word_ends_the_headline():
    assert _heads("管理") == [(HEADLINE, "滨江：突出党建引领基层治理 全面推行小区积分管理")]


def test_a_name_under_the_headline_stays_its_byline():
    for name in ("李娜", "王琳"):
        assert _heads(name) == [(HEADLINE, "滨江：突出党建引领基层治理 全面推行小区积分"), (BYLINE, name)]


def test_only_a_dictionary_word_with_no_surname_is_a_wrapped_word():
    with data_dir_fixed():
        assert _wrapped_word("全面推行小区积分", "管理")
        assert not _wrapped_word("全面推行小区积分", "李娜")  # a common surname opens it
        assert not _wrapped_word(
            "全面推行小区积分", "佟悦"
        )  # no common surname, but no word of the dictionary
        assert not _wrapped_word("小区积分管理见实效。", "建设")  # the headline ends a sentence
