"""The site a build wrote checked against what its stamp records of it (moved out of buildstamp.py, which asks it
for the up-to-date check and whether a build may be incremental): a walk of the site's folders, each recorded
folder's files counted against the recorded ones, then a stat of each recorded path; a folder an earlier check
listed as recorded when settled, its time unchanged, is not listed again (FolderTimes, by the site folder's
identity, .cache/digest-<site>-folders.pickle)."""

from __future__ import annotations

import contextlib
import os
import pickle
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.util.fs import RACY_SECONDS, write_cache_bytes


def site_as_written(out_dir: Path, recorded: Any, times: Path | None = None) -> bool:
    """Whether the files under `out_dir` are exactly `recorded` (a stamp's site: its entries as
    `output_entries` gives them): the paths a walk of the folder finds are the recorded ones, none missing,
    none more, and each file's size and time (a stat of its path) are the recorded ones. A no-change rebuild
    and a narrow edit at N=10 000 are this check of 69 000 files: each recorded folder's files are counted
    against the recorded ones (no path made for a file: every recorded file is there by its stat, so equal
    counts leave no room for another), and a folder not recorded may hold no file.
    `times` (the file `folder_times_path` names): the times of the folders an earlier check found as
    recorded, settled (`FolderTimes`); a folder whose time is still that one is not listed again (a file
    added, removed or renamed in it changes its time), and the folders this check finds settled are kept
    there for the next."""
    found = _folders(recorded)
    if found is None:
        return False
    counts, subfolders = found
    base = os.path.join(os.fspath(out_dir), "")
    known = FolderTimes.read(times, base) if times is not None else None
    settled = time.time_ns() - int(RACY_SECONDS * 1e9)  # a folder changed before: its time tells
    lstat = os.lstat
    for folder in counts:
        if known is not None and (kept := known.times.get(folder)) is not None:
            try:
                if lstat(base + folder).st_mtime_ns == kept:
                    continue  # listed as recorded when it was settled, and not changed since
            except OSError:
                return False
        listed = _listed(base, folder, counts)
        if listed is None:
            return False
        if known is not None and listed == (counts[folder], subfolders[folder]):
            try:
                info = lstat(base + folder)
            except OSError:
                return False
            if info.st_mtime_ns < settled:
                known.times[folder], known.changed = info.st_mtime_ns, True
    stat = os.stat
    for name, size, mtime, _hash in recorded:
        try:
            info = stat(base + name)
        except OSError:
            return False
        if info.st_size != size or info.st_mtime_ns != mtime:
            return False
    if known is not None and known.changed and times is not None:
        known.times = {folder: kept for folder, kept in known.times.items() if folder in counts}
        known.save(times)
    return True


def note_written(out_dir: Path, recorded: Any, times: Path) -> None:
    """After a build wrote the site at `out_dir` whose files are `recorded` (its stamp's entries), keep the
    times of its settled folders (changed more than RACY_SECONDS ago) as a check that listed them would
    (`FolderTimes`), when no check kept any of this folder's yet. The first check of a site folder lists every
    folder (14 200 at N=10 000, ~0.4 s of CPU): a narrow edit swaps in the spare, which no check had listed
    yet, so the no-change rebuild after it paid that (bench/RESULTS.md, session 38). A folder the build
    wrote into is not settled (listed by the next check, as before). What is trusted is what the writer
    already trusts: the folder it wrote in whole, or the spare as its note says (builder.render.writer)."""
    base = os.path.join(os.fspath(out_dir), "")
    known = FolderTimes.read(times, base)
    if known is None or known.times:
        return  # (a check keeps them: it lists the folders changed since)
    found = _folders(recorded)
    if found is None:
        return
    counts, subfolders = found
    settled = time.time_ns() - int(RACY_SECONDS * 1e9)
    lstat = os.lstat
    for folder in counts:
        try:
            info = lstat(base + folder)
        except OSError:
            return
        # (its folders are the recorded ones by their number, where a folder's links count them: else listed)
        if (
            stat.S_ISDIR(info.st_mode)
            and info.st_mtime_ns < settled
            and info.st_nlink == 2 + subfolders[folder]
        ):
            known.times[folder] = info.st_mtime_ns
    if known.times:
        known.save(times)


