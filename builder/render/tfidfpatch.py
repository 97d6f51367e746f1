"""The TF-IDF matrix after a few documents were counted again, patched from the last one (issue 16: a title
edit at N=10 000 in ≤ 2 s; bench/RESULTS.md, session 37).

linkscore.tfidf_entries makes the matrix from every document's term counts: 2.1 M entries at N=10 000,
sorted and weighted again (0.2-0.36 s and ~190 MB of temporaries after one title edit). A document's row is
made of its own (term, count) entries, the number of documents and the document frequency of its terms
alone. When some documents' counts change, the document frequency moves only for the terms they held before
or hold now; so the rows to weight again are the edited ones and those holding a term whose document
frequency moved (but a term too common to weigh anything both before and after: DF_CAP_MIN, DF_CAP_SHARE).
Every other row is the last one's, its columns renumbered: the columns are the terms in the order of their
text, so a term no document holds any more, or one no document held, shifts the columns after it
(monotonically: a row's columns stay ascending). The result is tfidf_entries' bit for bit (the same
operations on the same values, in the same order: tests/render/test_tfidfpatch.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

import numpy as np

from builder.render import linkscore, sparserows
from builder.render.linkscore import TermCountRows, weighted_entries
from builder.render.linkstore import TermCounts
from builder.render.sparserows import Rows


def patched_tfidf(
    text: Rows, terms: Sequence[str], counts: TermCountRows, edited: Mapping[int, TermCounts]
) -> tuple[Rows, list[str], TermCountRows] | None:
    """linkscore.tfidf_entries' matrix, terms and counts of the documents of `counts` (over the columns
    `terms`, sorted; `text` the matrix made from them) with the rows `edited` (row -> its terms and their
    counts, each term once) counted anew. None when more than half the rows are to be weighted again (the
    matrix is made whole then) or no term is left."""
    n = counts.indptr.size - 1
    width = len(terms)
    rows = sorted(edited)
    df_last = np.bincount(counts.terms, minlength=width)
    df = df_last.copy()
    for row in rows:
        np.subtract.at(df, counts.terms[counts.indptr[row] : counts.indptr[row + 1]], 1)
    at_of = {word: bisect_left(terms, word) for row in rows for word in edited[row][0]}
    found = {word: at for word, at in at_of.items() if at < width and terms[at] == word}
    new_words = sorted(word for word in at_of if word not in found)
    for row in rows:
        held = [found[word] for word in edited[row][0] if word in found]
        np.add.at(df, np.array(held, dtype=np.int64), 1)
    stays = df > 0
    kept_before = np.zeros(width + 1, dtype=np.int64)
    np.cumsum(stays, out=kept_before[1:])
    inserted = np.array([at_of[word] for word in new_words], dtype=np.int64)  # ascending, as the words
    renumbered = kept_before[:-1] + np.searchsorted(inserted, np.arange(width), side="right")
    renumbered[~stays] = -1
    column = {word: int(renumbered[at]) for word, at in found.items()}
    column.update(
        (word, int(kept_before[at]) + k) for k, (word, at) in enumerate(zip(new_words, inserted, strict=True))
    )
    new_width = int(kept_before[-1]) + len(new_words)
    if new_width == 0:
        return None
    redo = np.zeros(n, dtype=bool)
    redo[rows] = True
    # a term gone was held by edited rows alone, a new one is held by them alone; a term too common before
    # and after weighs nothing in any row (linkscore.weighted_entries): its holders' rows stay
    cap = max(linkscore.DF_CAP_MIN, int(linkscore.DF_CAP_SHARE * n))
    moved_df = (df != df_last) & ((df <= cap) | (df_last <= cap))
    holders = np.flatnonzero(moved_df[counts.terms])
    redo[np.searchsorted(counts.indptr, holders, side="right") - 1] = True
    if np.count_nonzero(redo) * 2 > n:
        return None
    new_counts = _spliced_counts(counts, renumbered, {row: _entries(edited[row], column) for row in rows})
    new_df = np.zeros(new_width, dtype=np.int64)
    new_df[renumbered[stays]] = df[stays]
    for word in new_words:
        new_df[column[word]] = sum(word in edited[row][0] for row in rows)
    return (
        _patched_matrix(text, renumbered, new_counts, np.flatnonzero(redo), new_df, new_width),
        _renumbered_terms(terms, stays, renumbered, new_words, column, new_width),
        new_counts,
    )


def _entries(counted: TermCounts, column: Mapping[str, int]) -> tuple[np.ndarray, np.ndarray]:
    words, tf = counted
    cols = np.fromiter((column[word] for word in words), dtype=np.int32, count=len(words))
    return cols, np.asarray(tf, dtype=np.float32)


def _spliced_counts(
    counts: TermCountRows, renumbered: np.ndarray, rows: Mapping[int, tuple[np.ndarray, np.ndarray]]
) -> TermCountRows:
    """`counts` with its columns renumbered and the rows `rows` (row -> columns, counts) in place of theirs."""
    columns = renumbered[counts.terms].astype(np.int32)
    lengths = np.diff(counts.indptr)
    term_parts: list[np.ndarray] = []
    count_parts: list[np.ndarray] = []
    start = 0
    for row, (cols, tf) in sorted(rows.items()):
        term_parts += [columns[start : counts.indptr[row]], cols]
        count_parts += [counts.counts[start : counts.indptr[row]], tf]
        start = int(counts.indptr[row + 1])
        lengths[row] = cols.size
    term_parts.append(columns[start:])
    count_parts.append(counts.counts[start:])
    indptr = np.zeros(lengths.size + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return TermCountRows(indptr, np.concatenate(term_parts), np.concatenate(count_parts))


def _patched_matrix(
    text: Rows, renumbered: np.ndarray, counts: TermCountRows, redo: np.ndarray, df: np.ndarray, width: int
) -> Rows:
    """The rows `redo` weighted again from `counts` (over the new columns, whose document frequencies are
    `df`); every other row `text`'s, its columns renumbered."""
    n = counts.indptr.size - 1
    lengths = np.diff(counts.indptr)[redo]
    _owner, positions = sparserows._spans(counts.indptr[redo], lengths)
    docs = np.repeat(redo, lengths)
    docs, cols, values = weighted_entries(
        docs, counts.terms[positions].astype(np.int64), counts.counts[positions].astype(np.float64), df, n
    )
    order = np.lexsort((cols, docs))
    owner = np.repeat(np.arange(n, dtype=np.int64), np.diff(text.indptr))
    weighted = np.zeros(n, dtype=bool)
    weighted[redo] = True
    keep = ~weighted[owner]
    docs = np.concatenate([owner[keep], docs[order]])
    by_row = np.argsort(docs, kind="stable")  # (each row's entries in ascending columns already)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=n), out=indptr[1:])
    cols = np.concatenate([renumbered[text.indices[keep]], cols[order]])[by_row]
    data = np.concatenate([text.data[keep], values[order]])[by_row]
    return Rows(indptr, cols.astype(np.int64), data.astype(np.float64), width)


def _renumbered_terms(
    terms: Sequence[str],
    stays: np.ndarray,
    renumbered: np.ndarray,
    new_words: list[str],
    column: Mapping[str, int],
    width: int,
) -> list[str]:
    out = np.empty(width, dtype=object)
    out[renumbered[stays]] = np.array(terms, dtype=object)[stays]
    for word in new_words:
        out[column[word]] = word
    return out.tolist()
