"""Writing the search index: character 1-, 2- and 3-grams with their counts and (for 3-grams) positions.

For every gram of one, two or three characters (none holding a space) the index stores, for each document
that has it, how often it occurs in the document's head (title, subtitle and named practices) and in its
text, and for 3-grams where. A query term of up to three characters is then one lookup; a longer term is
decided by the positions of 3-grams that cover it at their offsets (`search.cover`), so an exact substring
match of any length is decided from the index alone and document text is fetched only for the results a
reader sees.

Files under `search/` (format `search.VERSION`); every number in a `.bin` file is an unsigned LEB128 varint
(7 bits a byte, low bits first, the high bit set on every byte but the last):
- `meta.json`: `{"version", "docs", "shards", "state"}`: `shards` the number of shards for 1-, 2- and
  3-grams, `state` a digest of the documents (`render/searchupdate.py` checks it before patching);
- `lengths.bin`: the text length of each document, in id order (ranking by density);
- `rest.bin`: one bit a document, in id order (bit i % 8 of byte i // 8): set when its result has a rest
  (`r/<id>.txt`) and its snippet text is the start of its text, so that a text position of a term says
  whether the snippet needs the rest (search.js then fetches both at once: `has_rest`);
- `g<k>/<n>.bin`: the k-grams `search.shard_of` puts in shard n, in key order (written a range of shards
  at a time, so that memory does not grow with the corpus): their count, then per gram its k code points
  and `2 × bytes of its records + external`, then the records of the grams that are not external, one
  after the other. A gram whose records are over `EXTERNAL_BYTES` is external: its records are the file
  `g<k>/<n>-<code points in hex, joined by ->.bin` (`external_name`), so a common gram never weighs on the
  others of its shard, and its file keeps its name whatever other grams come and go;
- records of a gram, column by column: the number of documents n, their n ids (the first, then each the
  difference to the one before), n head counts, n text counts, then for a 3-gram per document its head
  positions and then its text positions, each run as differences (the first from 0);
- `r/<id>.json`: one result, `[url, title, meta, snippet text]`, fetched to show it with its snippet (the
  snippet text is the article's own, never the page's labels and chips: `SearchDoc.snippet`), its first
  `SNIPPET_CHARS` characters (`meta.json` "snippet"); the rest of a longer text is `r/<id>.txt`, fetched
  only when the snippet of the first term does not fit in the first part.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator

import numpy as np

from builder.render.search import SHARD_HASH, VERSION, SearchDoc

SNIPPET_CHARS = 600  # characters of snippet text in r/<id>.json; the rest in r/<id>.txt
SHARD_BYTES = 16_000  # aim of a gram shard's size (external records apart)
EXTERNAL_BYTES = 2_048  # a gram whose records are longer has a file of its own
MAX_SHARDS = 8192  # per gram size
_BYTES_PER_CHAR = (
    0.5,
    1.5,
    2.6,
)  # shard bytes (externals apart) per character of text, by gram size (measured)
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


def varints(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the non-negative integers `values` as LEB128 varints in one byte array, the byte offset where each
    value starts followed by the end). Every value's bytes are made in a table row, then the rows are read
    out up to each value's width."""
    if not values.size:
        return np.zeros(0, np.uint8), np.zeros(1, np.int64)
    top = int(values.max())
    rest = values.astype(np.uint32 if top < 1 << 32 else np.uint64)
    widest = max(1, -(-top.bit_length() // 7))
    width = np.ones(rest.size, np.uint8)
    for k in range(1, widest):
        width += rest >= (1 << (7 * k))
    table = np.empty((rest.size, widest), np.uint8)
    for k in range(widest):
        table[:, k] = rest & 127
        if k + 1 < widest:
            table[:, k] |= (width > k + 1).view(np.uint8) << 7
            rest = rest >> 7
    out = table[np.arange(widest, dtype=np.uint8) < width[:, None]] if widest > 1 else table.ravel()
    return out, np.r_[0, np.cumsum(width, dtype=np.int64)]


def _records(keys: np.ndarray, owners: np.ndarray, positions: np.ndarray, size: int):
    """(key of each gram, flat record values, where each gram's records start and the end) for grams sorted
    by key with their owners (2 × doc + 0 for the head, + 1 for the text) and positions in text order."""
    total = keys.size
    new_gram = np.r_[True, keys[1:] != keys[:-1]]
    docs = owners >> 1
    starts = np.flatnonzero(new_gram | np.r_[True, docs[1:] != docs[:-1]])  # one group per (gram, doc)
    sizes = np.diff(np.r_[starts, total])
    in_head = np.add.reduceat(((owners & 1) == 0).astype(np.int64), starts)
    first_doc = docs[starts]
    opens = new_gram[starts]
    delta = first_doc - np.r_[0, first_doc[:-1]]
    delta[opens] = first_doc[opens]
    gram_of = np.cumsum(opens) - 1
    docs_in = np.bincount(gram_of)
    rank = np.arange(starts.size) - np.flatnonzero(opens)[gram_of]
    occurrences = np.bincount(gram_of, weights=sizes).astype(np.int64) if size == 3 else 0
    lengths = 1 + 3 * docs_in + occurrences
    base = np.r_[0, np.cumsum(lengths)[:-1]]
    flat = np.empty(int(lengths.sum()), np.int64)
    flat[base] = docs_in
    at, n = base[gram_of] + 1 + rank, docs_in[gram_of]
    flat[at], flat[at + n], flat[at + 2 * n] = delta, in_head, sizes - in_head
    if size == 3:
        new_run = new_gram | np.r_[True, owners[1:] != owners[:-1]]
        steps = positions - np.r_[0, positions[:-1]]
        steps[new_run] = positions[new_run]
        occ_gram = np.cumsum(new_gram) - 1
        rank = np.arange(total) - np.flatnonzero(new_gram)[occ_gram]
        flat[base[occ_gram] + 1 + 3 * docs_in[occ_gram] + rank] = steps
    return keys[new_gram], flat, np.r_[base, flat.size]


def _gather(buffer: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The byte ranges [start, start + length) of `buffer`, one after the other."""
    total = int(lengths.sum())
    shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return buffer[np.arange(total, dtype=np.int64) + shift]


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
    return keys[order], owners, positions


def shard_files(
    first: np.ndarray, data: np.ndarray, bounds: np.ndarray, size: int, shards: int, lo: int, hi: int
) -> Iterator[tuple[str, bytes]]:
    """The files g<size>/<n>.bin (and their external records) for the shards n in [lo, hi), from the
    grams (sorted by key) of those shards and their encoded records (`data[bounds[i]:bounds[i + 1]]`)."""
    lengths = np.diff(bounds)
    external = lengths > EXTERNAL_BYTES
    shard = _shards_of(first, size, shards)
    order = np.argsort(shard.astype(np.int16), kind="stable")  # by shard, then key (a radix sort)
    mask = np.uint64((1 << _BITS) - 1)
    columns = [(first >> np.uint64(_BITS * (size - 1 - k))) & mask for k in range(size)]
    entries, entry_at = varints(np.stack([*columns, (lengths * 2 + external).astype(np.uint64)], 1).ravel())
    entry_at = entry_at[:: size + 1]
    directory = _gather(entries, entry_at[:-1][order], np.diff(entry_at)[order])
    directory_ends = np.cumsum(np.diff(entry_at)[order])
    inline = order[~external[order]]
    records = _gather(data, bounds[:-1][inline], lengths[inline])
    record_ends = np.cumsum(lengths[inline])
    counts = np.bincount(shard, minlength=shards)[lo:hi]
    inline_counts = np.bincount(shard[~external], minlength=shards)[lo:hi]
    ends, inline_ends = np.cumsum(counts), np.cumsum(inline_counts)
    for n in range(lo, hi):
        k = n - lo
        a, b = int(ends[k] - counts[k]), int(ends[k])
        c, d = int(inline_ends[k] - inline_counts[k]), int(inline_ends[k])
        head = varints(np.array([counts[k]]))[0].tobytes()
        dir_a = int(directory_ends[a - 1]) if a else 0
        dir_b = int(directory_ends[b - 1]) if b else 0
        rec_a = int(record_ends[c - 1]) if c else 0
        rec_b = int(record_ends[d - 1]) if d else 0
        yield f"g{size}/{n}.bin", head + directory[dir_a:dir_b].tobytes() + records[rec_a:rec_b].tobytes()
        for j in np.flatnonzero(external[order[a:b]]).tolist():
            gram = int(order[a + j])
            yield external_name(size, n, int(first[gram])), data[bounds[gram] : bounds[gram + 1]].tobytes()


def external_name(size: int, shard: int, key: int) -> str:
    """The file of the records of the external gram `key` (code points of `_BITS` bits each) of a shard."""
    mask = (1 << _BITS) - 1
    codes = [(key >> (_BITS * (size - 1 - k))) & mask for k in range(size)]
    return f"g{size}/{shard}-{'-'.join(f'{code:x}' for code in codes)}.bin"


def _part_files(owned: list[str], size: int, shards: int, lo: int, hi: int) -> Iterator[tuple[str, bytes]]:
    """The files of the shards n in [lo, hi) of the `size`-grams."""
    keys, owners, positions = _part_grams(owned, size, shards, lo, hi)
    if not keys.size:  # no gram in these shards
        yield from ((f"g{size}/{n}.bin", b"\0") for n in range(lo, hi))
        return
    first, flat, marks = _records(keys, owners, positions, size)
    del keys, owners, positions
    data, offsets = varints(flat)
    del flat
    yield from shard_files(first, data, offsets[marks], size, shards, lo, hi)


def _gram_files(owned: list[str], size: int, shards: int) -> Iterator[tuple[str, bytes]]:
    """Every g<size>/ shard, computed a part (a range of shards) at a time to bound memory."""
    chars = sum(len(text) for text in owned)
    parts = max(1, math.ceil(chars / _PART_CHARS))
    step = math.ceil(shards / parts)
    for lo in range(0, shards, step):
        yield from _part_files(owned, size, shards, lo, min(shards, lo + step))


def owned_texts(docs: list[SearchDoc]) -> list[str]:
    """The texts the grams are taken from: per document its head (owner 2 × id) and its text (2 × id + 1)."""
    return [text for doc in docs for text in (doc.head or doc.title, doc.text)]


def shard_counts(owned: list[str]) -> list[int]:
    """How many shards the 1-, 2- and 3-grams of these texts are spread over."""
    chars = sum(len(text) for text in owned)
    return [max(1, min(MAX_SHARDS, math.ceil(chars * per / SHARD_BYTES))) for per in _BYTES_PER_CHAR]


def dumps(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def has_rest(doc: SearchDoc) -> bool:
    """Whether the result has a rest (`r/<id>.txt`) and its snippet text starts its text (text positions are
    then snippet positions)."""
    text = doc.snippet or doc.text
    return len(text) >= SNIPPET_CHARS and doc.text.startswith(text)


def meta_files(docs: list[SearchDoc], shards: list[int], state: str) -> Iterator[tuple[str, bytes]]:
    """meta.json, lengths.bin and rest.bin."""
    meta = {"version": VERSION, "docs": len(docs), "shards": shards, "snippet": SNIPPET_CHARS, "state": state}
    yield "meta.json", dumps(meta)
    lengths = np.fromiter(
        (len(doc.text) for doc in docs), np.int64, count=len(docs)
    )  # `normalize` keeps lengths
    yield "lengths.bin", varints(lengths)[0].tobytes()
    rest = np.fromiter((has_rest(doc) for doc in docs), bool, count=len(docs))
    yield "rest.bin", np.packbits(rest, bitorder="little").tobytes()


def result_files(doc_id: int, doc: SearchDoc) -> Iterator[tuple[str, bytes]]:
    """r/<id>.json, what a result shows, and r/<id>.txt, the rest of a long snippet text."""
    text = doc.snippet or doc.text
    yield f"r/{doc_id}.json", dumps([doc.url, doc.title, doc.meta, text[:SNIPPET_CHARS]])
    if len(text) >= SNIPPET_CHARS:
        yield f"r/{doc_id}.txt", text[SNIPPET_CHARS:].encode("utf-8")


def build_search_files(docs: list[SearchDoc], state: str = "") -> Iterator[tuple[str, bytes]]:
    """(path under search/, bytes) for every index file. Deterministic for the same docs."""
    owned = owned_texts(docs)
    shards = shard_counts(owned)
    yield from meta_files(docs, shards, state)
    for size, count in enumerate(shards, 1):
        yield from _gram_files(owned, size, count)
    for doc_id, doc in enumerate(docs):
        yield from result_files(doc_id, doc)