def _folders(recorded: Any) -> tuple[dict[str, int], dict[str, int]] | None:
    """The folders of a stamp's site entries ("", "a/", "a/b/", every folder over a recorded file): the number
    of recorded files directly in each, and of its folders; None when an entry is no site file's entry."""
    if not isinstance(recorded, list):
        return None
    counts: dict[str, int] = {"": 0}  # folder ("", "a/", "a/b/") -> the recorded files directly in it
    for entry in recorded:
        if not isinstance(entry, list) or len(entry) != 4 or entry[3] != "" or not isinstance(entry[0], str):
            return None  # (a site file is never recorded by hash, nor unreadable)
        folder = entry[0][: entry[0].rfind("/") + 1]
        counts[folder] = counts.get(folder, 0) + 1
    for folder in list(counts):  # every folder over a recorded one is walked into
        while folder and (folder := _parent(folder)) not in counts:
            counts[folder] = 0
    subfolders = dict.fromkeys(counts, 0)  # folder -> the recorded folders directly in it
    for folder in counts:
        if folder:
            subfolders[_parent(folder)] += 1
    return counts, subfolders


def _parent(folder: str) -> str:
    """'a/' for 'a/b/', '' for 'a/'."""
    return folder[: folder.rfind("/", 0, len(folder) - 1) + 1]


def _listed(base: str, folder: str, counts: dict[str, int]) -> tuple[int, int] | None:
    """The recorded folder `folder` of the site at `base` listed: (its files, its folders) when its files
    are the recorded number and every folder in it that is not recorded holds no file (walked), else None.
    Its recorded folders are looked at on their own."""
    try:
        scan = os.scandir(base + folder)
    except OSError:
        return None  # a folder missing or unreadable
    files = folders = 0
    with scan:
        for entry in scan:
            if not entry.is_dir(follow_symlinks=False):
                files += 1
            elif entry.name != "__pycache__":
                folders += 1
                sub = folder + entry.name + "/"
                if sub not in counts and not _holds_no_file(base + sub):
                    return None
    return (files, folders) if files == counts[folder] else None


def _holds_no_file(path: str) -> bool:
    """Whether the folder `path` and the folders in it (but `__pycache__`) hold folders alone."""
    try:
        with os.scandir(path) as scan:
            entries = list(scan)
    except OSError:
        return False
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False):
            return False
        if entry.name != "__pycache__" and not _holds_no_file(entry.path):
            return False
    return True


@dataclass
class FolderTimes:
    """The times of a site's folders that a check (`site_as_written`) listed as its stamp records them,
    when they were settled (changed more than RACY_SECONDS before it: a later change gives another time), by
    the site folder's identity (the site and its spare are swapped by each build: the times of both are
    kept, each folder's its own)."""

    times: dict[str, int]
    changed: bool = False
    key: tuple[int, int] = (0, 0)
    other: dict[tuple[int, int], dict[str, int]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path, base: str) -> FolderTimes | None:
        try:
            info = os.stat(base)
            key = (info.st_dev, info.st_ino)
        except OSError:
            return None
        try:
            with open(path, "rb") as handle:
                found = pickle.load(handle)
        except (
            OSError,
            pickle.UnpicklingError,
            EOFError,
            AttributeError,
            ValueError,
            TypeError,
            ImportError,
        ):
            found = None
        trees = found if isinstance(found, dict) else {}
        times = trees.pop(key, None)
        return cls(times if isinstance(times, dict) else {}, False, key, trees)

    def save(self, path: Path) -> None:
        """Keep these times, and those of one other site folder (the spare's)."""
        trees = dict(list(self.other.items())[-1:])
        trees[self.key] = self.times
        with contextlib.suppress(OSError):  # (without them, the next check lists every folder)
            write_cache_bytes(path, pickle.dumps(trees, protocol=pickle.HIGHEST_PROTOCOL))
