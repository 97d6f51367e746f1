"""Skip a build whose inputs have not changed since the last build into the same folder (as make does).

A stamp records every input file with its size and modification time: the content files and anything else
directly in `content/`, the vocabularies under `content/_data/`, the theme, and the builder's own code;
with the base URL, the theme folder and the Python version. It also records every file of the site the build
wrote. When a new build finds the same inputs and the site exactly as it was written, there is nothing to do.

Timestamps alone can miss an edit saved within the same clock tick as the stamp ("racy" files, as git calls
them): files modified less than `RACY_SECONDS` before the stamp was taken are also recorded by content hash,
and compared by hash. A stamp that cannot be read, or any doubt, means: build. Whether the site is still as the
stamp records it is sitecheck.py's walk (site_as_written).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.util.fs import RACY_SECONDS, atomic_write_bytes
from builder.util.paths import BUILDER_DIR
from builder.util.sitecheck import site_as_written

VERSION = 1

Entry = list[Any]  # [relative path, size, mtime_ns, sha256 or ""]


def _hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def _files(
    root: Path, recursive: bool, folders: list[str] | None = None
) -> Iterator[tuple[str, os.DirEntry[str] | None]]:
    """Every file under `root` as (its path inside `root`, with slashes; its DirEntry), and (a folder's path,
    None) for a folder that cannot be read. Paths are handled as strings: a site of 69 000 files is scanned
    on every build. `folders` receives the names of the folders directly in `root`."""
    base = os.fspath(root)
    cut = len(base) + 1
    pending = [base]
    while pending:
        folder = pending.pop()
        try:
            scan = list(os.scandir(folder))
        except OSError:
            yield os.path.relpath(folder, base), None
            continue
        for entry in scan:
            if entry.is_dir(follow_symlinks=False):
                if folders is not None and folder == base:
                    folders.append(entry.name)
                if recursive and entry.name != "__pycache__":
                    pending.append(entry.path)
                continue
            yield entry.path[cut:].replace(os.sep, "/"), entry


def _entries(
    root: Path,
    *,
    recursive: bool,
    racy_after: int | None,
    known: tuple[list[Entry], set[str]] | None = None,
    seen: Scan | None = None,
) -> list[Entry]:
    """Every file under `root` (symlinks followed for their target's size and time), sorted by path.
    `known`: the entries of the last stamp and the names of the files changed since (see `input_stamp`);
    `seen` receives what the scan saw of the entries directly in `root` (see `Scan`)."""
    kept = {e[0]: e for e in known[0] if isinstance(e, list) and len(e) == 4} if known is not None else {}
    changed = known[1] if known is not None else set()
    found: list[Entry] = []
    folders = seen.folders if seen is not None else None
    for name, entry in _files(root, recursive, folders):
        if entry is None:
            found.append([name, -1, -1, "unreadable"])
            continue
        last = kept.get(name) if name not in changed else None
        if last is not None and last[3] == "" and (racy_after is None or last[2] < racy_after):
            found.append(last)  # not changed since (the watcher says), and not racy: its stat as then
            if seen is not None:
                seen.files[name] = None
            continue
        try:
            info = entry.stat()
        except OSError:
            found.append([name, -1, -1, "unreadable"])
            if seen is not None:
                seen.files[name] = None
            continue
        if seen is not None:
            seen.files[name] = None if entry.is_symlink() else info
        racy = racy_after is not None and info.st_mtime_ns >= racy_after
        found.append([name, info.st_size, info.st_mtime_ns, _hash(Path(entry.path)) if racy else ""])
    return sorted(found)


@dataclass
class Scan:
    """What the input stamp's scan of the content folder saw (`input_stamp`'s `seen`): the names of its
    files, each with its stat as then (an os.stat_result; None for a symbolic link, a file it did not stat
    or could not), and the names of its folders. A narrow edit (builder.content.narrowedit) takes the
    stats from here, not the folder's 10 000 files listed and looked at again."""

    files: dict[str, os.stat_result | None] = field(default_factory=dict)
    folders: list[str] = field(default_factory=list)


def input_stamp(
    content_dir: Path,
    theme_dir: Path,
    base_url: str,
    known: tuple[list[Entry], set[str]] | None = None,
    seen: Scan | None = None,
) -> dict[str, Any]:
    """What the next build would read, taken before it reads anything. `known` (digest serve's): the content
    entries of its last stamp and the names of the files directly in `content_dir` changed since, as its
    watcher saw them: a file of the folder not among them keeps its entry without a stat (10 000 files at
    N=10 000), unless that entry was hashed or is racy now. `seen` receives what the scan of the content
    folder saw (`Scan`)."""
    taken = time.time_ns()
    racy = taken - int(RACY_SECONDS * 1e9)
    data_dir = Path(content_dir) / "_data"
    return {
        "version": VERSION,
        "taken": taken,
        "python": sys.version,
        "base_url": base_url,
        "theme_dir": str(Path(theme_dir).resolve()),
        "content": _entries(Path(content_dir), recursive=False, racy_after=racy, known=known, seen=seen),
        "data": _entries(data_dir, recursive=True, racy_after=racy) if data_dir.is_dir() else [],
        "theme": _entries(Path(theme_dir), recursive=True, racy_after=racy),
        "code": _entries(BUILDER_DIR, recursive=True, racy_after=racy),
    }


def output_entries(out_dir: Path) -> list[Entry]:
    return _entries(Path(out_dir), recursive=True, racy_after=None)


