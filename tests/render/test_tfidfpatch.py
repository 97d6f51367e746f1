"""The TF-IDF matrix patched after some documents were counted again (builder.render.tfidfpatch) is the one
linkscore.tfidf_entries makes whole, bit for bit: terms added and gone (columns shifted), document
frequencies moved across the cap of common terms, rows cut to their strongest terms."""

from __future__ import annotations

import random

import numpy as np
import pytest

from builder.render import linkscore
from builder.render.linkstore import TermIds
from builder.render.tfidfpatch import patched_tfidf

# invented terms (no article's text), a few common, most rare
VOCABULARY = tuple(f"词{k:02d}" for k in range(60))


def _document(rng: random.Random) -> tuple[list[str], np.ndarray]:
    words = rng.sample(VOCABULARY[: rng.choice((12, 30, 60))], rng.randint(0, 12))
    return words, np.array([rng.choice((1, 1, 2, 3, 7)) for _ in words], dtype=np.float64)


def _whole(documents: list[tuple[list[str], np.ndarray]]) -> tuple:
    vocabulary = TermIds()
    ids = [(vocabulary.ids_of(words), counts) for words, counts in documents]
    lengths = np.array([len(words) for words, _ in documents], dtype=np.int64)
    flat_ids = np.concatenate([i for i, _ in ids]) if ids else np.zeros(0, np.int64)
    flat_tf = np.concatenate([c for _, c in ids]) if ids else np.zeros(0)
    return linkscore.tfidf_entries(lengths, flat_ids, flat_tf, vocabulary.term_text)


def _same(patched: tuple, whole: tuple) -> None:
    matrix, terms, counts = patched
    expected, expected_terms, expected_counts = whole
    assert terms == expected_terms
    for name in ("indptr", "indices", "data"):
        assert getattr(matrix, name).tobytes() == getattr(expected, name).tobytes(), name
    assert matrix.width == expected.width
    assert np.array_equal(counts.indptr, expected_counts.indptr)
    for row in range(counts.indptr.size - 1):  # each row's (term, count) set (in any order)
        lo, hi = counts.indptr[row], counts.indptr[row + 1]
        mine = sorted(zip(counts.terms[lo:hi].tolist(), counts.counts[lo:hi].tolist(), strict=True))
        theirs = sorted(
            zip(expected_counts.terms[lo:hi].tolist(), expected_counts.counts[lo:hi].tolist(), strict=True)
        )
        assert mine == theirs


@pytest.mark.parametrize("seed", range(40))
def test_a_patched_matrix_is_the_matrix_made_whole(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linkscore, "TERMS_PER_DOC", 6)
    monkeypatch.setattr(linkscore, "DF_CAP_MIN", 8)
    monkeypatch.setattr(linkscore, "DF_CAP_SHARE", 0.25)
    rng = random.Random(seed)
    documents = [_document(rng) for _ in range(rng.randint(30, 50))]
    state = _whole(documents)
    patched_any = False
    for _step in range(8):
        edited = {}
        for row in rng.sample(range(len(documents)), rng.choice((1, 1, 2, 3))):
            kind = rng.choice(("new", "other", "same", "gone"))
            words, counts = documents[row]
            if kind == "new":  # a term no document holds (or one another edit added)
                held = dict(zip(words, counts.tolist(), strict=True))
                held[f"新词{rng.randint(0, 9)}"] = 2.0
                words, counts = list(held), np.array(list(held.values()))
            elif kind == "other":
                words, counts = _document(rng)
            elif kind == "gone":  # its terms dropped: those it alone held leave the columns
                words, counts = words[: len(words) // 2], counts[: len(words) // 2]
            documents[row] = (words, counts)
            edited[row] = documents[row]
        whole = _whole(documents)
        patched = patched_tfidf(*state, edited)
        if patched is not None:
            patched_any = True
            _same(patched, whole)
            state = patched
        else:
            state = whole
    assert patched_any or seed % 4  # (most sequences patch some edit)


def test_a_rare_term_added_weights_again_only_its_holders() -> None:
    documents = [(["甲", "乙", "丙"], np.ones(3)), (["甲", "丁"], np.ones(2)), (["乙", "戊"], np.ones(2))]
    documents += [(["己", "庚"], np.ones(2))] * 4
    state = _whole(documents)
    documents[0] = (["甲", "乙", "丙", "丁"], np.ones(4))  # 丁's document frequency moves: row 1 again
    patched = patched_tfidf(*state, {0: documents[0]})
    assert patched is not None
    _same(patched, _whole(documents))
    for row in (2, 3, 4, 5, 6):  # the rows holding no moved term are the last ones
        lo, hi = state[0].indptr[row], state[0].indptr[row + 1]
        new_lo = patched[0].indptr[row]
        assert patched[0].data[new_lo : new_lo + hi - lo].tobytes() == state[0].data[lo:hi].tobytes()
