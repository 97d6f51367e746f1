"""The page records of a build on disk (builder/render/incremental.py says what they are): the records file,
written whole by a full build, and the delta beside it that an edit writes (what differs, ~100 KB, not the
27 MB file pickled again at N=10 000); read back whole, or in part by a narrow edit (the pages found reading
what it changed: recordfile.PageIndex)."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from builder.render.incremental import PageRecords, Record, StoredAs, field_read
from builder.render.inputdigests import Job
from builder.render.recordfile import PageIndex, encode_pages
from builder.render.recording import Read
from builder.util.fs import atomic_write_bytes

RECORD_VERSION = 7  # 7: the pages in recordfile's compact form
DELTA_VERSION = 1
# a build whose records differ from those of the records file in more than this share writes them whole
DELTA_SHARE = 0.05


_ERRORS = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError)


def delta_path(path: Path) -> Path:
    """The delta of the records file `path` (`save_records`)."""
    return Path(path).with_name(Path(path).name + ".delta")


def _read(path: Path, version: int) -> dict | None:
    try:
        with open(path, "rb") as handle:
            saved = pickle.load(handle)
    except _ERRORS:
        return None
    return saved if isinstance(saved, dict) and saved.get("version") == version else None


def load_records(path: Path, build_id: str, partial: bool = False) -> PageRecords | None:
    """The page records saved by the build `build_id`, or None (missing, unreadable or another build's):
    the records file's, or those of its build with the delta beside it laid over them (`save_records`).
    `partial` (a narrow edit's): the pages of the records file are not read into the mapping, which holds
    the delta's alone; `pages_reading` reads those it finds (`unread`)."""
    saved = _read(path, RECORD_VERSION)
    if saved is None or not isinstance(saved.get("build"), str):
        return None
    try:
        unread = PageIndex(saved["pages"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    saved["pages"] = {} if partial else unread.records()
    stored = StoredAs(saved["build"])
    if saved["build"] != build_id:
        delta = _read(delta_path(path), DELTA_VERSION)
        if delta is None or delta.get("base") != saved["build"] or delta.get("build") != build_id:
            return None
        try:
            stored = _lay_over(saved, delta)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
    records, known, reads = saved.get("pages"), saved.get("entry_digests"), saved.get("read_digests")
    if not isinstance(records, dict):
        return None
    shared = saved.get("shared")
    loaded = PageRecords(
        records,
        entry_digests=known if isinstance(known, dict) else None,
        read_digests=reads if isinstance(reads, dict) and isinstance(shared, bytes) else None,
        shared=shared if isinstance(shared, bytes) else b"",
        exports=exports if isinstance(exports := saved.get("exports"), str) else "",
        entry_reads_apart=True,
        links=links if isinstance(links := saved.get("links"), str) else "",
        fields=fields if isinstance(fields := saved.get("fields"), dict) else None,
        index_store=stored_index if isinstance(stored_index := saved.get("index_store"), str) else "",
    )
    loaded.stored = stored
    loaded.unread = unread if partial else None
    return loaded


_PARTS = (("pages", "pages"), ("entry_digests", "entries"), ("read_digests", "reads"))


def _lay_over(saved: dict, delta: dict) -> StoredAs:
    """Lay the delta `delta` over the records `saved` (in place); how they were stored."""
    stored = StoredAs(saved["build"])
    for name, keys in _PARTS:
        part, changed, gone = saved[name], delta[name], delta[f"{name} gone"]
        part.update(changed)
        for key in gone:
            part.pop(key, None)
        setattr(stored, keys, set(changed) | set(gone))
    for name in ("shared", "exports", "links", "fields"):
        saved[name] = delta[name]
    saved["index_store"] = delta.get("index_store", "")
    return stored


def _unread(records: dict) -> tuple[PageIndex, set] | None:
    """Of records made from records read in part (their `last`), the pages of the records file not in
    the mapping, and the jobs of the file's to leave out (the delta's); else None."""
    last = getattr(records, "last", None)
    unread = getattr(last, "unread", None)
    if unread is None:
        return None
    return unread, last.stored.pages if last.stored is not None else set()


def read_whole(records: dict) -> None:
    """Put in `records` (made from records read in part) the pages of the records file not in it."""
    found = _unread(records)
    if found is None:
        return
    unread, skip = found
    for n, job in enumerate(unread.jobs):
        if job not in skip and not dict.__contains__(records, job):
            dict.__setitem__(records, job, unread.record(n))


def _saved_reads(records: dict) -> dict[Read, bytes]:
    reads = getattr(records, "read_digests", {})
    return {read: digest for read, digest in reads.items() if not field_read(read)}


def dump_records(records: dict[Job, Record], build_id: str) -> bytes:
    """The records as saved: the read digests without the reads of initiatives' fields (their digests are
    the entry digests': 210 000 of the 237 000 reads at N=10 000)."""
    saved = {
        "version": RECORD_VERSION,
        "build": build_id,
        "pages": encode_pages(dict(records)),
        "entry_digests": getattr(records, "entry_digests", {}),
        "read_digests": _saved_reads(records),
        "shared": getattr(records, "shared", b""),
        "exports": getattr(records, "exports", ""),
        "links": getattr(records, "links", ""),
        "fields": getattr(records, "fields", {}),
        "index_store": getattr(records, "index_store", ""),
    }
    return pickle.dumps(saved, protocol=pickle.HIGHEST_PROTOCOL)


def _changes(now: dict, last: dict, before: set) -> tuple[dict, list]:
    """What of `now` a delta over the records file holds: the keys whose value is not that of `last`
    (the records the build started from), with those `before` (the last delta's) still, set to their value
    now; and the keys of `last` or `before` that `now` has not."""
    missing = object()
    keys = {
        key for key, value in now.items() if (old := last.get(key, missing)) is not value and old != value
    }
    keys.update(before)
    changed = {key: now[key] for key in keys if key in now}
    gone = [key for key in keys.union(last.keys() - now.keys()) if key not in now]
    return changed, gone


def _delta(records: dict, build_id: str) -> dict | None:
    """The delta of `records` over the records file of the build they started from (see `save_records`),
    or None when they did not start from one or differ from it in more than DELTA_SHARE."""
    last = getattr(records, "last", None)
    if last is None or last.stored is None:
        return None
    stored = last.stored
    parts = (
        ("pages", records, last, stored.pages),
        ("entry_digests", getattr(records, "entry_digests", {}), last.entry_digests, stored.entries),
        ("read_digests", _saved_reads(records), last.read_digests, stored.reads),
    )
    delta: dict[str, Any] = {"version": DELTA_VERSION, "base": stored.base, "build": build_id}
    size = total = 0
    for name, now, before, keys in parts:
        changed, gone = _changes(now, before, keys)
        delta[name], delta[f"{name} gone"] = changed, gone
        size, total = size + len(changed) + len(gone), total + len(now)
    if (found := _unread(records)) is not None:  # (the pages of the records file the mapping leaves out)
        unread, skip = found
        total += sum(1 for job in unread.jobs if job not in skip and not dict.__contains__(records, job))
    if size > DELTA_SHARE * total:
        return None
    for name, empty in (("shared", b""), ("exports", ""), ("links", ""), ("fields", {}), ("index_store", "")):
        delta[name] = getattr(records, name, empty)
    return delta


def save_records(path: Path, records: dict[Job, Record], build_id: str) -> None:
    """Save the page records of the build `build_id` at `path`: when they started from the records file
    there and differ from it little (an edit: a few pages, entry digests and reads of 100 000), only what
    differs, into the delta beside it (a file of ~100 KB, not 27 MB pickled again: 0.6 s at N=10 000);
    else whole (the stale delta removed)."""
    delta = _delta(records, build_id)
    if delta is None:
        read_whole(records)
    if isinstance(records, PageRecords):
        records.last = None  # (not needed any more)
    if delta is None:
        atomic_write_bytes(Path(path), dump_records(records, build_id))
        delta_path(path).unlink(missing_ok=True)
        return
    atomic_write_bytes(delta_path(path), pickle.dumps(delta, protocol=pickle.HIGHEST_PROTOCOL))


def remove_records(path: Path) -> None:
    """Remove the records file `path` and its delta."""
    Path(path).unlink(missing_ok=True)
    delta_path(path).unlink(missing_ok=True)
