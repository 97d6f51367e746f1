"""Offline Chinese full-text search: a character-bigram index written as JSON shards.

Any query term of two or more characters is found by intersecting the posting lists of all its bigrams and
then verifying each candidate by substring match on the stored text, so recall is exact for every
substring, with no word segmentation to disagree with the reader's query. One-character terms scan the
stored texts. `theme/static/search.js` runs the same algorithm in the browser; `query` here is its mirror.

Files under `search/`: `meta.json`; `d/<n>.json` documents `[url, title, meta, text]`, `docs_per_shard`
each; `b/<n>.json` postings `{bigram: [delta-encoded doc ids]}`, the shard chosen by `shard_of`.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import unescape

VERSION = 1
DOCS_PER_SHARD = 100
POSTINGS_PER_SHARD = 40_000
MAX_SHARDS = 1024

_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|bdi|code|em|i|mark|q|small|span|strong|time)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SearchDoc:
    url: str  # site-relative, e.g. "initiatives/<slug>/"
    title: str
    meta: str  # place and level, shown under the title in results
    text: str  # everything the page shows about the initiative, whitespace collapsed


def html_text(fragment: str) -> str:
    """Visible text of an HTML fragment: inline tags vanish, block tags become spaces."""
    text = _TAG.sub(" ", _INLINE_TAG.sub("", fragment))
    return _SPACE.sub(" ", unescape(text)).strip()


def _fold_table() -> dict[int, int]:
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20
    for code, target in list(table.items()):
        if 0x41 <= target <= 0x5A:
            table[code] = target + 0x20
    table.update({code: code + 0x20 for code in range(0x41, 0x5B)})
    return table


_FOLD = _fold_table()


def normalize(text: str) -> str:
    """Length-preserving fold shared with search.js: full-width ASCII -> ASCII, A-Z -> a-z, U+3000 -> space."""
    return text.translate(_FOLD)


def bigrams(text: str) -> set[str]:
    """Distinct two-character grams of normalized text, none spanning a space."""
    return {text[i : i + 2] for i in range(len(text) - 1) if text[i] != " " and text[i + 1] != " "}


def shard_of(gram: str, shards: int) -> int:
    return (ord(gram[0]) * 31 + ord(gram[1])) % shards


def _delta(ids: list[int]) -> list[int]:
    return [ids[0]] + [b - a for a, b in itertools.pairwise(ids)]


def _undelta(deltas: list[int]) -> list[int]:
    out, total = [], 0
    for d in deltas:
        total += d
        out.append(total)
    return out


def _dumps(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _postings(texts: list[str]) -> dict[str, list[int]]:
    """bigram -> delta-encoded sorted doc ids, for normalized texts (numpy: one sort over all pairs)."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy is a dependency; plain Python gives the same result
        postings: dict[str, list[int]] = defaultdict(list)
        for doc_id, text in enumerate(texts):
            for gram in bigrams(text):
                postings[gram].append(doc_id)
        return {gram: _delta(ids) for gram, ids in postings.items()}
    chunks, owners = [], []
    for doc_id, text in enumerate(texts):
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        if codes.size < 2:
            continue
        left, right = codes[:-1], codes[1:]
        grams = np.unique(((left << np.uint64(21)) | right)[(left != 32) & (right != 32)])
        chunks.append(grams)
        owners.append(np.full(grams.size, doc_id, dtype=np.int64))
    if not chunks:
        return {}
    grams = np.concatenate(chunks)
    docs = np.concatenate(owners)
    order = np.lexsort((docs, grams))
    grams, docs = grams[order], docs[order]
    starts = np.flatnonzero(np.r_[True, grams[1:] != grams[:-1]])
    deltas = docs.copy()
    deltas[1:] -= docs[:-1]
    deltas[starts] = docs[starts]  # each posting list starts with its first doc id, then the gaps
    mask = np.uint64((1 << 21) - 1)
    keys = [chr(int(g >> np.uint64(21))) + chr(int(g & mask)) for g in grams[starts]]
    return {key: ids.tolist() for key, ids in zip(keys, np.split(deltas, starts[1:]), strict=True)}


def build_search_files(docs: list[SearchDoc]) -> Iterator[tuple[str, bytes]]:
    """(path under search/, bytes) for every index file. Deterministic for the same docs."""
    postings = _postings([normalize(doc.text) for doc in docs])
    total = sum(len(ids) for ids in postings.values())  # (delta-encoded: same lengths)
    shards = max(1, min(MAX_SHARDS, math.ceil(total / POSTINGS_PER_SHARD)))
    meta = {"version": VERSION, "docs": len(docs), "docs_per_shard": DOCS_PER_SHARD, "shards": shards}
    yield "meta.json", _dumps(meta)
    for start in range(0, len(docs), DOCS_PER_SHARD):
        chunk = [[d.url, d.title, d.meta, d.text] for d in docs[start : start + DOCS_PER_SHARD]]
        yield f"d/{start // DOCS_PER_SHARD}.json", _dumps(chunk)
    by_shard: dict[int, dict[str, list[int]]] = defaultdict(dict)
    for gram in sorted(postings):
        by_shard[shard_of(gram, shards)][gram] = postings[gram]
    for shard in range(shards):
        yield f"b/{shard}.json", _dumps(by_shard.get(shard, {}))


# ----------------------------------------------------------------------------- query (mirror of search.js)


def query_terms(query: str) -> list[str]:
    return [t for t in normalize(query).split() if t]


def query(load: Callable[[str], object], text: str) -> list[int]:
    """Doc ids matching every term of `text`, best first. `load(path)` returns a parsed search/ file."""
    terms = query_terms(text)
    if not terms:
        return []
    meta = load("meta.json")
    assert isinstance(meta, dict)
    candidates: set[int] | None = None
    for term in terms:
        grams = {term[i : i + 2] for i in range(len(term) - 1)}
        for gram in sorted(grams):
            shard = load(f"b/{shard_of(gram, meta['shards'])}.json")
            assert isinstance(shard, dict)
            ids = set(_undelta(shard.get(gram, [])))
            candidates = ids if candidates is None else candidates & ids
    if candidates is None:
        candidates = set(range(meta["docs"]))
    scored: list[tuple[int, int]] = []
    for doc_id in sorted(candidates):
        chunk = load(f"d/{doc_id // meta['docs_per_shard']}.json")
        assert isinstance(chunk, list)
        _url, title, _meta, body = chunk[doc_id % meta["docs_per_shard"]]
        norm, norm_title = normalize(body), normalize(title)
        if all(term in norm for term in terms):
            score = sum(10 * (term in norm_title) + min(norm.count(term), 20) for term in terms)
            scored.append((-score, doc_id))
    return [doc_id for _, doc_id in sorted(scored)]
