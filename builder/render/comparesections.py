"""/compare/'s cards and an indicator's own pages. /compare/ is an overview of the indicators grouped by theme
(compare_groups, a page of COMPARE_CARDS cards at a time: its size bounded whatever the number of indicators
and places), each a card (indicator_card): what it counts, the level compared, its few largest figures of that
level, a link to its own pages (compare_section: the chart of its largest values, the table of quotes, paged).
Pure functions on the SiteIndex; builder.render.pages renders them.

A figure whose size grows with the unit that acts (a count, a sum of money, a total: a province's 3万件 and a
community's 260件) is compared within its administrative level: the chart has one group per level, each scaled
to its own largest value; a level with one figure has it written out with no bar (it compares nothing). Rates,
ratios, changes and targets compare across levels in one chart. A figure whose clause or sentence names a
larger unit than the acting one as the one it counts (目前茄子溪街道已有280名网格志愿者 in a community's article:
builder.render.figurescope) stands at that unit's level, under its name."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from builder.render import paging
from builder.render.charts import Bar, bar_chart
from builder.render.figures import KIND_NAMES, Figure, format_metric
from builder.render.figurescope import RANK, counted_level, counted_place
from builder.render.groups import Group
from builder.render.indexes import Entry, IndicatorRows, SiteIndex
from builder.render.indicators import MIN_COMPARED, SIZED_KINDS, Indicator

CHART_FULL = 60  # bars on an indicator's own page
GROUP_BARS_FULL = 20  # bars per level on an indicator's own page
OVERVIEW_TOP = 3  # bars of an indicator's card on /compare/
COMPARE_CARDS = 30  # indicator cards per page of /compare/ (page size: issue 17)
OTHER = "其他指标"  # the group of the indicators of no theme


@dataclass(frozen=True)
class CompareSection:
    indicator: Indicator
    chart: Markup  # carries the values: on a phone it is shown instead of the table
    table: list[
        tuple[Entry, Figure, str, str]
    ]  # (initiative, figure, the place it counts, that place's level)
    total: int  # rows in the indicator (the table may show fewer)
    by_level: bool = False  # charted level by level (a sized indicator over several levels)


def compare_section(ix: SiteIndex, rows: IndicatorRows, part: list[Any] | None = None) -> CompareSection:
    """An indicator's own page: a chart of its largest values (acting unit, level, value) and the table with
    every quote, or with the rows `part` (a page of them). A sized indicator (SIZED_KINDS) over several
    levels is charted level by level (GROUP_BARS_FULL bars of each)."""
    ind = rows.indicator
    groups = _chart_groups(ix, rows)
    if groups:
        counts = Counter(_row_levels(ix, rows))
        parts = []
        for level, grouped in groups:
            name = ix.level_label(level).zh if level else "未定层级"
            bars = [_bar(ix, s, f, with_level=False) for s, f in grouped]
            head = Markup('<p class="chart-group">{} <span class="count">{} 项</span></p>').format(
                name, counts[level]
            )
            if counts[level] < MIN_COMPARED:  # a level with one figure compares nothing: no bar
                parts.append(head + _alone(bars[0]))
                continue
            parts.append(
                head
                + bar_chart(
                    bars,
                    title=f"{ind.zh}（{ind.unit}）· {name}",
                    chart_id=f"chart-{ind.slug}-{level or 'none'}",
                )
            )
        chart = Markup("").join(parts)
    else:
        bars = [_bar(ix, s, f, with_level=not ind.level) for s, f in rows.rows[:CHART_FULL]]
        chart = bar_chart(bars, title=f"{ind.zh}（{ind.unit}）", chart_id=f"chart-{ind.slug}")
    listed = rows.rows if part is None else part
    table = [(ix.entries[s], f, *_counted(ix, s, f)) for s, f in listed]
    return CompareSection(ind, chart, table, len(rows.rows), bool(groups))


@dataclass(frozen=True)
class IndicatorCard:
    """An indicator on /compare/: what it counts and the level compared (`note`), its few largest figures
    of that level (one chart of like figures) and how many it has in all (on its own page)."""

    indicator: Indicator
    chart: Markup
    note: str
    total: int  # rows in the indicator


def indicator_card(ix: SiteIndex, rows: IndicatorRows) -> IndicatorCard:
    """/compare/'s card of an indicator: a sized indicator (SIZED_KINDS, no `level` of its own) charts its
    OVERVIEW_TOP largest figures of the level that has most of them (each level is compared apart); any
    other charts its OVERVIEW_TOP largest, the acting unit's level on each bar (or the indicator's level)."""
    ind = rows.indicator
    what = f"{KIND_NAMES[ind.kind]}（{ind.unit}）"
    if ind.kind in SIZED_KINDS and not ind.level:
        levels = _row_levels(ix, rows)
        counts = Counter(levels)
        compared = [lv for lv in counts if lv and counts[lv] >= MIN_COMPARED] or list(counts)
        level = min(compared, key=lambda lv: (-counts[lv], _level_order(ix, lv), lv))
        top = [row for row, at in zip(rows.rows, levels, strict=True) if at == level][:OVERVIEW_TOP]
        name = ix.level_label(level).zh if level else "未定层级"
        chart = bar_chart(
            [_bar(ix, s, f, with_level=False) for s, f in top],
            title=f"{ind.zh}（{ind.unit}）· {name}",
            chart_id=f"top-{ind.slug}",
        )
        shown = _shown(counts[level], len(top))
        note = f"{what} · 按层级分别比较；{name} {shown}" if len(counts) > 1 else f"{what} · {name} {shown}"
        return IndicatorCard(ind, chart, note, len(rows.rows))
    top = rows.rows[:OVERVIEW_TOP]
    chart = bar_chart(
        [_bar(ix, s, f, with_level=not ind.level) for s, f in top],
        title=f"{ind.zh}（{ind.unit}）",
        chart_id=f"top-{ind.slug}",
    )
    if ind.level:
        where = f"每个数字计一个{ix.level_label(ind.level).zh}单位，不论实施单位的层级"
    else:
        where = "各层级同图比较，地区后注实施单位的层级"
    return IndicatorCard(ind, chart, f"{what} · {where}；{_shown(len(rows.rows), len(top))}", len(rows.rows))


def _shown(total: int, shown: int) -> str:
    """How many of how many figures a card charts: `3 项` (all), `7 项中最大的 3 项`."""
    return f"{total} 项" if shown == total else f"{total} 项中最大的 {shown} 项"


def compare_groups(ix: SiteIndex) -> list[Group]:
    """The indicators (IndicatorRows) under the theme each is listed under (Indicator.home_theme), themes in
    the vocabulary's order (one it lacks after them), those of no theme last (OTHER, key None); each group
    in the file's order."""
    grouped: dict[str, list[IndicatorRows]] = {}
    for rows in ix.indicators:
        grouped.setdefault(rows.indicator.home_theme, []).append(rows)
    order = list(ix.theme_labels)
    keys = sorted(grouped, key=lambda t: (t == "", t not in order, order.index(t) if t in order else 0, t))
    return [Group(t or None, ix.theme_label(t).zh if t else OTHER, grouped[t]) for t in keys]


