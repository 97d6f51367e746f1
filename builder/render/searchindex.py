"""Writing the search index: character 1-, 2- and 3-grams with their counts and (for 3-grams) positions.

For every gram of one, two or three characters (none holding a space) the index stores, for each document
that has it, how often it occurs in the document's head (title and named practices) and in its text, and
for 3-grams where. A query term of up to three characters is then one lookup; a longer term is decided by
the positions of 3-grams that cover it at their offsets (`search.cover`), so an exact substring match of any
length is decided from the index alone and document text is fetched only for the results a reader sees.

Files under `search/` (format `search.VERSION`):
- `meta.json`: `{"version", "docs", "shards", "lengths"}`: `shards` the number of shards for 1-, 2- and
  3-grams, `lengths` the text length of each document;
- `g<k>/<n>.json`: `{gram: [records]}` for the k-grams `search.shard_of` puts in shard n (written a range
  of shards at a time, so that memory does not grow with the corpus); a gram's records are, per
  document in id order, `doc id delta, head count, text count` followed for a 3-gram by the head positions
  and then the text positions, each run delta-encoded;
- `r/<id>.json`: one result, `[url, title, meta, snippet text]`, fetched to show it with its snippet (the
  snippet text is the article's own, never the page's labels and chips: `SearchDoc.snippet`).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterator

import numpy as np

from builder.render.search import SHARD_HASH, VERSION, SearchDoc, normalize

SHARD_BYTES = 24_000  # aim of a gram shard's size; common grams make some shards larger
MAX_SHARDS = 8192  # per gram size
_BYTES_PER_CHAR = (1.3, 3.7, 9.2)  # index bytes per character of text, for 1-, 2- and 3-grams (measured)
_PART_CHARS = 4_000_000  # characters whose grams of one size are sorted together
_BITS = 21  # bits of one code point in a gram key
_CHUNK_TEXTS = 1000  # texts whose grams are extracted together


def _folded_codes(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(code points of the texts joined by spaces, folded like `normalize`; the text each belongs to; its
    position in that text)."""
    codes = np.frombuffer(" ".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    owners = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[: codes.size]
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    positions = np.arange(codes.size, dtype=np.int64) - starts[owners]
    wide = (codes >= 0xFF01) & (codes <= 0xFF5E)
    codes[wide] -= np.uint64(0xFEE0)
    codes[codes == 0x3000] = 32
    upper = (codes >= 0x41) & (codes <= 0x5A)
    codes[upper] += np.uint64(0x20)
    return codes, owners, positions


def _grams(texts: list[str], size: int, first_owner: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(gram keys, owners, positions) of every `size`-character gram without a space, in text order."""
    codes, owners, positions = _folded_codes(texts)
    count = codes.size - size + 1
    if count <= 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    keys = np.zeros(count, np.uint64)
    keep = np.ones(count, bool)
    for k in range(size):
        part = codes[k : k + count]
        keys = (keys << np.uint64(_BITS)) | part
        keep &= part != 32
    return keys[keep], owners[:count][keep] + first_owner, positions[:count][keep]


def _gram_name(key: int, size: int) -> str:
    mask = (1 << _BITS) - 1
    return "".join(chr((key >> (_BITS * (size - 1 - k))) & mask) for k in range(size))


def _records(keys: np.ndarray, owners: np.ndarray, positions: np.ndarray, size: int):
    """(gram names, flat record values, where each gram's records start) for grams sorted by key with
    their owners (2 × doc + 0 for the head, + 1 for the text) and positions in text order within a key."""
    total = keys.size
    if not total:
        return [], np.zeros(0, np.int64), np.zeros(0, np.int64)
    new_gram = np.r_[True, keys[1:] != keys[:-1]]
    docs = owners >> 1
    new_doc = new_gram | np.r_[True, docs[1:] != docs[:-1]]
    starts = np.flatnonzero(new_doc)
    sizes = np.diff(np.r_[starts, total])
    in_head = np.add.reduceat(((owners & 1) == 0).astype(np.int64), starts)
    first_doc = docs[starts]
    delta = first_doc - np.r_[0, first_doc[:-1]]
    opens = new_gram[starts]
    delta[opens] = first_doc[opens]
    header = np.stack([delta, in_head, sizes - in_head], axis=1).astype(np.int64)
    if size < 3:
        flat, marks = header.ravel(), 3 * np.flatnonzero(opens)
    else:
        new_run = new_gram | np.r_[True, owners[1:] != owners[:-1]]
        steps = positions - np.r_[0, positions[:-1]]
        steps[new_run] = positions[new_run]
        group = np.cumsum(new_doc) - 1
        flat = np.empty(total + 3 * starts.size, np.int64)
        flat[np.arange(total) + 3 * (group + 1)] = steps
        at = starts + 3 * np.arange(starts.size)
        for k in range(3):
            flat[at + k] = header[:, k]
        marks = at[opens]
    names = [_gram_name(key, size) for key in keys[new_gram].tolist()]
    return names, flat, marks


def _decimal_list(values: np.ndarray, marks: np.ndarray, block: int = 1 << 20) -> tuple[bytes, list[int]]:
    """Non-negative integers written as `1,22,333,` in one buffer, and the byte offset where the number at
    each of the sorted indices `marks` starts (`values.size` marks the end). Vectorized a block at a time: a
    corpus has tens of millions of values, and only the marked offsets are kept."""
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


def _dumps(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _shards_of(keys: np.ndarray, size: int, shards: int) -> np.ndarray:
    """`search.shard_of` of every gram key, vectorized."""
    mask = np.uint64((1 << _BITS) - 1)
    value = np.zeros(keys.size, np.uint64)
    for k in range(size):
        char = (keys >> np.uint64(_BITS * (size - 1 - k))) & mask
        value = (value * np.uint64(SHARD_HASH) + char) % np.uint64(shards)
    return value.astype(np.int64)


def _part_grams(owned: list[str], size: int, shards: int, lo: int, hi: int):
    """(keys, owners, positions) of the `size`-grams whose shard is in [lo, hi), sorted by key, then owner
    and position (the texts are read again for every part: only one part's grams are held at a time)."""
    parts = []
    for i in range(0, len(owned), _CHUNK_TEXTS):
        keys, owners, positions = _grams(owned[i : i + _CHUNK_TEXTS], size, i)
        shard = _shards_of(keys, size, shards)
        keep = (shard >= lo) & (shard < hi)
        parts.append((keys[keep], owners[keep].astype(np.int32), positions[keep].astype(np.int32)))
    keys = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, np.uint64)
    order = np.argsort(keys, kind="stable")
    owners = np.concatenate([p[1] for p in parts])[order] if parts else np.zeros(0, np.int32)
    positions = np.concatenate([p[2] for p in parts])[order] if parts else np.zeros(0, np.int32)
    return keys[order], owners.astype(np.int64), positions.astype(np.int64)


def _part_files(owned: list[str], size: int, shards: int, lo: int, hi: int) -> Iterator[tuple[str, bytes]]:
    """The files g<size>/<n>.json for the shards n in [lo, hi)."""
    keys, owners, positions = _part_grams(owned, size, shards, lo, hi)
    names, flat, marks = _records(keys, owners, positions, size)
    first = keys[np.r_[True, keys[1:] != keys[:-1]]] if keys.size else keys
    del keys, owners, positions
    text, offsets = _decimal_list(flat, np.r_[marks, flat.size])
    del flat
    by_shard: dict[int, list[bytes]] = defaultdict(list)
    for i, shard in enumerate(_shards_of(first, size, shards).tolist()):
        by_shard[shard].append(_dumps(names[i]) + b":[" + text[offsets[i] : offsets[i + 1] - 1] + b"]")
    for shard in range(lo, hi):
        yield f"g{size}/{shard}.json", b"{" + b",".join(by_shard.pop(shard, [])) + b"}"


def _gram_files(owned: list[str], size: int, shards: int) -> Iterator[tuple[str, bytes]]:
    """Every g<size>/ shard, computed a part (a range of shards) at a time to bound memory."""
    chars = sum(len(text) for text in owned)
    parts = max(1, math.ceil(chars / _PART_CHARS))
    step = math.ceil(shards / parts)
    for lo in range(0, shards, step):
        yield from _part_files(owned, size, shards, lo, min(shards, lo + step))


def build_search_files(docs: list[SearchDoc]) -> Iterator[tuple[str, bytes]]:
    """(path under search/, bytes) for every index file. Deterministic for the same docs."""
    owned = [text for doc in docs for text in (doc.head or doc.title, doc.text)]
    chars = sum(len(text) for text in owned)
    shards = [
        max(1, min(MAX_SHARDS, math.ceil(chars * per_char / SHARD_BYTES))) for per_char in _BYTES_PER_CHAR
    ]
    lengths = [len(normalize(doc.text)) for doc in docs]
    yield "meta.json", _dumps({"version": VERSION, "docs": len(docs), "shards": shards, "lengths": lengths})
    for size, count in enumerate(shards, 1):
        yield from _gram_files(owned, size, count)
    for doc_id, doc in enumerate(docs):
        yield f"r/{doc_id}.json", _dumps([doc.url, doc.title, doc.meta, doc.snippet or doc.text])
