"""The search index's array steps (render/searchgrams.py, render/searchindex.py) are the numpy one-liners they
replace, for empty, one-element and random arrays: the index's bytes do not depend on how they are computed."""

from __future__ import annotations

import numpy as np
import pytest

from builder.render import searchgrams as g
from builder.render.searchindex import varint, varints

rng = np.random.default_rng(38)
ARRAYS = [
    np.zeros(0, np.int64),
    np.array([7], np.int64),
    np.array([3, 3, 1, 9, 0], np.int64),
    rng.integers(0, 10**6, 1000),
]


@pytest.mark.parametrize("values", ARRAYS, ids=["empty", "one", "five", "random"])
def test_steps_are_differences_to_the_one_before_the_first_from_0(values: np.ndarray) -> None:
    steps = g._steps(values)
    assert steps.dtype == values.dtype and np.array_equal(steps, np.diff(values, prepend=0))


@pytest.mark.parametrize("values", ARRAYS, ids=["empty", "one", "five", "random"])
def test_lengths_are_those_of_the_runs_to_the_total(values: np.ndarray) -> None:
    at = np.unique(values)
    total = int(at[-1]) + 5 if at.size else 0
    lengths = g._lengths(at, total)
    assert lengths.dtype == at.dtype and np.array_equal(lengths, np.diff(np.append(at, total)))


@pytest.mark.parametrize("values", ARRAYS, ids=["empty", "one", "five", "random"])
def test_ordinals_count_the_flags_up_to_each_place(values: np.ndarray) -> None:
    flags = values % 3 == 0
    ordinals = g._ordinals(flags)
    assert ordinals.dtype == np.int64 and np.array_equal(ordinals, np.cumsum(flags) - 1)


@pytest.mark.parametrize(
    "values",
    [[], [0], [5, 127, 0], [128, 1, 300, 16384, 2**21, 2**35 + 3], list(range(0, 40_000, 97))],
    ids=["empty", "zero", "one-byte", "wide", "range"],
)
def test_varints_and_their_offsets_are_each_values_own(values: list[int]) -> None:
    data, offsets = varints(np.array(values, np.int64))
    own = [varint(value) for value in values]
    assert data.tobytes() == b"".join(own)
    assert offsets.dtype == np.int64 and offsets.tolist() == [0, *np.cumsum([len(b) for b in own]).tolist()]
