"""What a narrow build (builder.render.narrowbuild) renders against besides the stored index's fields: the
Entries the pages read, made again from the file cache by key (the reading, the derived parts, the rendered
body: `load_entries`), and stand-ins for every field and Entry it did not load, which raise NotLoaded when a
page touches them (the build then takes the present path).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from builder.render.recording import RecordingDict, RecordingList


class NotLoaded(Exception):
    """A page touched a field or an Entry the narrow build did not load."""


class Unloaded:
    """An Entry not loaded: any use raises NotLoaded."""

    __slots__ = ("slug",)

    def __init__(self, slug: str) -> None:
        self.slug = slug

    def __getattr__(self, name: str) -> Any:
        raise NotLoaded(f"entry {self.slug}")


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise NotLoaded("a field of the index")


class UnloadedDict(RecordingDict):
    """A mapping field of the index not loaded (empty; any read raises NotLoaded)."""


class PartDict(RecordingDict):
    """A mapping field of the index with some of its keys loaded (indexstore.KEYED): a read of another key,
    or of the whole mapping, raises NotLoaded."""

    def __getitem__(self, key: Any) -> Any:
        if not dict.__contains__(self, key):
            raise NotLoaded(f"{self.field} {key}")
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            raise NotLoaded(f"{self.field} {key}")
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        if not dict.__contains__(self, key):
            raise NotLoaded(f"{self.field} {key}")
        return super().__contains__(key)


class UnloadedList(RecordingList):
    """A list field of the index not loaded (empty; any read raises NotLoaded)."""


for _name in ("__getitem__", "get", "__contains__", "__iter__", "__len__", "keys", "values", "items", "copy"):
    setattr(UnloadedDict, _name, _refuse)
for _name in ("__iter__", "__len__", "keys", "values", "items", "copy", "__reversed__"):
    setattr(PartDict, _name, _refuse)
for _name in ("__iter__", "__len__", "__getitem__", "__contains__", "index", "count", "copy"):
    setattr(UnloadedList, _name, _refuse)


def cache_entries(cache: Path, wanted: Iterable[tuple[str, str]], keys: dict) -> dict:
    """The file cache's entries `wanted` ((kind, key)): from the pack by key, else from their own files."""
    from builder.content.cachepack import NAME, read_entries, read_pickle

    wanted = list(wanted)
    found = read_entries(cache / NAME, wanted, keys)
    for kind, name in wanted:
        if (kind, name) not in found:
            value = read_pickle(cache / kind / name[:2] / f"{name}.pickle")
            if value is not None:
                found[(kind, name)] = value
    return found


def load_entries(cache: Path, digests: dict[str, str], parts_name: str, keys: dict) -> dict[str, Any] | None:
    """The Entries of the initiatives `digests` (slug -> its file's content hash) as a full build makes
    them, from the file cache `cache` (the reading, the derived parts under `parts_name`, the rendered
    body); None when one is not kept."""
    from builder.render.bodycache import body_key
    from builder.render.indexes import Entry

    first = cache_entries(
        cache, [(kind, d) for d in dict.fromkeys(digests.values()) for kind in ("files", "derived")], keys
    )
    items = {}
    for slug, digest in digests.items():
        reading = first.get(("files", digest))
        item = getattr(reading, "initiative", None)
        derived = first.get(("derived", digest))
        parts = derived.get(parts_name) if isinstance(derived, dict) else None
        if item is None or item.slug != slug or not isinstance(parts, tuple) or len(parts) != 4:
            return None
        items[slug] = (item, parts)
    bodies = cache_entries(cache, {("bodies", body_key(item.body)) for item, _ in items.values()}, keys)
    entries = {}
    for slug, (item, (steps, figures, key_figures, classified)) in items.items():
        body = bodies.get(("bodies", body_key(item.body)))
        if body is None:
            return None
        entries[slug] = Entry(item, steps, body, figures, key_figures, classified)
    return entries
