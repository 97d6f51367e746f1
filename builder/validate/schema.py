"""Check front matter against the contract of `builder.schema`: every field by its shape, in table order.

Each problem is recorded on a `FileReport` with the dotted key it is about ('metrics.2.value'), which
places it on the line of that key. Unknown keys are errors with a suggestion (a misspelt `sumary` would
otherwise silently drop the summary); the vocabularies
(`content/_data/`) and the divisions of China give the words a level, a theme or a region may use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from builder.model import LEVELS
from builder.places.divisions import Place
from builder.schema import FIELDS, FRONT_MATTER_KEYS, MAX_ITEMS, MAX_SHORT, Field
from builder.validate.data import VocabularyCheck
from builder.validate.diagnostics import FileReport, did_you_mean
from builder.validate.fields import is_number, iso_date_problem, kind, shorten, slug_problem
from builder.validate.region import check_region

MAX_UNKNOWN_KEYS = 20  # reported one by one, with a suggestion; the rest in one error


@dataclass
class _Check:
    """One file's front matter being checked, with what the checks of its fields need."""

    report: FileReport
    data: dict[str, Any]
    vocab: VocabularyCheck
    zones: tuple[Place, ...]
    slug: str | None = None


def check_schema(
    report: FileReport, data: dict[str, Any], vocab: VocabularyCheck, zones: tuple[Place, ...]
) -> str | None:
    """Record every problem of `data` on `report`; the slug when it is usable (None otherwise)."""
    check = _Check(report, data, vocab, zones)
    _unknown_keys(report, data, FRONT_MATTER_KEYS, "")
    for spec in FIELDS:
        _FIELD_CHECKS[spec.shape](check, spec.name, spec)
    return check.slug


def _unknown_keys(report: FileReport, mapping: dict[Any, Any], known: tuple[str, ...], prefix: str) -> None:
    """Every key the contract does not know is an error: its value would be lost without a word."""
    unknown = [key for key in mapping if str(key) not in known]
    for key in unknown[:MAX_UNKNOWN_KEYS]:
        full = f"{prefix}{key}"
        hint = did_you_mean(str(key), known, prefix=prefix) or (
            f" (rename it to one of: {', '.join(prefix + k for k in known)}; or delete it)"
        )
        report.error(full, f"unknown key '{shorten(full)}'{hint}")
    if len(unknown) > MAX_UNKNOWN_KEYS:
        rest = len(unknown) - MAX_UNKNOWN_KEYS
        first = f"{prefix}{unknown[MAX_UNKNOWN_KEYS]}"
        report.error(first, f"{rest} more unknown keys from '{shorten(first)}' on (rename or delete them)")


def _value(data: dict[str, Any], key: str) -> Any:
    """The value at a key or a dotted key one group deep ('source.part'); None when absent."""
    parent, _, leaf = key.rpartition(".")
    holder = data.get(parent) if parent else data
    return holder.get(leaf) if isinstance(holder, dict) else None


# ------------------------------------------------------------------------------ one check per shape


