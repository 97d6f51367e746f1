"""The installed version of a library, read from its metadata folder without importing `importlib.metadata`.

The file cache's folder is named after the versions of the libraries whose results it keeps
(builder.content.filecache), and the pinyin slugs kept between builds after pypinyin's
(builder.text.romanize): every build asked for them. `importlib.metadata` costs ~45 ms of CPU to import (it
brings `email`, `zipfile`, `csv` …) and ~12 ms for eight look-ups, a twentieth of a small site's cold build.
This module finds the same `<name>-<version>.dist-info` (or `.egg-info`) folder on `sys.path` as
`importlib.metadata.version` does (the first path entry that holds one; names compared normalized, as
there) and reads its `Version:` header. A path entry that is not a folder (a zip file) is left to
`importlib.metadata`, as is a metadata folder without a version.
"""

from __future__ import annotations

import os
import re
import sys

_SEPARATORS = re.compile(r"[-_.]+")
_FOUND: dict[str, str | None] = {}


def _normalized(name: str) -> str:
    """The name as importlib.metadata compares it (Prepared.normalize)."""
    return _SEPARATORS.sub("_", name).lower()


def _metadata_version(folder: str) -> str | None:
    """The `Version:` header of the metadata in `folder` (METADATA, or PKG-INFO for an egg-info)."""
    for name in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(folder, name), encoding="utf-8", errors="surrogateescape") as handle:
                for line in handle:
                    if not line.strip():
                        break  # the headers end at the first blank line
                    key, sep, value = line.partition(":")
                    if sep and key.strip().lower() == "version":
                        return value.strip()
        except OSError:
            continue
    return None


def _fallback(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def _lookup(name: str) -> str | None:
    wanted = _normalized(name)
    for entry in sys.path:
        root = entry or "."
        try:
            children = os.listdir(root)
        except OSError:
            if os.path.isfile(root):  # a zip file on the path: importlib.metadata reads it
                return _fallback(name)
            continue
        for child in children:
            low = child.lower()
            if not low.endswith((".dist-info", ".egg-info")):
                continue
            if _normalized(low.rpartition(".")[0].partition("-")[0]) == wanted:
                found = _metadata_version(os.path.join(root, child))
                return found if found is not None else _fallback(name)
    return None


def installed_version(name: str) -> str | None:
    """The version of the installed distribution `name` (as `importlib.metadata.version(name)`), or None
    when it is not installed; looked up once per process."""
    if name not in _FOUND:
        _FOUND[name] = _lookup(name)
    return _FOUND[name]