def stamp_path(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    return out_dir.parent / ".cache" / f"digest-{out_dir.name}-stamp.json"


def _same_inputs(old: dict[str, Any], new: dict[str, Any], roots: dict[str, Path]) -> bool:
    for key in ("version", "python", "base_url", "theme_dir"):
        if old.get(key) != new.get(key):
            return False
    for key, root in roots.items():
        before, now = old.get(key), new.get(key)
        if not isinstance(before, list) or len(before) != len(now):
            return False
        for was, entry in zip(before, now, strict=True):
            if not isinstance(was, list) or was[:3] != entry[:3]:
                return False
            if was[3] and was[3] != (entry[3] or _hash(root / entry[0])):
                return False  # modified within a clock tick of the last stamp, and its bytes differ
    return True


# the last stamp read, with the stat of its file: a build asks for it up to three times (up to date? may it
# start from the last build? the site it left), and at N=10 000 it is 5 MB of JSON
_READ: tuple[str, tuple[int, ...], dict[str, Any]] | None = None


def _last_stamp(out_dir: Path) -> dict[str, Any] | None:
    global _READ
    path = stamp_path(out_dir)
    try:
        info = os.stat(path)
        key = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
        if _READ is not None and _READ[0] == os.fspath(path) and _READ[1] == key:
            old: Any = _READ[2]
        else:
            old = json.loads(path.read_text(encoding="utf-8"))
            _READ = (os.fspath(path), key, old) if isinstance(old, dict) else None
    except (OSError, ValueError):
        return None
    return old if isinstance(old, dict) and Path(out_dir).is_dir() else None


def _roots(content_dir: Path, stamp: dict[str, Any]) -> dict[str, Path]:
    return {
        "content": Path(content_dir),
        "data": Path(content_dir) / "_data",
        "theme": Path(stamp["theme_dir"]),
        "code": BUILDER_DIR,
    }


def up_to_date(out_dir: Path, content_dir: Path, stamp: dict[str, Any]) -> bool:
    """True when the last build into `out_dir` read exactly these inputs and its site is untouched."""
    old = _last_stamp(out_dir)
    if old is None:
        return False
    return _same_inputs(old, stamp, _roots(content_dir, stamp)) and site_as_written(
        out_dir, old.get("site"), folder_times_path(out_dir)
    )


def build_id(stamp: dict[str, Any]) -> str:
    """Names the build a stamp was taken for (builder.render.incremental keeps its page records under it)."""
    return f"{stamp.get('taken')}"


def previous_build(out_dir: Path, content_dir: Path, stamp: dict[str, Any]) -> str | None:
    """The id of the last build into `out_dir` when an incremental build may start from it: everything but
    the content files read as then (vocabularies, theme, builder code, base URL, Python), and its site
    exactly as it wrote it. None means: build everything."""
    old = _last_stamp(out_dir)
    if old is None:
        return None
    roots = {k: v for k, v in _roots(content_dir, stamp).items() if k != "content"}
    if not _same_inputs(old, stamp, roots) or not site_as_written(
        out_dir, old.get("site"), folder_times_path(out_dir)
    ):
        return None
    return build_id(old)


def last_build(out_dir: Path) -> tuple[str | None, list[Entry] | None]:
    """The id of the last build into `out_dir` and the files of the site it wrote, as its stamp records
    them (None, None without a stamp)."""
    old = _last_stamp(out_dir)
    if old is None:
        return None, None
    site = old.get("site")
    return build_id(old), site if isinstance(site, list) else None


def site_entries(
    out_dir: Path,
    made: list[tuple[str, bool]],
    last: list[Entry] | None,
    known: dict[str, Entry] | None = None,
    ordered: bool = True,
) -> list[Entry]:
    """The stamp entries of the site just written into `out_dir`: `made` holds each file's path and
    whether it was kept from the last build (linked: its size and time are those `last` records, or
    `known`, the same by path), so only the files written are looked at; without `last` the site is
    scanned. Sorted by path unless `ordered` is False (digest serve's, kept by path and sorted only when
    saved: two sorts of 70 000 entries less per edit)."""
    if last is None:
        return output_entries(out_dir)
    before = (
        known
        if known is not None
        else {entry[0]: entry for entry in last if isinstance(entry, list) and entry}
    )
    found: list[Entry] = []
    for name, kept in made:
        entry = before.get(name) if kept else None
        if entry is None:
            info = os.stat(Path(out_dir) / name)
            entry = [name, info.st_size, info.st_mtime_ns, ""]
        found.append(entry)
    return sorted(found) if ordered else found


def folder_times_path(out_dir: Path) -> Path:
    """The times of the site's folders its last checks found settled (`FolderTimes`), beside the stamp."""
    out_dir = Path(out_dir)
    return out_dir.parent / ".cache" / f"digest-{out_dir.name}-folders.pickle"


def records_path(out_dir: Path) -> Path:
    """The page records of the last build (builder.render.incremental), beside the stamp."""
    out_dir = Path(out_dir)
    return out_dir.parent / ".cache" / f"digest-{out_dir.name}-pages.pickle"


def save(out_dir: Path, stamp: dict[str, Any], site: list[Entry] | None = None) -> list[Entry]:
    """Record the inputs of a build that succeeded, with the site it wrote (`site`: its files, when the
    caller knows them: digest serve's session, which wrote them; else they are scanned). Returns them."""
    site = output_entries(out_dir) if site is None else site
    record = dict(stamp, site=site)
    atomic_write_bytes(stamp_path(out_dir), json.dumps(record, ensure_ascii=False).encode("utf-8"))
    return site


def same_inputs(old: dict[str, Any], new: dict[str, Any], content_dir: Path, *, content: bool = True) -> bool:
    """Whether the stamps `old` and `new` name the same inputs (all but the content files when not
    `content`: an incremental build may start from `old`'s build)."""
    roots = {k: v for k, v in _roots(content_dir, new).items() if content or k != "content"}
    return _same_inputs(old, new, roots)
