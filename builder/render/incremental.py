"""Incremental builds: each page of the site is rendered again only when what it read has changed.

While a page renders, every read of the site index is recorded: `ix.entries[slug]`, `ix.related.get(slug)`,
`ix.themes.items()` (a whole mapping), … (every mapping field of `SiteIndex` is wrapped in a `RecordingDict`;
its other fields, such as the indicator tables, count as read by every page). The page's *input digest* is a
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
import enum
import hashlib
import io
import operator
import pickle
import re
from pathlib import Path
from typing import Any

ALL = "*"  # a read of a whole mapping (iteration, len, values, items) or of a whole list
KEYS = "#"  # a read of the keys of `entries`, in order (its iteration and length)
SEP = "|"  # in a read of `entries`: "<slug>|<attribute path>" ("<slug>|": the slug is there); never in a slug
Read = tuple[str, str]  # (field of SiteIndex, key, ALL, KEYS or "<slug>|<path>")
Job = tuple[str, str]  # (page kind, key), as SiteRenderer.jobs() gives them; ("initiative", slug) too
Record = tuple[str, tuple[Read, ...], str]  # (output path, reads, input digest)
RECORD_VERSION = 2

_frames: list[set[Read]] = []
_MISSING = object()


def _note(field: str, key: Any) -> None:
    if _frames:
        _frames[-1].add((field, key if isinstance(key, str) else repr(key)))


class RecordingDict(dict):
    """A dict that notes, while a page renders, which keys were read (ALL for the whole mapping)."""

    def __init__(self, field: str, data: dict) -> None:
        super().__init__(data)
        self.field = field

    def __getitem__(self, key: Any) -> Any:
        _note(self.field, key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        _note(self.field, key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        _note(self.field, key)
        return super().__contains__(key)

    def copy(self) -> dict:
        _note(self.field, ALL)
        return dict(dict.items(self))


def _whole_read(name: str) -> Any:
    """The dict method `name`, noting a read of the whole mapping first."""
    method = getattr(dict, name)

    def read(self: RecordingDict, *args: Any) -> Any:
        _note(self.field, ALL)
        return method(self, *args)

    read.__name__ = name
    return read


for _name in ("__iter__", "__len__", "__reversed__", "keys", "values", "items"):
    setattr(RecordingDict, _name, _whole_read(_name))


class TracedEntry:
    """An initiative of the site index as a page sees it: each attribute read is noted as its own read
    ("<slug>|steps", "<slug>|item.summary"); `item` is traced the same way, one level down."""

    __slots__ = ("_prefix", "_target")

    def __init__(self, target: Any, prefix: str) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_prefix", prefix)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        path = self._prefix + name
        if name == "item" and self._prefix.endswith(SEP):
            return TracedEntry(value, path + ".")
        _note("entries", path)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a page may not change the site index ({name})")

    def __repr__(self) -> str:
        return f"TracedEntry({self._prefix!r})"


class RecordingEntries(RecordingDict):
    """`SiteIndex.entries`, recording per attribute while a page renders (TracedEntry); outside a page it
    is a plain mapping of the Entry objects (feeds, exports, search documents)."""

    def _traced(self, key: Any, entry: Any) -> Any:
        return TracedEntry(entry, f"{key}{SEP}") if _frames and entry is not None else entry

    def __getitem__(self, key: Any) -> Any:
        _note(self.field, f"{key}{SEP}")
        return self._traced(key, dict.__getitem__(self, key))

    def get(self, key: Any, default: Any = None) -> Any:
        _note(self.field, f"{key}{SEP}")
        found = dict.get(self, key, _MISSING)
        return default if found is _MISSING else self._traced(key, found)

    def __contains__(self, key: object) -> bool:
        _note(self.field, f"{key}{SEP}")
        return dict.__contains__(self, key)

    def values(self) -> Any:
        _note(self.field, KEYS)
        return [self._traced(k, v) for k, v in dict.items(self)]

    def items(self) -> Any:
        _note(self.field, KEYS)
        return [(k, self._traced(k, v)) for k, v in dict.items(self)]


def _keys_read(name: str) -> Any:
    method = getattr(dict, name)

    def read(self: RecordingEntries, *args: Any) -> Any:
        _note(self.field, KEYS)
        return method(self, *args)

    read.__name__ = name
    return read


for _name in ("__iter__", "__len__", "__reversed__", "keys"):
    setattr(RecordingEntries, _name, _keys_read(_name))


class RecordingList(list):
    """A list field of the SiteIndex, noted as read whole (ALL) by a page that looks into it."""

    def __init__(self, field: str, data: Any) -> None:
        super().__init__(data)
        self.field = field


def _whole_list_read(name: str) -> Any:
    method = getattr(list, name)

    def read(self: RecordingList, *args: Any) -> Any:
        _note(self.field, ALL)
        return method(self, *args)

    read.__name__ = name
    return read


for _name in ("__iter__", "__len__", "__getitem__", "__reversed__", "__contains__", "index", "count", "copy"):
    setattr(RecordingList, _name, _whole_list_read(_name))


class FragmentMemo(dict):
    """SiteRenderer's cache of cards and rows, keeping the reads of each: a miss (`get` → None) starts a
    frame that the following store closes; a hit adds the stored reads to the page being rendered."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: dict[Any, set[Read]] = {}
        self._open: list[Any] = []

    def get(self, key: Any, default: Any = None) -> Any:
        if super().__contains__(key):
            return self[key]
        _frames.append(set())
        self._open.append(key)
        return default

    def __getitem__(self, key: Any) -> Any:
        if _frames:
            _frames[-1].update(self.reads.get(key, ()))
        return super().__getitem__(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        reads: set[Read] = set()
        if self._open and self._open[-1] == key:
            self._open.pop()
            reads = _frames.pop()
        self.reads[key] = reads
        if _frames:
            _frames[-1].update(reads)
        super().__setitem__(key, value)


def instrument(index: Any) -> None:
    """Wrap every mapping and list field of the SiteIndex `index` (in place) so that reads are recorded."""
    for f in dataclasses.fields(index):
        value = getattr(index, f.name)
        if isinstance(value, (RecordingDict, RecordingList)):
            continue
        if f.name == "entries":
            setattr(index, f.name, RecordingEntries(f.name, value))
        elif isinstance(value, dict):
            setattr(index, f.name, RecordingDict(f.name, value))
        elif isinstance(value, list):
            setattr(index, f.name, RecordingList(f.name, value))


def recorded(render: Any, *args: Any) -> tuple[Any, tuple[Read, ...]]:
    """`render(*args)` and the sorted reads it made."""
    _frames.clear()
    _frames.append(set())
    try:
        result = render(*args)
        return result, tuple(sorted(_frames[-1]))
    finally:
        _frames.clear()


def _feed(h: Any, value: Any) -> None:
    """Feed a canonical encoding of `value` to the hash `h` (independent of object identity and of the
    order of sets; an object it cannot encode makes its page always dirty, never wrongly clean)."""
    if value is None or isinstance(value, (bool, int, float)):
        h.update(f"{type(value).__name__}:{value!r};".encode())
    elif isinstance(value, str):
        h.update(f"s{len(value)}:".encode())
        h.update(value.encode("utf-8", "surrogatepass"))
    elif isinstance(value, (list, tuple)):
        h.update(f"l{len(value)}[".encode())
        for item in value:
            _feed(h, item)
        h.update(b"]")
    elif isinstance(value, dict):
        h.update(f"d{len(value)}{{".encode())
        for key, item in dict.items(value):
            _feed(h, key)
            _feed(h, item)
        h.update(b"}")
    elif isinstance(value, (set, frozenset)):
        h.update(b"set")
        _feed(h, sorted(repr(v) for v in value))
    elif isinstance(value, enum.Enum):
        h.update(f"e{value!r};".encode())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        h.update(f"c{type(value).__qualname__}(".encode())
        for f in dataclasses.fields(value):
            _feed(h, getattr(value, f.name))
        h.update(b")")
    elif type(value).__module__ == "numpy" and hasattr(value, "item"):
        h.update(f"np{type(value).__name__}:".encode())
        _feed(h, value.item() if getattr(value, "ndim", 0) == 0 else value.tolist())
    elif isinstance(value, re.Pattern):
        h.update(f"re{value.flags}:".encode())
        _feed(h, value.pattern)
    else:
        h.update(pickle.dumps(object()))  # unknown: a fresh object's bytes never match the last build


def value_digest(value: Any) -> bytes:
    """A digest of `value` (a page's input), the same for equal values in any process."""
    h = hashlib.blake2b(digest_size=16)
    _feed(h, value)
    return h.digest()


class _ValueHash(io.RawIOBase):
    """A file that hashes what is written to it."""

    def __init__(self) -> None:
        self.h = hashlib.blake2b(digest_size=16)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.h.update(data)
        return len(data)


def fast_digest(value: Any) -> bytes:
    """`value_digest` through pickle without its memo (so object identity does not count), at C speed.
    Sets pickle in hash order, which varies between processes: a value holding one then only looks
    changed (rendered again), never unchanged when it is not."""
    sink = _ValueHash()
    pickler = pickle.Pickler(sink, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: equal values give equal bytes
    try:
        pickler.dump(value)
    except (pickle.PicklingError, TypeError, ValueError, AttributeError, RecursionError):
        return value_digest(value)
    return sink.h.digest()


def _entry_digest(entries: dict, key: str) -> bytes:
    """The digest of the read "<slug>|<path>" of `entries`: the attribute at `path` ("item.summary") of
    that initiative, or whether it is there (empty path)."""
    slug, _, path = key.partition(SEP)
    value = dict.get(entries, slug, _MISSING)
    if value is _MISSING:
        return fast_digest(("missing",))
    if not path:
        return fast_digest(("there",))
    for name in path.split("."):
        value = getattr(value, name)
    return fast_digest((value,))


class Digests:
    """Input digests of pages against one index, each value hashed once per build."""

    def __init__(self, index: Any) -> None:
        self.index = index
        self._memo: dict[Read, bytes] = {}
        self._named_memo: dict[Read, bytes] = {}
        shared = [
            f.name for f in dataclasses.fields(index) if not isinstance(getattr(index, f.name), (dict, list))
        ]
        self.shared = value_digest([(name, getattr(index, name)) for name in shared])

    def read(self, read: Read) -> bytes:
        found = self._memo.get(read)
        if found is None:
            field, key = read
            mapping = getattr(self.index, field, None)
            if isinstance(mapping, list):
                found = fast_digest(("list", list(list.__iter__(mapping))))
            elif not isinstance(mapping, dict):
                found = value_digest(("no such field", field))
            elif isinstance(mapping, RecordingEntries) and key == KEYS:
                found = fast_digest(("keys", tuple(dict.__iter__(mapping))))
            elif isinstance(mapping, RecordingEntries) and SEP in key:
                found = _entry_digest(mapping, key)
            elif key == ALL:
                h = hashlib.blake2b(digest_size=16)
                for name in dict.__iter__(mapping):
                    _feed(h, name)
                    h.update(self.read((field, name)))
                found = h.digest()
            else:
                value = dict.get(mapping, key, _MISSING)
                found = fast_digest(("missing",) if value is _MISSING else (value,))
            self._memo[read] = found
        return found

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
    build's record (None: render every page); `old_site` the folder its files are in."""

    def __init__(self, index: Any, renderer: Any, previous: dict[Job, Record] | None) -> None:
        instrument(index)
        renderer._fragments = FragmentMemo()  # the renderer's card cache, keeping each card's reads
        self.renderer = renderer
        self.digests = Digests(index)
        self.previous = previous or {}
        self.records: dict[Job, Record] = {}
        self.kept = 0
        self._reads: dict[Read, Read] = {}

    def kept_path(self, job: Job) -> str | None:
        """The output path of `job` when its last rendering still holds, else None."""
        old = self.previous.get(job)
        if old is None:
            return None
        path, reads, digest = old
        if self.digests.page(job, reads) != digest:
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


def load_records(path: Path, build_id: str) -> dict[Job, Record] | None:
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
    records = saved.get("pages")
    return records if isinstance(records, dict) else None


def dump_records(records: dict[Job, Record], build_id: str) -> bytes:
    return pickle.dumps(
        {"version": RECORD_VERSION, "build": build_id, "pages": records}, protocol=pickle.HIGHEST_PROTOCOL
    )
