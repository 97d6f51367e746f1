"""Inline SVG bar charts, drawn at build time (no chart library in the browser).

Bars use percentage widths inside an SVG that is 100% wide with no viewBox, so text keeps the page's font
size at every screen width and nothing scales down to illegibility on a phone. Colours come from CSS
classes (dark mode and print restyle them); nothing here is an inline style, so the CSP holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from builder.render.escaping import output_escape as escaped

ROW = 38
MAX_LABEL = 22


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown, with unit
    low: float | None = None  # a range (300–500户): its lower end; the bar spans low to value


def _clip(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _pct(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def bar_chart(bars: list[Bar], *, title: str, chart_id: str) -> Markup:
    """A horizontal bar chart, one labelled row per bar, scaled to the largest value. A range is drawn as
    the span from its lower end to its upper one (class chart-range), never as a bar from zero to its upper
    end: beside a single value, 300–500户 would read as more than 400户."""
    if not bars:
        return Markup("")
    top = max((b.value for b in bars), default=0) or 1
    out = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="100%" height="{len(bars) * ROW}" '
        f'role="img" aria-labelledby="{escaped(chart_id)}-t">',
        f'<title id="{escaped(chart_id)}-t">{escaped(title)}</title>',
    ]
    for i, bar in enumerate(bars):
        y = i * ROW
        start = bar.low / top * 100 if bar.low is not None and 0 < bar.low < bar.value else 0
        width = max(bar.value / top * 100 - start, 0.6) if bar.value > 0 else 0
        drawn = f'class="chart-bar chart-range" x="{_pct(start)}%"' if start else 'class="chart-bar" x="0"'
        out.append(
            f'<text class="chart-label" x="0" y="{y + 14}">{escaped(_clip(bar.label))}</text>'
            f'<text class="chart-value" x="100%" y="{y + 14}" text-anchor="end">{escaped(bar.text)}</text>'
            f'<rect class="chart-track" x="0" y="{y + 21}" width="100%" height="10" rx="3"/>'
            f'<rect {drawn} y="{y + 21}" width="{_pct(width)}%" height="10" rx="3"/>'
        )
    out.append("</svg>")
    return Markup("".join(out))