def compare_pages(ix: SiteIndex) -> list[list[Group]]:
    """compare_groups packed into pages of COMPARE_CARDS cards, a theme's cards on one page unless it alone
    has more."""
    return paging.group_pages(
        compare_groups(ix),
        COMPARE_CARDS,
        lambda g: len(g.entries),
        lambda g, a, b: Group(g.key, g.name, g.entries[a:b]),
    )


Groups = list[tuple[str, list[tuple[str, Figure]]]]


def _chart_groups(ix: SiteIndex, rows: IndicatorRows) -> Groups:
    """A sized indicator's (SIZED_KINDS) rows by level, GROUP_BARS_FULL of each, when it has more than one
    level; [] for any other indicator."""
    if rows.indicator.kind not in SIZED_KINDS or rows.indicator.level:
        return []
    groups = _level_groups(ix, rows, GROUP_BARS_FULL)
    return groups if len(groups) > 1 else []


def _level_groups(ix: SiteIndex, rows: IndicatorRows, per_level: int) -> Groups:
    """The rows by the acting unit's level (levels in the vocabulary's order, no level last), the largest
    `per_level` of each, largest first."""
    by_level: dict[str, list[tuple[str, Figure]]] = {}
    for (slug, figure), level in zip(rows.rows, _row_levels(ix, rows), strict=True):
        grouped = by_level.setdefault(level, [])
        if len(grouped) < per_level:
            grouped.append((slug, figure))
    return sorted(by_level.items(), key=lambda kv: (kv[0] == "", _level_order(ix, kv[0]), kv[0]))


