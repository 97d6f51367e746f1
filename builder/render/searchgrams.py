"""The grams of the search index's texts and their records, found with one sort of plain integers.

The texts become one array of character ranks (`Corpus`: each folded code point by its rank among the
corpus's distinct ones, so that ranks sort as code points do; every text followed by a space). A gram's
key is its ranks in base D (D distinct characters), which sorts as its code points do; a gram occurrence
is sorted by its key with its place in the part appended in the low bits, one `np.sort` of uint64 (no
stable argsort), so that the occurrences of a gram come in text order: owner (2 × document + 0 for the
head, 1 for the text), then position. The records of the grams of a part are laid out in the order the
shard files are written (shard, then key), so that each shard's records are one run of bytes.
Memory is bounded by the part (`searchindex` picks ranges of shards), not the corpus: the corpus's ranks
(2 bytes a character) and the gram starts sorted into their parts (2 bytes a gram) are the only arrays of
its whole size. Small parts are quicker too: their arrays are reused from the heap, where large ones are
fresh pages each time (measured at N=1 000: 1.8 s of system time with parts of 4 M characters, 0.1 s with
parts of 1 M; parts of 100 000 since the heap keeps what a part frees for the next: searchindex._PART_CHARS).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from builder.render.search import SHARD_HASH, fold_table

_SPACE = 32
BITS = 21  # bits of one code point in a gram's key (`key_of`)
_STEP = 1 << 16  # gram starts whose shard is computed together (offsets in a step fit 16 bits)
_SORT_BITS = 64  # key and place of an occurrence packed in one uint64 (else a stable argsort of the keys)


@dataclass(frozen=True)
class Corpus:
    """Texts as one array of character ranks, each text followed by a space."""

    ranked: np.ndarray  # the rank of each character's folded code point (uint16, or uint32 past 65 536)
    codes: np.ndarray  # int64: the code point of each rank, ascending
    starts: np.ndarray  # int64: where each text starts in `ranked`, then the end
    blank: int  # the rank of the space


@dataclass(frozen=True)
class Records:
    """The records of the grams of one part, laid out by shard, then key: gram i's record values are
    `values[bounds[i]:bounds[i + 1]]` (count of documents, their ids as differences, head counts, text
    counts, then for 3-grams each document's head and text positions as differences)."""

    codes: np.ndarray  # int64, one row of code points per gram
    shards: np.ndarray  # int64: the shard of each gram (ascending)
    values: np.ndarray  # uint32 or int64
    bounds: np.ndarray  # int64, one more than the grams


@functools.cache
def _fold_codes() -> np.ndarray:
    """`search.normalize` as an array: the folded code point of every code point of the BMP (uint32)."""
    folded = np.arange(0x10000, dtype=np.uint32)
    table = fold_table()
    folded[np.fromiter(table, np.int64, len(table))] = np.fromiter(table.values(), np.uint32, len(table))
    return folded


def _folded(texts: list[str]) -> np.ndarray:
    """The code points of the texts, each followed by a space, folded like `search.normalize` (which changes
    none beyond the BMP)."""
    codes = np.frombuffer("".join(text + " " for text in texts).encode("utf-32-le"), dtype=np.uint32)
    folded = _fold_codes()[codes & 0xFFFF]
    beyond = np.flatnonzero(codes > 0xFFFF)
    folded[beyond] = codes[beyond]
    return folded


def corpus_of(texts: list[str], chunk: int = 1000) -> Corpus:
    """The texts as a `Corpus`, read `chunk` texts at a time (twice: their characters, then their ranks)."""
    lengths = np.fromiter((len(text) + 1 for text in texts), np.int64, count=len(texts))
    starts = np.zeros(len(texts) + 1, np.int64)
    np.cumsum(lengths, out=starts[1:])
    present = np.zeros(0x110000, bool)
    present[_SPACE] = True
    for i in range(0, len(texts), chunk):
        present[_folded(texts[i : i + chunk])] = True
    codes = np.flatnonzero(present)
    rank = np.zeros(0x110000, np.uint16 if codes.size <= 1 << 16 else np.uint32)
    rank[codes] = np.arange(codes.size)
    ranked = np.empty(int(starts[-1]), rank.dtype)
    for i in range(0, len(texts), chunk):
        ranked[starts[i] : starts[min(i + chunk, len(texts))]] = rank[_folded(texts[i : i + chunk])]
    return Corpus(ranked, codes.astype(np.int64), starts, int(rank[_SPACE]))


def _hash_tables(corpus: Corpus, size: int, shards: int) -> list[np.ndarray]:
    """Per character of a gram, by rank: its code point's share of `search.shard_of` (modulo `shards`), in
    a type that holds the sum of `size` shares."""
    dtype = np.int16 if size * shards < 1 << 15 else np.int64
    return [
        (corpus.codes * pow(SHARD_HASH, size - 1 - k, shards) % shards).astype(dtype) for k in range(size)
    ]


def _shard_of_ranks(tables: list[np.ndarray], ranks: list[np.ndarray], shards: int) -> np.ndarray:
    """`search.shard_of` of the grams whose characters have the ranks `ranks` (one array per place)."""
    total = tables[0][ranks[0]]
    for table, rank in zip(tables[1:], ranks[1:], strict=True):
        total += table[rank]
    for _ in tables[1:]:  # the sum of the shares is below len(tables) * shards
        np.subtract(total, shards, out=total, where=total >= shards)
    return total


def _valid(corpus: Corpus, size: int, a: int, b: int) -> np.ndarray:
    """Whether the `size`-gram starting at each place in [a, b) holds no space (so spans no two texts)."""
    window = corpus.ranked[a : b + size - 1] != corpus.blank
    if size == 1:
        return window
    valid = window[: b - a] & window[1 : b - a + 1]
    for k in range(2, size):
        valid &= window[k : k + b - a]
    return valid


def gram_starts(corpus: Corpus, size: int, shards: int, parts: int) -> Iterator[tuple[int, int, np.ndarray]]:
    """(lo, hi, the starts of the `size`-grams in shards [lo, hi), in text order) for `parts` ranges of
    shards. A gram holds no space (so none spans two texts). The starts are put in their ranges a step of
    `_STEP` places at a time, each kept as its 16-bit offset in its step until its range's turn (2 bytes a
    gram held, not 8; the whole corpus's flags of valid starts never held at once)."""
    count = corpus.ranked.size - size + 1
    if count <= 0:
        yield 0, shards, np.zeros(0, np.int64)
        return
    step = -(-shards // parts)
    if step >= shards:
        yield 0, shards, np.flatnonzero(_valid(corpus, size, 0, count))
        return
    ranges = list(range(0, shards, step))
    buckets: list[list[np.ndarray]] = [[] for _ in ranges]  # per range of shards, per step, its offsets
    tables = _hash_tables(corpus, size, shards)
    part_of = np.minimum(np.arange(shards) // step, len(ranges)).astype(np.uint16)
    bases = np.arange(0, count, _STEP, dtype=np.int64)
    for a in bases.tolist():
        b = min(count, a + _STEP)
        shard = _shard_of_ranks(tables, [corpus.ranked[a + k : b + k] for k in range(size)], shards)
        part = np.where(_valid(corpus, size, a, b), part_of[shard], np.uint16(len(ranges)))
        order = np.argsort(part, kind="stable").astype(np.uint16)
        ends = np.cumsum(np.bincount(part, minlength=len(ranges) + 1)).tolist()
        for n, (c, d) in enumerate(zip([0, *ends[:-2]], ends[:-1], strict=True)):
            buckets[n].append(order[c:d])
    for n, lo in enumerate(ranges):
        pieces, buckets[n] = buckets[n], []
        lengths = np.fromiter((piece.size for piece in pieces), np.int64, count=len(pieces))
        starts = np.concatenate(pieces).astype(np.int64)
        del pieces
        starts += np.repeat(bases, lengths)
        yield lo, min(shards, lo + step), starts


def _sorted(corpus: Corpus, size: int, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(key of each occurrence, the order of the occurrences), sorted by key, then start."""
    if size == 1 and corpus.ranked.dtype == np.uint16:  # a stable sort of 16-bit keys is a radix sort
        ranks = corpus.ranked[starts]
        order = np.argsort(ranks, kind="stable")  # (3× quicker than sorting them packed with their places)
        return ranks[order].astype(np.uint64), order
    base = np.uint64(corpus.codes.size)
    keys = corpus.ranked[starts].astype(np.uint64)
    for k in range(1, size):
        keys *= base
        keys += corpus.ranked[k:][starts]  # (the next characters: no array of starts + k)
    index_bits = max(1, int(starts.size - 1).bit_length())
    if (int(corpus.codes.size) ** size - 1).bit_length() + index_bits <= _SORT_BITS:
        keys <<= np.uint64(index_bits)
        keys |= np.arange(starts.size, dtype=np.uint64)
        keys.sort()
        order = (keys & np.uint64((1 << index_bits) - 1)).astype(np.int64)
        keys >>= np.uint64(index_bits)
        return keys, order
    order = np.argsort(keys, kind="stable")  # a corpus of very many distinct characters
    return keys[order], order


def _gram_codes(corpus: Corpus, keys: np.ndarray, size: int) -> list[np.ndarray]:
    """The ranks of each character of the gram keys `keys`."""
    base = np.uint64(corpus.codes.size)
    ranks = []
    for _ in range(size):
        ranks.append((keys % base).astype(np.int64))
        keys = keys // base
    return ranks[::-1]


def records(corpus: Corpus, size: int, shards: int, starts: np.ndarray) -> Records:
    """The records of the `size`-grams starting at `starts` (ascending), laid out by shard (of `shards`),
    then key."""
    texts = np.arange(corpus.starts.size - 1)
    owners = np.repeat(texts, np.diff(np.searchsorted(starts, corpus.starts)))  # (`starts` ascending)
    keys, order = _sorted(corpus, size, starts)
    starts, owners = starts[order], owners[order]
    del order
    total = keys.size
    new_gram = np.empty(total, bool)
    new_gram[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=new_gram[1:])
    gram_at = np.flatnonzero(new_gram)
    ranks = _gram_codes(corpus, keys[gram_at], size)
    del keys
    docs = owners >> 1
    new_group = new_gram.copy()
    new_group[1:] |= docs[1:] != docs[:-1]
    group_at = np.flatnonzero(new_group)
    del new_group
    sizes = _lengths(group_at, total)
    in_head = np.add.reduceat(((owners & 1) == 0).astype(np.int64), group_at) if total else sizes
    group_doc = docs[group_at]
    del docs
    opens = new_gram[group_at]
    delta = _steps(group_doc)
    np.copyto(delta, group_doc, where=opens)
    gram_of_group = _ordinals(opens)
    docs_in = np.bincount(gram_of_group, minlength=gram_at.size)
    occurrences = _lengths(gram_at, total) if size == 3 else 0
    lengths = 1 + 3 * docs_in + occurrences
    shard = _shard_of_ranks(_hash_tables(corpus, size, shards), ranks, shards).astype(np.int64)
    layout = np.argsort(shard, kind="stable")  # by shard, then key
    base = np.empty(gram_at.size, np.int64)
    bounds = np.zeros(gram_at.size + 1, np.int64)
    np.cumsum(lengths[layout], out=bounds[1:])
    base[layout] = bounds[:-1]
    values = np.empty(int(bounds[-1]), np.uint32 if corpus.ranked.size < 1 << 32 else np.int64)
    values[base] = docs_in
    at = (base + 1 - np.flatnonzero(opens))[gram_of_group]  # (one gather: the gram's, less its first group)
    at += np.arange(group_at.size)
    n = docs_in[gram_of_group]
    values[at] = delta
    at += n
    values[at] = in_head
    at += n
    sizes -= in_head  # (the text counts)
    values[at] = sizes
    del at, n, delta, in_head, sizes, group_doc, opens, gram_of_group
    if size == 3:
        _positions(corpus, values, base + 1 + 3 * docs_in, new_gram, gram_at, owners, starts)
    codes = np.stack([corpus.codes[rank[layout]] for rank in ranks], 1)
    return Records(codes, shard[layout], values, bounds)


def _positions(
    corpus: Corpus,
    values: np.ndarray,
    first: np.ndarray,
    new_gram: np.ndarray,
    gram_at: np.ndarray,
    owners: np.ndarray,
    starts: np.ndarray,
) -> None:
    """Put each occurrence's position, as a difference to the one before in its run (one gram in one owner
    text; the first from 0), at `first` (where its gram's positions start) + its rank in the gram."""
    positions = starts - corpus.starts[owners]
    new_run = new_gram.copy()
    new_run[1:] |= owners[1:] != owners[:-1]
    steps = _steps(positions)
    np.copyto(steps, positions, where=new_run)
    gram_of = _ordinals(new_gram)
    at = (first - gram_at)[gram_of]
    at += np.arange(new_gram.size)
    values[at] = steps


def _steps(values: np.ndarray) -> np.ndarray:
    """Each value less the one before it (the first less 0): `np.diff(values, prepend=0)` without its copy of
    the array with the 0 in front (~7× quicker at a million values; the index makes several such)."""
    steps = np.empty_like(values)
    steps[:1] = values[:1]
    np.subtract(values[1:], values[:-1], out=steps[1:])
    return steps


def _lengths(at: np.ndarray, total: int) -> np.ndarray:
    """The lengths of the runs starting at `at` (ascending) of `total` items: `np.diff(np.append(at, total))`."""
    lengths = np.empty_like(at)
    np.subtract(at[1:], at[:-1], out=lengths[:-1])
    lengths[-1:] = total - at[-1:]
    return lengths


def _ordinals(flags: np.ndarray) -> np.ndarray:
    """For each place, the number of set `flags` up to it, less one (int64): `np.cumsum(flags) - 1` with the
    flags made int64 before their sum (a cumulative sum that casts each flag as it adds is ~3× slower)."""
    counts = flags.astype(np.int64)
    np.cumsum(counts, out=counts)
    counts -= 1
    return counts


def key_of(codes: list[int]) -> int:
    """A gram's code points packed in one integer, `BITS` each, the first highest (the key of a gram in
    external file names and incremental builds)."""
    key = 0
    for code in codes:
        key = key << BITS | code
    return key


def codes_of(key: int, size: int) -> list[int]:
    """The code points of the `size`-gram `key` (`key_of`'s inverse)."""
    return [(key >> (BITS * (size - 1 - k))) & ((1 << BITS) - 1) for k in range(size)]
