"""The search documents of a build's initiative pages until the search index is made from them: while the
list pages render (a small site's, `SearchAhead`) or after them (issue 16: peak memory).

The initiative pages come first and each gives its page's search document. Held as objects, a big site's
documents (N=10 000: ~65 MiB, the article texts) lay in the main process's heap through every list page, and
the tree of processes held them at each section's peak. `SpooledDocs` holds them as objects up to
AHEAD_CHARS characters (a small site's index is made from them in a thread beside the list pages); past it,
pickled in batches into an unnamed temporary file until they are read back, once, after the pages
(`loaded`). The documents read back are equal to those given: the index is the same.
"""

from __future__ import annotations

import pickle
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from builder.render.search import SearchDoc

if TYPE_CHECKING:
    from builder.render.searchupdate import SearchCache

AHEAD_CHARS = 8_000_000  # characters of search text up to which the index is made while pages render
BATCH = 64  # documents pickled together


class SpooledDocs:
    """The search documents given (`append`), in order: held up to `limit` characters of text, past that in
    a temporary file in `folder` (None: the system's); `loaded()` gives them all as a list."""

    def __init__(self, limit: int, folder: Path | None = None) -> None:
        self.limit = limit
        self.folder = folder
        self.chars = 0  # of text and head, of every document given
        self.count = 0
        self._held: list[SearchDoc] = []
        self._file: IO[bytes] | None = None
        self._loaded: list[SearchDoc] | None = None
        self._unwritable = False

    @property
    def spilled(self) -> bool:
        """Whether the documents outgrew `limit` (they are then in the file until loaded)."""
        return self.chars > self.limit

    def append(self, doc: SearchDoc) -> None:
        if self._loaded is not None:
            raise RuntimeError("the search documents were read back already")
        self.count += 1
        self.chars += len(doc.text) + len(doc.head)
        self._held.append(doc)
        if self._file is None and self.chars > self.limit and not self._unwritable:
            try:
                self._file = tempfile.TemporaryFile(dir=self.folder)  # noqa: SIM115 (closed by `loaded`)
            except OSError:  # held, then (memory, not the index, pays)
                self._unwritable = True
        if self._file is not None and len(self._held) >= BATCH:
            self._write()

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[SearchDoc]:
        return iter(self.loaded())

    def loaded(self) -> list[SearchDoc]:
        """Every document given, in order (read back from the file once; the same list afterwards)."""
        if self._loaded is None:
            self._loaded = list(self._read()) if self._file is not None else self._held
            self._held = []
        return self._loaded

    def _write(self) -> None:
        assert self._file is not None
        pickle.dump(self._held, self._file, pickle.HIGHEST_PROTOCOL)
        self._held = []

    def _read(self) -> Iterator[SearchDoc]:
        assert self._file is not None
        if self._held:
            self._write()
        with self._file as file:
            file.seek(0)
            while True:
                try:
                    yield from pickle.load(file)
                except EOFError:
                    break
        self._file = None


class SearchAhead:
    """The search files of a full build of a small site, made in a thread while the list pages render.

    The index is mostly numpy (sorts, gathers, sums: the GIL released), and the list pages pure Python, so on
    two cores the one hides most of the other (N=1 000: ~1.4 s of CPU for the index). Only the search files
    of a build that writes them whole (no last site to patch) and holds at most AHEAD_CHARS characters of
    text are made ahead, and kept in memory until their turn comes: the same bytes, in the same order, as
    made at the end. Larger sites make theirs at the end, once the pages' memory is freed, their documents
    waiting in a file in `folder` meanwhile (`docs`, SpooledDocs)."""

    def __init__(self, search: SearchCache | None, folder: Path | None = None) -> None:
        self.docs = SpooledDocs(AHEAD_CHARS, folder)
        self.search = search
        self.thread: threading.Thread | None = None
        self.made: list[tuple[str, bytes | None]] = []
        self.error: BaseException | None = None

    def start(self) -> None:
        """Every document is in: start making the files when this build may."""
        if self.thread is not None or (self.search is not None and self.search.old_site is not None):
            return
        if self.docs.spilled:  # past AHEAD_CHARS
            return
        self.thread = threading.Thread(target=self._make, name="digest-search-index", daemon=True)
        self.thread.start()

    def _make(self) -> None:
        from builder.render.searchupdate import search_files

        try:
            self.made = list(search_files(self.docs.loaded(), self.search))
        except BaseException as exc:  # raised in the build's thread, at the files' turn
            self.error = exc

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()

    def files(self) -> Iterable[tuple[str, bytes | None]]:
        """The search files: those made ahead, or made now."""
        from builder.render.searchupdate import search_files

        if self.thread is None:
            return search_files(self.docs.loaded(), self.search)
        self.thread.join()
        if self.error is not None:
            raise self.error
        made, self.made = self.made, []
        return made
