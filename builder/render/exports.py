"""Data exports for researchers: digest.json (docs/architecture.md §5), digest.csv (one row per initiative) and
digest-metrics.csv (one row per metric).

A text cell of the CSV files that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
`'`, so that a spreadsheet opening the file shows it as text instead of running it as a formula (CSV
injection: `=HYPERLINK(…)`, `@SUM(…)`); digest.json keeps every value exactly as written.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from builder.content.frontmatter import to_mapping
from builder.render.indexes import SiteIndex
from builder.render.indicators import classify

CSV_COLUMNS = (
    "slug",
    "title",
    "subtitle",
    "url",
    "province",
    "city",
    "county",
    "code",
    "locality",
    "level",
    "themes",
    "practices",
    "keywords",
    "summary",
    "date",
    "parent",
    "source_file",
    "source_part",
    "byline",
    "metrics",
    "related",
)
METRIC_COLUMNS = (
    "slug",
    "province",
    "city",
    "county",
    "code",
    "level",
    "indicator",
    "kind",
    "label",
    "value",
    "before",
    "low",
    "unit",
    "approx",
    "part_of",
    "quote",
)


def _related(index: SiteIndex, slug: str) -> list[dict[str, Any]]:
    return [
        {
            "slug": link.slug,
            "score": round(float(link.score), 4),
            "reason": {
                "themes": list(link.reason.themes),
                "practices": list(link.reason.practices),
                "keywords": list(link.reason.keywords),
                "scope": getattr(link.reason, "scope", ""),
            },
        }
        for link in index.related.get(slug, [])
    ]


def digest_records(index: SiteIndex, base_url: str) -> list[dict[str, Any]]:
    """One object per initiative: every front matter field, its url, and the computed related links."""
    records = []
    for slug, entry in index.entries.items():
        record: dict[str, Any] = {}
        for key, value in to_mapping(entry.item).items():
            record[key] = value
            if key == "slug":
                record["url"] = base_url + entry.url
        record["related"] = _related(index, slug)
        records.append(record)
    return records


def digest_json(index: SiteIndex, base_url: str, edition_date: str | None = None) -> bytes:
    """`{"edition_date": …, "initiatives": [...]}` with one initiative per line (readable and diffable;
    C-speed encoding). `edition_date` is site.yaml's (null when not set); each initiative keeps its own
    `date` as written (null when unknown: never filled in with another date)."""
    lines = [
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in digest_records(index, base_url)
    ]
    head = '{"edition_date":' + json.dumps(edition_date) + ',"initiatives":[\n'
    return (head + ",\n".join(lines) + "\n]}\n").encode("utf-8")


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet evaluates: text that looks like a formula gets a leading `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv(rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def digest_csv(index: SiteIndex, base_url: str) -> bytes:
    rows: list[list[Any]] = [list(CSV_COLUMNS)]
    for slug, entry in index.entries.items():
        item = entry.item
        region = item.region
        metrics = "；".join(f"{m.label}={m.value}{m.unit}{'(约)' if m.approx else ''}" for m in item.metrics)
        rows.append(
            [
                slug,
                item.title,
                item.subtitle or "",
                base_url + entry.url,
                region.province or "",
                region.city or "",
                region.county or "",
                region.code or "",
                item.locality or "",
                item.level or "",
                ";".join(item.themes),
                ";".join(item.practices),
                ";".join(item.keywords),
                item.summary or "",
                item.date or "",
                item.parent or "",
                item.source.file,
                item.source.part,
                item.source.byline or "",
                metrics,
                ";".join(link.slug for link in index.related.get(slug, [])),
            ]
        )
    return _csv(rows)


def metrics_csv(index: SiteIndex) -> bytes:
    """One row per figure (each fact once: a before → after pair is one row with `before`, a range one row
    with `low`, a repeat is left out, a part of a total names it in `part_of`), with its kind and indicator."""
    rows: list[list[Any]] = [list(METRIC_COLUMNS)]
    for slug, entry in index.entries.items():
        region = entry.item.region
        for f in entry.figures:
            indicator = classify(f, index.indicator_defs)
            rows.append(
                [
                    slug,
                    region.province or "",
                    region.city or "",
                    region.county or "",
                    region.code or "",
                    entry.item.level or "",
                    indicator.slug if indicator else "",
                    f.kind,
                    f.label,
                    f.value,
                    "" if f.before is None else f.before,
                    "" if f.low is None else f.low,
                    f.unit,
                    "true" if f.approx else "false",
                    f.part_of or "",
                    f.quote,
                ]
            )
    return _csv(rows)