def _level_order(ix: SiteIndex, level: str) -> float:
    """The level's place in the site's vocabulary; one no initiative has (a figure counting a larger unit
    stands at it) between the site's levels by its rank."""
    order = list(ix.level_labels)
    if level in order:
        return order.index(level)
    if level not in RANK:
        return len(order)
    return sum(1 for other in order if RANK.get(other, len(RANK)) < RANK[level]) - 0.5


def _row_levels(ix: SiteIndex, rows: IndicatorRows) -> tuple[str, ...]:
    """The level of the unit each row's figure counts: the acting unit's, or a larger one its clause names;
    "" when the initiative names none (its group: 未定层级). Those the site index found (IndicatorRows.levels),
    else found here from each row's initiative."""
    if len(rows.levels) == len(rows.rows):
        return rows.levels
    return tuple(counted_level(ix.entries[slug], figure) for slug, figure in rows.rows)


def _counted(ix: SiteIndex, slug: str, figure: Figure) -> tuple[str, str]:
    """(the place the figure counts, its level): the acting unit's, or a larger one (figurescope)."""
    return counted_place(ix.entries[slug], figure)


# a label opening with the place the bar already names, or with 该市/本县/全区 … (该市村级集体经济总收入) when the
# bar's place is of that kind (凭祥市: 该市 is it; under 新港社区, 全市网格 is the city's, and 全区域 is no 全区)
_THIS_UNIT = re.compile(r"^[该本全](自治区|省|自治州|市|州|盟|县|区|旗|街道|镇|乡|村|社区)(?![域民])")


def short_label(label: str, place: str) -> str:
    """A chart row's label without what the row's place already says: the place itself, its last unit's
    name, or 该市/本县/全区 opening it (湖东街道 · 湖东街道在职报到党员 -> 湖东街道 · 在职报到党员); the label
    whole when nothing would be left of it."""
    names = sorted(
        {place, *re.findall(r"[\u4e00-\u9fff]+?(?:街道|社区|村|镇|乡|县|区|市|州|旗|盟)", place)}, key=len
    )
    this = _THIS_UNIT.match(label)
    short = label[this.end() :] if this and place.endswith(this.group(1)) else label
    for name in reversed(names):
        if name and short.startswith(name):
            short = short[len(name) :]
            break
    return short if len(short) >= 2 else label


def _alone(bar: Bar) -> Markup:
    """The one figure of a level, said without a bar: no other of its level to be drawn against."""
    return Markup('<p class="chart-alone">{} <strong>{}</strong> <span class="count">{}</span></p>').format(
        bar.label, bar.text, "本层级仅此一项，不作比较"
    )


def _bar(ix: SiteIndex, slug: str, figure: Figure, with_level: bool = True) -> Bar:
    place, counted = _counted(ix, slug, figure)
    level = ix.level_label(counted).zh if counted and with_level else ""
    label = f"{place}（{level}）" if level else place
    what = short_label(figure.label, place)
    low = float(figure.low) if figure.low is not None else None
    return Bar(f"{label} · {what}" if label else what, float(figure.value), format_metric(figure), low)
