"""Where the project's own files are, and which data folder (vocabularies) applies (kept free of heavy imports: the CLI
reads it before deciding to build)."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

BUILDER_DIR = Path(__file__).resolve().parents[1]
PROJECT_DIR = BUILDER_DIR.parent
THEME_DIR = PROJECT_DIR / "theme"
DEFAULT_DATA_DIR = BUILDER_DIR / "data"  # the default vocabularies, shipped in the package

_CONTENT_DATA = os.path.join("content", "_data")


_FIXED_DATA_DIR: ContextVar[Path | None] = ContextVar("fixed_data_dir", default=None)


def default_data_dir() -> Path:
    """`content/_data` of the working directory when there is one (its files extend the defaults), else the
    defaults shipped in the package (`builder/data/`)."""
    fixed = _FIXED_DATA_DIR.get()
    if fixed is not None:
        return fixed
    if os.path.isdir(_CONTENT_DATA):  # asked per line join by the ingest: no Path objects here
        return resolved_path(os.getcwd(), _CONTENT_DATA)
    return resolved_path(str(DEFAULT_DATA_DIR), ".")


@contextlib.contextmanager
def data_dir_fixed() -> Iterator[Path]:
    """Within the block, `default_data_dir()` is decided once: the ingest asks for the default tokenizer at
    every line join of a page, and looking for content/_data each time (a stat) cost more than the join."""
    path = default_data_dir()
    token = _FIXED_DATA_DIR.set(path)
    try:
        yield path
    finally:
        _FIXED_DATA_DIR.reset(token)


@functools.lru_cache(maxsize=64)
def resolved_path(base: str, relative: str) -> Path:
    """`base/relative` resolved, once per process (the ingest asks for the default tokenizer per line join:
    resolving the path each time was a quarter of the ingest's time)."""
    return (Path(base) / relative).resolve()
