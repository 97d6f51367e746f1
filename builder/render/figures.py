"""The figures a reader sees: an initiative's metrics with their kind, each fact once, results first, and
numbers written the way readers write them (1.4亿元, 2.3万人, 96.4 %, 65 % → 92 %).

- A before → after pair (two metrics of one quote, 从65%提升至92%; or the same label first 最初/曾经 then
  目前/现在) becomes one `change` figure with `before`.
- A range (labels `…（下限）` and `…（上限）` of one quote, 300—500户) becomes one figure with `low`.
- A repeat (the same value and unit, with the same label or one label inside the other: 楼栋长 2399人 and
  包联干部与网格员、楼栋长、单元长等2399人) is dropped; so are the parts of a total that is given too
  (their `part_of` names it, and indicators do not count them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from builder.extract.metric_kinds import metric_kind
from builder.model import Metric

# results first: changes, rates and coverage, targets, ratios, then money, totals and plain counts
KIND_ORDER: dict[str, int] = {
    "change": 0, "share": 1, "target": 2, "ratio": 3, "money": 4, "total": 5, "count": 6,
}  # fmt: skip
KIND_NAMES: dict[str, str] = {
    "change": "变化", "share": "比率", "target": "目标", "ratio": "人均/每单位", "money": "金额",
    "total": "合计", "count": "数量",
}  # fmt: skip
_BEFORE = re.compile(r"最初|曾经|原来|原先|过去|以前|当初")
_AFTER = re.compile(r"目前|现在|如今|现有|只留下|留下")
_SUMMED = re.compile(r"共|总|合计|累计|其中|分别|包括")  # a total said to be one, or parts said to be parts


@dataclass(frozen=True)
class Figure:
    """One fact as shown: the metric's fields, its kind, and for a change or a range the other end."""

    label: str
    value: float | int
    unit: str
    approx: bool
    quote: str
    kind: str
    before: float | int | None = None  # a change: the value before
    low: float | int | None = None  # a range: its lower end (value is the upper)
    part_of: str | None = None  # a part of a total also given: the total's label

    @property
    def counted(self) -> bool:
        return self.part_of is None


def _figure(metric: Metric) -> Figure:
    label = re.sub(r"（[上下]限）$", "", metric.label)
    return Figure(label, metric.value, metric.unit, metric.approx, metric.quote, metric_kind(metric))


def _same_thing(a: Figure, b: Figure) -> bool:
    return a.label == b.label or a.label in b.label or b.label in a.label


def _joins(first: Figure, second: Figure, a: Metric, b: Metric) -> Figure | None:
    """The one figure two neighbouring metrics make (a change or a range), or None."""
    if first.unit != second.unit or not _same_thing(first, second):
        return None
    if a.label.endswith("（下限）") and b.label.endswith("（上限）") and a.quote == b.quote:
        return replace(second, low=first.value, approx=first.approx or second.approx)
    same_quote = a.quote == b.quote and first.kind == second.kind == "change"
    told = first.label == second.label and _BEFORE.search(a.quote) and _AFTER.search(b.quote)
    if same_quote or told:
        return replace(
            second, kind="change", before=first.value, label=min(first.label, second.label, key=len)
        )
    return None


def _joined(metrics: list[Metric]) -> list[Figure]:
    figures: list[Figure] = []
    index = 0
    while index < len(metrics):
        here = _figure(metrics[index])
        if index + 1 < len(metrics):
            pair = _joins(here, _figure(metrics[index + 1]), metrics[index], metrics[index + 1])
            if pair is not None:
                figures.append(pair)
                index += 2
                continue
        figures.append(here)
        index += 1
    return figures


def _without_repeats(figures: list[Figure]) -> list[Figure]:
    kept: list[Figure] = []
    for figure in figures:
        if not any(
            f.value == figure.value
            and f.unit == figure.unit
            and f.before == figure.before
            and _same_thing(f, figure)
            for f in kept
        ):
            kept.append(figure)
    return kept


def _mark_parts(figures: list[Figure]) -> list[Figure]:
    """Parts whose sum is a total given right before or after them are marked `part_of` that total."""
    marked = list(figures)
    for at, total in enumerate(figures):
        if total.kind not in ("total", "count") or total.approx or total.before is not None:
            continue
        for start, stop in ((at + 1, None), (None, at)):
            run = [f for f in figures[start:stop] if f.unit == total.unit and f.kind == "count"]
            run = run if start else run[::-1]
            for size in range(2, len(run) + 1):
                parts = run[:size]
                said = _SUMMED.search(total.quote) or any(_SUMMED.search(p.quote) for p in parts)
                if (
                    said
                    and sum(float(p.value) for p in parts) == float(total.value)
                    and not any(p.approx for p in parts)
                ):
                    for part in parts:
                        marked[figures.index(part)] = replace(part, part_of=total.label)
                    marked[at] = replace(total, kind="total")
                    break
    return marked


def figures_of(metrics: list[Metric]) -> list[Figure]:
    """An initiative's figures: pairs joined, repeats dropped, parts of a total marked; in file order."""
    return _mark_parts(_without_repeats(_joined(list(metrics))))


def results_first(
    figures: list[Figure], compared: Callable[[Figure], bool] = lambda f: False
) -> list[Figure]:
    """Changes, rates and coverage before plain counts; within a kind the figures `compared` by an indicator
    first, then file order; parts of a total last."""
    return sorted(figures, key=lambda f: (not f.counted, KIND_ORDER.get(f.kind, 9), not compared(f)))


# ------------------------------------------------------------------------------------------ writing numbers


def _digits(value: float, places: int) -> str:
    text = f"{value:.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_number(value: float | int) -> str:
    """As readers write it: 226, 96.4, 9000, 5.1万, 10.32万, 774万, 1.4亿; an inexact number under 10万
    keeps all its digits (27989), never a thousands separator nor scientific notation."""
    number = float(value)
    size = abs(number)
    if size >= 1e8:
        return _digits(number / 1e8, 2) + "亿"
    if size >= 1e4 and (size >= 1e5 or round(number / 1e4, 2) * 1e4 == number):
        return _digits(number / 1e4, 2) + "万"
    return _digits(number, 4)


def _with_unit(number: str, unit: str) -> str:
    return f"{number} %" if unit in ("%", "％") else f"{number}{unit}"


def format_metric(figure: Figure | Metric) -> str:
    """'约600人', '96.4 %', '1.4亿元', '65 % → 92 %', '300–500户'; a goal, not a result: '目标 30个'."""
    unit = figure.unit or ""
    about = ("目标 " if getattr(figure, "kind", None) == "target" else "") + ("约" if figure.approx else "")
    before = getattr(figure, "before", None)
    low = getattr(figure, "low", None)
    if before is not None:  # the approximation is the value after
        return f"{_with_unit(format_number(before), unit)} → {about}{_with_unit(format_number(figure.value), unit)}"
    if low is not None:
        return about + _with_unit(f"{format_number(low)}–{format_number(figure.value)}", unit)
    return about + _with_unit(format_number(figure.value), unit)
