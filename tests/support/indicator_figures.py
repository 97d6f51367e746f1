"""Figures and site-index entries made for the indicator tests (tests/render/test_indicators.py,
test_like_figures.py): one figure from a label, value, unit and quote, the indicator it is classified in, and an
entry standing in for the site index's (its figures, its initiative's level, a place)."""

from __future__ import annotations

from types import SimpleNamespace

from builder.model import Metric
from builder.render.figures import Figure, figures_of
from builder.render.indicatorfile import load_indicators
from builder.render.indicators import classify

INDICATORS = load_indicators()


def figure(label: str, value: float, unit: str, quote: str) -> Figure:
    (made,) = figures_of([Metric(label, value, unit, False, quote)])
    return made


def slug_of(label: str, value: float, unit: str, quote: str) -> str | None:
    found = classify(figure(label, value, unit, quote), INDICATORS)
    return found.slug if found else None


class FigureEntry:
    """What indicator_rows reads of a site-index entry: the figures, the initiative's level and locality, a place."""

    def __init__(self, *figures: Figure, level: str = "community") -> None:
        self.figures = list(figures)
        self.item = SimpleNamespace(level=level, locality=None)
        self.place = "某地"
