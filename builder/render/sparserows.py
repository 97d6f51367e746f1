"""Sparse matrices by rows (CSR) in numpy alone: the few operations the cross-links compute with.

Every sum is made in the order scipy.sparse makes it (a product's terms in the order of the left row's
columns, a row's sum by `np.add.reduceat` of its entries), so that every score is bit for bit scipy's
(tests/render/test_sparserows.py checks it against scipy), and a small site's build does not import scipy
(~0.14 s of CPU, a third of it numpy.testing and numpy.f2py pulled in by scipy's array-API layer). The one
operation left to scipy is the product of large matrices (`as_scipy`): `block_sums` is dense, fast while
the product has few cells (a site of up to 2 000 initiatives), and scipy's sparse product beyond.

A `Rows` holds each row's entries with their columns ascending and no column twice (scipy's canonical
format, which `entries` makes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Rows:
    """A sparse matrix by rows: row r's entries are `indices[indptr[r]:indptr[r + 1]]` (columns,
    ascending) with their values in `data`."""

    indptr: np.ndarray  # int64, one more than the rows
    indices: np.ndarray  # int64
    data: np.ndarray  # float64
    width: int

    @property
    def shape(self) -> tuple[int, int]:
        return self.indptr.size - 1, self.width

    @property
    def nnz(self) -> int:
        return int(self.indices.size)


def entries(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, shape: tuple[int, int]) -> Rows:
    """The matrix of the entries (rows[i], cols[i]) = values[i], no (row, column) twice."""
    order = np.lexsort((cols, rows))
    indptr = np.zeros(shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
    return Rows(
        indptr,
        cols[order].astype(np.int64),
        values[order].astype(np.float64),
        shape[1],
    )


def ones(rows: list[list[int]], width: int) -> Rows:
    """The 0/1 matrix with a 1 in each row at the columns it lists (ascending, each once)."""
    indptr = np.cumsum([0, *(len(r) for r in rows)]).astype(np.int64)
    indices = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=int(indptr[-1]))
    return Rows(indptr, indices, np.ones(indices.size), max(1, width))


def _spans(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For spans (starts[i], lengths[i]): which span each position belongs to, and the positions, in order."""
    owner = np.repeat(np.arange(starts.size, dtype=np.int64), lengths)
    ends = np.cumsum(lengths)
    positions = np.arange(int(ends[-1]) if ends.size else 0, dtype=np.int64)
    positions += np.repeat(starts - (ends - lengths), lengths)
    return owner, positions


def take(matrix: Rows, rows: np.ndarray) -> Rows:
    """The rows `rows` of `matrix`, in that order (`matrix[rows]`)."""
    rows = np.asarray(rows, dtype=np.int64)
    starts = matrix.indptr[rows]
    lengths = matrix.indptr[rows + 1] - starts
    _owner, positions = _spans(starts, lengths)
    indptr = np.zeros(rows.size + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return Rows(indptr, matrix.indices[positions], matrix.data[positions], matrix.width)


def transpose(matrix: Rows) -> Rows:
    """The transpose: each column's entries by row, ascending."""
    n = matrix.indptr.size - 1
    owner = np.repeat(np.arange(n, dtype=np.int64), np.diff(matrix.indptr))
    order = np.argsort(matrix.indices, kind="stable")
    indptr = np.zeros(matrix.width + 1, dtype=np.int64)
    np.cumsum(np.bincount(matrix.indices, minlength=matrix.width), out=indptr[1:])
    return Rows(indptr, owner[order], matrix.data[order], n)


def columns(matrix: Rows, keep: np.ndarray) -> Rows:
    """The columns `keep` (ascending) of `matrix`, numbered from 0 in that order (`matrix[:, keep]`)."""
    number = np.full(matrix.width, -1, dtype=np.int64)
    number[keep] = np.arange(keep.size)
    new = number[matrix.indices]
    kept = new >= 0
    n = matrix.indptr.size - 1
    owner = np.repeat(np.arange(n, dtype=np.int64), np.diff(matrix.indptr))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(owner[kept], minlength=n), out=indptr[1:])
    return Rows(indptr, new[kept], matrix.data[kept], int(keep.size))


