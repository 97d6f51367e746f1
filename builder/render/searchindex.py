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
- `fold.txt`: the Traditional characters the search reads as simplified ones, each followed by its reading
  (`search.fold_file`: search.js folds a query and the snippet texts with it, as the index's texts are);
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

from builder.render import searchgrams
from builder.render.search import FOLD_FILE, VERSION, SearchDoc, fold_file

SNIPPET_CHARS = 600  # characters of snippet text in r/<id>.json; the rest in r/<id>.txt
SHARD_BYTES = 16_000  # aim of a gram shard's size (external records apart)
EXTERNAL_BYTES = 2_048  # a gram whose records are longer has a file of its own
MAX_SHARDS = 8192  # per gram size
_BYTES_PER_CHAR = (
    0.5,
    1.5,
    2.6,
)  # shard bytes (externals apart) per character of text, by gram size (measured)
# characters whose grams of one size are sorted together (`searchgrams`): a part's arrays (~100 bytes a
# character at the most) are reused from the heap part after part (libc.hold_freed_memory), so smaller parts
# touch fewer fresh pages and sort in cache: 1 M -> 250 000 took the index of N=300 (930 000 characters, one
# part before) from 0.58-0.62 s to 0.43-0.46 s and +98 -> +43 MB, N=1 000 from 1.65 to 1.50-1.64 s, +138 -> +86 MB;
# 250 000 -> 100 000 (session 38, fresh processes, alternating): N=300 0.41 -> 0.34-0.36 s and +28 -> +20 MB,
# N=1 000 1.16-1.20 -> 1.18-1.26 s (the same within the load's noise) and +33 -> +28 MB, ten N=1 000 corpora
# in one (31 M characters) 15.7-15.9 -> 15.1-15.5 s
_PART_CHARS = 100_000
_CHUNK_TEXTS = 1000  # texts whose grams are extracted together


def varints(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the non-negative integers `values` as LEB128 varints in one byte array, the byte offset where each
    value starts followed by the end). The first byte of every value is put at its place, then the second of
    those that have one, and so on; the offsets of runs of values are a gather of these (`shard_files`)."""
    offsets = np.zeros(values.size + 1, np.int64)
    if not values.size:
        return np.zeros(0, np.uint8), offsets
    top = int(values.max())
    rest = values.astype(np.uint32 if top < 1 << 32 else np.uint64)
    widest = max(1, -(-top.bit_length() // 7))
    widths = np.ones(rest.size, np.uint8)
    for k in range(1, widest):
        widths += rest >= (1 << (7 * k))
    offsets[1:] = widths  # summed as int64 (a sum that casts each uint8 as it adds is ~3× slower)
    np.cumsum(offsets[1:], out=offsets[1:])
    if widest == 1:  # every value one byte
        return rest.astype(np.uint8), offsets
    out = np.empty(int(offsets[-1]), np.uint8)
    at, width = offsets[:-1], widths
    for k in range(widest):
        if k:  # the values with a k-th byte
            pick = np.flatnonzero(width > k)
            at, rest, width = at[pick] + 1, rest[pick] >> 7, width[pick]
        out[at] = (rest & 127).astype(np.uint8) | ((width > k + 1).view(np.uint8) << 7)
    return out, offsets


def varint(value: int) -> bytes:
    """One non-negative integer as a LEB128 varint."""
    out = bytearray()
    while value >= 128:
        out.append(value & 127 | 128)
        value >>= 7
    out.append(value)
    return bytes(out)


def shard_files(part: searchgrams.Records, size: int, lo: int, hi: int) -> Iterator[tuple[str, bytes]]:
    """The files g<size>/<n>.bin (and their external records) for the shards n in [lo, hi), from the
    records of the grams of those shards (laid out by shard, then key)."""
    data, value_at = varints(part.values)
    at = value_at[part.bounds]  # where each gram's records start, then the end
    del value_at
    lengths = np.diff(at)
    external = lengths > EXTERNAL_BYTES
    inline_at = np.zeros(lengths.size + 1, np.int64)  # where each gram's inline records start, then the end
    np.cumsum(np.where(external, 0, lengths), out=inline_at[1:])
    inline = _outside(data, at[:-1][external], at[1:][external]) if external.any() else data
    entries, entry_at = varints(np.column_stack([part.codes, lengths * 2 + external]).ravel())
    entry_at = entry_at[:: size + 1]  # where each gram's entry starts, then the end
    ends = np.searchsorted(part.shards, np.arange(lo, hi), side="right")
    a = int(np.searchsorted(part.shards, lo))
    for n, b in zip(range(lo, hi), ends.tolist(), strict=True):
        directory = entries[entry_at[a] : entry_at[b]].tobytes()
        yield f"g{size}/{n}.bin", varint(b - a) + directory + inline[inline_at[a] : inline_at[b]].tobytes()
        for gram in (a + np.flatnonzero(external[a:b])).tolist():
            key = searchgrams.key_of(part.codes[gram].tolist())
            yield external_name(size, n, key), data[at[gram] : at[gram + 1]].tobytes()
        a = b


def _outside(data: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The bytes of `data` outside the ranges [start, end) (disjoint, ascending), in order: the pieces between
    them joined (a mask of every byte, made by a cumulative sum, was ~7 % of the index's time)."""
    bounds = np.column_stack([np.r_[0, ends], np.r_[starts, data.size]]).tolist()
    return np.concatenate([data[a:b] for a, b in bounds])


def external_name(size: int, shard: int, key: int) -> str:
    """The file of the records of the external gram `key` (`searchgrams.key_of`) of a shard."""
    codes = searchgrams.codes_of(key, size)
    return f"g{size}/{shard}-{'-'.join(f'{code:x}' for code in codes)}.bin"


def _gram_files(corpus: searchgrams.Corpus, size: int, shards: int) -> Iterator[tuple[str, bytes]]:
    """Every g<size>/ shard, computed a part (a range of shards) at a time to bound memory."""
    parts = max(1, math.ceil((corpus.ranked.size - corpus.starts.size + 1) / _PART_CHARS))
    for lo, hi, starts in searchgrams.gram_starts(corpus, size, shards, parts):
        yield from shard_files(searchgrams.records(corpus, size, shards, starts), size, lo, hi)


def owned_texts(docs: list[SearchDoc]) -> list[str]:
    """The texts the grams are taken from: per document its head (owner 2 × id) and its text (2 × id + 1)."""
    return [text for doc in docs for text in (doc.head or doc.title, doc.text)]


def shard_counts(owned: list[str]) -> list[int]:
    """How many shards the 1-, 2- and 3-grams of these texts are spread over."""
    return shard_counts_of(sum(len(text) for text in owned))


def shard_counts_of(chars: int) -> list[int]:
    """`shard_counts` of texts of `chars` characters in all."""
    return [max(1, min(MAX_SHARDS, math.ceil(chars * per / SHARD_BYTES))) for per in _BYTES_PER_CHAR]


def dumps(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def has_rest(doc: SearchDoc) -> bool:
    """Whether the result has a rest (`r/<id>.txt`) and its snippet text starts its text (text positions are
    then snippet positions)."""
    text = doc.snippet or doc.text
    return len(text) >= SNIPPET_CHARS and doc.text.startswith(text)


def meta_files(docs: list[SearchDoc], shards: list[int], state: str) -> Iterator[tuple[str, bytes]]:
    """meta.json, lengths.bin, rest.bin and fold.txt."""
    lengths = [len(doc.text) for doc in docs]  # `normalize` keeps lengths
    yield from meta_files_of(lengths, [has_rest(doc) for doc in docs], shards, state)


def meta_files_of(
    lengths: list[int], rest: list[bool], shards: list[int], state: str
) -> Iterator[tuple[str, bytes]]:
    """meta.json, lengths.bin and rest.bin of documents whose texts have `lengths` and `rest` (`has_rest`), and
    fold.txt (the same for every index)."""
    meta = {
        "version": VERSION,
        "docs": len(lengths),
        "shards": shards,
        "snippet": SNIPPET_CHARS,
        "state": state,
    }
    yield "meta.json", dumps(meta)
    yield "lengths.bin", varints(np.array(lengths, np.int64))[0].tobytes()
    yield "rest.bin", np.packbits(np.array(rest, bool), bitorder="little").tobytes()
    yield FOLD_FILE, fold_file()


INDEX_PARTS = ("meta.json", "lengths.bin", "rest.bin", FOLD_FILE, "g1/", "g2/", "g3/", "r/")


def is_index_file(path: str) -> bool:
    """Whether `path` (under search/) is a file of the index (not the search page)."""
    return path.startswith(INDEX_PARTS)


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
    corpus = searchgrams.corpus_of(owned, _CHUNK_TEXTS)
    del owned
    for size, count in enumerate(shards, 1):
        yield from _gram_files(corpus, size, count)
    del corpus
    for doc_id, doc in enumerate(docs):
        yield from result_files(doc_id, doc)