def _text(check: _Check, key: str, spec: Field) -> str | None:
    """A text value at `key`, or None; reports missing / wrong type / too long."""
    report, value = check.report, _value(check.data, key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            report.error(key, f"missing required field '{key}'")
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and spec.shape != "slug":
        value = str(value)  # YAML reads 110 as a number; for a name it is text all the same
    if not isinstance(value, str):
        report.error(key, f"'{key}' must be text, not {kind(value)}")
        return None
    if spec.limit is not None and len(value) > spec.limit:
        report.error(key, f"'{key}' is too long ({len(value)} characters, at most {spec.limit})")
    return value


def _slug(check: _Check, key: str, spec: Field) -> None:
    slug = _text(check, key, spec)
    problem = slug_problem(slug) if slug is not None else None
    if problem:
        check.report.error(key, problem)
    check.slug = None if problem else slug


def _date(check: _Check, key: str, spec: Field) -> None:
    value = _value(check.data, key)
    problem = iso_date_problem(value) if value is not None else None
    if problem:
        check.report.error(key, problem)


def _whole(check: _Check, key: str, spec: Field) -> None:
    value = _value(check.data, key)
    if value is None:
        if spec.required:
            check.report.error(key, f"missing required field '{key}'")
    elif isinstance(value, bool) or not isinstance(value, int) or value < 1:
        check.report.error(key, f"'{key}' must be a whole number from 1 up, not {shorten(repr(value))}")


def _code(check: _Check, key: str, spec: Field) -> None:
    """The code is checked with the names of its group (the region), against the divisions."""
    region = _value(check.data, key.rpartition(".")[0])
    if region and all(v is None or isinstance(v, str) for k, v in region.items() if k != spec.name):
        for problem in check_region(region, check.zones):
            check.report.error(problem.key, problem.message)


def _word(check: _Check, key: str, spec: Field) -> None:
    """One word of the levels vocabulary (the built-in levels when it lists none)."""
    value = _value(check.data, key)
    if value is None:
        return
    known = tuple(check.vocab.levels) or LEVELS
    if not isinstance(value, str):
        check.report.error(key, f"'{key}' must be one of {', '.join(known)}, not {kind(value)}")
    elif value not in known:
        hint = did_you_mean(value, known) or f" (use one of: {', '.join(known)})"
        check.report.error(key, f"unknown {key} '{shorten(value)}'{hint}")


def _is_group(check: _Check, key: str, shown: str, value: Any, spec: Field) -> bool:
    """Is `value` a mapping (an error naming it `shown` when not)? Keys not among `spec.parts` are warned of."""
    if not isinstance(value, dict):
        check.report.error(
            key, f"{shown} must be a group of keys ({', '.join(spec.part_names())}), not {kind(value)}"
        )
        return False
    _unknown_keys(check.report, value, spec.part_names(), f"{key}.")
    return True


def _group(check: _Check, key: str, spec: Field) -> None:
    value = check.data.get(key)
    if value is None:
        if spec.required:
            check.report.error(key, f"missing required field '{key}'")
        return
    if not _is_group(check, key, f"'{key}'", value, spec):
        return
    for part in spec.parts:
        _FIELD_CHECKS[part.shape](check, f"{key}.{part.name}", part)


def _list(check: _Check, key: str, spec: Field) -> list[Any]:
    value = _value(check.data, key)
    if value is None:
        return []
    if not isinstance(value, list):
        leaf = key.rpartition(".")[2]
        check.report.error(key, f"'{key}' must be a list, e.g. {leaf}: {spec.example}, not {kind(value)}")
        return []
    if len(value) > MAX_ITEMS:
        check.report.error(key, f"'{key}' has too many items ({len(value)}, at most {MAX_ITEMS})")
        return []
    return value


def _texts(check: _Check, key: str, spec: Field) -> list[tuple[int, str]]:
    """(index, text) of a list of short texts; numbers count as text, anything else is an error."""
    items = []
    for index, item in enumerate(_list(check, key, spec)):
        where = f"{key}.{index}"
        if is_number(item):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            check.report.error(where, f"{key} item {index + 1} must be text, not {kind(item)}")
        elif len(item) > MAX_SHORT:
            check.report.error(
                where, f"{key} item {index + 1} is too long ({len(item)} characters, at most {MAX_SHORT})"
            )
        else:
            items.append((index, item))
    return items


def _words(check: _Check, key: str, spec: Field) -> None:
    """Theme slugs: each listed once, each defined in the themes vocabulary (when it could be read)."""
    seen: set[str] = set()
    vocab = check.vocab
    for index, theme in _texts(check, key, spec):
        where = f"{key}.{index}"
        if theme in seen:
            check.report.warning(where, f"theme '{theme}' is listed twice")
        seen.add(theme)
        if vocab.themes_known and theme not in vocab.themes:
            hint = (
                did_you_mean(theme, vocab.themes)
                or " (add it to content/_data/themes.yaml or use a listed one)"
            )
            check.report.error(where, f"unknown theme '{shorten(theme)}'{hint}")


def _notes(check: _Check, key: str, spec: Field) -> None:
    """Each open review note is a warning, until an editor deletes it."""
    for index, item in enumerate(_list(check, key, spec)):
        text = "; ".join(f"{k}: {v}" for k, v in item.items()) if isinstance(item, dict) else str(item)
        check.report.warning(
            f"{key}.{index}", f"open review item: {shorten(text, 120)} (when checked, delete this entry)"
        )


def _items(check: _Check, key: str, spec: Field) -> None:
    """A list of groups (metrics): each item a group of `spec.parts`, each part checked by its shape."""
    for index, item in enumerate(_list(check, key, spec)):
        where = f"{key}.{index}"
        name = f"{key}[{index + 1}]"
        if not _is_group(check, where, name, item, spec):
            continue
        for part in spec.parts:
            message = _ITEM_CHECKS[part.shape](item.get(part.name), part)
            if message:
                check.report.error(f"{where}.{part.name}", f"{name}.{part.name} {message}")


_FIELD_CHECKS: dict[str, Callable[[_Check, str, Field], object]] = {
    "text": _text,
    "slug": _slug,
    "date": _date,
    "whole": _whole,
    "code": _code,
    "word": _word,
    "group": _group,
    "items": _items,
    "texts": _texts,
    "words": _words,
    "slugs": _texts,  # that they name initiatives is checked across files (builder.validate.run)
    "notes": _notes,
}


# ---------------------------------------------------------------------- the parts of a list's items


def _item_text(value: Any, part: Field) -> str | None:
    if part.required and (not isinstance(value, str) or not value.strip()):
        return f"must be text, not {kind(value)}"
    if value is not None and not isinstance(value, str):
        return f"must be text, not {kind(value)}"
    if isinstance(value, str) and part.limit is not None and len(value) > part.limit:
        return f"is too long ({len(value)} characters, at most {part.limit})"
    return None


def _item_number(value: Any, part: Field) -> str | None:
    if value is None:
        return f"is missing: write the number, e.g. {part.name}: 226"
    if not is_number(value):
        shown = f" '{shorten(value)}'" if isinstance(value, str) else ""
        return f"must be a number (万/亿 multiplied out), not {kind(value)}{shown}"
    return None


def _item_flag(value: Any, part: Field) -> str | None:
    if value is not None and not isinstance(value, bool):
        return f"must be true or false, not {kind(value)}"
    return None


_ITEM_CHECKS: dict[str, Callable[[Any, Field], str | None]] = {
    "text": _item_text,
    "number": _item_number,
    "flag": _item_flag,
}
