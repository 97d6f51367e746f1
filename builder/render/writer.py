"""The one way the site reaches the disk: every file into a fresh folder beside `--out`, swapped in whole.

So a failed or killed build leaves the previous site untouched, and readers never see half a site
(builder.util.fs.staged_directory). A folder that does not look like a built site is never replaced.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from pathlib import Path

from builder.util.buildstamp import output_entries
from builder.util.fs import atomic_write_bytes, staged_directory, write_tree

SITE_MARKERS = ("index.html", "digest.json")
IN_PLACE_BYTES = 256_000_000  # new bytes beyond which update_site writes a fresh site instead
BACKGROUND_REMOVAL_FILES = (
    1000  # a replaced site this big is removed by a detached process (fs.staged_directory)
)


def replace_refused(out_dir: Path) -> str | None:
    """Why `out_dir` may not be replaced by a site (it is a file, or a folder of something else), or None."""
    if out_dir.exists() and not out_dir.is_dir():
        return f"{out_dir}: exists and is not a directory"
    if out_dir.is_dir() and any(out_dir.iterdir()) and not any((out_dir / m).exists() for m in SITE_MARKERS):
        return f"{out_dir}: is not empty and does not look like a built site; refusing to replace it"
    return None


def write_site(files: Iterable[tuple[str, bytes | None]], out_dir: Path) -> int:
    """Write every (relative path, bytes) into a fresh sibling folder, then swap it in for `out_dir`; a
    pair (path, None) keeps that file of the current site (an incremental build). Returns the number of
    files. A symbolic link at `out_dir` stays and names the new site."""
    count = 0
    with staged_directory(out_dir, lambda: count >= BACKGROUND_REMOVAL_FILES) as folder:
        count = write_tree(folder, files, previous=Path(os.path.realpath(out_dir)))
    return count


def update_site(files: Iterable[tuple[str, bytes | None]], out_dir: Path, site: dict[str, list]) -> int:
    """Bring the site at `out_dir` up to date in place (digest serve's rebuilds): a file whose bytes
    changed is replaced whole (a temporary file renamed over it), a pair (path, None) keeps the file there,
    and the files of the last build that this one does not make are removed, with the folders they leave
    empty. Nothing is written before every file was made (a failed build changes nothing); when the new
    files pass `IN_PLACE_BYTES`, the site is written whole instead (`write_site`). `site`: the last build's
    files (path -> the stamp entry of builder.util.buildstamp), left holding this build's. Returns the
    number of files."""
    pending: list[tuple[str, bytes | None]] = []
    size = 0
    files = iter(files)
    for rel, data in files:
        pending.append((rel, data))
        size += len(data) if data is not None else 0
        if size > IN_PLACE_BYTES:
            count = write_site(itertools.chain(pending, files), out_dir)
            site.clear()
            site.update((entry[0], entry) for entry in output_entries(out_dir))
            return count
    for rel, data in pending:
        if data is None and rel not in site:
            raise ValueError(f"{rel}: kept from the last build, which did not make it")
        if data is not None and (atomic_write_bytes(out_dir / rel, data, sync=False) or rel not in site):
            info = os.stat(out_dir / rel)
            site[rel] = [rel, info.st_size, info.st_mtime_ns, ""]
    made = {rel for rel, _data in pending}
    for rel in [rel for rel in site if rel not in made]:
        del site[rel]
        _remove(out_dir, out_dir / rel)
    return len(pending)


def _remove(out_dir: Path, target: Path) -> None:
    """Remove the file `target` of the site `out_dir`, and the folders it leaves empty."""
    target.unlink(missing_ok=True)
    for folder in target.parents:
        if folder == out_dir or any(folder.iterdir()):
            break
        folder.rmdir()
