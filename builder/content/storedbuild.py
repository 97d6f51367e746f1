"""What a build keeps in the file cache (builder.content.filecache) besides the content files' readings: the
rendered bodies (`StoredBodies`, with the search documents of the last build's pages) and what a one-shot
build derives from each initiative alone (`StoredDerived`), by its file's content hash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from builder.content.filecache import load_entry, store_entry
from builder.content.loader import ContentFile

SEARCH_DOCS = "last-build"  # the one entry of the search documents of the last build's pages
STALE_DOCS = 64  # stored search documents out of date beyond which they are stored again


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