def scaled(matrix: Rows, factor: float) -> Rows:
    return Rows(matrix.indptr, matrix.indices, matrix.data * factor, matrix.width)


def side_by_side(left: Rows, right: Rows) -> Rows:
    """`left`'s columns, then `right`'s (scipy.sparse.hstack)."""
    n = left.indptr.size - 1
    counts = np.diff(left.indptr) + np.diff(right.indptr)
    owner = np.concatenate(
        [np.repeat(np.arange(n), np.diff(left.indptr)), np.repeat(np.arange(n), np.diff(right.indptr))]
    )
    order = np.argsort(owner, kind="stable")
    indices = np.concatenate([left.indices, right.indices + left.width])[order]
    data = np.concatenate([left.data, right.data])[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    return Rows(indptr, indices, data, left.width + right.width)


def products(matrix: Rows, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The products of the entries that rows[i] and cols[i] of `matrix` share, as (i, column, product), by
    i then column, zero products left out (`matrix[rows].multiply(matrix[cols])`, as COO)."""
    a, b = take(matrix, rows), take(matrix, cols)
    width = max(1, matrix.width)
    a_pair, _ = _spans(a.indptr[:-1], np.diff(a.indptr))
    b_pair, _ = _spans(b.indptr[:-1], np.diff(b.indptr))
    a_keys = a_pair * width + a.indices
    b_keys = b_pair * width + b.indices
    if b_keys.size == 0 or a_keys.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    at = np.minimum(np.searchsorted(b_keys, a_keys), b_keys.size - 1)
    shared = b_keys[at] == a_keys
    value = a.data[shared] * b.data[at[shared]]
    nonzero = value != 0
    return a_pair[shared][nonzero], a.indices[shared][nonzero], value[nonzero]


def pair_sums(matrix: Rows, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """For every i, the sum of the products of the entries rows[i] and cols[i] share
    (`matrix[rows].multiply(matrix[cols]).sum(axis=1)`, summed as scipy sums a row: np.add.reduceat)."""
    out = np.zeros(rows.size, dtype=np.float64)
    pair, _col, value = products(matrix, rows, cols)
    if value.size:
        first = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
        out[pair[first]] = np.add.reduceat(value, first)
    return out


def block_sums(left: Rows, start: int, stop: int, right: Rows, rows: int = 64) -> np.ndarray:
    """The rows start..stop of `left @ right`, dense: one value per cell, row by row (zero where no term).
    Each cell sums its terms in the order of the left row's columns, from 0.0, as scipy's sparse product
    does (np.bincount adds its weights in order), so the values are scipy's bit for bit. Made `rows` rows
    at a time: their temporaries are small and reused from the heap, not fresh pages (at N=1 000, 1.9 M
    terms at once took 0.2 s of a cold build, scipy's product 0.07 s)."""
    width = right.width
    out = np.empty((stop - start) * width)
    for first in range(start, stop, rows):
        last = min(stop, first + rows)
        lo, hi = left.indptr[first], left.indptr[last]
        local = np.repeat(np.arange(last - first, dtype=np.int64), np.diff(left.indptr[first : last + 1]))
        inner, weight = left.indices[lo:hi], left.data[lo:hi]
        firsts = right.indptr[inner]
        lengths = right.indptr[inner + 1] - firsts
        ends = np.cumsum(lengths)
        positions = np.arange(int(ends[-1]) if ends.size else 0, dtype=np.int64)
        positions += np.repeat(firsts - (ends - lengths), lengths)
        cells = np.repeat(local * width, lengths)
        cells += right.indices[positions]
        values = np.repeat(weight, lengths)
        values *= right.data[positions]
        at = (first - start) * width
        out[at : at + (last - first) * width] = np.bincount(
            cells, weights=values, minlength=(last - first) * width
        )
    return out


def as_scipy(matrix: Rows) -> Any:
    """The matrix as scipy.sparse's csr_matrix (the same arrays), importing scipy."""
    from scipy import sparse

    return sparse.csr_matrix((matrix.data, matrix.indices, matrix.indptr), shape=matrix.shape)
