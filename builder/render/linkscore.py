"""The score of a pair of initiatives (moved out of `crosslinks`, whose docstring sets out the rules): the weights
(W_TEXT, W_THEMES, W_PRACTICES, the level and region factors, NO_SHARED_THEME), the text an initiative is
described by (document_text), the TF-IDF rows of the corpus cut to TERMS_PER_DOC terms, and Features: every
array the score needs, over the initiatives sorted by slug.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Sequence

import numpy as np

from builder.model import LEVELS, Initiative
from builder.render import sparserows
from builder.render.linkstore import TermCounts, TermIds, term_counts, text_keys
from builder.render.sparserows import Rows
from builder.text.tokens import Tokenizer

W_TEXT = 1.0
W_THEMES = 0.35
W_PRACTICES = 0.3
NO_SHARED_THEME = 0.6


TERMS_PER_DOC = 40
DF_CAP_MIN = 200
DF_CAP_SHARE = 0.05


LEVEL_FACTORS = (1.0, 0.9, 0.8, 0.7, 0.7)
LEVEL_UNKNOWN = 0.9
REGION_SAME_COUNTY = 0.5
REGION_SAME_CITY = 0.7
REGION_SAME_PROVINCE = 0.85

_QUOTES = re.compile(r"[\s“”‘’\"'「」『』]")


def normalize_practice(name: str) -> str:
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name))


def document_text(initiative: Initiative) -> str:
    """The text whose terms describe an initiative: the title twice (it says what matters), then the body
    (photo captions are not in it: they are in `captions:`)."""
    return f"{initiative.title}\n{initiative.title}\n{initiative.body}"


# ----------------------------------------------------------------------------------------------- features


@dataclasses.dataclass(frozen=True)
class TermCountRows:
    """Every document's term counts, by rows: row r's are `terms[indptr[r]:indptr[r + 1]]` (columns of
    the TF-IDF matrix made with them, i.e. indices into its terms; in any order) with `counts` (kept by
    linkpatch.LinkState, so that the TF-IDF rows can be made again after an edit without the texts)."""

    indptr: np.ndarray  # int64, one more than the rows
    terms: np.ndarray  # int32
    counts: np.ndarray  # float32 (whole numbers: float64 again exactly)


def _tfidf(
    counts: Sequence[tuple[np.ndarray, np.ndarray]], term_text: Callable[[int], str]
) -> tuple[Rows, list[str]]:
    """Row-normalized TF-IDF matrix over (term ids, counts) per document, each row cut to its TERMS_PER_DOC
    strongest terms; and the vocabulary of its columns."""
    text, words, _rows = tfidf_entries(*_flat_counts(counts), term_text)
    return text, words


def _flat_counts(
    counts: Sequence[tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(term ids, counts) per document as flat arrays: row lengths, term ids, counts."""
    lengths = np.fromiter((ids.size for ids, _ in counts), dtype=np.int64, count=len(counts))
    if not counts:
        return lengths, np.zeros(0, np.int64), np.zeros(0)
    return lengths, np.concatenate([ids for ids, _ in counts]), np.concatenate([c for _, c in counts])


def tfidf_entries(
    lengths: np.ndarray, global_ids: np.ndarray, tf: np.ndarray, term_text: Callable[[int], str]
) -> tuple[Rows, list[str], TermCountRows]:
    """`_tfidf` of the documents whose (term id, count) entries are `global_ids` and `tf`, row after row
    (`lengths` of each; a row's entries in any order, each term once), and those counts again as
    TermCountRows over the columns' terms. The matrix depends on each row's set of (term, count) alone."""
    n = lengths.size
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    if lengths.sum() == 0:
        empty = sparserows.entries(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), (n, 0))
        return empty, [], TermCountRows(indptr, np.zeros(0, np.int32), np.zeros(0, np.float32))
    docs = np.repeat(np.arange(n, dtype=np.int64), lengths)
    vocab, cols = _distinct(global_ids)
    # columns in the order of the terms' text, so that ties never depend on the tokenizer's history
    words = [term_text(int(t)) for t in vocab]
    by_text = np.argsort(np.array(words, dtype=object), kind="stable")
    rank_of = np.empty(vocab.size, dtype=np.int64)
    rank_of[by_text] = np.arange(vocab.size)
    cols = rank_of[cols]
    vocab = vocab[by_text]
    kept = TermCountRows(indptr, cols.astype(np.int32), tf.astype(np.float32))
    df = np.bincount(cols, minlength=vocab.size)
    docs, cols, values = weighted_entries(docs, cols, tf, df, n)
    matrix = sparserows.entries(docs, cols, values, (n, vocab.size))
    return matrix, [words[int(i)] for i in by_text], kept


