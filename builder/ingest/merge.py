"""Merge freshly extracted initiatives with what editors changed in content/ (a three-way merge).

For every field, and for the body, the ingest state remembers a hash of the value ingest last wrote. When
the value in the file still has that hash, nobody touched it and the new extraction replaces it; when it
differs, an editor changed it and it is kept exactly as edited. Files are matched to new extractions by
their source (file and part), never by slug, so an editor may rename a slug freely. A file an editor
deleted stays deleted. Keys an editor added are kept.

Crash safety: before any file is written, the state lists both the old and the new hash as "generated"
for every field about to change; after all files are written it keeps only the new ones. A run killed in
between therefore never mistakes its own half-finished work for an editor's change. A source whose file
does not exist yet is listed as `pending` until its file is written: a pending source without a file was
never written (the run died first), so it is created, not taken for a file an editor deleted.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

STATE_VERSION = 1
BODY = "__body__"
ALWAYS_KEPT = ("slug",)  # a file's slug never changes once written: links and URLs depend on it


def value_hash(value: Any) -> str:
    """Stable hash of a front matter value (or of the body text)."""
    if isinstance(value, str) and value and "\n" in value:
        value = value.strip("\n")
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


@dataclass
class SourceState:
    """What ingest last wrote for one source key: the file's slug and per-field accepted hashes."""

    slug: str
    hashes: dict[str, list[str]] = field(default_factory=dict)
    written: bool = True  # False ("pending"): listed before its file was written; no file means no deletion

    def generated(self, key: str, value: Any) -> bool:
        return value_hash(value) in self.hashes.get(key, [])

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"slug": self.slug}
        if not self.written:
            data["pending"] = True
        data["hashes"] = {k: sorted(set(v)) for k, v in sorted(self.hashes.items())}
        return data


@dataclass
class IngestState:
    sources: dict[str, SourceState] = field(default_factory=dict)

    def to_json(self) -> str:
        data = {
            "version": STATE_VERSION,
            "note": "written by `digest ingest` to tell editors' changes from its own; do not edit",
            "sources": {key: s.to_data() for key, s in sorted(self.sources.items())},
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> IngestState:
        """Parse the state file; anything not exactly of the expected shape is a ValueError."""
        try:
            data = json.loads(text)
        except RecursionError:
            raise ValueError("ingest state is nested too deeply") from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise ValueError("unknown ingest state format")
        raw_sources = data.get("sources") or {}
        if not isinstance(raw_sources, dict):
            raise ValueError("'sources' must be a mapping")
        sources: dict[str, SourceState] = {}
        for key, entry in raw_sources.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("hashes") or {}, dict):
                raise ValueError(f"entry {key!r} is not a mapping with 'slug' and 'hashes'")
            hashes: dict[str, list[str]] = {}
            for field_name, values in (entry.get("hashes") or {}).items():
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    raise ValueError(f"entry {key!r}: hashes of {field_name!r} must be a list of strings")
                hashes[str(field_name)] = list(values)
            pending = entry.get("pending", False)
            if not isinstance(pending, bool):
                raise ValueError(f"entry {key!r}: 'pending' must be true or false")
            sources[str(key)] = SourceState(str(entry.get("slug", "")), hashes, written=not pending)
        return cls(sources)


@dataclass
class MergeResult:
    mapping: dict[str, Any]
    body: str
    kept: list[str]  # fields (and "body") kept as the editor left them


def merge_fields(
    new_mapping: dict[str, Any],
    new_body: str,
    current_mapping: dict[str, Any],
    current_body: str,
    state: SourceState | None,
) -> MergeResult:
    """Three-way merge of one initiative. Without a state entry everything in the file is kept."""
    merged: dict[str, Any] = {}
    kept: list[str] = []
    for key, new_value in new_mapping.items():
        if key not in current_mapping:
            if state is not None and key in state.hashes:
                kept.append(key)  # the editor removed a field ingest had written: keep it removed
                continue
            merged[key] = new_value
            continue
        current_value = current_mapping[key]
        if key in ALWAYS_KEPT or state is None or not state.generated(key, current_value):
            merged[key] = current_value
            if current_value != new_value and key not in ALWAYS_KEPT:
                kept.append(key)
        else:
            merged[key] = new_value
    for key, value in current_mapping.items():
        if key not in merged and key not in kept:
            merged[key] = value  # a key the editor added
    if state is None or not state.generated(BODY, current_body):
        body = current_body
        if current_body.strip() != new_body.strip():
            kept.append("body")
    else:
        body = new_body
    return MergeResult(merged, body, kept)


def hashes_of(
    mapping: dict[str, Any], body: str, known: dict[str, str] | None = None
) -> dict[str, list[str]]:
    """The hash of every field and of the body; `known`: hashes already computed for some of them (by a
    worker, for the same values)."""
    known = known or {}
    hashes = {key: [known[key] if key in known else value_hash(value)] for key, value in mapping.items()}
    hashes[BODY] = [known[BODY] if BODY in known else value_hash(body)]
    return hashes


def transitional(old: SourceState | None, new_hashes: dict[str, list[str]]) -> dict[str, list[str]]:
    """Old and new hashes together: valid while files are being written (see module doc)."""
    combined: dict[str, list[str]] = {}
    for key in set(new_hashes) | set(old.hashes if old else {}):
        combined[key] = sorted(set(new_hashes.get(key, [])) | set(old.hashes.get(key, []) if old else []))
    return combined
