"""The front matter schema of DESIGN §3, field by field: types, required keys, sizes and vocabularies.

Each problem is recorded on a `FileReport` with the dotted key it is about ('metrics.2.value'), which
places it on the line of that key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from builder.model import FRONT_MATTER_KEYS, LEVELS
from builder.validate.data import VocabularyCheck
from builder.validate.fields import (
    MAX_ITEMS,
    MAX_QUOTE,
    MAX_SHORT,
    MAX_SUMMARY,
    MAX_TITLE,
    Diagnostic,
    Severity,
    did_you_mean,
    is_number,
    iso_date_problem,
    kind,
    shorten,
    slug_problem,
)
from builder.places.divisions import Place
from builder.validate.region import check_region

NESTED_KEYS: dict[str, tuple[str, ...]] = {
    "source": ("file", "part", "byline"),
    "region": ("province", "city", "county", "code"),
    "related": ("pin", "block"),
}
METRIC_KEYS: tuple[str, ...] = ("label", "value", "unit", "approx", "quote")
TEXT_LISTS: tuple[str, ...] = ("practices", "keywords")


@dataclass
class FileReport:
    """Diagnostics for one content file, placed on the line of the key they are about."""

    path: str
    lines: dict[str, int] = field(default_factory=dict)
    found: list[Diagnostic] = field(default_factory=list)

    def line_of(self, key: str | None) -> int | None:
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0]
        return None

    def add(self, severity: Severity, key: str | None, message: str, line: int | None = None) -> None:
        self.found.append(
            Diagnostic(self.path, line if line is not None else self.line_of(key), severity, message)
        )

    def error(self, key: str | None, message: str, line: int | None = None) -> None:
        self.add("error", key, message, line)

    def warning(self, key: str | None, message: str, line: int | None = None) -> None:
        self.add("warning", key, message, line)


MAX_UNKNOWN_KEYS = 20  # reported one by one, with a suggestion; the rest in one warning


def _unknown_keys(report: FileReport, mapping: dict[Any, Any], known: tuple[str, ...], prefix: str) -> None:
    unknown = [key for key in mapping if str(key) not in known]
    for key in unknown[:MAX_UNKNOWN_KEYS]:
        full = f"{prefix}{key}"
        hint = did_you_mean(str(key), known, prefix=prefix) or " (it is ignored)"
        report.warning(full, f"unknown key '{shorten(full)}'{hint}")
    if len(unknown) > MAX_UNKNOWN_KEYS:
        rest = len(unknown) - MAX_UNKNOWN_KEYS
        first = f"{prefix}{unknown[MAX_UNKNOWN_KEYS]}"
        report.warning(first, f"{rest} more unknown keys from '{shorten(first)}' on (they are ignored)")


def _text(
    report: FileReport, data: dict[str, Any], key: str, limit: int, *, required: bool = False
) -> str | None:
    """A text value at `key` (dotted within `data`), or None; reports missing / wrong type / too long."""
    parent, _, leaf = key.rpartition(".")
    holder = data.get(parent) if parent else data
    value = holder.get(leaf) if isinstance(holder, dict) else None
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            report.error(key, f"missing required field '{key}'")
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key != "slug":
        value = str(value)  # YAML reads 110 as a number; for a name it is text all the same
    if not isinstance(value, str):
        report.error(key, f"'{key}' must be text, not {kind(value)}")
        return None
    if len(value) > limit:
        report.error(key, f"'{key}' is too long ({len(value)} characters, at most {limit})")
    return value


def _list(report: FileReport, data: dict[str, Any], key: str, example: str) -> list[Any]:
    parent, _, leaf = key.rpartition(".")
    holder = data.get(parent) if parent else data
    value = holder.get(leaf) if isinstance(holder, dict) else None
    if value is None:
        return []
    if not isinstance(value, list):
        report.error(key, f"'{key}' must be a list, e.g. {leaf}: {example}, not {kind(value)}")
        return []
    if len(value) > MAX_ITEMS:
        report.error(key, f"'{key}' has too many items ({len(value)}, at most {MAX_ITEMS})")
        return []
    return value


def _text_items(report: FileReport, data: dict[str, Any], key: str, example: str) -> list[tuple[int, str]]:
    """(index, text) of a list of short texts; numbers count as text, anything else is an error."""
    items = []
    for index, item in enumerate(_list(report, data, key, example)):
        where = f"{key}.{index}"
        if is_number(item):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            report.error(where, f"{key} item {index + 1} must be text, not {kind(item)}")
        elif len(item) > MAX_SHORT:
            report.error(
                where, f"{key} item {index + 1} is too long ({len(item)} characters, at most {MAX_SHORT})"
            )
        else:
            items.append((index, item))
    return items


def _mapping(report: FileReport, data: dict[str, Any], key: str, *, required: bool = False) -> dict[Any, Any]:
    value = data.get(key)
    if value is None:
        if required:
            report.error(key, f"missing required field '{key}'")
        return {}
    if not isinstance(value, dict):
        report.error(
            key, f"'{key}' must be a group of keys ({', '.join(NESTED_KEYS[key])}), not {kind(value)}"
        )
        return {}
    _unknown_keys(report, value, NESTED_KEYS[key], f"{key}.")
    return value


def check_schema(
    report: FileReport, data: dict[str, Any], vocab: VocabularyCheck, zones: tuple[Place, ...]
) -> str | None:
    _unknown_keys(report, data, FRONT_MATTER_KEYS, "")
    _text(report, data, "title", MAX_TITLE, required=True)
    slug = _text(report, data, "slug", 10_000, required=True)
    if slug is not None:
        problem = slug_problem(slug)
        if problem:
            report.error("slug", problem)
            slug = None

    source = _mapping(report, data, "source", required=True)
    if isinstance(data.get("source"), dict):
        _text(report, data, "source.file", MAX_SHORT, required=True)
        part = source.get("part")
        if part is None:
            report.error("source.part", "missing required field 'source.part'")
        elif isinstance(part, bool) or not isinstance(part, int) or part < 1:
            report.error(
                "source.part", f"'source.part' must be a whole number from 1 up, not {shorten(repr(part))}"
            )
        _text(report, data, "source.byline", MAX_SHORT)

    for key in ("parent", "locality"):
        _text(report, data, key, MAX_SHORT)
    if data.get("date") is not None:
        problem = iso_date_problem(data["date"])
        if problem:
            report.error("date", problem)

    region = _mapping(report, data, "region")
    if region:
        for key in ("province", "city", "county"):
            _text(report, data, f"region.{key}", MAX_SHORT)
        if all(v is None or isinstance(v, str) for k, v in region.items() if k != "code"):
            for problem in check_region(region, zones):
                report.error(problem.key, problem.message)

    level = data.get("level")
    if level is not None:
        known = tuple(vocab.levels) or LEVELS
        if not isinstance(level, str):
            report.error("level", f"'level' must be one of {', '.join(known)}, not {kind(level)}")
        elif level not in known:
            hint = did_you_mean(level, known) or f" (use one of: {', '.join(known)})"
            report.error("level", f"unknown level '{shorten(level)}'{hint}")

    _check_themes(report, data, vocab)
    for key in TEXT_LISTS:
        _text_items(report, data, key, "[网格, 党建联建]")
    _check_metrics(report, data)
    _text(report, data, "summary", MAX_SUMMARY)
    _mapping(report, data, "related")
    for key in ("related.pin", "related.block"):
        _text_items(report, data, key, "[other-initiative-slug]")
    _check_review(report, data)
    return slug


def _check_themes(report: FileReport, data: dict[str, Any], vocab: VocabularyCheck) -> None:
    seen: set[str] = set()
    for index, theme in _text_items(report, data, "themes", "[grid-governance, joint-building]"):
        where = f"themes.{index}"
        if theme in seen:
            report.warning(where, f"theme '{theme}' is listed twice")
        seen.add(theme)
        if vocab.themes_known and theme not in vocab.themes:
            hint = (
                did_you_mean(theme, vocab.themes)
                or " (add it to content/_data/themes.yaml or use a listed one)"
            )
            report.error(where, f"unknown theme '{shorten(theme)}'{hint}")


def _check_metrics(report: FileReport, data: dict[str, Any]) -> None:
    for index, metric in enumerate(_list(report, data, "metrics", "[{label: …, value: 12, unit: 个}]")):
        where = f"metrics.{index}"
        name = f"metrics[{index + 1}]"
        if not isinstance(metric, dict):
            report.error(
                where, f"{name} must be a group of keys ({', '.join(METRIC_KEYS)}), not {kind(metric)}"
            )
            continue
        _unknown_keys(report, metric, METRIC_KEYS, f"{where}.")
        label = metric.get("label")
        if not isinstance(label, str) or not label.strip():
            report.error(f"{where}.label", f"{name}.label must be text, not {kind(label)}")
        elif len(label) > MAX_SHORT:
            report.error(
                f"{where}.label", f"{name}.label is too long ({len(label)} characters, at most {MAX_SHORT})"
            )
        value = metric.get("value")
        if value is None:
            report.error(f"{where}.value", f"{name}.value is missing: write the number, e.g. value: 226")
        elif not is_number(value):
            shown = f" '{shorten(value)}'" if isinstance(value, str) else ""
            report.error(
                f"{where}.value",
                f"{name}.value must be a number (万/亿 multiplied out), not {kind(value)}{shown}",
            )
        unit = metric.get("unit")
        if unit is not None and not isinstance(unit, str):
            report.error(f"{where}.unit", f"{name}.unit must be text, not {kind(unit)}")
        approx = metric.get("approx")
        if approx is not None and not isinstance(approx, bool):
            report.error(f"{where}.approx", f"{name}.approx must be true or false, not {kind(approx)}")
        quote = metric.get("quote")
        if quote is not None and not isinstance(quote, str):
            report.error(f"{where}.quote", f"{name}.quote must be text, not {kind(quote)}")
        elif isinstance(quote, str) and len(quote) > MAX_QUOTE:
            report.error(
                f"{where}.quote", f"{name}.quote is too long ({len(quote)} characters, at most {MAX_QUOTE})"
            )


def _check_review(report: FileReport, data: dict[str, Any]) -> None:
    for index, item in enumerate(_list(report, data, "review", "['title: check the headline']")):
        text = "; ".join(f"{k}: {v}" for k, v in item.items()) if isinstance(item, dict) else str(item)
        report.warning(
            f"review.{index}", f"open review item: {shorten(text, 120)} (when checked, delete this entry)"
        )
