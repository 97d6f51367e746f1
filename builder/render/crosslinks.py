"""Cross-links: for every initiative, up to five similar initiatives elsewhere, each with its reason.

Score of a pair (a, b); every weight is a constant of `linkscore`, where the score is computed:

    raw   = W_TEXT × text + W_THEMES × themes + W_PRACTICES × practices
    score = raw × level factor × region factor × (NO_SHARED_THEME if both have themes and share none)

- text: cosine of TF-IDF vectors (sublinear tf, smoothed idf from the corpus itself) over the tokenizer's
  content terms (`Tokenizer.content_terms`: no stopwords, places or persons), title counted twice, each
  vector kept to its `TERMS_PER_DOC` strongest terms; a term in more than `DF_CAP_SHARE` of a large corpus
  (at least `DF_CAP_MIN` initiatives) says nothing and is dropped;
- themes: shared themes / sqrt(|themes a| × |themes b|);
- practices: shared named practices (compared NFKC, without quotes and spaces): min(1, shared / 2);
- level: same 1.0, one apart 0.9, two apart 0.8, further 0.7, unknown 0.9;
- region (prefer other places): same county 0.5, same city 0.7, same province 0.85, elsewhere 1.0.

Kept: pairs scoring at least `THRESHOLD`, best first, ties broken by slug, at most `top_k`; never the
initiative itself, its parent or its own parts, nor a slug in its `related.block`. Slugs in `related.pin`
come first, in the editor's order, whatever their score (unknown ones are `digest check`'s business).
Never either's wider place either (凯里市 is not offered its own prefecture 黔东南州); a neighbour in the
same county or city may be linked, but its reason says 同县/同市. The reason of a link: shared themes and
practices, the rarest shared terms that add most to the text similarity, never a word of the editable
`reason-stopwords.txt` (builder.render.reasons).

Scale: only pairs that share a kept term, a practice or an uncommon theme are ever scored; they are found by
sparse matrix products (builder.render.sparserows: scipy.sparse's sums in numpy), one block of rows at a time, keeping the `CANDIDATES_PER_ROW` best per row, so time
and memory grow with the number of such pairs, not with n². The term counts of a text seen before come from
`known_terms` (the build keeps them, builder.render.linkstore), so only new texts are segmented.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from builder.model import Initiative
from builder.render import sparserows
from builder.render.linkpatch import LinkState, bonus_profiles, link_state, patched_candidates
from builder.render.linkscore import W_PRACTICES, W_THEMES, Features, without_common_columns
from builder.render.linkstore import TermCounts
from builder.render.reasons import Link, Reason, load_reason_stopwords, reasoned_links
from builder.text.tokens import Tokenizer, get_tokenizer

__all__ = ["Link", "Reason", "compute_related"]


THRESHOLD = 0.12


CANDIDATES_PER_ROW = 50
BLOCK_CELLS = 4_000_000  # rows × initiatives in one block of the similarity product


# ------------------------------------------------------------------------------------------------ linking


def _candidates(f: Features, only: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs worth scoring and their text similarity: per row the CANDIDATES_PER_ROW best by text similarity
    plus a little for shared uncommon practices and themes (all ties at the cut are kept). `only`: the rows
    to find them for (ascending; None: every row); a row's pairs are made of that row alone, so that they are
    the same bit for bit whichever rows are asked (builder.render.linkpatch asks for the rows an edit moves)."""
    found_rows: list[np.ndarray] = []
    found_cols: list[np.ndarray] = []
    found_text: list[np.ndarray] = []
    n = f.text.shape[0]
    for block_rows, cells, values, bonus in _similar(f, only):
        local_rows = cells // n
        lengths = np.bincount(local_rows, minlength=int(local_rows[-1]) + 1 if cells.size else 0)
        bounds = np.zeros(lengths.size + 1, dtype=np.int64)
        np.cumsum(lengths, out=bounds[1:])
        keep = np.ones(cells.size, dtype=bool)
        for local in np.flatnonzero(lengths > CANDIDATES_PER_ROW):
            lo, hi = bounds[local], bounds[local + 1]
            row = values[lo:hi]
            kth = np.partition(row, row.size - CANDIDATES_PER_ROW)[row.size - CANDIDATES_PER_ROW]
            keep[lo:hi] = row >= kth  # the best of the row, and every tie at the cut
        text = values[keep]
        if bonus is not None:
            text = np.maximum(0.0, text - bonus[keep])
        found_rows.append(block_rows[local_rows[keep]])
        found_cols.append(cells[keep] % n)
        found_text.append(text)
    if not found_rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    return np.concatenate(found_rows), np.concatenate(found_cols), np.concatenate(found_text)


