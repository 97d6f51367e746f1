"""What one search fetches: the files theme/static/search.js loads for a query and its first page of results,
computed from the same index format (builder/render/search.py), for the size checks of issue 17."""

from __future__ import annotations

from pathlib import Path

from builder.render.search import query

FIRST_PAGE = 10  # search.js PAGE


def fetched_files(site: Path, text: str) -> list[str]:
    """Paths under search/ that search.js fetches to show the first page of results for `text`."""
    root = site / "search"
    files: list[str] = []

    def load(path: str) -> bytes:
        files.append(path)
        return (root / path).read_bytes()

    files += [f"r/{doc}.json" for doc in query(load, text)[:FIRST_PAGE]]
    return list(dict.fromkeys(files))


def fetched_bytes(site: Path, text: str) -> int:
    """Bytes of the search page's script and of every index file one query fetches."""
    search = sum((site / "search" / path).stat().st_size for path in fetched_files(site, text))
    return search + (site / "static" / "search.js").stat().st_size
