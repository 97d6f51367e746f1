"""The input digest of each page of a build: a hash of the values of the site index the page read when it
rendered (builder/render/recording.py notes the reads), each value hashed once per build (`Digests`).

A read is hashed against the index of this build: a key of a mapping (its value's digest), a whole mapping (ALL:
the digest of every key and value), its keys in order (KEYS), a list field (whole), or a field of one initiative
("<slug>|item.summary" of `entries`). The fields of an initiative whose item is the last build's (the same item
digest) keep the last build's digests (PageRecords.entry_digests), so only the edited initiatives' fields are
hashed again; `Digests.changed_reads` says which reads of the last build no longer have their digest.
builder/render/incremental.py (the Tracker) decides from them which pages to render again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from collections.abc import Iterable
from typing import Any

from builder.render.readindex import ReadIndex
from builder.render.recording import ALL, KEYS, MISSING, SEP, Read, RecordingEntries
from builder.render.valuedigest import fast_digest, feed, value_digest

Job = tuple[str, str]  # (page kind, key), as SiteRenderer.jobs() gives them; ("initiative", slug) too


_ABSENT = value_digest(("missing",))  # a read of an initiative that is not there (or is: _PRESENT)
_PRESENT = value_digest(("there",))
_MISSING_VALUE = fast_digest(("missing",))  # a read of a key a mapping does not have


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
        self.derived = (
            derived  # digest build's (storedbuild.StoredDerived.get): an item's digest by its bytes
        )
        self.entry_digests: dict[str, tuple[bytes, dict[str, bytes]]] = {}  # this build's
        self._paths: dict[str, str] = {}  # one string per field path: a small pickle
        self._memo: dict[Read, bytes] = {}
        self.fresh: list[Read] = []  # the reads hashed in this build that were not carried over
        self._named_memo: dict[Read, bytes] = {}
        self.entry_reads_apart = False  # `_memo` leaves out the unchanged initiatives' field reads
        self.fields: dict[
            str, bytes
        ] = {}  # the digest of each mapping field looked at whole (`field_digest`)
        shared = [
            f.name for f in dataclasses.fields(index) if not isinstance(getattr(index, f.name), (dict, list))
        ]
        self.shared = value_digest([(name, getattr(index, name)) for name in shared])

    def read_digests(self) -> dict[Read, bytes]:
        """The digest of every read hashed in this build (the reads of every page among them)."""
        return self._memo

    def field_digest(self, field: str) -> bytes:
        """The digest of the whole mapping field `field` of the index (b"" for the initiatives and their
        cross-links, which are looked at otherwise, and for a field that is no mapping): equal for equal
        contents in the same order, so that a field whose digest is the last build's gives every read of it
        the last build's digest, unhashed (at N=10 000, 19 000 reads of `parts`, `regions`, `theme_counts` …
        of which an edited summary changes none)."""
        found = self.fields.get(field)
        if found is None:
            mapping = getattr(self.index, field, None)
            whole = isinstance(mapping, dict) and field not in ("entries", "related")
            found = self.fields[field] = fast_digest(("field", list(dict.items(mapping)))) if whole else b""
        return found

    def field_digests(self) -> dict[str, bytes]:
        """The digest of every mapping field of which this build looked at a read (`field_digest`)."""
        for field in {read[0] for read in self._memo}:
            self.field_digest(field)
        return {field: digest for field, digest in self.fields.items() if digest}

    def carry(self, last: dict[Read, bytes]) -> None:
        """Take the digests of the last build's reads (`last`: its read digests, which leave out the reads
        of initiatives' fields) as this build's, unhashed: a narrow edit (builder.render.narrowbuild)
        changed no value they are of."""
        self._memo.update(last)

    def forget(self, reads: Iterable[Read]) -> None:
        """Hash `reads` again when next read, not with the digests carried over (`carry`): values a narrow
        title edit changed (its cross-links, builder.render.narrowlinks)."""
        for read in reads:
            self._memo.pop(read, None)
            self._named_memo.pop(read, None)

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
        fields: dict[str, bytes] | None = None,
        kept: Iterable[str] = (),
        same_related: frozenset[str] = frozenset(),
    ) -> set[Read]:
        """The reads of the last build (`last`: each with its digest then) whose digest is not the same now;
        each of them gets its digest of this build. The fields of an initiative whose item did not change
        keep their digests, so its reads (twenty per initiative) are carried over without hashing them;
        with `index` (digest serve's, holding every read of `last`) without even looking at them. `apart`:
        `last` leaves out the reads of initiatives' fields (PageRecords.entry_reads_apart), which are those
        of the last build's entry digests: only the changed initiatives' are looked at (and this build's
        read digests leave out the unchanged ones' too: `entry_reads_apart`). `same_links`: the cross-links
        were computed from the same inputs as the last build's (the same `links`), so the reads of
        `related` keep their digests (at N=10 000, 10 000 link lists not hashed again). `fields`: the last
        build's `field_digests` (with `apart`): the reads of a field whose digest is the same keep theirs.
        `kept` (with `index`): the fields whose value is the very object of the last build (digest serve's
        IdentityMemo.reuse), whose reads keep their digests unhashed, as do those of `related` with
        `same_links`. `same_related` (without `index`): the slugs whose cross-links, computed again, are the
        last build's: their reads of `related` keep their digests."""
        same = self._unchanged_items()
        memo = self._memo
        changed: set[Read] = set()
        if apart and index is not None:  # (digest serve keeps its records in memory, whole)
            last, apart = self._with_entry_reads(last), False
        if apart:
            self.entry_reads_apart = True
            kept = {name for name, digest in (fields or {}).items() if self.field_digest(name) == digest}
            if same_links:
                kept.add("related")
            for read, digest in last.items():
                if read[0] == "entries" and read[1].partition(SEP)[0] in same:
                    memo[read] = digest  # (a read of whether the initiative is there)
                elif read[0] in kept or (read[0] == "related" and read[1] in same_related):
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
            suspects = index.suspects(same, ["related"] * same_links + list(kept))
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
            if (field == "entries" and key.partition(SEP)[0] in same) or (
                field == "related" and key in same_related
            ):
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