def _similar(
    f: Features, only: np.ndarray | None = None
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]]:
    """For each block of rows (their numbers): the nonzero cells (local row × n + column, ascending) of the
    text similarity plus the bonus of shared uncommon practices and themes, their values, and the bonus in
    them (None without any such bonus). The products are dense in numpy (sparserows.block_sums) when the whole
    product has at most BLOCK_CELLS cells, else scipy's sparse products block by block: the same values.
    `only`: the rows wanted (ascending; every row when None), taken from the sparse products."""
    n = f.text.shape[0]
    text_t = sparserows.transpose(f.text)
    extra = sparserows.side_by_side(
        sparserows.scaled(without_common_columns(f.practices, f.cap), math.sqrt(W_PRACTICES / 2)),
        sparserows.scaled(without_common_columns(f.themes, f.cap), math.sqrt(W_THEMES / 4)),
    )
    extra_t = sparserows.transpose(extra)
    if n * n <= BLOCK_CELLS and only is None:
        rank = sparserows.block_sums(f.text, 0, n, text_t)
        bonus = sparserows.block_sums(extra, 0, n, extra_t) if extra.nnz else None
        if bonus is not None:
            rank += bonus
        cells = np.flatnonzero(rank)
        yield np.arange(n, dtype=np.int64), cells, rank[cells], bonus[cells] if bonus is not None else None
        return
    wanted = np.arange(n, dtype=np.int64) if only is None else np.asarray(only, dtype=np.int64)
    text_t, extra_t = sparserows.as_scipy(text_t), sparserows.as_scipy(extra_t)
    step = max(1, BLOCK_CELLS // n)
    for start in range(0, wanted.size, step):
        block = wanted[start : start + step]
        rank = (sparserows.as_scipy(sparserows.take(f.text, block)) @ text_t).tocsr()
        bonus = None
        if extra.nnz:
            bonus = (sparserows.as_scipy(sparserows.take(extra, block)) @ extra_t).tocsr()
            bonus.sort_indices()
            rank = (rank + bonus).tocsr()
        rank.sort_indices()
        cells = np.repeat(np.arange(block.size, dtype=np.int64), np.diff(rank.indptr)) * n + rank.indices
        yield block, cells, rank.data, _lookup(bonus, cells // n, rank.indices) if bonus is not None else None


def _lookup(matrix: Any, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """matrix[rows[i], cols[i]] for a CSR matrix with sorted indices (0 where absent), vectorized."""
    if rows.size == 0:
        return np.zeros(0)
    if matrix.nnz == 0:
        return np.zeros(rows.size)
    width = matrix.shape[1]
    keys = np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr)) * width
    keys += matrix.indices  # increasing: rows in order, sorted indices within a row
    wanted = rows.astype(np.int64) * width + cols
    pos = np.minimum(np.searchsorted(keys, wanted), keys.size - 1)
    return np.where(keys[pos] == wanted, matrix.data[pos], 0.0)


_Chosen = tuple[int, int, float, bool]  # row, column, score, pinned


def compute_related(
    initiatives: Sequence[Initiative],
    top_k: int = 5,
    tokenizer: Tokenizer | None = None,
    threshold: float = THRESHOLD,
    reason_stopwords: frozenset[str] | None = None,
    known_terms: dict[str, TermCounts] | None = None,
    last: LinkState | None = None,
    keep: Callable[[LinkState], None] | None = None,
) -> dict[str, list[Link]]:
    """Links for every initiative (keyed by slug), best first; see the module docstring for the rules.
    `reason_stopwords`: words never shown as a reason (default: the tokenizer's `reason-stopwords.txt`).
    `known_terms`: the term counts of texts seen before under this tokenizer (`term_counts`; filled).
    `last`: what the last computation left (linkpatch.LinkState): the candidate pairs of the rows an edit
    cannot move are taken from it (the same links); `keep` is given this computation's."""
    items = sorted(initiatives, key=lambda i: i.slug)
    if not items:
        return {}
    index = {item.slug: k for k, item in enumerate(items)}
    tk = tokenizer or get_tokenizer()
    f = Features(items, tk, known_terms)
    found = None
    profiles = bonus_profiles(items, f) if last is not None or keep is not None else []
    if last is not None and len(items) ** 2 > BLOCK_CELLS:  # (a small site's products are dense: made whole)
        found = patched_candidates(items, f, last, _candidates, profiles)
    if found is None:
        found = _candidates(f)
    if keep is not None:
        keep(link_state(items, f, found, profiles))
    rows, cols, score = _scored_pairs(items, index, f, threshold, found)
    chosen = _choose(items, index, f, (rows, cols, score), top_k)
    if reason_stopwords is None:
        reason_stopwords = load_reason_stopwords(tk.data_dir)
    return reasoned_links(items, chosen, (f.text, f.terms), f.practice_names, reason_stopwords)


def _scored_pairs(
    items: Sequence[Initiative],
    index: dict[str, int],
    f: Features,
    threshold: float,
    candidates: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The `candidates` (rows, columns, text similarity: `_candidates`) at or above the threshold, without
    self-links and overview-part links or links to a place's own wider place, scored, sorted by row, best
    first, ties by slug (= column order)."""
    rows, cols, text = candidates
    parent = np.array([index.get(item.parent or "", -1) for item in items], dtype=np.int64)
    keep = (rows != cols) & (parent[rows] != cols) & (parent[cols] != rows) & ~f.wider_place(rows, cols)
    rows, cols, text = rows[keep], cols[keep], text[keep]
    score = f.scores(rows, cols, text)
    good = score >= threshold
    rows, cols, score = rows[good], cols[good], score[good]
    order = np.lexsort((cols, -score, rows))
    return rows[order], cols[order], score[order]


def _choose(
    items: Sequence[Initiative],
    index: dict[str, int],
    f: Features,
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray],
    top_k: int,
    only: np.ndarray | None = None,
) -> list[_Chosen]:
    """The links of every row, rows in order: the first top_k pairs of rows without editors' overrides,
    pins and blocks applied to the others. `only`: the rows wanted (None: all; `pairs` then hold no
    other row's)."""
    rows, cols, score = pairs
    starts = np.searchsorted(rows, np.arange(len(items) + 1))
    edited = np.array([bool(i.related.pin or i.related.block) for i in items], dtype=bool)
    if only is not None:
        edited &= np.isin(np.arange(len(items)), only)
    plain = ~edited[rows] & (np.arange(rows.size) - starts[rows] < top_k)
    chosen: list[_Chosen] = list(
        zip(
            rows[plain].tolist(),
            cols[plain].tolist(),
            score[plain].tolist(),
            [False] * int(plain.sum()),
            strict=True,
        )
    )
    for row in np.flatnonzero(edited).tolist():
        own = slice(starts[row], starts[row + 1])
        chosen.extend(_edited_links(items, index, f, row, cols[own], score[own], top_k))
    chosen.sort(key=lambda c: c[0])  # stable: each row keeps its order
    return chosen


def _edited_links(
    items: Sequence[Initiative],
    index: dict[str, int],
    f: Features,
    row: int,
    cols: np.ndarray,
    scores: np.ndarray,
    top_k: int,
) -> list[_Chosen]:
    """The links of an initiative with `related.pin` or `related.block`: pins first, in the editor's order,
    whatever their score; blocked slugs never."""
    item = items[row]
    block = set(item.related.block)
    pins = [
        index[s] for s in dict.fromkeys(item.related.pin) if s in index and s != item.slug and s not in block
    ]
    chosen: list[_Chosen] = []
    if pins:
        pin_rows = np.full(len(pins), row, dtype=np.int64)
        pin_cols = np.asarray(pins, dtype=np.int64)
        pin_scores = f.scores(pin_rows, pin_cols, f.text_of(pin_rows, pin_cols))
        chosen.extend((row, col, float(s), True) for col, s in zip(pins, pin_scores.tolist(), strict=True))
    taken = set(pins)
    for col, value in zip(cols.tolist(), scores.tolist(), strict=True):
        if len(chosen) >= max(top_k, len(pins)):
            break
        if col in taken or items[col].slug in block:
            continue
        taken.add(col)
        chosen.append((row, col, value, False))
    return chosen
