"""The pack of a file cache folder (builder.content.filecache): the parsed content files and rendered bodies a
one-shot `digest build` used, in one file.

At N=10 000 a build used 20 000 entries of one small pickle each; loaded from one file they take half the CPU
(1.0 s against 1.8 s), and a first build writes one file instead of 20 000 in 512 folders. A pack is its
version, then one pickle per CHUNK entries (a list of ((kind, key), object)), then None: pickled a chunk at a
time, so that neither writing nor reading holds a memo of every object of the site at once.

- a build takes the pack's entries out of it as it uses them (the pack keeps none alive behind the build);
- the entries it makes are held, and written one small file each when it ends (an edit: one or two);
- but once they are more than REPACK_AT and REPACK_SHARE of the pack (any, when there is no pack: the
  first build with this code), they stream into a new pack as they come (nothing held in memory), which the
  end of the build completes with the old pack's entries it took (read again one by one) and those it found
  in files of their own, and puts in place.

After the None, the pack holds its *keys* (`read_entry`): a pickle of each entry's key with the offset of
its chunk, then TRAILER and that pickle's offset (8 bytes), so that one entry is read by unpickling the keys
and one chunk (an edit's narrow path, builder.content.narrowedit: at N=10 000 ~0.03 s against ~0.9 s for the
whole pack); a whole read stops at the None and never reads them.

A pack that cannot be read (missing, torn: no None at its end, of other code) holds nothing; a pack that
cannot be written only costs time. Entries are written also when the build stopped on content errors or
failed: each is right whatever came after.

Long texts (an initiative's body and summary, a rendered body's HTML and paragraphs) are pickled from
copies made for the purpose (`_texts`): pickle writes a `str` through `PyUnicode_AsUTF8AndSize`, which keeps
a UTF-8 copy inside every non-ASCII string it writes for as long as the string lives, and the build keeps
these to its end (at N=10 000, ~200 MB). The pack holds plain strings: reading it costs nothing more.
"""

from __future__ import annotations

import contextlib
import copyreg
import functools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from builder.util.fs import TEMP_SUFFIX

VERSION = 6
TRAILER = b"digest-pack-keys"  # before the offset of the keys, at the end of a pack (`read_entry`)
# entries pickled together (each chunk with a memo of its own): 4, not 256, so that the entries a narrow edit
# reads by key (~600 at N=10 000: builder.render.narrowbuild) come with few others (256 -> 16: 0.9 -> 0.35 s,
# bench/RESULTS.md, session 22; 16 -> 4: 0.21-0.27 -> 0.07 s for 629 keys of an N=10 000 pack at load 21-25,
# the whole read the same 0.76-0.89 s, the pack 240 -> 242 MB)
CHUNK = 4
NAME = "pack.pickle"
# new entries of a build beyond which (and beyond REPACK_SHARE of the pack) they stream into a new pack
REPACK_AT = 64
REPACK_SHARE = 0.02
_ERRORS = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError)

Key = tuple[str, str]  # (kind, key) of a cache entry


