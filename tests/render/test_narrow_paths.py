"""The paths a narrow edit keeps (narrowbuild._kept_files, searchnarrow._of_shards), found by bisection in the
sorted paths of the last site: the same as testing each path, in the same order, sorted or not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from builder.render.narrowbuild import _kept_files
from builder.render.searchindex import is_index_file
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


@given(st.lists(st.lists(PARTS, min_size=1, max_size=5).map("".join), unique=True), st.booleans())
def test_the_kept_files_are_the_site_but_its_search_index(paths: list[str], ordered: bool) -> None:
    site = sorted(paths) if ordered else paths
    rendered = {path: path.encode() for path in site[::3]}
    files, search = _kept_files(site, rendered)
    expected = [
        (path, rendered.get(path))
        for path in site
        if not (path.startswith("search/") and is_index_file(path[7:]))
    ]
    assert files == expected
    assert search == [path[7:] for path in site if path.startswith("search/") and is_index_file(path[7:])]
