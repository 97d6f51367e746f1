"""An indicator compared level by level keeps the level each row's figure counts (IndicatorRows.levels, found
once by the site index): its pages and /compare/'s card group and count the rows by them, not by finding each
row's level again from its initiative on every page (a forked page worker then read every row's body:
bench/RESULTS.md, session 33)."""

from __future__ import annotations

import re
from types import SimpleNamespace as NS
from typing import Any

from builder.render.comparesections import compare_section, indicator_card
from builder.render.figures import Figure
from builder.render.figurescope import counted_level
from builder.render.indicatorrows import IndicatorRows, indicator_rows
from builder.render.indicators import SIZED_KINDS, classify
from tests.support.indicator_figures import INDICATORS, FigureEntry, figure


def _of(found: Figure) -> Any:
    return classify(found, INDICATORS)


def test_a_sized_indicator_keeps_the_level_each_row_counts() -> None:
    entries = {
        "a": FigureEntry(figure("红蜂驿站", 31, "个", "设立“红蜂驿站”31个"), level="county"),
        "b": FigureEntry(figure("红色驿站", 54, "个", "对全区54个红色驿站进行升级改造"), level="county"),
        "c": FigureEntry(figure("红色驿站", 12, "个", "建成红色驿站12个"), level="township"),
    }
    (rows,) = [r for r in indicator_rows(entries, INDICATORS, _of) if r.indicator.slug == "waystations"]
    assert rows.indicator.kind in SIZED_KINDS and not rows.indicator.level
    assert rows.levels == tuple(counted_level(entries[slug], f) for slug, f in rows.rows)
    assert sorted(rows.levels) == ["county", "county", "township"]


def test_an_indicator_of_its_own_level_keeps_none() -> None:
    entries = {
        "a": FigureEntry(figure("村集体经济收入", 570000, "元", "村集体经济收入57万元"), level="community"),
        "b": FigureEntry(figure("村集体经济收入", 860000, "元", "村集体经济收入达86万元"), level="community"),
    }
    found = indicator_rows(entries, INDICATORS, _of)
    assert found and all(
        r.levels == () for r in found if r.indicator.level or r.indicator.kind not in SIZED_KINDS
    )


def test_the_pages_group_the_rows_by_the_kept_levels() -> None:
    """Every initiative here says county; the kept levels say two of the figures count townships: the chart
    and the card follow the kept levels."""
    labels = {"county": NS(zh="县级"), "township": NS(zh="乡镇街道")}
    ix: Any = NS(
        entries={key: NS(place=f"{key}地", item=NS(level="county", locality=None)) for key in "abc"},
        level_labels=["province", "city", "county", "township", "community"],
        level_label=lambda key: labels[key],
    )
    count = next(ind for ind in INDICATORS if ind.kind == "count" and not ind.level)
    made = [figure("服务站", n, "个", f"建成服务站{n}个") for n in (90, 30, 20)]
    rows = IndicatorRows(count, list(zip("abc", made, strict=True)), ("county", "township", "township"))
    chart = str(compare_section(ix, rows, None).chart)
    groups = re.findall(r'<p class="chart-group">(\S+) <span class="count">(\d+) 项</span></p>', chart)
    assert groups == [("县级", "1"), ("乡镇街道", "2")]
    assert indicator_card(ix, rows).note.endswith("按层级分别比较；乡镇街道 2 项")
