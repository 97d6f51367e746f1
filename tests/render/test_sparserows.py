"""sparserows: every operation gives scipy.sparse's arrays bit for bit (the cross-links' scores must not move
when the build stops importing scipy), and the cross-links are the same from either product."""

from __future__ import annotations

import numpy as np
import pytest

from builder.render import crosslinks, sparserows
from builder.render.sparserows import Rows

sparse = pytest.importorskip("scipy.sparse")

SEEDS = range(8)


def _random(rng: np.random.Generator, n: int, width: int, fill: float) -> Rows:
    """A random matrix whose values differ in magnitude (so that the order of a sum shows in its bits)."""
    mask = rng.random((n, width)) < fill
    rows, cols = np.nonzero(mask)
    values = rng.random(rows.size) * 10.0 ** rng.integers(-8, 8, rows.size)
    shuffle = rng.permutation(rows.size)  # entries in any order
    return sparserows.entries(rows[shuffle], cols[shuffle], values[shuffle], (n, width))


def _scipy(matrix: Rows):
    return sparse.csr_matrix((matrix.data, matrix.indices, matrix.indptr), shape=matrix.shape)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and np.asarray(a, np.float64).tobytes() == np.asarray(b, np.float64).tobytes()


def _same_matrix(mine: Rows, theirs) -> bool:
    theirs = theirs.tocsr()
    return (
        mine.shape == theirs.shape
        and np.array_equal(mine.indptr, theirs.indptr)
        and np.array_equal(mine.indices, theirs.indices)
        and _same(mine.data, theirs.data)
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_building_and_reshaping_give_scipys_arrays(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, width = int(rng.integers(1, 40)), int(rng.integers(1, 60))
    rows, cols = np.nonzero(rng.random((n, width)) < 0.2)
    values = rng.random(rows.size) + 0.5
    shuffle = rng.permutation(rows.size)
    made = sparserows.entries(rows[shuffle], cols[shuffle], values[shuffle], (n, width))
    theirs = sparse.csr_matrix((values[shuffle], (rows[shuffle], cols[shuffle])), shape=(n, width))
    assert _same_matrix(made, theirs)
    assert _same_matrix(sparserows.transpose(made), theirs.T.tocsr())
    keep = np.flatnonzero(rng.random(width) < 0.6)
    assert _same_matrix(sparserows.columns(made, keep), theirs[:, keep].tocsr())
    other = _random(rng, n, int(rng.integers(1, 9)), 0.3)
    both = sparse.hstack([theirs * 0.25, _scipy(other)]).tocsr()
    assert _same_matrix(sparserows.side_by_side(sparserows.scaled(made, 0.25), other), both)
    picked = rng.integers(0, n, int(rng.integers(0, 30)))
    assert _same_matrix(sparserows.take(made, picked), theirs[picked])
    lists = [sorted(set(rng.integers(0, 7, int(rng.integers(0, 4))).tolist())) for _ in range(n)]
    ones = sparse.csr_matrix(
        (np.ones(sum(map(len, lists))), [c for r in lists for c in r], np.cumsum([0, *map(len, lists)])),
        shape=(n, 7),
    )
    assert _same_matrix(sparserows.ones(lists, 7), ones)


@pytest.mark.parametrize("seed", SEEDS)
def test_pair_products_and_sums_are_scipys(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, width = int(rng.integers(2, 50)), int(rng.integers(1, 80))
    matrix = _random(rng, n, width, float(rng.uniform(0.05, 0.6)))
    rows = np.sort(rng.integers(0, n, 60))
    cols = rng.integers(0, n, 60)
    product = _scipy(matrix)[rows].multiply(_scipy(matrix)[cols]).tocoo()
    pair, col, value = sparserows.products(matrix, rows, cols)
    assert np.array_equal(pair, product.row) and np.array_equal(col, product.col)
    assert _same(value, product.data)
    sums = np.asarray(_scipy(matrix)[rows].multiply(_scipy(matrix)[cols]).sum(axis=1)).ravel()
    assert _same(sparserows.pair_sums(matrix, rows, cols), sums)


@pytest.mark.parametrize("seed", SEEDS)
def test_block_sums_are_scipys_product(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, width = int(rng.integers(1, 40)), int(rng.integers(1, 30))
    left = _random(rng, n, width, float(rng.uniform(0.1, 0.9)))  # many terms per cell: the order shows
    right = sparserows.transpose(_random(rng, n, width, float(rng.uniform(0.1, 0.9))))
    start = int(rng.integers(0, n))
    stop = int(rng.integers(start, n + 1))
    theirs = (_scipy(left)[start:stop] @ _scipy(right)).toarray().ravel()
    assert _same(sparserows.block_sums(left, start, stop, right), theirs)
    assert _same(sparserows.block_sums(left, start, stop, right, rows=3), theirs)  # rows made 3 at a time


def test_cross_links_are_the_same_from_dense_and_scipy_products(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.render.test_related import GRID, GRID2, RIDERS, RIDERS2, SQUAD, SQUAD2, WOMEN, make, place

    texts = [GRID, GRID2, RIDERS, RIDERS2, SQUAD, SQUAD2, WOMEN]
    provinces = ["贵州省", "内蒙古自治区", "甘肃省", "四川省"]
    items = [
        make(
            f"i{k:02d}",
            " ".join(texts[(k + j) % len(texts)] for j in range(k % 3 + 1)),
            region=place(provinces[k % len(provinces)]),
            themes=[["grid-governance"], ["new-employment-groups"], []][k % 3],
            practices=[["红蜂驿站"], [], ["先锋骑手"]][k % 3],
        )
        for k in range(14)
    ]
    dense = crosslinks.compute_related(items)
    monkeypatch.setattr(crosslinks, "BLOCK_CELLS", 40)  # scipy's products, 2 rows a block
    assert crosslinks.compute_related(items) == dense
    assert any(dense.values())
