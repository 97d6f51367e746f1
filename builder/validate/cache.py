"""What validation found in each content file, kept between builds: a file is checked again only when its
bytes, its path or the content folder's `_data/` changed.

The checks of one file (`builder.validate.run`) read nothing but the file and the vocabularies; the
cross-file checks (duplicate slugs, parent and related targets) are run on every build, from the few facts
each file's result keeps (slug, the lines of its keys, `parent`, `related`). The results of one build are one
pickle in the build's file cache (builder.content.filecache, whose folder changes with the builder's code),
under a digest of `_data/`; the entries of files that are gone are dropped when it is written again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from builder.content.filecache import load_entry, store_entry
from builder.content.loader import ContentFile

KIND = "checked"


def data_digest(content_dir: Path) -> str:
    """A digest of every file under `content_dir/_data` (names and bytes)."""
    h = hashlib.blake2b(digest_size=20)
    folder = Path(content_dir) / "_data"
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            h.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


class CheckedFiles:
    """The results of the per-file checks of the last build, by file (path and content hash)."""

    def __init__(self, cache_dir: Path, content_dir: Path) -> None:
        self.cache_dir = Path(cache_dir)
        self.entry = data_digest(content_dir)
        stored = load_entry(self.cache_dir, KIND, self.entry)
        self.old: dict[str, Any] = stored if isinstance(stored, dict) else {}
        self.now: dict[str, Any] = {}

    @staticmethod
    def key(file: ContentFile) -> str | None:
        """The file's key (its path and content hash), or None when it was read without a hash."""
        if not file.digest:
            return None
        return f"{file.path}\0{file.digest}"

    def get(self, key: str) -> Any:
        found = self.old.get(key)
        if found is not None:
            self.now[key] = found
        return found

    def put(self, key: str, result: Any) -> None:
        self.now[key] = result

    def save(self) -> None:
        """Keep this build's results (only when they differ from what is stored)."""
        if self.now.keys() != self.old.keys():
            store_entry(self.cache_dir, KIND, self.entry, self.now)
