"""The TF-IDF rows of the cross-links (linkscore._tfidf) without a sort of every term id and with the terms
too common left out before the sort: bit for bit the rows of np.unique and a sort of every entry."""

from __future__ import annotations

import random

import numpy as np
import pytest

from builder.render import linkscore


def _reference(counts: list[tuple[np.ndarray, np.ndarray]], words: list[str]) -> tuple[tuple, list[str]]:
    """The rows as the cross-links made them before session 34 (np.unique, every entry sorted)."""
    n = len(counts)
    lengths = np.array([ids.size for ids, _ in counts], dtype=np.int64)
    docs = np.repeat(np.arange(n, dtype=np.int64), lengths)
    global_ids = np.concatenate([ids for ids, _ in counts])
    tf = np.concatenate([c for _, c in counts])
    vocab, cols = np.unique(global_ids, return_inverse=True)
    texts = [words[int(t)] for t in vocab]
    by_text = np.argsort(np.array(texts, dtype=object), kind="stable")
    rank_of = np.empty(vocab.size, dtype=np.int64)
    rank_of[by_text] = np.arange(vocab.size)
    cols = rank_of[cols]
    df = np.bincount(cols, minlength=vocab.size)
    idf = np.log((1 + n) / (1 + df)) + 1.0
    weight = (1.0 + np.log(tf)) * idf[cols]
    weight[df[cols] > max(linkscore.DF_CAP_MIN, int(linkscore.DF_CAP_SHARE * n))] = 0.0
    order = np.lexsort((cols, -weight, docs))
    docs, cols, weight = docs[order], cols[order], weight[order]
    starts = np.searchsorted(docs, np.arange(n + 1))
    rank = np.arange(docs.size) - starts[docs]
    keep = (rank < linkscore.TERMS_PER_DOC) & (weight > 0)
    docs, cols, weight = docs[keep], cols[keep], weight[keep]
    norms = np.sqrt(np.bincount(docs, weights=weight * weight, minlength=n))
    matrix = linkscore.sparserows.entries(docs, cols, weight / norms[docs], (n, vocab.size))
    rows = (matrix.indptr.tolist(), matrix.indices.tolist(), matrix.data.tobytes(), matrix.width)
    return rows, [texts[int(i)] for i in by_text]


@pytest.mark.parametrize("seed", range(8))
def test_the_rows_are_those_of_a_sort_of_every_entry(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(linkscore, "TERMS_PER_DOC", rng.choice((2, 4, 40)))
    monkeypatch.setattr(linkscore, "DF_CAP_MIN", rng.choice((3, 6, 200)))
    monkeypatch.setattr(linkscore, "DF_CAP_SHARE", 0.1)
    words = [f"词{k:02d}" for k in range(rng.randint(5, 40))]
    rng.shuffle(words)  # (ids in another order than the terms' text)
    counts = []
    for _doc in range(rng.randint(1, 30)):
        ids = sorted(rng.sample(range(len(words)), rng.randint(0, min(12, len(words)))))
        counts.append(
            (np.array(ids, dtype=np.int64), np.array([rng.randint(1, 5) for _ in ids], dtype=np.int64))
        )
    if sum(ids.size for ids, _ in counts) == 0:
        counts[0] = (np.array([0], dtype=np.int64), np.array([1], dtype=np.int64))
    matrix, terms = linkscore._tfidf(counts, words.__getitem__)
    made = (matrix.indptr.tolist(), matrix.indices.tolist(), matrix.data.tobytes(), matrix.width)
    assert (made, terms) == _reference(counts, words)


def test_distinct_ids_are_np_unique() -> None:
    rng = np.random.default_rng(5)
    for size in (0, 1, 50, 2_000):
        ids = rng.integers(0, 300, size=size)
        vocab, inverse = linkscore._distinct(ids)
        expected = np.unique(ids, return_inverse=True)
        assert vocab.tolist() == expected[0].tolist() and inverse.tolist() == expected[1].tolist()
