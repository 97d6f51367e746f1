"""What `digest serve` keeps in memory between the builds of one process, so that a rebuild after an edit
does only the work the edit makes.

A `BuildSession` is a BodyCache (rendered bodies by hash, the search documents of kept pages) that also
holds:

- `files`: every content file as the last build read it, by the SHA-256 of its bytes: a file whose bytes
  did not change is taken from here (the same ContentFile, and so the same Initiative object), not from the
  file cache's pickles; `file_stats`: each file's hash with its size, times and inode, so that a file
  whose stat did not change is not even read (builder.content.cachedreads.load_cached);
- `memo`: what was made of each unchanged object (an initiative's prepared Entry, its export rows, its
  fields' digests), by the object's identity (`IdentityMemo`): an unchanged file keeps its Initiative
  object, so everything made from it alone is reused; and what was made of all of them (the region tree,
  the glossary, the themes' pairs) when its inputs are equal to the last build's (`IdentityMemo.reuse`);
- `links`: the cross-links of the last build with the digest of their inputs (builder.render.linkstore);
- `cache_entries`: the file cache's shared entries as loaded or stored (the checks of every file, term counts),
  written to the file cache only when serving stops (`unsaved`; builder.commands.buildoutput.save_session);
- the Jinja environment, its templates compiled once;
- the last build's stamp, page records and list of site files: the next build starts from them instead of
  loading the page records and scanning the site, and writes only the files that changed (into the spare
  folder swapped in, as every build from the last one does: `builder.render.writer.write_site`).

Every memo holds only what was made from the content alone, with the vocabularies, theme, builder code and
base URL of the session's last build: a build whose other inputs changed (`digest build` decides, as for an
incremental build) `reset()`s it first. The output is byte for byte a full build's
(tests/serve/test_session.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from builder.render.bodycache import BodyCache


class IdentityMemo:
    """Values made from objects, found again by the identity of those objects (each kept alive with its
    value, so an id is never another object's). Entries not asked for in a build are dropped at the next
    `new_build()`: the memo holds one build's objects."""

    def __init__(self) -> None:
        # kind -> the key of the objects (the id of one, a tuple of ids of several) -> (objects, value)
        self._last: dict[str, dict[Any, tuple[tuple, Any]]] = {}
        self._now: dict[str, dict[Any, tuple[tuple, Any]]] = {}
        self._made: dict[str, tuple[Any, Any]] = {}  # kind -> (inputs, value) of the last `reuse`

    def _found(self, kind: str, key: Any) -> tuple[dict, tuple[tuple, Any] | None]:
        """This build's values of `kind`, and what it or the last build made for `key` (then this build's)."""
        now = self._now.get(kind)
        if now is None:
            now = self._now[kind] = {}
        found = now.get(key)
        if found is None:  # (an id found is the object's: the memo keeps the objects of its keys alive)
            last = self._last.get(kind)
            found = last.get(key) if last is not None else None
            if found is not None:
                now[key] = found
        return now, found

    def find(self, kind: str, objects: tuple) -> Any:
        """The value made for `objects` (the same objects, by identity) under `kind`, else None."""
        found = self._found(kind, id(objects[0]) if len(objects) == 1 else tuple(map(id, objects)))[1]
        return None if found is None else found[1]

    def keep(self, kind: str, objects: tuple, value: Any) -> Any:
        """Remember `value` as made for `objects` under `kind`; returns it."""
        key = id(objects[0]) if len(objects) == 1 else tuple(map(id, objects))
        self._now.setdefault(kind, {})[key] = (objects, value)
        return value

    def get(self, kind: str, objects: tuple, make: Callable[[], Any]) -> Any:
        """The value made for `objects` under `kind`, else `make()` (remembered)."""
        key = id(objects[0]) if len(objects) == 1 else tuple(map(id, objects))
        now, found = self._found(kind, key)
        if found is None:
            found = now[key] = (objects, make())
        return found[1]

    def reuse(self, kind: str, inputs: Any, make: Callable[[], Any]) -> Any:
        """The value `make()` makes from `inputs`: the very object made for `kind` by the last build when its
        inputs were equal (compared with ==, which is quick for containers of the same objects: unchanged
        initiatives keep theirs), so that what is made of it (a page's input digests, by identity) is not
        made again either."""
        last = self._made.get(kind)
        value = last[1] if last is not None and last[0] == inputs else make()
        self._made[kind] = (inputs, value)
        return value

    def new_build(self) -> None:
        """Start a build: what the last one did not ask for is forgotten."""
        self._last, self._now = self._now, {}

    def clear(self) -> None:
        self._last, self._now, self._made = {}, {}, {}


class BuildSession(BodyCache):
    """The state `digest serve` keeps between the builds of its process (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, Any] = {}  # content hash -> ContentFile
        # path -> (its stat, its content hash) as of the last load: unchanged files are not hashed again
        self.file_stats: dict[str, tuple[tuple[int, ...], str]] = {}
        self.memo = IdentityMemo()
        self.links: tuple[str, dict[str, list[Any]]] | None = None
        # the file cache's shared entries (the checks of every file, term counts, pinyin, cross-links)
        # as loaded or stored by the builds of this process (builder.content.filecache.entries_in_memory)
        self.cache_entries: dict[Path, Any] = {}  # (BodyCache.entries: the rendered bodies)
        self.unsaved: set[Path] = set()  # those of them not written to the file cache yet
        self.out: Path | None = None  # the site folder of the last build
        self.stamp: dict[str, Any] | None = None  # its input stamp (builder.util.buildstamp)
        self.records: Any = None  # its PageRecords (builder.render.incremental)
        self.site: dict[str, list[Any]] | None = None  # its files: path -> stamp entry
        self.saved = True  # whether the stamp and page records on disk are the last build's
        # the names of the content files changed since the last build that succeeded (`note_changes`: digest
        # serve's watcher tells them), None when unknown: then every file is looked at
        self.changes: set[str] | None = None
        self._folder = ""  # the content folder they are of
        self._environment: tuple[Any, Any] | None = None  # (theme folder and title, its Jinja environment)

    def holds(self, out_dir: Path) -> bool:
        """Whether the session's last build wrote `out_dir` and its state is here."""
        return self.out == out_dir and self.records is not None and self.site is not None

    def note_changes(self, content_dir: Path, changed: Iterable[Path | str] | None) -> set[str] | None:
        """Add the files `changed` since the last call (digest serve's watcher; None: unknown) to the content
        files changed since the last build that succeeded (its `_write` clears them): the names of those
        directly in `content_dir` (the others are no content file); None when unknown. Returns them."""
        folder = os.path.realpath(content_dir)
        if changed is None or self.changes is None or folder != self._folder:
            self.changes, self._folder = None, folder
            return None
        for path in changed:
            if os.path.realpath(os.path.dirname(path)) == folder:
                self.changes.add(os.path.basename(path))
            elif os.path.realpath(path) == folder:  # the folder itself: anything may have changed
                self.changes = None
                return None
        return self.changes

    def environment(self, key: Any, make: Callable[[], Any]) -> Any:
        """The Jinja environment made for `key` (the theme folder and the site's title) by `make()`, once:
        its templates are compiled at the first build only."""
        if self._environment is None or self._environment[0] != key:
            self._environment = (key, make())
        return self._environment[1]

    def reset(self) -> None:
        """Forget everything made with the last build's vocabularies, theme and code (bodies by hash and
        the files' readings stay: they depend on nothing else)."""
        self.memo.clear()
        self.links = None
        self.cache_entries.clear()
        self.unsaved.clear()  # stored under inputs that changed: of no use to a later build
        self.out = self.stamp = self.records = self.site = None
        self.saved = True
        self._environment = None
