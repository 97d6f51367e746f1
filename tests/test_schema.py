"""The front matter table, the reader/writer and the validator agree: initiatives generated from the table
(`builder.schema.FIELDS`) are written, read back unchanged and found valid; a required key left out is the
error the table promises, any other key left out reads as its default."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from builder.content.frontmatter import dump, from_mapping, load_front_matter, parse
from builder.content.loader import load_content
from builder.model import Initiative
from builder.places.aliases import listed_zones
from builder.schema import FIELDS, FRONT_MATTER_KEYS, MAX_SLUG, Field
from builder.validate.data import check_vocabularies
from builder.validate.diagnostics import FileReport
from builder.validate.fields import slug_problem
from builder.validate.schema import check_schema

CONTENT = Path(__file__).resolve().parents[1] / "content"
VOCAB = check_vocabularies(CONTENT)
ZONES = listed_zones(CONTENT)
# Regions the divisions accept, as editors wrote them (a made-up name would be a region error).
REGIONS = sorted({f.initiative.region for f in load_content(CONTENT) if f.initiative}, key=repr)

_TEXT = st.text(
    st.characters(categories=["L", "N", "P", "S", "Zs"], exclude_characters="\x85\u2028\u2029"),
    min_size=1,
    max_size=40,
).filter(str.strip)
_SLUG = st.from_regex(rf"[a-z0-9]{{1,{MAX_SLUG // 2}}}(-[a-z0-9]{{1,8}}){{0,3}}", fullmatch=True).filter(
    lambda slug: len(slug) <= MAX_SLUG and slug_problem(slug) is None
)
_SHAPES: dict[str, st.SearchStrategy[Any]] = {
    "text": _TEXT,
    "slug": _SLUG,
    "date": st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(str),
    "whole": st.integers(1, 10**6),
    "number": st.integers(-(10**9), 10**9) | st.floats(-1e9, 1e9, allow_nan=False),
    "flag": st.booleans(),
    "word": st.sampled_from(VOCAB.levels),
    "texts": st.lists(_TEXT, max_size=5),
    "words": st.lists(st.sampled_from(sorted(VOCAB.themes)), max_size=4, unique=True),
    "slugs": st.lists(_SLUG, max_size=3).map(tuple),
    "notes": st.lists(_TEXT, max_size=2),
}


def _value(spec: Field) -> st.SearchStrategy[Any]:
    """A valid value of `spec`, as the model holds it (an optional one-value field: maybe its default)."""
    if spec.name == "region":
        return st.sampled_from(REGIONS)
    if spec.shape in ("group", "items"):
        item = st.builds(spec.model, **{part.name: _value(part) for part in spec.parts})
        return item if spec.shape == "group" else st.lists(item, max_size=4)
    strategy = _SHAPES[spec.shape]
    return strategy if spec.required or spec.shape in _LISTS else strategy | st.just(spec.default)


_LISTS = ("texts", "words", "slugs", "notes")
INITIATIVES = st.builds(
    Initiative, body=_TEXT.map(lambda text: text + "\n"), **{f.name: _value(f) for f in FIELDS}
)


def _problems(data: dict[str, Any]) -> list[str]:
    report = FileReport("a.md")
    check_schema(report, data, VOCAB, ZONES)
    return [d.message for d in report.found if d.severity == "error"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(INITIATIVES)
def test_written_front_matter_reads_back_and_is_valid(initiative: Initiative) -> None:
    text = dump(initiative)
    again, data, _pieces = parse(text)
    assert again == initiative
    assert list(data) == list(FRONT_MATTER_KEYS)
    assert _problems(data) == []
    _pieces, _data, lines = load_front_matter(text.encode("utf-8"))
    assert [key for key in lines if "." not in key] == list(FRONT_MATTER_KEYS)


def _keys(fields: tuple[Field, ...] = FIELDS, prefix: str = "") -> list[tuple[str, Field]]:
    """Every key of the front matter, of its groups and of a list's first item, dotted ('source.part',
    'metrics.0.unit'), with its field."""
    found = []
    for spec in fields:
        found.append((f"{prefix}{spec.name}", spec))
        if spec.shape == "group":
            found += _keys(spec.parts, f"{spec.name}.")
        elif spec.shape == "items":
            found += _keys(spec.parts, f"{spec.name}.0.")
    return found


def _at(value: Any, path: list[str]) -> Any:
    for step in path:
        value = value[int(step)] if step.isdigit() else getattr(value, step, None)
    return value


@pytest.mark.parametrize(("key", "spec"), _keys(), ids=[key for key, _ in _keys()])
@settings(max_examples=5, deadline=None)
@given(initiative=INITIATIVES)
def test_a_key_left_out_is_missing_when_required_and_its_default_otherwise(
    key: str, spec: Field, initiative: Initiative
) -> None:
    _initiative, data, _pieces = parse(dump(initiative))
    *path, name = key.split(".")
    holder: Any = data
    for step in path:
        if step.isdigit():
            assume(len(holder) > int(step))  # a list's first item: only when the list has one
            holder = holder[int(step)]
        else:
            holder = holder[step]
    del holder[name]
    problems = _problems(data)
    if spec.required and ".0." in key:  # an item's part: named like metrics[1].value
        assert any(p.startswith(key.replace(".0.", "[1].") + " ") for p in problems), problems
    elif spec.required:
        assert f"missing required field '{key}'" in problems
    elif path[:1] != ["region"]:  # the names of a region are checked together: one left out may not fit
        assert problems == []
    value = _at(from_mapping(data, ""), [*path, name])
    if spec.shape == "group":
        assert value == spec.model(**{p.name: p.default for p in spec.parts if p.shape not in _LISTS})
    elif spec.shape in (*_LISTS, "items"):
        assert not value
    else:
        assert value == spec.default


@settings(max_examples=10, deadline=None)
@given(initiative=INITIATIVES, unknown=st.text(string.ascii_lowercase, min_size=3, max_size=8))
def test_a_key_outside_the_table_is_an_unknown_key(initiative: Initiative, unknown: str) -> None:
    _initiative, data, _pieces = parse(dump(initiative))
    if unknown in data:
        return
    data[unknown] = "x"
    report = FileReport("a.md")
    check_schema(report, data, VOCAB, ZONES)
    assert [d.severity for d in report.found if f"unknown key '{unknown}'" in d.message] == ["error"]
