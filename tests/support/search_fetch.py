"""What one search fetches: the files theme/static/search.js loads for a query and its first page of results,
computed from the same index format (builder/render/search.py), for the size checks of issue 17."""

from __future__ import annotations

import json
from pathlib import Path

from builder.render.search import FOLD_FILE, FOLD_FROM, normalize, query, query_terms

FIRST_PAGE = 10  # search.js PAGE


def fetched_files(site: Path, text: str) -> list[str]:
    """Paths under search/ that search.js fetches to show the first page of results for `text`."""
    root = site / "search"
    files: list[str] = []

    def load(path: str) -> bytes:
        files.append(path)
        return (root / path).read_bytes()

    load("rest.bin")  # fetched with the page
    if any(ord(char) >= FOLD_FROM for char in text):  # the fold of Traditional characters, before the terms
        load(FOLD_FILE)
    for doc in query(load, text)[:FIRST_PAGE]:
        if needs_rest(
            json.loads(load(f"r/{doc}.json"))[3], query_terms(text)[0], json.loads(load("meta.json"))
        ):
            load(f"r/{doc}.txt")
    return list(dict.fromkeys(files))


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def needs_rest(first: str, term: str, meta: dict) -> bool:
    """Whether search.js fetches r/<id>.txt: the first part is not the whole text and the snippet of
    `term` (40 characters before, 60 after and the … that says more follows, counted in UTF-16 as JS
    does) does not fit in it."""
    if len(first) < meta["snippet"]:
        return False
    at = normalize(first).find(term)
    return at < 0 or _utf16(first[:at]) + _utf16(term) + 60 >= _utf16(first)


def predicts_rest(bit: bool, position: int, term: str, meta: dict) -> bool:
    """Whether search.js fetches r/<id>.txt together with r/<id>.json for a result of its first screen: its
    rest.bin bit is set and the term first occurs in its text (`position`, from the 3-gram positions) where
    its snippet does not fit in the first part."""
    return bit and position >= 0 and position + _utf16(term) + 60 >= meta["snippet"]


def fetched_bytes(site: Path, text: str) -> int:
    """Bytes of the search page's script and of every index file one query fetches."""
    search = sum((site / "search" / path).stat().st_size for path in fetched_files(site, text))
    return search + (site / "static" / "search.js").stat().st_size
