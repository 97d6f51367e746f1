"""Recording what a page reads of the SiteIndex while it renders (builder.render.incremental uses it).

Every mapping field of `SiteIndex` is wrapped in a `RecordingDict` noting (field, key) per read and (field,
ALL) for the whole mapping; `entries` in a `RecordingEntries`, which hands out a `TracedEntry` per
initiative noting each attribute read ("<slug>|item.summary"), and notes only its keys (KEYS) when iterated;
the list fields in a `RecordingList`, read whole. `FragmentMemo` keeps the reads of each shared card or row.
"""

from __future__ import annotations

import dataclasses
from typing import Any

ALL = "*"  # a read of a whole mapping (iteration, len, values, items) or of a whole list
KEYS = "#"  # a read of the keys of `entries`, in order (its iteration and length)
SEP = "|"  # in a read of `entries`: "<slug>|<attribute path>" ("<slug>|": the slug is there); never in a slug
Read = tuple[str, str]  # (field of SiteIndex, key, ALL, KEYS or "<slug>|<path>")
_frames: list[set[Read]] = []
MISSING = object()


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


def _noting(base: type, name: str, key: str) -> Any:
    """The method `name` of `base` (dict or list), noting first a read (self.field, `key`): ALL for the
    whole value, KEYS for the keys of `entries`."""
    method = getattr(base, name)

    def read(self: Any, *args: Any) -> Any:
        _note(self.field, key)
        return method(self, *args)

    read.__name__ = name
    return read


for _name in ("__iter__", "__len__", "__reversed__", "keys", "values", "items"):
    setattr(RecordingDict, _name, _noting(dict, _name, ALL))


class TracedEntry:
    """An initiative of the site index as a page sees it: each attribute read is noted as its own read
    ("<slug>|steps", "<slug>|item.summary"); `item` is traced the same way, one level down.

    Every attribute goes through `__getattribute__` (a page reads some three hundred per initiative): a
    `__getattr__` would be reached only after the failed ordinary lookup had raised, four times the cost.
    Special names (`__class__`, `__html__` …) are looked up on the TracedEntry first, as usual."""

    __slots__ = ("_prefix", "_target")

    def __init__(self, target: Any, prefix: str) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_prefix", prefix)

    def __getattribute__(self, name: str, _own: Any = object.__getattribute__) -> Any:
        if name[:2] == "__":
            try:
                return _own(self, name)
            except AttributeError:
                pass
        value = getattr(_own(self, "_target"), name)
        prefix = _own(self, "_prefix")
        if name == "item" and prefix[-1] == SEP:
            return TracedEntry(value, prefix + "item.")
        if _frames:
            _frames[-1].add(("entries", prefix + name))
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a page may not change the site index ({name})")

    def __repr__(self) -> str:
        return f"TracedEntry({object.__getattribute__(self, '_prefix')!r})"


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
        found = dict.get(self, key, MISSING)
        return default if found is MISSING else self._traced(key, found)

    def __contains__(self, key: object) -> bool:
        _note(self.field, f"{key}{SEP}")
        return dict.__contains__(self, key)

    def values(self) -> Any:
        _note(self.field, KEYS)
        return [self._traced(k, v) for k, v in dict.items(self)]

    def items(self) -> Any:
        _note(self.field, KEYS)
        return [(k, self._traced(k, v)) for k, v in dict.items(self)]


for _name in ("__iter__", "__len__", "__reversed__", "keys"):
    setattr(RecordingEntries, _name, _noting(dict, _name, KEYS))


class RecordingList(list):
    """A list field of the SiteIndex, noted as read whole (ALL) by a page that looks into it."""

    def __init__(self, field: str, data: Any) -> None:
        super().__init__(data)
        self.field = field


for _name in ("__iter__", "__len__", "__getitem__", "__reversed__", "__contains__", "index", "count", "copy"):
    setattr(RecordingList, _name, _noting(list, _name, ALL))


class FragmentMemo(dict):
    """SiteRenderer's cache of cards and rows, keeping the reads of each: a miss (`get` → None) starts a
    frame that the following store closes; a hit adds the stored reads to the page being rendered."""

    def __init__(self) -> None:
        super().__init__()
        # each card's reads as a tuple, of one object per read: a card is made once per link depth, with
        # the same reads at each (sets of fresh tuples: 8.2 MiB in one process at N=1 000, the HTML 5.1)
        self.reads: dict[Any, tuple[Read, ...]] = {}
        self._same: dict[Read, Read] = {}
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
        self.reads[key] = tuple(map(self._same.setdefault, reads, reads))
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