def weighted_entries(
    docs: np.ndarray, cols: np.ndarray, tf: np.ndarray, df: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The TF-IDF entries (document, column, value) of the term counts `tf` at (`docs`, ascending; `cols`:
    columns ordered by the terms' text) of documents of a corpus of `n` whose columns' document frequencies
    are `df`: each document's TERMS_PER_DOC strongest terms, normalized. Whole documents' entries are given
    (any subset of the corpus's: each document's values are made of its own entries and `df` alone)."""
    idf = np.log((1 + n) / (1 + df)) + 1.0
    weight = (1.0 + np.log(tf)) * idf[cols]
    weight[df[cols] > max(DF_CAP_MIN, int(DF_CAP_SHARE * n))] = 0.0
    # a weight of 0 (a term too common) is never kept, and would sort after every other of its document:
    # left out before the sort (the terms of most documents are mostly common ones), the ranks the same
    live = weight > 0
    docs, cols, weight = docs[live], cols[live], weight[live]
    order = np.lexsort((cols, -weight, docs))  # per document, strongest first, ties by the term's text
    docs, cols, weight = docs[order], cols[order], weight[order]
    starts = np.searchsorted(docs, np.arange(n + 1))
    rank = np.arange(docs.size) - starts[docs]
    keep = rank < TERMS_PER_DOC
    docs, cols, weight = docs[keep], cols[keep], weight[keep]
    norms = np.sqrt(np.bincount(docs, weights=weight * weight, minlength=n))
    return docs, cols, weight / norms[docs]


def _distinct(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`np.unique(ids, return_inverse=True)` for ids that are small non-negative numbers (TermIds': the
    terms of this computation numbered from 0), by a table of those present instead of a sort."""
    present = np.zeros(int(ids.max()) + 1 if ids.size else 0, dtype=bool)
    present[ids] = True
    position = np.cumsum(present, dtype=np.int64) - 1
    return np.flatnonzero(present), position[ids]


def _ids(values: Sequence[str | None]) -> np.ndarray:
    table: dict[str, int] = {}
    return np.array([-1 if not v else table.setdefault(v, len(table)) for v in values], dtype=np.int64)


def without_common_columns(matrix: Rows, cap: int) -> Rows:
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    return sparserows.columns(matrix, np.flatnonzero(df <= cap))


class Features:
    """Everything the score needs, as arrays over the initiatives (sorted by slug)."""

    def __init__(
        self, items: Sequence[Initiative], tk: Tokenizer, known: dict[str, TermCounts] | None
    ) -> None:
        vocabulary = TermIds()
        texts = [document_text(item) for item in items]
        self.text_keys = text_keys(texts)
        counted = term_counts(texts, tk, known, self.text_keys)
        ids = [(vocabulary.ids_of(words), counts) for words, counts in counted]
        self.text, self.terms, self.counts = tfidf_entries(*_flat_counts(ids), vocabulary.term_text)
        self._describe(items)

    @classmethod
    def with_text(
        cls, items: Sequence[Initiative], text: Rows, terms: list[str], counts: TermCountRows
    ) -> Features:
        """The Features of `items` whose TF-IDF rows are `text` over `terms` (tfidf_entries'), without
        reading their titles or bodies (linknarrow: the rows of linkpatch.LinkState)."""
        f = cls.__new__(cls)
        f.text, f.terms, f.counts, f.text_keys = text, terms, counts, []
        f._describe(items)
        return f

    def _describe(self, items: Sequence[Initiative]) -> None:
        """Every array but the text's: practices, themes, level, region, the cap of common names."""
        n = len(items)
        self.practice_names = [tuple(normalize_practice(p) for p in i.practices) for i in items]
        practice_ids: dict[str, int] = {}
        practice_rows = [
            sorted({practice_ids.setdefault(p, len(practice_ids)) for p in names if p})
            for names in self.practice_names
        ]
        self.practices = sparserows.ones(practice_rows, len(practice_ids))
        theme_ids: dict[str, int] = {}
        self.themes = sparserows.ones(
            [sorted({theme_ids.setdefault(t, len(theme_ids)) for t in i.themes}) for i in items],
            len(theme_ids),
        )
        self.theme_count = np.diff(self.themes.indptr).astype(np.float64)
        self.theme_bits: np.ndarray | None = None
        if self.themes.shape[1] <= 64:
            owners = np.repeat(np.arange(n), np.diff(self.themes.indptr))
            self.theme_bits = np.zeros(n, dtype=np.uint64)
            np.bitwise_or.at(
                self.theme_bits, owners, np.left_shift(np.uint64(1), self.themes.indices.astype(np.uint64))
            )
        self.level = np.array(
            [LEVELS.index(i.level) if i.level in LEVELS else -1 for i in items], dtype=np.int64
        )
        self.province = _ids([i.region.province for i in items])
        self.city = _ids([f"{i.region.province}/{i.region.city}" if i.region.city else None for i in items])
        self.county = _ids(
            [
                f"{i.region.province}/{i.region.city}/{i.region.county}" if i.region.county else None
                for i in items
            ]
        )
        self.cap = max(DF_CAP_MIN, int(DF_CAP_SHARE * n))
        self.depth = np.array([_depth(i) for i in items], dtype=np.int64)

    def wider_place(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """For every pair, whether one region contains the other (黔东南州 and its 凯里市)."""
        out = np.zeros(rows.size, dtype=bool)
        for depth, ids in ((1, self.province), (2, self.city)):
            for a, b in ((rows, cols), (cols, rows)):
                out |= (self.depth[a] == depth) & (self.depth[b] > depth) & (ids[a] == ids[b]) & (ids[a] >= 0)
        return out

    def shared_themes(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        if self.theme_bits is not None:
            return np.bitwise_count(self.theme_bits[rows] & self.theme_bits[cols]).astype(np.float64)
        return _shared(self.themes, rows, cols)

    def scores(self, rows: np.ndarray, cols: np.ndarray, text: np.ndarray) -> np.ndarray:
        """The score of every pair (module docstring), rounded to 4 decimals."""
        n_themes = self.shared_themes(rows, cols)
        denominator = np.sqrt(self.theme_count[rows] * self.theme_count[cols])
        theme_sim = np.divide(n_themes, denominator, out=np.zeros_like(n_themes), where=denominator > 0)
        practices = np.minimum(1.0, _shared(self.practices, rows, cols) / 2.0)
        raw = W_TEXT * text + W_THEMES * theme_sim + W_PRACTICES * practices

        a, b = self.level[rows], self.level[cols]
        table = np.asarray(LEVEL_FACTORS)
        factor = np.where((a < 0) | (b < 0), LEVEL_UNKNOWN, table[np.minimum(np.abs(a - b), len(table) - 1)])
        same = [
            (ids[rows] >= 0) & (ids[rows] == ids[cols]) for ids in (self.county, self.city, self.province)
        ]
        factor = factor * np.select(same, [REGION_SAME_COUNTY, REGION_SAME_CITY, REGION_SAME_PROVINCE], 1.0)
        no_theme = (n_themes == 0) & (self.theme_count[rows] > 0) & (self.theme_count[cols] > 0)
        factor = np.where(no_theme, factor * NO_SHARED_THEME, factor)
        return np.round(raw * factor, 4)

    def text_of(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return sparserows.pair_sums(self.text, rows, cols)


def _depth(item: Initiative) -> int:
    """How far down its region goes: 3 county, 2 city, 1 province, 0 none."""
    region = item.region
    return 3 if region.county else 2 if region.city else 1 if region.province else 0


def _shared(matrix: Rows, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """How many columns rows[i] and cols[i] share in a binary matrix, for every pair."""
    if rows.size == 0 or matrix.nnz == 0:
        return np.zeros(rows.size, dtype=np.float64)
    return sparserows.pair_sums(matrix, rows, cols)
