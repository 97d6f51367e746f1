"""Incremental builds: each page of the site is rendered again only when what it read has changed.

While a page renders, every read of the site index is recorded: `ix.entries[slug]`, `ix.related.get(slug)`,
`ix.themes.items()` (a whole mapping), … (builder/render/recording.py wraps the fields of `SiteIndex`; those
that are neither mappings nor lists count as read by every page). The page's *input digest* is a
hash of the values it read (builder/render/inputdigests.py). The next build, with the same templates, vocabularies, builder code and base URL
(util/buildstamp decides; anything else is a full build), computes each page's digest again from the reads
recorded last time against the new index: a page whose digest is unchanged is kept (the previous file is
linked into the new site), every other page is rendered. Nothing here knows which page shows what, so a new
kind of page or a template that reads more of the index is tracked as it is.

Cards and comparison rows are rendered once and shared between pages (SiteRenderer.fragment): `FragmentMemo`
remembers the reads of each and adds them to every page that uses it.

Initiatives are read field by field: while a page renders, `ix.entries` hands out a `TracedEntry` for each
initiative, which notes ("entries", "<slug>|item.summary"), ("entries", "<slug>|steps") … for each attribute the
page reads, ("entries", "<slug>|") for the initiative being there, and iterating the mapping notes only its
keys in order (KEYS). So a list page that shows an initiative's title and place is not rendered again when
its summary changes. The list fields of the index (`provinces`, `indicators`) are recorded as wholes, so only
the pages that read them depend on them.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from builder.render.inputdigests import Digests, Job
from builder.render.readindex import ReadIndex
from builder.render.recording import SEP, FragmentMemo, Read, instrument, recorded

Record = tuple[str, tuple[Read, ...], str]  # (output path, reads, input digest)
RECORD_VERSION = 5


class PageRecords(dict):
    """The record of every page of a build (job -> Record), and `entry_digests`: the digest of each field
    of each initiative that a page read, by slug, with a digest of the initiative's front matter and body
    (`slug -> (item digest, {"item.summary": digest, "steps": digest, …})`). Every field of an Entry is made
    from its initiative alone (the vocabularies, gazetteer and indicators are the same in an incremental
    build), so the next build reuses these digests for an initiative whose item did not change."""

    def __init__(
        self,
        *args: Any,
        entry_digests: dict | None = None,
        read_digests: dict | None = None,
        shared: bytes = b"",
        exports: str = "",
        entry_reads_apart: bool = False,
        links: str = "",
    ) -> None:
        super().__init__(*args)
        self.entry_digests: dict[str, tuple[bytes, dict[str, bytes]]] = entry_digests or {}
        # the digest of every read of the build (Digests.read), and of the fields every page reads: a page
        # whose reads all kept their digests is unchanged, found without hashing its reads again
        self.read_digests: dict[Read, bytes] = read_digests or {}
        self.shared = shared
        self.exports = exports  # the token of the exports' texts this build stored (render/exports.py)
        self.index: ReadIndex | None = None  # digest serve's (in memory only): builder.render.readindex
        # `read_digests` leaves out the reads of initiatives' fields ("<slug>|<path>" of `entries`), whose
        # digests are those of `entry_digests` (records read from disk: `dump_records` leaves them out)
        self.entry_reads_apart = entry_reads_apart
        # the digest of what the build's cross-links were computed from (site.link_digest; "": unknown): a
        # build with the same has the same `related` values, whose reads keep their digests unhashed
        self.links = links


class Tracker:
    """Which pages to render, and the record of every page for the next build. `previous` is the last
    build's record (None: render every page); `memo`: digest serve's, `derived`: digest build's (see
    Digests)."""

    def __init__(
        self,
        index: Any,
        renderer: Any,
        previous: dict[Job, Record] | None,
        memo: Any = None,
        derived: Any = None,
        links: str = "",
    ) -> None:
        instrument(index)
        renderer._fragments = FragmentMemo()  # the renderer's card cache, keeping each card's reads
        self.renderer = renderer
        self.digests = Digests(index, getattr(previous, "entry_digests", None), memo, derived, links)
        self.previous = previous or {}
        self.records: dict[Job, Record] = {}
        self.kept = 0
        self._reads: dict[Read, Read] = {}
        self._last: dict[Read, bytes] = {}  # the last build's read digests, when its shared fields are these
        self._changed: set[Read] = set()  # the reads among them whose digest is not the same now
        self._readers: set[Job] | None = None  # the pages that made them (with an index)
        last = getattr(previous, "read_digests", None)
        # digest serve's: the index of the last build's reads, kept with its records (else made once)
        self.index = None if memo is None else getattr(previous, "index", None)
        if memo is not None and self.index is None:
            self.index = ReadIndex.of(self.previous, last or ())
        if last and getattr(previous, "shared", None) == self.digests.shared:
            self._last = last
            apart = getattr(previous, "entry_reads_apart", False)
            same_links = bool(links) and getattr(previous, "links", "") == links
            self._changed = self.digests.changed_reads(last, self.index, apart, same_links)
            if self.index is not None:
                self._readers = self.index.readers_of(self._changed)

    def _unchanged(self, job: Job, reads: tuple[Read, ...], digest: str) -> bool:
        """Whether the page `job` that made `reads` (input digest `digest`) would be made the same now:
        none of its reads changed, else by its digest. Every read of a record is among the read digests
        saved with it, or the entry digests (a page's digest hashes each of its reads into `Digests._memo`, and a page kept by
        the set test had all of its reads among the last build's, each hashed again for `_changed`), so
        they need not be looked up one by one (1.8 s of a summary edit at N=10 000 on a busy machine)."""
        if self._last:
            return (self._readers is not None and job not in self._readers) or self._changed.isdisjoint(reads)
        return self.digests.page(job, reads) == digest

    def kept_path(self, job: Job) -> str | None:
        """The output path of `job` when its last rendering still holds, else None."""
        old = self.previous.get(job)
        if old is None:
            return None
        path, reads, digest = old
        if not self._unchanged(job, reads, digest):
            return None
        self.records[job] = old
        self.kept += 1
        return path

    def render(self, job: Job) -> tuple[Any, tuple[Read, ...]]:
        """Render `job` (in a worker, maybe): (what the renderer returned, its reads)."""
        kind, key = job
        if kind == "initiative":
            return recorded(self.renderer.initiative, key)
        return recorded(self.renderer.run, job)

    def note(self, job: Job, path: str, reads: tuple[Read, ...]) -> None:
        reads = tuple(map(self._reads.setdefault, reads, reads))  # one object per read: a small pickle
        self.records[job] = (path, reads, self.digests.page(job, reads))
        if self.index is not None:
            old = self.previous.get(job)
            self.index.add_page(job, reads, old[1] if old else ())

    def save(self, records: dict[Job, Record]) -> None:
        """Put the record of every page of this build into `records` (with, in PageRecords, the digests
        of the fields and reads, and digest serve's index of the reads)."""
        records.update(self.records)
        if isinstance(records, PageRecords):
            records.entry_digests = self.digests.entry_digests
            records.read_digests, records.shared = self.digests.read_digests(), self.digests.shared
            records.entry_reads_apart = self.digests.entry_reads_apart
            records.links = self.digests.links
            if self.index is not None:
                self.index.add_reads(self.digests.fresh)
                records.index = self.index


def load_records(path: Path, build_id: str) -> PageRecords | None:
    """The page records saved by the build `build_id`, or None (missing, unreadable or another build's)."""
    try:
        with open(path, "rb") as handle:
            saved = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return None
    if (
        not isinstance(saved, dict)
        or saved.get("version") != RECORD_VERSION
        or saved.get("build") != build_id
    ):
        return None
    records, known, reads = saved.get("pages"), saved.get("entry_digests"), saved.get("read_digests")
    if not isinstance(records, dict):
        return None
    shared = saved.get("shared")
    return PageRecords(
        records,
        entry_digests=known if isinstance(known, dict) else None,
        read_digests=reads if isinstance(reads, dict) and isinstance(shared, bytes) else None,
        shared=shared if isinstance(shared, bytes) else b"",
        exports=exports if isinstance(exports := saved.get("exports"), str) else "",
        entry_reads_apart=True,
        links=links if isinstance(links := saved.get("links"), str) else "",
    )


def _field_read(read: Read) -> bool:
    """Whether `read` is of an initiative's field ("<slug>|<path>" of `entries`, the path not empty)."""
    field, key = read
    return field == "entries" and SEP in key and key[-1] != SEP


def dump_records(records: dict[Job, Record], build_id: str) -> bytes:
    """The records as saved: the read digests without the reads of initiatives' fields (their digests are
    the entry digests': 210 000 of the 237 000 reads at N=10 000)."""
    reads = getattr(records, "read_digests", {})
    saved = {
        "version": RECORD_VERSION,
        "build": build_id,
        "pages": dict(records),
        "entry_digests": getattr(records, "entry_digests", {}),
        "read_digests": {read: digest for read, digest in reads.items() if not _field_read(read)},
        "shared": getattr(records, "shared", b""),
        "exports": getattr(records, "exports", ""),
        "links": getattr(records, "links", ""),
    }
    return pickle.dumps(saved, protocol=pickle.HIGHEST_PROTOCOL)
