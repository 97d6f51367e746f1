"""The site index of a one-shot build, kept field by field in its file cache for the next build's narrow
edit (issue 16; builder.render.narrowbuild reads it).

One file, `index.pickle` in the cache folder: a token (the page records of the build name it:
PageRecords.index), the order of the initiatives with the content hash of each one's file (their Entries
are made again, one by one, from what the file cache keeps by those hashes: the Initiative, the rendered
body, the derived region steps and figures), and every other field of the index pickled on its own, so
that a build reads only the fields its pages read. A store that cannot be read or is another build's
holds nothing: the narrow path is then not taken.
"""

from __future__ import annotations

import dataclasses
import pickle
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from builder.util.fs import write_cache_bytes

NAME = "index.pickle"
# the fields stored a key at a time (`StoredIndex.part`): at N=10 000 the cross-links of every initiative
# take 0.5 s to unpickle, the few a narrow edit's pages read next to nothing
KEYED = frozenset({"related"})
_ERRORS = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError)


@dataclasses.dataclass
class StoredIndex:
    """A stored index: its token, each initiative's slug with its file's content hash in site order, and
    the other fields of the index, each pickled (`field` unpickles one)."""

    token: str
    order: list[tuple[str, str]]
    fields: dict[str, bytes]
    feed: list[str]  # the slugs of the initiatives the feed shows (feeds.feed_entries)

    def field(self, name: str) -> Any:
        """The value of the field `name` (whole)."""
        value = pickle.loads(self.fields[name])
        return {key: pickle.loads(item) for key, item in value.items()} if name in KEYED else value

    def part(self, name: str, keys: Iterable[str]) -> dict[str, Any]:
        """The values of the KEYED field `name` at `keys` (those it has)."""
        value = pickle.loads(self.fields[name])
        return {key: pickle.loads(value[key]) for key in keys if key in value}


def save_index(cache_dir: Path, index: Any, digest_of: Callable[[Any], str | None]) -> str:
    """Store the fields of the site index `index` (every one but `entries`) with the order of its
    initiatives and the content hash of each (`digest_of(initiative)`); returns the token naming the store,
    "" when an initiative's hash is unknown or the store cannot be written."""
    order = []
    for slug, entry in dict.items(index.entries):
        digest = digest_of(entry.item)
        if digest is None:
            return ""
        order.append((slug, digest))
    from builder.render.feeds import feed_entries

    feed = [entry.slug for entry in feed_entries(dict.values(index.entries))]
    fields = {
        f.name: _pickled(f.name, _plain(getattr(index, f.name)))
        for f in dataclasses.fields(index)
        if f.name != "entries"
    }
    return write_index(cache_dir, StoredIndex("", order, fields, feed))


def write_index(cache_dir: Path, stored: StoredIndex) -> str:
    """Write `stored` under a new token (see StoredIndex); the token, or "" when it was not written."""
    token = secrets.token_hex(8)
    data = {"token": token, "order": stored.order, "fields": stored.fields, "feed": stored.feed}
    try:
        write_cache_bytes(
            Path(cache_dir) / NAME, lambda handle: pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        )
    except OSError:
        return ""
    return token


def load_index(cache_dir: Path, token: str) -> StoredIndex | None:
    """The store written with `token`, or None."""
    if not token:
        return None
    try:
        with open(Path(cache_dir) / NAME, "rb") as handle:
            data = pickle.load(handle)
    except _ERRORS:
        return None
    if not isinstance(data, dict) or data.get("token") != token:
        return None
    order, fields, feed = data.get("order"), data.get("fields"), data.get("feed")
    if not isinstance(order, list) or not isinstance(fields, dict) or not isinstance(feed, list):
        return None
    return StoredIndex(token, order, fields, feed)


def _pickled(name: str, value: Any) -> bytes:
    """The stored bytes of the field `name`: its value pickled, or (KEYED) a pickle of each key's value."""
    if name in KEYED:
        value = {key: pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL) for key, item in value.items()}
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _plain(value: Any) -> Any:
    """A field's value without the recording wrappers of builder.render.recording (plain dicts, lists)."""
    if isinstance(value, dict) and type(value) is not dict:
        return dict(dict.items(value))
    if isinstance(value, list) and type(value) is not list:
        return list(list.__iter__(value))
    return value


def field_names(reads: Iterable[tuple[str, str]]) -> set[str]:
    """The fields of the index that `reads` (page reads: (field, key)) look at."""
    return {field for field, _key in reads}
