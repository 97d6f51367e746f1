"""File-system edges: atomic file writes, folders replaced whole, and a process lock.

Every file a command writes goes through here: a file that readers may open at any time (content files, the
ingest state, the build stamp) by `atomic_write_bytes`, one fsync'd temporary file and a rename each; a
whole tree of new files (the site) by `write_tree` into a `staged_directory`, which is swapped in at once,
so its files need no temporary names and no fsync of their own. (The token cache is a SQLite database:
SQLite writes it.)
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from builder.errors import LockedError
from builder.util import libc

# A file or folder changed less than this before a look at it may change again within the same clock tick
# unseen ("racy", as git calls it): its time alone tells nothing (buildstamp hashes such a file, sitecheck lists
# such a folder again).
RACY_SECONDS = 2.0
TEMP_SUFFIX = ".tmp"
# mkstemp's names: the prefix, 8 random characters of [a-z0-9_], the suffix
STALE_TEMP = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")


def current_umask() -> int:
    """The process umask, read without changing it where Linux tells it (os.umask would, briefly, for every
    thread)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    """The mode a replaced file keeps, or what open() would give a new one (0o666 less the umask)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def atomic_write_bytes(path: Path, data: bytes, *, sync: bool = True) -> bool:
    """Write `data` to `path` through a temporary file (`.<name>.<random>.tmp`) and a rename. Returns False
    if unchanged. A new file gets the usual permissions (0o666 less the umask); a replaced file keeps its
    mode. If the temporary file vanishes before the rename (another run removed it as stale), it is written
    again. `sync=False`: no fsync (files that a crash may lose, as the site's files: digest serve's)."""
    path = Path(path)
    try:
        if path.is_file() and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    for attempt in range(3):
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), mode)
                handle.write(data)
                if sync:
                    handle.flush()
                    os.fsync(handle.fileno())
            os.replace(tmp, path)
        except FileNotFoundError:
            if attempt == 2 or not path.parent.is_dir():
                raise
            continue
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return True
    raise AssertionError("unreachable")


def write_cache_bytes(path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Write a cache entry: a temporary file renamed into place (readers see the old bytes or the new),
    without fsync. Only for caches, whose entries may be lost in a crash: a lost or torn entry is a miss.
    `data`: the bytes, or a function writing them to the file it is given (a pickle of 160 MB streamed,
    never held whole in memory)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                data(handle)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def remove_stale_temporary_files(directory: Path) -> list[str]:
    """Remove the `.<name>.<random>.tmp` files that killed runs of atomic_write_bytes left in `directory`.
    Call it only while holding the directory's lock. Returns the names removed."""
    removed: list[str] = []
    try:
        entries = sorted(Path(directory).iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not STALE_TEMP.fullmatch(entry.name):
            continue
        try:
            if entry.is_symlink() or not entry.is_file():
                continue
            entry.unlink()
        except OSError:
            continue
        removed.append(entry.name)
    return removed


def atomic_write_text(path: Path, text: str) -> bool:
    """UTF-8, LF line endings, atomic. Returns False if the file already had these bytes."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def write_tree(folder: Path, files: Iterable[tuple[str, bytes | None]], previous: Path | None = None) -> int:
    """Write (relative path, bytes) pairs into `folder`, a new folder nobody reads yet (see
    `staged_directory`): plain writes, no temporary files, no fsync. A pair (path, None) keeps the file
    of the folder `previous` (the site being replaced): it is hard-linked, or copied where links fail.
    Returns the number of files."""
    root = os.fspath(folder)
    old = os.fspath(previous) if previous is not None else None
    made: set[str] = {""}
    count = 0
    for rel, data in files:  # paths as strings: a site of 70 000 files, pathlib's objects cost seconds
        parent = rel.rpartition("/")[0]
        if parent not in made:
            _make_folders(root, parent, made)
        target = os.path.join(root, rel)
        if data is not None:
            with open(target, "wb") as handle:
                handle.write(data)
        elif old is None:
            raise ValueError(f"{rel}: no previous folder to keep this file from")
        else:
            _keep(os.path.join(old, rel), target)
        count += 1
    return count


def _make_folders(root: str, folder: str, made: set[str]) -> None:
    """Make `folder` (relative to `root`) and those above it that are not in `made`, adding them: one mkdir
    each (os.makedirs looks every level up first: a site's thousand folders cost it 0.1-0.2 s more)."""
    above = folder.rpartition("/")[0]
    if above not in made:
        _make_folders(root, above, made)
    path = os.path.join(root, folder)
    try:
        os.mkdir(path)
    except FileExistsError:
        if not os.path.isdir(path):
            raise
    except FileNotFoundError:  # `root` itself is not there yet
        os.makedirs(path)
    made.add(folder)


def link_tree(source: Path, target: Path, files: Iterable[str]) -> None:
    """A new folder `target` holding the files `files` (relative paths) of the folder `source`, each a hard
    link (a copy where links fail): one mkdir per folder, one link per file (N=10 000: 69 500 files in
    14 300 folders, ~1-2 s of system time)."""
    root, old = os.fspath(target), os.fspath(source)
    os.mkdir(root, 0o777 & ~current_umask())
    made: set[str] = {""}
    for rel in files:
        parent = rel.rpartition("/")[0]
        if parent not in made:
            _make_folders(root, parent, made)
        _keep(os.path.join(old, rel), os.path.join(root, rel))


def _keep(source: str, target: str) -> None:
    """`source` at `target` too: a hard link (the file is never written in place), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def remove_in_background(folder: Path) -> None:
    """Remove the tree `folder` in a detached process, so that the caller need not wait: removing a tree of
    thousands of folders takes seconds on some disks (measured: 8.7 s for 2 500 on this project's build
    machine). Where no process can be started, it is removed here."""
    code = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"
    try:
        subprocess.Popen(
            [sys.executable, "-c", code, str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def staged_directory(
    directory: Path, background_removal: Callable[[], bool] = lambda: False, keep_old: Path | None = None
) -> Iterator[Path]:
    """A fresh folder `.<name>.build-<random>` beside `directory` to fill; when the block ends without an
    error it replaces `directory` in one step, and when it raises it is removed and `directory` stays.

    A symbolic link at `directory` is followed (the folder it names is replaced, the link stays). Where the
    file system cannot exchange two folders atomically, the old folder is renamed aside (`.<name>.build-old`)
    first and put back if the second rename fails; a run killed between the two renames leaves it there,
    and the next run puts it back. Call it only while holding the directory's lock: it removes what
    killed runs left beside the folder. When `background_removal()` says so at the swap (a big tree), the
    replaced folder is renamed `.<name>.old-<random>` and removed by `remove_in_background`. `keep_old`:
    where the replaced folder is kept instead (what was there is removed)."""
    target = Path(os.path.realpath(directory))
    target.parent.mkdir(parents=True, exist_ok=True)
    aside = target.parent / f".{target.name}.build-old"
    if not target.exists() and aside.is_dir():
        os.rename(aside, target)  # a run was killed between its two renames: the old folder comes back
    for stale in target.parent.glob(f".{target.name}.build-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a run that was killed
    for old in target.parent.glob(f".{target.name}.old-*"):
        remove_in_background(old)  # a removal that was killed (or is still running: both ignore errors)
    staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.build-", dir=target.parent))
    try:
        os.chmod(staged, 0o777 & ~current_umask())
        yield staged
        _swap_in(staged, target, aside, background_removal(), keep_old)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise


def _swap_in(
    staged: Path, target: Path, aside: Path, background: bool = False, keep_old: Path | None = None
) -> None:
    """Put `staged` where `target` is: one exchange where the system has it, else two renames. The old
    folder is then removed, here or (`background`) by a detached process, or kept at `keep_old`."""
    if not target.exists():
        os.rename(staged, target)
        if keep_old is not None and os.path.lexists(keep_old):
            discard(keep_old, target, background)
        return
    old = _exchange(staged, target, aside)
    if keep_old is not None:
        if os.path.lexists(keep_old):
            discard(keep_old, target, background)
        os.rename(old, keep_old)
    elif background:
        discard(old, target, background)
    else:
        shutil.rmtree(old, ignore_errors=True)


def _exchange(new: Path, target: Path, aside: Path) -> Path:
    """Put the folder `new` at `target`: one exchange where the system has it, else two renames (the old
    folder renamed to `aside` first, put back if the second rename fails). Returns where the old one is."""
    if libc.exchange_directories(new, target):
        return new  # now the old folder
    os.rename(target, aside)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(aside, target)
        raise
    return aside


def exchange_folders(a: Path, b: Path) -> None:
    """Swap the folders `a` and `b` (`b`, the one readers use, is never half of either): one exchange where
    the system has it, else three renames, `b`'s folder aside as `.<b>.build-old` in between (which
    `staged_directory` puts back after a kill: a killed swap leaves `b` as it was)."""
    b = Path(b)
    aside = b.parent / f".{b.name}.build-old"
    old = _exchange(Path(a), b, aside)
    if old != Path(a):
        os.rename(old, a)


def discard(folder: Path, target: Path, background: bool) -> None:
    """Remove `folder`: here, or renamed `.<target>.old-<random>` and removed by a detached process."""
    if not background:
        if os.path.islink(folder) or not os.path.isdir(folder):
            os.unlink(folder)
        else:
            shutil.rmtree(folder, ignore_errors=True)
        return
    trash = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.rename(folder, trash / "site")
    remove_in_background(trash)


@contextlib.contextmanager
def directory_lock(directory: Path, name: str = ".digest.lock") -> Iterator[None]:
    """Exclusive advisory lock beside `directory`; raises LockedError at once if it is taken.

    The lock is taken on the folder's real path, so a command reaching it through a symbolic link meets
    the lock of one that names it directly; the message names the folder as given."""
    real = Path(os.path.realpath(directory))
    lock_path = real.parent / f".{real.name}{name}"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise LockedError(
                    f"{directory}: another digest command is already writing here; "
                    "wait for it to finish and run this command again"
                ) from None
            raise
        yield
    finally:
        os.close(fd)
