"""The one way the site reaches the disk: every file into a fresh folder beside `--out`, swapped in whole.

So a failed or killed build leaves the previous site untouched, and readers never see half a site
(builder.util.fs.staged_directory). A folder that does not look like a built site is never replaced.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from builder.util.fs import staged_directory, write_tree

SITE_MARKERS = ("index.html", "digest.json")
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