def read_pickle(path: Path) -> Any:
    """The object pickled in `path`, or None (missing, torn, of other code)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except _ERRORS:
        return None


def _entries(path: Path) -> Iterator[tuple[Key, Any]]:
    """The entries of the pack at `path` in order; raises one of _ERRORS when it is torn or of other code."""
    with open(path, "rb") as handle:  # one unpickler per pickle: each has a memo of its own
        if pickle.load(handle) != VERSION:
            raise ValueError("a pack of other code")
        while (chunk := pickle.load(handle)) is not None:
            yield from chunk


# the keys last read, by the pack's path and stat: a narrow edit asks three times (30 000 keys at N=10 000)
_KEYS: tuple[tuple[str, int, int, int], dict[Key, int]] | None = None


def read_keys(path: Path) -> dict[Key, int]:
    """Each entry's key in the pack at `path`, with the offset of its chunk; none when the pack has no
    keys at its end (torn, of other code). The same pack file (path, size, time, inode) is read once."""
    global _KEYS
    try:
        info = os.stat(path)
    except OSError:
        return {}
    known = (os.fspath(path), info.st_size, info.st_mtime_ns, info.st_ino)
    if _KEYS is not None and _KEYS[0] == known:
        return dict(_KEYS[1])
    keys = _read_keys(path)
    _KEYS = (known, keys) if keys else None
    return dict(keys)


def _read_keys(path: Path) -> dict[Key, int]:
    try:
        with open(path, "rb") as handle:
            if pickle.load(handle) != VERSION:
                return {}
            handle.seek(-len(TRAILER) - 8, os.SEEK_END)
            tail = handle.read()
            if not tail.startswith(TRAILER):
                return {}
            handle.seek(int.from_bytes(tail[len(TRAILER) :], "little"))
            keys = pickle.load(handle)
    except _ERRORS:
        return {}
    return keys if isinstance(keys, dict) else {}


def read_entry(path: Path, key: Key, keys: dict[Key, int] | None = None) -> Any:
    """The entry `key` of the pack at `path`, from its chunk alone (`keys`: the pack's, `read_keys`, when
    the caller read them already); None when the pack does not hold it or cannot be read."""
    keys = read_keys(path) if keys is None else keys
    offset = keys.get(key)
    if offset is None:
        return None
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            chunk = pickle.load(handle)
    except _ERRORS:
        return None
    return next((value for found, value in chunk if found == key), None) if isinstance(chunk, list) else None


def read_entries(path: Path, wanted: Iterable[Key], keys: dict[Key, int]) -> dict[Key, Any]:
    """The entries `wanted` that the pack at `path` holds (`keys`: its keys, `read_keys`), each chunk
    unpickled once; those it does not hold, or all when it cannot be read, are left out."""
    chunks: dict[int, set[Key]] = {}
    for key in wanted:
        offset = keys.get(key)
        if offset is not None:
            chunks.setdefault(offset, set()).add(key)
    found: dict[Key, Any] = {}
    try:
        with open(path, "rb") as handle:
            for offset in sorted(chunks):
                handle.seek(offset)
                chunk = pickle.load(handle)
                if not isinstance(chunk, list):
                    return {}
                found.update((key, value) for key, value in chunk if key in chunks[offset])
    except _ERRORS:
        return {}
    return found


def read_pack(path: Path) -> dict[Key, Any]:
    """Every entry of the pack at `path`; none when it cannot be read whole."""
    try:
        return dict(_entries(path))
    except _ERRORS:
        return {}


@functools.cache
def _texts() -> dict[type, tuple[str, ...]]:
    """The classes whose long texts the pack writes from copies, with the names of those fields."""
    from builder.model import Initiative
    from builder.render.markdown import RenderedBody

    return {Initiative: ("body", "summary"), RenderedBody: ("html", "paragraphs")}


def _copied(value: Any) -> Any:
    """A non-ASCII string (or a tuple of strings) as a new string of the same text, which the pickler's
    UTF-8 copy goes into and dies with (an ASCII string's UTF-8 is its own text: no copy is made)."""
    if type(value) is str:
        return value if value.isascii() else "".join((value, ""))  # (two parts: a new string)
    if type(value) is tuple:
        return tuple(map(_copied, value))
    return value


def _reduce_texts(obj: Any) -> tuple[Any, ...]:
    """`obj` pickled as usual (NEWOBJ, then its `__dict__`), its long texts (`_texts`) from copies."""
    state = dict(obj.__dict__)
    for name in _texts()[type(obj)]:
        state[name] = _copied(state[name])
    return copyreg.__newobj__, (type(obj),), state


@functools.cache
def _dispatch_table() -> dict[type, Any]:
    return {**copyreg.dispatch_table, **dict.fromkeys(_texts(), _reduce_texts)}


def _dump(value: Any, handle: BinaryIO) -> None:
    pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _dispatch_table()
    pickler.dump(value)


class _Spool:
    """A new pack being written: a temporary file in the cache folder, entries pickled a chunk at a time."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{NAME}.", suffix=TEMP_SUFFIX, dir=folder)
        self.handle = os.fdopen(fd, "wb")
        self.chunk: list[tuple[Key, Any]] = []
        self.offsets: dict[Key, int] = {}  # each entry's key -> the offset of its chunk
        _dump(VERSION, self.handle)

    def add(self, key: Key, value: Any) -> None:
        self.chunk.append((key, value))
        if len(self.chunk) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self.chunk:
            chunk, self.chunk = self.chunk, []
            self.offsets.update(dict.fromkeys((key for key, _value in chunk), self.handle.tell()))
            _dump(chunk, self.handle)

    def finish(self, path: Path) -> None:
        """The pack complete, with its keys (`read_entry`), put in place at `path`."""
        self._flush()
        _dump(None, self.handle)
        keys_at = self.handle.tell()
        _dump(self.offsets, self.handle)
        self.handle.write(TRAILER + keys_at.to_bytes(8, "little"))
        self.handle.close()
        os.replace(self.tmp, path)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()
            os.unlink(self.tmp)


class Pack:
    """The pack of the cache folder `folder` while one build runs; `entry_file(kind, key)`: where the
    entry of its own file is. The pack is read when the build first asks for an entry (digest build does in
    its loading stage, where the collector does not run: with it, reading took 3.4 s of CPU, not 1.3)."""

    def __init__(self, folder: Path, entry_file: Callable[[str, str], Path]) -> None:
        self.folder, self.path, self.entry_file = folder, folder / NAME, entry_file
        self._entries: dict[Key, Any] | None = None  # read at the first ask; taken out as the build uses them
        self.taken: set[Key] = set()
        self.stored: dict[Key, Any] = {}  # made by this build, not written yet (few: no new pack)
        self.apart: set[Key] = set()  # found in files of their own: the next pack holds them
        self.spooled: set[Key] = set()
        self._spool: _Spool | None = None  # the new pack being written
        self._had_pack = False

    @property
    def entries(self) -> dict[Key, Any]:
        if self._entries is None:
            self._entries = read_pack(self.path)
            self._had_pack = bool(self._entries)
        return self._entries

    def _threshold(self) -> float:
        """New entries beyond which this build writes a new pack (none when there was no pack)."""
        entries = self.entries  # (read first: whether there was a pack)
        if not self._had_pack:
            return 0
        return max(REPACK_AT, REPACK_SHARE * (len(entries) + len(self.taken)))

    def take(self, key: Key) -> Any:
        """The entry `key` of the pack, or one this build made (and holds); None when neither is here."""
        found = self.entries.pop(key, None)
        if found is not None:
            self.taken.add(key)
            return found
        return self.stored.get(key)

    def found_apart(self, key: Key) -> None:
        """The build found the entry `key` in its own file."""
        if key not in self.taken:
            self.apart.add(key)

    def store(self, key: Key, value: Any) -> None:
        """A new entry: into the new pack when this build writes one, else held until `save`."""
        if self._spool is None and len(self.stored) + 1 > self._threshold():
            self._start_spool()
        if self._spool is not None:
            try:
                self._spool.add(key, value)
                self.spooled.add(key)
                return
            except (OSError, pickle.PicklingError):
                self._discard()
        self.stored[key] = value

    def _start_spool(self) -> None:
        """Open the new pack, with the entries held so far (they are not held any more)."""
        self._spool = self._open()
        if self._spool is None:
            return
        held, self.stored = self.stored, {}
        for key, value in held.items():
            self.store(key, value)

    def _open(self) -> _Spool | None:
        with contextlib.suppress(OSError):
            return _Spool(self.folder)
        return None

    def _discard(self) -> None:
        """Give the new pack up (the disk refused it): what it held is lost, which only costs time."""
        if self._spool is not None:
            spool, self._spool = self._spool, None
            spool.discard()

    def save(self, write_entry: Callable[[Path, Any], None]) -> None:
        """At the end of the build: the new pack finished and put in place (with the old pack's entries this
        build took, read again one by one, and those it found apart), or else the entries it made written
        one file each (`write_entry(path, value)`)."""
        if self._spool is None and len(self.apart) + len(self.stored) > self._threshold():
            self._start_spool()  # (many found apart: a new pack holds them too)
        if self._spool is None:
            for (kind, key), value in sorted(self.stored.items(), key=lambda item: item[0]):
                write_entry(self.entry_file(kind, key), value)
            return
        spool = self._spool
        try:
            if self._had_pack:
                with contextlib.suppress(*_ERRORS):
                    for key, value in _entries(self.path):
                        if key in self.taken and key not in self.spooled:
                            spool.add(key, value)
            for key in sorted(self.apart.difference(self.spooled)):
                value = read_pickle(self.entry_file(*key))
                if value is not None:
                    spool.add(key, value)
            spool.finish(self.path)
            self._spool = None
        except (OSError, pickle.PicklingError):
            self._discard()
