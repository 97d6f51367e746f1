"""The paths a narrow edit looks up in the last site (narrowbuild._has, searchnarrow._of_shards), found by
bisection in its sorted paths: the same as testing each path, sorted or not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from builder.render.narrowbuild import _has
from builder.render.searchnarrow import _of_shards, _shard

PARTS = st.sampled_from(
    ["g1/", "g2/", "g3/", "r/", "search/", "search", "index", "a/", "-", ".", "1", "17", "bin", "/"]
)
PATHS = st.lists(st.lists(PARTS, min_size=1, max_size=5).map("".join), unique=True)


@given(PATHS, st.sets(PATHS.map(lambda paths: paths[0] if paths else "g2/1").map(_shard)), st.booleans())
def test_the_files_of_shards_are_those_whose_shard_is_one(
    paths: list[str], shards: set[str], ordered: bool
) -> None:
    paths = sorted(paths) if ordered else paths
    assert _of_shards(paths, shards) == {path for path in paths if _shard(path) in shards}


@given(PATHS, st.sets(PATHS.map(lambda paths: paths[0] if paths else "g2/1").map(_shard)), st.booleans())
def test_the_files_of_shards_under_a_folder_are_found_in_the_whole_site(
    paths: list[str], shards: set[str], ordered: bool
) -> None:
    site = [f"search/{path}" for path in paths] + [f"{path}.html" for path in paths]
    site = sorted(site) if ordered else site
    expected = {path for path in site if path.startswith("search/") and _shard(path[7:]) in shards}
    assert _of_shards(site, shards, "search/") == expected


@given(PATHS, PATHS)
def test_a_path_is_in_the_sorted_site_when_bisection_finds_it(paths: list[str], asked: list[str]) -> None:
    site = sorted(paths)
    assert [_has(site, path) for path in asked + paths] == [path in paths for path in asked + paths]
