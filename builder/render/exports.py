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
import pickle
import secrets
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.content.frontmatter import to_mapping
from builder.render.figurescope import entry_subject_level
from builder.render.indexes import SiteIndex
from builder.render.indicators import classified, in_scope
from builder.util.fs import write_cache_bytes

if TYPE_CHECKING:
    from builder.render.session import IdentityMemo

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


class StoredExports:
    """What the exports hold of each initiative (its digest.json line, its digest.csv and metrics rows), by
    the digests of what they are made of (its item and its cross-links: `Digests.entry_key`), kept in the
    file cache between one-shot builds (`digest build`: one file, `exports.pickle`, named by a token the
    page records keep). A build that starts from the last one (the same vocabularies, theme, builder code
    and base URL: builder.util.buildstamp) takes the texts of the initiatives whose digests are the same
    (9 999 of 10 000 after an edit: ~3 s at N=10 000), and makes the others."""

    def __init__(self, digests: Any, cache_dir: Path, token: str | None) -> None:
        self.digests = digests
        self.path = Path(cache_dir) / "exports.pickle"
        self.last: dict[str, dict[bytes, Any]] = {}
        self.now: dict[str, dict[bytes, Any]] = {}
        self.token = ""
        if token:
            try:
                with open(self.path, "rb") as handle:
                    saved = pickle.load(handle)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
                saved = None
            if (
                isinstance(saved, dict)
                and saved.get("token") == token
                and isinstance(saved.get("kinds"), dict)
            ):
                self.last = saved["kinds"]

    def per_entry(self, index: SiteIndex, kind: str, make: Callable[[str, Any], Any]) -> list[Any]:
        old, new = self.last.get(kind, {}), self.now.setdefault(kind, {})
        found = []
        for slug, entry in dict.items(index.entries):
            key = self.digests.entry_key(slug, entry)
            value = old.get(key)
            if value is None:
                value = make(slug, entry)
            new[key] = value
            found.append(value)
        return found

    def save(self) -> str:
        """Write this build's texts; returns the token that names them (for the page records)."""
        self.token = secrets.token_hex(8)
        data = {"token": self.token, "kinds": self.now}
        try:
            write_cache_bytes(
                self.path, lambda handle: pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
            )
        except OSError:
            return ""
        return self.token


def _per_entry(
    index: SiteIndex, memo: IdentityMemo | StoredExports | None, kind: str, make: Callable[[str, Any], Any]
) -> list[Any]:
    """`make(slug, entry)` for every initiative in site order; with `memo` (digest serve's), the value made
    by the last build for the same Entry and links objects (both made from unchanged files alone); with
    StoredExports (digest build's), the value the last build made of the same item and links."""
    if memo is None:
        return [make(slug, entry) for slug, entry in index.entries.items()]
    if isinstance(memo, StoredExports):
        return memo.per_entry(index, kind, make)
    related = dict.get  # the plain mapping's get: the memo's keys are not reads of a page
    return [
        memo.get(kind, (entry, related(index.related, slug)), lambda s=slug, e=entry: make(s, e))
        for slug, entry in dict.items(index.entries)
    ]


def _record(index: SiteIndex, base_url: str, slug: str, entry: Any) -> dict[str, Any]:
    """One initiative's record: every front matter field, its url, and the computed related links."""
    record: dict[str, Any] = {}
    for key, value in to_mapping(entry.item).items():
        record[key] = value
        if key == "slug":
            record["url"] = base_url + entry.url
    record["related"] = _related(index, slug)
    return record


def digest_records(index: SiteIndex, base_url: str) -> list[dict[str, Any]]:
    """One object per initiative: every front matter field, its url, and the computed related links."""
    return [_record(index, base_url, slug, entry) for slug, entry in index.entries.items()]


def json_line(index: SiteIndex, base_url: str, slug: str, entry: Any) -> bytes:
    """An initiative's line of digest.json (without the `,` between lines)."""
    record = _record(index, base_url, slug, entry)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def digest_json(
    index: SiteIndex,
    base_url: str,
    edition_date: str | None = None,
    memo: IdentityMemo | StoredExports | None = None,
) -> bytes:
    """`{"edition_date": …, "initiatives": [...]}` with one initiative per line (readable and diffable;
    C-speed encoding). `edition_date` is site.yaml's (null when not set); each initiative keeps its own
    `date` as written (null when unknown: never filled in with another date). `memo`: see `_per_entry`;
    each line is kept encoded (an edit at N=10 000 encoded 25 MB of lines again)."""

    def line(slug: str, entry: Any) -> bytes:
        return json_line(index, base_url, slug, entry)

    lines = _per_entry(index, memo, f"json {base_url}", line)
    head = ('{"edition_date":' + json.dumps(edition_date) + ',"initiatives":[\n').encode("utf-8")
    return head + b",\n".join(lines) + b"\n]}\n"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet evaluates: text that looks like a formula gets a leading `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv_text(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def _csv_bytes(rows: list[list[Any]]) -> bytes:
    """Rows as `_csv_text` writes them, encoded: kept so (by `_per_entry`'s memo) for the next build."""
    return _csv_text(rows).encode("utf-8")


def _csv(head: tuple[str, ...], texts: list[bytes]) -> bytes:
    """The CSV file: the header row, then each initiative's rows (as `_csv_bytes` wrote them)."""
    return _csv_bytes([list(head)]) + b"".join(texts)


def csv_row(index: SiteIndex, base_url: str, slug: str, entry: Any) -> bytes:
    """An initiative's row of digest.csv, encoded."""
    item = entry.item
    region = item.region
    metrics = "；".join(f"{m.label}={m.value}{m.unit}{'(约)' if m.approx else ''}" for m in item.metrics)
    row = [
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
    return _csv_bytes([row])


def digest_csv(index: SiteIndex, base_url: str, memo: IdentityMemo | StoredExports | None = None) -> bytes:
    """One row per initiative (`memo`: see `_per_entry`)."""
    return _csv(
        CSV_COLUMNS, _per_entry(index, memo, f"csv {base_url}", lambda s, e: csv_row(index, base_url, s, e))
    )


def metrics_rows(index: SiteIndex, slug: str, entry: Any) -> bytes:
    """An initiative's rows of digest-metrics.csv, encoded (b"" for none)."""
    region = entry.item.region
    rows = []
    scope = partial(entry_subject_level, entry)
    defs = index.indicator_defs
    for f, found in zip(entry.figures, classified(entry, defs), strict=True):
        indicator = in_scope(found, f, defs, scope)
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
    return _csv_bytes(rows)


def metrics_csv(index: SiteIndex, memo: IdentityMemo | StoredExports | None = None) -> bytes:
    """One row per figure (each fact once: a before → after pair is one row with `before`, a range one row
    with `low`, a repeat is left out, a part of a total names it in `part_of`), with its kind and indicator.
    `memo`: see `_per_entry`."""
    return _csv(METRIC_COLUMNS, _per_entry(index, memo, "metrics", lambda s, e: metrics_rows(index, s, e)))
