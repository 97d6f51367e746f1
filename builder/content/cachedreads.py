"""Content files read through the file cache (builder.content.filecache): a file read before with the same
bytes is taken from it; a file whose stat is the one kept at the last load is not even read and hashed again.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import os
import stat
import time
from pathlib import Path

from builder.content.filecache import is_packed, load_entry, store_entry
from builder.content.loader import (
    MAX_FILE_BYTES,
    ContentFile,
    content_names,
    content_paths,
    parse_content_file,
    read_content_file,
    read_paths,
)

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
    the pack's files); a file checked again is read again (`full_reading`). Its Initiative is a copy (the
    same values): the pack pickles the few entries of an incremental build when the build ends, after a big
    build has let the Markdown bodies of its own Initiatives go (indexes.markdown_let_go), and a reading kept
    without its body broke the next build's narrow_edits."""
    item = copy.copy(read.initiative) if read.initiative is not None else None
    return dataclasses.replace(read, initiative=item, text=None, data={}, lines={}, digest=None)


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
    packing = is_packed(cache)  # the readings of workers are stored here, in the pack (`packed`)
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
