"""Offline Chinese full-text search: a character-bigram index written as JSON shards.

Any query term of two or more characters is found by intersecting the posting lists of all its bigrams and
then verifying each candidate by substring match on the stored text, so recall is exact for every
substring, with no word segmentation to disagree with the reader's query. One-character terms scan the
stored texts. `theme/static/search.js` runs the same algorithm in the browser; `query` here is its mirror.

Files under `search/`: `meta.json`; `d/<n>.json` documents `[url, title, meta, text]`, `docs_per_shard`
each; `b/<n>.json` postings `{bigram: [delta-encoded doc ids]}`, the shard chosen by `shard_of`.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

VERSION = 1
DOCS_PER_SHARD = 100
POSTINGS_PER_SHARD = 40_000
MAX_SHARDS = 1024


@dataclass(frozen=True)
class SearchDoc:
    url: str  # site-relative, e.g. "initiatives/<slug>/"
    title: str
    meta: str  # the place, shown under the title in results
    text: str  # everything the page shows about the initiative, whitespace collapsed


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


def _undelta(deltas: list[int]) -> list[int]:
    out, total = [], 0
    for d in deltas:
        total += d
        out.append(total)
    return out


def _dumps(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_DOC_BITS = 22  # doc ids below 4 M; the bigram takes the other 42 bits of the sort key


_CHUNK_DOCS = 500  # documents whose pairs are sorted together before the final merge (bounds memory)


def _folded_codes(texts: list[str], first_doc: int) -> tuple[np.ndarray, np.ndarray]:
    """Code points of the texts joined by spaces, folded like `normalize`, and the doc id of each."""
    codes = np.frombuffer(" ".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    owners = np.repeat(np.arange(first_doc, first_doc + len(texts), dtype=np.uint64), lengths)
    wide = (codes >= 0xFF01) & (codes <= 0xFF5E)
    codes[wide] -= np.uint64(0xFEE0)
    codes[codes == 0x3000] = 32
    upper = (codes >= 0x41) & (codes <= 0x5A)
    codes[upper] += np.uint64(0x20)
    return codes, owners[: codes.size]


def _distinct_sorted(keys: np.ndarray) -> np.ndarray:
    keys = np.sort(keys)
    return keys[np.r_[True, keys[1:] != keys[:-1]]] if keys.size else keys


def _pair_keys(texts: list[str], first_doc: int) -> np.ndarray:
    """Sorted distinct (bigram << _DOC_BITS | doc) keys of some consecutive documents."""
    codes, owners = _folded_codes(texts, first_doc)
    left, right = codes[:-1], codes[1:]
    keep = (left != 32) & (right != 32)
    return _distinct_sorted(
        (((left << np.uint64(21)) | right) << np.uint64(_DOC_BITS))[keep] | owners[:-1][keep]
    )


def _postings(texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(bigrams in code point order, where each one's list starts, delta-encoded doc ids of all lists) for
    raw texts: every (bigram, doc) pair of the corpus, sorted."""
    if len(texts) >= 1 << _DOC_BITS:
        raise ValueError(f"the search index holds at most {(1 << _DOC_BITS) - 1} documents")
    chunks = [_pair_keys(texts[i : i + _CHUNK_DOCS], i) for i in range(0, len(texts), _CHUNK_DOCS)]
    keys = np.concatenate(chunks) if chunks else np.zeros(0, np.uint64)
    del chunks
    keys.sort()
    docs = (keys & np.uint64((1 << _DOC_BITS) - 1)).astype(np.int32)
    keys >>= np.uint64(_DOC_BITS)
    grams = keys
    starts = np.flatnonzero(np.r_[True, grams[1:] != grams[:-1]]) if grams.size else np.zeros(0, np.int64)
    deltas = np.diff(docs, prepend=np.int32(0))
    deltas[starts] = docs[starts]  # each posting list starts with its first doc id, then the gaps
    del docs
    first = grams[starts]
    mask = np.uint64((1 << 21) - 1)
    high, low = (first >> np.uint64(21)).tolist(), (first & mask).tolist()
    names = [chr(a) + chr(b) for a, b in zip(high, low, strict=True)]
    return names, starts, deltas


def _decimal_list(values: np.ndarray, marks: np.ndarray, block: int = 1 << 20) -> tuple[bytes, list[int]]:
    """Non-negative integers written as `1,22,333,` in one buffer, and the byte offset where the number at
    each of the sorted indices `marks` starts (`values.size` marks the end). Vectorized a block at a time: a
    corpus has tens of millions of postings, and only the marked offsets are kept."""
    pieces: list[bytes] = []
    offsets: list[np.ndarray] = []
    done = 0
    for start in range(0, values.size, block):
        chunk = values[start : start + block].astype(np.int64)
        digits = np.ones(chunk.size, dtype=np.int64)
        power = 10
        while power <= int(chunk.max()):
            digits += chunk >= power
            power *= 10
        chunk_ends = np.cumsum(digits + 1)
        out = np.full(int(chunk_ends[-1]), ord(","), dtype=np.uint8)
        last = chunk_ends - 2  # offset of each number's last digit
        for k in range(int(digits.max())):
            live = digits > k
            out[last[live] - k] = 48 + chunk[live] % 10
            chunk //= 10
        lo, hi = np.searchsorted(marks, [start, start + chunk.size])
        offsets.append(np.r_[0, chunk_ends][marks[lo:hi] - start] + done)
        pieces.append(out.tobytes())
        done += int(chunk_ends[-1])
    tail = np.full(int(marks.size - sum(o.size for o in offsets)), done, dtype=np.int64)
    return b"".join(pieces), np.concatenate([*offsets, tail]).tolist()


def build_search_files(docs: list[SearchDoc]) -> Iterator[tuple[str, bytes]]:
    """(path under search/, bytes) for every index file. Deterministic for the same docs."""
    names, starts, deltas = _postings([doc.text for doc in docs])
    shards = max(1, min(MAX_SHARDS, math.ceil(deltas.size / POSTINGS_PER_SHARD)))
    meta = {"version": VERSION, "docs": len(docs), "docs_per_shard": DOCS_PER_SHARD, "shards": shards}
    yield "meta.json", _dumps(meta)
    for start in range(0, len(docs), DOCS_PER_SHARD):
        chunk = [[d.url, d.title, d.meta, d.text] for d in docs[start : start + DOCS_PER_SHARD]]
        yield f"d/{start // DOCS_PER_SHARD}.json", _dumps(chunk)
    text, offsets = _decimal_list(deltas, np.r_[starts, deltas.size])  # where each posting list starts
    del deltas
    by_shard: dict[int, list[bytes]] = defaultdict(list)
    for i, gram in enumerate(names):  # in code point order, as the keys of each shard were sorted
        digits = text[offsets[i] : offsets[i + 1] - 1]
        by_shard[shard_of(gram, shards)].append(_dumps(gram) + b":[" + digits + b"]")
    for shard in range(shards):
        yield f"b/{shard}.json", b"{" + b",".join(by_shard.get(shard, [])) + b"}"


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
