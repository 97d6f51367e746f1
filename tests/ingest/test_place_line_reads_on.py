"""A two-line headline whose first line is a place by its full name (issue 14, heldout7 m06).

`百色市右江区` / `党员楼栋长“包楼到户”解民忧` / `韦丽华 黄海`: the second line opens with the place's own people
who act (党员楼栋长), so the two lines are ONE headline (`百色市右江区党员楼栋长…`), not a kicker over a headline.
A place over a headline that opens otherwise (`一碗“共富面”…`, `“红色代办”…`) stays its kicker, and a
province and county by short names (`江苏江阴`) is never read on.
"""

from __future__ import annotations

import pytest

from builder.ingest.headlinewraps import reads_on
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# heldout7 m06's second article, as printed (12-character wraps)
_M06 = (
    "第 8 版  图片新闻\n\n\n"
    "百色市右江区\n"
    "党员楼栋长“包楼到户”解民忧\n"
    "韦丽华 黄海\n\n"
    "百色市右江区龙景街道在辖\n"
    "区高层住宅小区推行党员楼\n"
    "栋长“包楼到户”，每名党\n"
    "员楼栋长联系10至20户\n"
    "居民，定期入户走访、收集\n"
    "诉求。街道共选出党员楼栋\n"
    "长185名。\n"
)


def _articles(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.title, a.subtitle, a.byline) for a in segment(assemble(classify_page(page)))]


def test_a_place_over_its_own_people_who_act_is_one_headline():
    assert _articles(_M06) == [("百色市右江区党员楼栋长“包楼到户”解民忧", None, "韦丽华 黄海")]


def test_the_same_headline_over_its_lead_with_no_byline():
    page = _M06.replace("韦丽华 黄海\n", "")
    assert _articles(page)[0][:2] == ("百色市右江区党员楼栋长“包楼到户”解民忧", None)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("百色市右江区", "党员楼栋长“包楼到户”解民忧", True),
        ("某某县某某镇", "网格员当起“代办员”", True),
        ("某某街道", "退休党员组建“巡逻队”", True),
        ("龙游县溪口镇", "一碗“共富面”香飘全镇", False),  # a headline of its own: the place is its kicker
        ("江苏江阴", "党员“红色代办”跑出加速度", False),  # short names: a kicker's style
        ("百色市右江区", "党建引领基层治理提质增效", False),  # 党建 is work, not who does it
        ("百色市右江区", "——党员楼栋长“包楼到户”", False),  # a `——` subtitle
    ],
)
def test_reads_on_after_a_place_line(first: str, second: str, expected: bool):
    assert reads_on(first, second) is expected
