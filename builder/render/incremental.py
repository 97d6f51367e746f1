"""Incremental builds: each page of the site is rendered again only when what it read has changed.

While a page renders, every read of the site index is recorded: `ix.entries[slug]`, `ix.related.get(slug)`,
`ix.themes.items()` (a whole mapping), … (builder/render/recording.py wraps the fields of `SiteIndex`; those
that are neither mappings nor lists count as read by every page). The page's *input digest* is a
hash of the values it read. The next build, with the same templates, vocabularies, builder code and base URL
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

import dataclasses
import hashlib
import operator
import pickle
from pathlib import Path
from typing import Any

from builder.render.readindex import ReadIndex
from builder.render.recording import (
    ALL,
    KEYS,
    MISSING,
    SEP,
    FragmentMemo,
    Read,
    RecordingEntries,
    instrument,
    recorded,
)
from builder.render.valuedigest import fast_digest, feed, value_digest

Job = tuple[str, str]  # (page kind, key), as SiteRenderer.jobs() gives them; ("initiative", slug) too
Record = tuple[str, tuple[Read, ...], str]  # (output path, reads, input digest)
RECORD_VERSION = 5


_ABSENT = value_digest(("missing",))  # a read of an initiative that is not there (or is: _PRESENT)
_PRESENT = value_digest(("there",))
_MISSING_VALUE = fast_digest(("missing",))  # a read of a key a mapping does not have


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


class Digests:
    """Input digests of pages against one index, each value hashed once per build."""

    def __init__(
        self,
        index: Any,
        known: dict[str, tuple[bytes, dict[str, bytes]]] | None = None,
        memo: Any = None,
        derived: Any = None,
        links: str = "",
    ) -> None:
        self.index = index
        self.known = known or {}  # the last build's PageRecords.entry_digests
        self.links = links  # the digest of the cross-links' inputs (PageRecords.links)
        self.memo = memo  # digest serve's IdentityMemo (builder.render.session): an item's digest by identity
        self.derived = derived  # digest build's (filecache.StoredDerived.get): an item's digest by its bytes
        self.entry_digests: dict[str, tuple[bytes, dict[str, bytes]]] = {}  # this build's
        self._paths: dict[str, str] = {}  # one string per field path: a small pickle
        self._memo: dict[Read, bytes] = {}
        self.fresh: list[Read] = []  # the reads hashed in this build that were not carried over
        self._named_memo: dict[Read, bytes] = {}
        self.entry_reads_apart = False  # `_memo` leaves out the unchanged initiatives' field reads
        shared = [
            f.name for f in dataclasses.fields(index) if not isinstance(getattr(index, f.name), (dict, list))
        ]
        self.shared = value_digest([(name, getattr(index, name)) for name in shared])

    def read_digests(self) -> dict[Read, bytes]:
        """The digest of every read hashed in this build (the reads of every page among them)."""
        return self._memo

    def read(self, read: Read) -> bytes:
        found = self._memo.get(read)
        if found is None:
            found = self._memo[read] = self._hash(read)
            self.fresh.append(read)
        return found

    def changed_reads(
        self,
        last: dict[Read, bytes],
        index: ReadIndex | None = None,
        apart: bool = False,
        same_links: bool = False,
    ) -> set[Read]:
        """The reads of the last build (`last`: each with its digest then) whose digest is not the same now;
        each of them gets its digest of this build. The fields of an initiative whose item did not change
        keep their digests, so its reads (twenty per initiative) are carried over without hashing them;
        with `index` (digest serve's, holding every read of `last`) without even looking at them. `apart`:
        `last` leaves out the reads of initiatives' fields (PageRecords.entry_reads_apart), which are those
        of the last build's entry digests: only the changed initiatives' are looked at (and this build's
        read digests leave out the unchanged ones' too: `entry_reads_apart`). `same_links`: the cross-links
        were computed from the same inputs as the last build's (the same `links`), so the reads of
        `related` keep their digests (at N=10 000, 10 000 link lists not hashed again)."""
        same = self._unchanged_items()
        memo = self._memo
        changed: set[Read] = set()
        if apart and index is not None:  # (digest serve keeps its records in memory, whole)
            last, apart = self._with_entry_reads(last), False
        if apart:
            self.entry_reads_apart = True
            for read, digest in last.items():
                if read[0] == "entries" and read[1].partition(SEP)[0] in same:
                    memo[read] = digest  # (a read of whether the initiative is there)
                elif same_links and read[0] == "related":
                    memo[read] = digest
                elif self.read(read) != digest:
                    changed.add(read)
            for slug in self.known.keys() - same:
                for path, digest in self.known[slug][1].items():
                    read = ("entries", f"{slug}{SEP}{path}")
                    if self.read(read) != digest:
                        changed.add(read)
            return changed
        if index is not None:
            suspects = index.suspects(same)
            memo.update(last)
            for read in suspects:  # hashed again below, each after what it is made of (a whole mapping)
                memo.pop(read, None)
            for read in suspects:
                digest = last.get(read)
                if digest is not None and self.read(read) != digest:
                    changed.add(read)
            return changed
        for read, digest in last.items():
            field, key = read
            if field == "entries" and key.partition(SEP)[0] in same:
                memo[read] = digest
            elif self.read(read) != digest:
                changed.add(read)
        return changed

    def _with_entry_reads(self, last: dict[Read, bytes]) -> dict[Read, bytes]:
        """`last` with the reads of initiatives' fields it leaves out, from the last build's entry digests."""
        whole = dict(last)
        for slug, (_item, fields) in self.known.items():
            for path, digest in fields.items():
                whole[("entries", f"{slug}{SEP}{path}")] = digest
        return whole

    def _unchanged_items(self) -> set[str]:
        """The slugs whose initiative is the last build's (the same item digest), their field digests
        taken over (as `_entry_read` takes them)."""
        same: set[str] = set()
        for slug, entry in dict.items(self.index.entries):
            old = self.known.get(slug)
            if old is None or slug in self.entry_digests:
                continue
            item = self._item_digest(entry.item)
            self.entry_digests[slug] = (item, dict(old[1]) if old[0] == item else {})
            if old[0] == item:
                same.add(slug)
        return same

    def _hash(self, read: Read) -> bytes:
        """The digest of the value `read` reads in this build's index."""
        field, key = read
        mapping = getattr(self.index, field, None)
        if isinstance(mapping, list):
            found = self._list_digest(tuple(list.__iter__(mapping)))
        elif not isinstance(mapping, dict):
            found = value_digest(("no such field", field))
        elif isinstance(mapping, RecordingEntries) and key == KEYS:
            found = fast_digest(("keys", tuple(dict.__iter__(mapping))))
        elif isinstance(mapping, RecordingEntries) and SEP in key:
            found = self._entry_read(mapping, key)
        elif key == ALL:
            h = hashlib.blake2b(digest_size=16)
            for name in dict.__iter__(mapping):
                feed(h, name)
                h.update(self.read((field, name)))
            found = h.digest()
        else:
            found = self._value_digest(dict.get(mapping, key, MISSING))
        return found

    def _list_digest(self, items: tuple) -> bytes:
        """The digest of a list field of the index: by the identity of its items in digest serve (the
        indicator rows of a build whose initiatives' rows are the same are the last build's)."""
        if self.memo is None:
            return fast_digest(("list", list(items)))
        return self.memo.get("list digest", items, lambda: fast_digest(("list", list(items))))

    def _value_digest(self, value: Any) -> bytes:
        """The digest of a value of the index read by key: by identity in digest serve (the cross-links
        of an unchanged initiative are the same list from build to build: builder.render.indexes)."""
        if value is MISSING:
            return _MISSING_VALUE
        if self.memo is None or isinstance(value, (str, int, float)):
            return fast_digest((value,))
        return self.memo.get("value digest", (value,), lambda: fast_digest((value,)))

    def _entry_read(self, entries: dict, key: str) -> bytes:
        """The digest of the read "<slug>|<path>" of `entries`: the attribute at `path` ("item.summary") of
        that initiative, or whether it is there (empty path); the last build's when its item is unchanged."""
        slug, _, path = key.partition(SEP)
        entry = dict.get(entries, slug, MISSING)
        if entry is MISSING or not path:
            return _ABSENT if entry is MISSING else _PRESENT
        fields = self.entry_digests.get(slug)
        if fields is None:
            item = self._item_digest(entry.item)
            old = self.known.get(slug)
            fields = self.entry_digests[slug] = (item, dict(old[1]) if old and old[0] == item else {})
        found = fields[1].get(path)
        if found is None:
            value = entry
            for name in path.split("."):
                value = getattr(value, name)
            found = fields[1][self._paths.setdefault(path, path)] = fast_digest((value,))
        return found

    def _item_digest(self, item: Any) -> bytes:
        if self.derived is not None:
            return self.derived(item, "item digest", lambda: fast_digest(item))
        if self.memo is None:
            return fast_digest(item)
        return self.memo.get("item digest", (item,), lambda: fast_digest(item))

    def entry_key(self, slug: str, entry: Any) -> bytes:
        """The digest of what an initiative's exports are made of: its item and its cross-links."""
        known = self.entry_digests.get(slug)
        item = known[0] if known is not None else self._item_digest(entry.item)
        return item + self.read(("related", slug))

    def _named(self, read: Read) -> bytes:
        """What a page's digest takes in for one read: its name and its value's digest."""
        return f"\1{read[0]}\0{read[1]}\0".encode("utf-8", "surrogatepass") + self.read(read)

    def page(self, job: Job, reads: tuple[Read, ...]) -> str:
        """The input digest of a page: the shared fields, the job, and every read with its value's digest.
        The named digests of the reads are looked up in one C call (pages of a big site make millions)."""
        h = hashlib.blake2b(self.shared, digest_size=16)
        h.update("\0".join(job).encode("utf-8", "surrogatepass"))
        if reads:
            named = self._named_memo
            try:
                parts = operator.itemgetter(*reads)(named)
            except KeyError:
                for read in reads:
                    if read not in named:
                        named[read] = self._named(read)
                parts = operator.itemgetter(*reads)(named)
            h.update(parts if len(reads) == 1 else b"".join(parts))
        return h.hexdigest()


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
