"""The sections of /compare/ and of an indicator's own pages: an indicator's chart of its largest values and
its table of quotes. Pure functions on the SiteIndex; builder.render.pages renders them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from builder.render.charts import Bar, bar_chart
from builder.render.figures import Figure, format_metric
from builder.render.indexes import Entry, IndicatorRows, SiteIndex
from builder.render.indicators import Indicator

CHART_FULL = 60  # bars on an indicator's own page


@dataclass(frozen=True)
class CompareSection:
    indicator: Indicator
    chart: Markup  # carries the values: on a phone it is shown instead of the table
    table: list[tuple[Entry, Figure]]
    total: int  # rows in the indicator (the table may show fewer)


def compare_section(
    ix: SiteIndex, rows: IndicatorRows, limit: int | None, part: list[Any] | None = None
) -> CompareSection:
    """One indicator: a chart of the largest values (acting unit, level, value) and the table with every
    quote (cut at `limit`), or with the rows `part` (a page of them)."""
    ind = rows.indicator
    shown = rows.rows[: limit or CHART_FULL]
    bars = [_bar(ix, ix.entries[s], f) for s, f in shown]
    chart = bar_chart(bars, title=f"{ind.zh}（{ind.unit}）", chart_id=f"chart-{ind.slug}")
    listed = part if part is not None else rows.rows[:limit] if limit else rows.rows
    table = [(ix.entries[s], f) for s, f in listed]
    return CompareSection(ind, chart, table, len(rows.rows))


def _bar(ix: SiteIndex, entry: Entry, figure: Figure) -> Bar:
    level = ix.level_label(entry.item.level).zh if entry.item.level else ""
    label = f"{entry.place}（{level}）" if level else entry.place
    return Bar(f"{label} · {figure.label}", float(figure.value), format_metric(figure))
