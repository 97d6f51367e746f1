"""Incremental builds: each page of the site is rendered again only when what it read has changed.

While a page renders, every read of the site index is recorded: `ix.entries[slug]`, `ix.related.get(slug)`,
`ix.themes.items()` (a whole mapping), … (builder/render/recording.py wraps the fields of `SiteIndex`; those
that are neither mappings nor lists count as read by every page). The page's *input digest* is a
hash of the values it read (builder/render/inputdigests.py). The next build, with the same templates, vocabularies, builder code and base URL
(util/buildstamp decides; anything else is a full build), computes each page's digest again from the reads
recorded last time against the new index: a page whose digest is unchanged is kept (the previous file is
linked into the new site), every other page is rendered. Nothing here knows which page shows what, so a new
kind of page or a template that reads more of the index is tracked as it is.

Cards and comparison rows are rendered once and shared between pages (PageRenderer.fragment): `FragmentMemo`
remembers the reads of each and adds them to every page that uses it.

Initiatives are read field by field: while a page renders, `ix.entries` hands out a `TracedEntry` for each
initiative, which notes ("entries", "<slug>|item.summary"), ("entries", "<slug>|steps") … for each attribute the
page reads, ("entries", "<slug>|") for the initiative being there, and iterating the mapping notes only its
keys in order (KEYS). So a list page that shows an initiative's title and place is not rendered again when
its summary changes. The list fields of the index (`provinces`, `indicators`) are recorded as wholes, so only
the pages that read them depend on them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from builder.render.inputdigests import Digests, Job
from builder.render.readindex import ReadIndex
from builder.render.recordfile import PageIndex
from builder.render.recording import SEP, FragmentMemo, Read, instrument, recorded

Record = tuple[str, tuple[Read, ...], str]  # (output path, reads, input digest)


@dataclasses.dataclass
class StoredAs:
    """How page records read from disk were stored: the build of the whole records file, and what the
    delta beside it (`save_records`) changed of it: the keys of the pages, entry digests and read digests
    it set or removed (empty when there was no delta)."""

    base: str
    pages: set = dataclasses.field(default_factory=set)
    entries: set = dataclasses.field(default_factory=set)
    reads: set = dataclasses.field(default_factory=set)


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
        fields: dict[str, bytes] | None = None,
        index_store: str = "",
    ) -> None:
        super().__init__(*args)
        self.entry_digests: dict[str, tuple[bytes, dict[str, bytes]]] = entry_digests or {}
        # the digest of every read of the build (Digests.read), and of the fields every page reads: a page
        # whose reads all kept their digests is unchanged, found without hashing its reads again
        self.read_digests: dict[Read, bytes] = read_digests or {}
        self.shared = shared
        self.exports = exports  # the token of the exports' texts this build stored (render/exports.py)
        self.index: ReadIndex | None = None  # digest serve's (in memory only): builder.render.readindex
        # digest serve's (in memory only): the value of each field of the build's index, before recording
        self.values: dict[str, Any] = {}
        # `read_digests` leaves out the reads of initiatives' fields ("<slug>|<path>" of `entries`), whose
        # digests are those of `entry_digests` (records read from disk: `dump_records` leaves them out)
        self.entry_reads_apart = entry_reads_apart
        # the digest of what the build's cross-links were computed from (site.link_digest; "": unknown): a
        # build with the same has the same `related` values, whose reads keep their digests unhashed
        self.links = links
        # the digest of each mapping field of the index whose reads the build looked at (Digests.field_digests)
        self.fields: dict[str, bytes] = fields or {}
        # the token of the site index this build stored field by field (builder.render.indexstore; "": none)
        self.index_store = index_store
        self.stored: StoredAs | None = None  # (records read from disk, load_records) how they were stored
        self.last: PageRecords | None = None  # (a build's) the records it started from, when read from disk
        # (records read in part: load_records `partial`) the pages of the records file, those not in the
        # mapping read on demand (pages_reading, read_whole); the delta's pages (`stored.pages`) are in it
        self.unread: PageIndex | None = None


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
        links_kept: dict[str, Any] | None = None,
    ) -> None:
        # the fields' own values (digest serve's: a field whose value is the last build's object is unchanged)
        self.values = (
            {f.name: getattr(index, f.name) for f in dataclasses.fields(index)} if memo is not None else {}
        )
        instrument(index)
        renderer._fragments = FragmentMemo()  # the renderer's card cache, keeping each card's reads
        self.renderer = renderer
        self.digests = Digests(index, getattr(previous, "entry_digests", None), memo, derived, links)
        self.previous = previous or {}
        self.records: dict[Job, Record] = {}
        self._later: list[Job] = []  # pages noted without their digest yet (`note`)
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
            last_links = getattr(previous, "links", "")
            same = bool(links) and last_links == links
            # the links computed again from other inputs, those of the slugs whose links are the ones the
            # last build read (stored under its inputs' digest: linkstore.reuse_links)
            unchanged = (links_kept or {}).get("slugs", frozenset())
            if not last_links or (links_kept or {}).get("last") != last_links:
                unchanged = frozenset()
            fields = getattr(previous, "fields", None)
            kept = _same_values(self.values, getattr(previous, "values", None) or {})
            self._changed = self.digests.changed_reads(last, self.index, apart, same, fields, kept, unchanged)
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

    def note(self, job: Job, path: str, reads: tuple[Read, ...], later: bool = False) -> None:
        """Record the page `job` rendered to `path` with `reads`; `later`: its digest is made by `settle`
        (while forked workers render, hashing the index's values here would write their pages, which the
        workers then hold a second copy of: ~300 MiB at N=10 000)."""
        reads = tuple(map(self._reads.setdefault, reads, reads))  # one object per read: a small pickle
        self.records[job] = (path, reads, "" if later else self.digests.page(job, reads))
        if later:
            self._later.append(job)
        if self.index is not None:
            old = self.previous.get(job)
            self.index.add_page(job, reads, old[1] if old else ())

    def settle(self) -> None:
        """Make the digests of the pages noted `later`, in the order they were noted."""
        for job in self._later:
            path, reads, _ = self.records[job]
            self.records[job] = (path, reads, self.digests.page(job, reads))
        self._later.clear()

    def save(self, records: dict[Job, Record]) -> None:
        """Put the record of every page of this build into `records` (with, in PageRecords, the digests
        of the fields and reads, and digest serve's index of the reads)."""
        records.update(self.records)
        if isinstance(records, PageRecords):
            records.entry_digests = self.digests.entry_digests
            records.read_digests, records.shared = self.digests.read_digests(), self.digests.shared
            records.entry_reads_apart = self.digests.entry_reads_apart
            records.links = self.digests.links
            # (a one-shot build's: digest serve finds the changed reads by its index of them)
            records.fields = self.digests.field_digests() if self.index is None else {}
            if isinstance(self.previous, PageRecords) and self.previous.stored is not None:
                records.last = self.previous
            if self.index is not None:
                self.index.add_reads(self.digests.fresh)
                records.index, records.values = self.index, self.values


def _same_values(now: dict[str, Any], last: dict[str, Any]) -> list[str]:
    """The mapping and list fields of the index (but `entries`) whose value is the very object of the last
    build (digest serve's IdentityMemo.reuse gives it back when what it is made of is the same; nothing
    changes a value of the index once made)."""
    return [
        name
        for name, value in now.items()
        if name != "entries" and isinstance(value, (dict, list)) and last.get(name) is value
    ]


def field_read(read: Read) -> bool:
    """Whether `read` is of an initiative's field ("<slug>|<path>" of `entries`, the path not empty)."""
    field, key = read
    return field == "entries" and SEP in key and key[-1] != SEP


def entry_readers(records: dict[Job, Record]) -> dict[str, dict[Job, tuple[str, ...]]]:
    """The readers of initiatives' fields (issue 16's narrow path, step 2): each slug -> the pages that read
    a field of its initiative ("<slug>|<path>" of `entries`, the path not empty) -> those paths, in the
    order read. An edit of one initiative's field is seen by these pages alone (the pages reading the
    keys of `entries`, or whether a slug is there, read no field of it)."""
    readers: dict[str, dict[Job, list[str]]] = {}
    for job, (_path, reads, _digest) in dict.items(records):
        for field, key in reads:
            if field != "entries":
                continue
            slug, sep, path = key.partition(SEP)
            if sep and path:
                readers.setdefault(slug, {}).setdefault(job, []).append(path)
    same: dict[tuple[str, ...], tuple[str, ...]] = {}  # one object per tuple of paths: a small pickle
    return {
        slug: {job: same.setdefault(t := tuple(paths), t) for job, paths in jobs.items()}
        for slug, jobs in readers.items()
    }


def pages_reading(records: dict, reads: set[Read]) -> list[Job]:
    """The pages of `records` (job -> (path, reads, digest)) that made one of `reads`, in records order;
    of records read in part (load_records `partial`), first those of the mapping, then those of the records
    file, which are read into it."""
    found = [job for job, record in dict.items(records) if not reads.isdisjoint(record[1])]
    unread = getattr(records, "unread", None)
    if unread is not None:
        skip = records.stored.pages if records.stored is not None else set()
        for n in unread.reading(reads):
            job = unread.jobs[n]
            if job not in skip and not dict.__contains__(records, job):
                dict.__setitem__(records, job, unread.record(n))
                found.append(job)
    return found
