"""File-system edges: atomic writes and a process lock. Everything that writes goes through here."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file and a rename. Returns False if unchanged."""
    path = Path(path)
    try:
        if path.is_file() and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return True


def atomic_write_text(path: Path, text: str) -> bool:
    """UTF-8, LF line endings, atomic. Returns False if the file already had these bytes."""
    return atomic_write_bytes(path, text.encode("utf-8"))


class LockedError(RuntimeError):
    """Another digest process holds the lock on this directory."""


@contextlib.contextmanager
def directory_lock(directory: Path, name: str = ".digest.lock") -> Iterator[None]:
    """Exclusive advisory lock beside `directory`; raises LockedError at once if it is taken."""
    directory = Path(directory)
    lock_path = directory.parent / f".{directory.name}{name}"
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
