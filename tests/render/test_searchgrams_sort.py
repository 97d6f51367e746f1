"""The 1-gram sort of the search index (a stable radix sort of 16-bit ranks) orders the occurrences as the
packed 64-bit sort of the other grams does: by key, then place."""

from __future__ import annotations

import numpy as np
import pytest

from builder.render import searchgrams as g

TEXTS = [
    "社区网格党建引领基层治理",
    "网格员走访 120 户，ABC 与 abc",
    "",
    "党建党建党建",
    "１２３ＡＢＣ　全角",
]


def _packed(corpus: g.Corpus) -> g.Corpus:
    """The same corpus with 32-bit ranks: its 1-grams take the packed sort."""
    return g.Corpus(corpus.ranked.astype(np.uint32), corpus.codes, corpus.starts, corpus.blank)


@pytest.mark.parametrize("step", [1, 2, 5])
def test_one_gram_order_is_the_packed_sorts(step: int) -> None:
    corpus = g.corpus_of(TEXTS * 7)
    assert corpus.ranked.dtype == np.uint16
    starts = np.flatnonzero(corpus.ranked != corpus.blank)[::step]
    keys, order = g._sorted(corpus, 1, starts)
    packed_keys, packed_order = g._sorted(_packed(corpus), 1, starts)
    assert keys.dtype == packed_keys.dtype and order.dtype == packed_order.dtype
    assert np.array_equal(keys, packed_keys) and np.array_equal(order, packed_order)


def test_one_gram_records_are_the_packed_sorts() -> None:
    corpus = g.corpus_of(TEXTS * 3)
    starts = np.flatnonzero(corpus.ranked != corpus.blank)
    fast, packed = g.records(corpus, 1, 8, starts), g.records(_packed(corpus), 1, 8, starts)
    for name in ("codes", "shards", "values", "bounds"):
        assert np.array_equal(getattr(fast, name), getattr(packed, name)), name


def test_no_starts() -> None:
    corpus = g.corpus_of(TEXTS)
    keys, order = g._sorted(corpus, 1, np.zeros(0, np.int64))
    assert keys.size == 0 and order.size == 0


@pytest.mark.parametrize("step", [3, 7, 1 << 16])
@pytest.mark.parametrize("size", [1, 2, 3])
def test_gram_starts_by_steps_are_every_valid_start_once(
    monkeypatch: pytest.MonkeyPatch, step: int, size: int
) -> None:
    """Put in their ranges of shards a step of places at a time (16-bit offsets in the step), the starts
    are each gram holding no space, once, in text order, in the range of its shard."""
    monkeypatch.setattr(g, "_STEP", step)
    corpus = g.corpus_of(TEXTS * 5)
    count = corpus.ranked.size - size + 1
    valid = [
        start for start in range(count) if all(corpus.ranked[start + k] != corpus.blank for k in range(size))
    ]
    shards = 13
    tables = g._hash_tables(corpus, size, shards)
    ranks = [corpus.ranked[np.asarray(valid) + k] for k in range(size)]
    shard_of = dict(zip(valid, g._shard_of_ranks(tables, ranks, shards).tolist(), strict=True))
    found: list[int] = []
    for lo, hi, starts in g.gram_starts(corpus, size, shards, parts=4):
        assert starts.dtype == np.int64 and list(starts) == sorted(starts)
        assert all(lo <= shard_of[start] < hi for start in starts.tolist())
        found.extend(starts.tolist())
    assert sorted(found) == valid and len(found) == len(valid)
