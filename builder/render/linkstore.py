"""Cross-links kept between builds: the last build's links, reused when nothing they are computed from changed.

Cross-links (builder.render.crosslinks) read, of every initiative, only its slug, title, body, themes, named
practices, level, region, parent and the editors' `related` pins and blocks; and the tokenizer's word lists
and reason stopwords of the data folder. `link_inputs` is a digest of exactly these (initiatives in slug
order), so an edit of anything else (a summary, a figure, a date, a caption …) reuses the links of the last
build, and any edit they read computes them again, for the whole corpus, as a full build does: the result is
the same either way. The entry is one pickle in the build's file cache (builder.content.filecache, whose
folder changes with the builder's code), holding the digest and the links.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from builder.model import Initiative

KIND = "links"
ENTRY = "last"


def _feed_text(h: Any, text: str | None) -> None:
    data = (text or "").encode("utf-8", "surrogatepass")
    h.update(b"-" if text is None else f"{len(data)}:".encode())
    h.update(data)


def _feed_words(h: Any, words: Sequence[str]) -> None:
    h.update(f"[{len(words)}".encode())
    for word in words:
        _feed_text(h, word)


def link_inputs(initiatives: Sequence[Initiative], data_dirs: Sequence[Path | None], top_k: int) -> str:
    """A digest of everything the cross-links of `initiatives` are computed from; `data_dirs`: the folders
    whose word lists they read (the content's `_data/`, the tokenizer's)."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"top{top_k};".encode())
    for item in sorted(initiatives, key=lambda i: i.slug):
        for text in (item.slug, item.title, item.body, item.level, item.parent):
            _feed_text(h, text)
        for text in (item.region.province, item.region.city, item.region.county, item.region.code):
            _feed_text(h, text)
        for words in (item.themes, item.practices, item.related.pin, item.related.block):
            _feed_words(h, words)
    for data_dir in data_dirs:  # the word lists laid over the defaults (the defaults: code, the cache key)
        folder = Path(data_dir) if data_dir is not None else None
        _feed_text(h, str(folder.resolve()) if folder is not None else None)
        if folder is not None and folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                _feed_text(h, path.relative_to(folder).as_posix())
                h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def reuse_links(
    cache_dir: Path | None,
    digest: str,
    compute: Callable[[], dict[str, list[Any]]],
) -> dict[str, list[Any]]:
    """The links stored in `cache_dir` under `digest`, else `compute()` (then stored there)."""
    from builder.content.filecache import load_entry, store_entry

    if cache_dir is None:
        return compute()
    stored = load_entry(cache_dir, KIND, ENTRY)
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == digest and isinstance(stored[1], dict):
        return stored[1]
    links = compute()
    store_entry(cache_dir, KIND, ENTRY, (digest, links))
    return links
