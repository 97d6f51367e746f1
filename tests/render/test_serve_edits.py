"""digest serve's rebuilds redo only what an edit changes in the search index, the theme pages and the
indicator rows (issue 16), and leave the site a full build makes: a summary edit, a theme change, a figure
change, a new file and a deleted file, each rebuilt in one BuildSession and compared with a full build."""

from __future__ import annotations

import dataclasses
import pickle
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.commands.build import run_build
from builder.content.filecache import entries_in_memory
from builder.render import paging, searchindex
from builder.render.figures import Figure
from builder.render.indicatorfile import load_indicators
from builder.render.indicatorrows import indicator_rows
from builder.render.reasons import Link, Reason
from builder.render.recordfile import PageIndex
from builder.render.relatedviews import theme_pairs
from builder.render.session import BuildSession, IdentityMemo
from builder.util import buildstamp

# _big_site_search_layout: test_incremental's autouse fixture (many shards and grams in files of their own, as on a
# big site), so that an edit patches them here too.
from tests.render.test_incremental import _apply, _big_site_search_layout, _inodes, _tree  # noqa: F401
from tests.support.fixture_site import INITIATIVES, write_content
from tests.support.fuzz import fuzz

# the edits that reach the search shards, the theme pages, the indicator rows and what digest serve reuses
# of the site index when its inputs are the same (the region tree, the glossary, the themes' pairs)
MY_EDITS = st.tuples(
    st.sampled_from(
        [
            "summary",
            "themes",
            "figure",
            "add",
            "delete",
            "region",
            "practice",
            "date",
            "level",
            "title",
            "parent",
        ]
    ),
    st.integers(0, 50),
    st.integers(1, 9),
)


def _files_now(content: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in content.iterdir() if path.is_file()}


# the bytes of each content folder's files at its last serve build (what the watcher compares with, here)
_SEEN: dict[Path, dict[str, bytes]] = {}


def _serve_build(content: Path, out: Path, session: BuildSession, *, tell: bool = True) -> None:
    """A rebuild as digest serve makes it (builder.commands.serve.default_build): after the first, with the
    content files whose bytes changed since the last one, as its watcher tells them (`tell`)."""
    now, last = _files_now(content), _SEEN.get(content)
    changed = None
    if tell and last is not None and session.out is not None:
        changed = [
            content / name for name in sorted(now.keys() | last.keys()) if now.get(name) != last.get(name)
        ]
    with entries_in_memory(session.cache_entries, session.unsaved):
        assert run_build(content, out, quiet=True, body_cache=session, changed=changed) == 0
    _SEEN[content] = now
    # the stamp entries the session keeps of its site (patched with the files written) are the site's
    assert session.site == {entry[0]: entry for entry in buildstamp.output_entries(out)}


def _full(root: Path, content: Path) -> dict[str, bytes]:
    """The files of a full build of `content` from no cache at all."""
    shutil.rmtree(root / "full", ignore_errors=True)
    for cached in (root / ".cache").glob("digest-full-*"):
        shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
    assert run_build(content, root / "full", quiet=True, force=True) == 0
    return _tree(root / "full")


@fuzz(5)
@given(st.lists(MY_EDITS, min_size=1, max_size=5))
def test_serve_rebuilds_after_these_edits_are_full_builds(edits: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory(prefix="digest-serve-edits-") as tmp:
        root = Path(tmp)
        content = write_content(root / "content", INITIATIVES[:10])
        session = BuildSession()
        _serve_build(content, root / "site", session)
        for edit in edits:
            _apply(content, edit)
            _serve_build(content, root / "site", session)
            assert _tree(root / "site") == _full(root, content), edit


def test_a_summary_edit_hashes_no_read_of_the_index_fields_it_left_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """digest serve keeps the digests of the reads of each field of the index whose value is the last
    build's very object (IdentityMemo.reuse: the region tree, theme and level lists, parts, glossary …),
    and of the cross-links made from the same inputs: an edited summary hashes none of them again; an
    initiative moved to another province hashes the regions again, and the site is a full build's."""
    from builder.render import inputdigests

    content = write_content(tmp_path / "content", INITIATIVES)
    session = BuildSession()
    _serve_build(content, tmp_path / "site", session)
    hashed: list[str] = []
    real = inputdigests.Digests._hash

    def counting(self: inputdigests.Digests, read: tuple[str, str]) -> bytes:
        hashed.append(read[0])
        return real(self, read)

    monkeypatch.setattr(inputdigests.Digests, "_hash", counting)
    _apply(content, ("summary", 3, 1))
    _serve_build(content, tmp_path / "site", session)
    same = {"regions", "theme_counts", "parts", "related", "themes", "levels", "practices", "province_groups"}
    assert hashed and not same & set(hashed), sorted(set(hashed))
    moved = next(item for item in INITIATIVES if item.slug == sorted(i.slug for i in INITIATIVES)[3])
    other = next(item.region for item in INITIATIVES if item.region.province != moved.region.province)
    _apply(content, ("region", 3, INITIATIVES.index(next(i for i in INITIATIVES if i.region == other))))
    hashed.clear()
    _serve_build(content, tmp_path / "site", session)
    assert "regions" in hashed
    assert _tree(tmp_path / "site") == _full(tmp_path, content)


def test_a_rebuild_told_the_changed_files_looks_at_no_other_content_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """digest serve's watcher tells the build which files changed: the others (not racy) are neither
    stat'ed nor read for the stamp or the load, and the site is a full build's; told nothing, it looks
    at every file again."""
    import os

    from builder.content import cachedreads

    # no file is racy (written within a clock tick of a load: looked at again whatever is told)
    monkeypatch.setattr(cachedreads, "RACY_NS", 0)
    monkeypatch.setattr(buildstamp, "RACY_SECONDS", 0.0)
    content = write_content(tmp_path / "content", INITIATIVES)
    session = BuildSession()
    _serve_build(content, tmp_path / "site", session)
    _serve_build(content, tmp_path / "site", session)  # (nothing changed: up to date)
    stamp = session.stamp
    assert stamp is not None
    edited = sorted(content.glob("*.md"))[3]
    _apply(content, ("summary", 3, 1))
    looked: list[str] = []
    real_lstat = os.lstat

    def lstat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith(".md"):
            looked.append(os.path.basename(path))
        return real_lstat(path, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(os, "lstat", lstat)
        _serve_build(content, tmp_path / "site", session)
    assert set(looked) == {edited.name}
    assert session.stamp is not None and session.stamp is not stamp
    kept = {entry[0]: entry for entry in stamp["content"]}
    for entry in session.stamp["content"]:
        assert (entry is kept.get(entry[0])) == (entry[0] != edited.name), entry
    assert _tree(tmp_path / "site") == _full(tmp_path, content)
    _apply(content, ("title", 5, 1))
    looked.clear()
    with monkeypatch.context() as patched:
        patched.setattr(os, "lstat", lstat)
        _serve_build(content, tmp_path / "site", session, tell=False)
    assert len(set(looked)) == len(INITIATIVES)
    assert _tree(tmp_path / "site") == _full(tmp_path, content)


def test_a_summary_edit_patches_the_last_index_and_a_wider_one_makes_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A narrow edit (a summary: builder.content.narrowedit) takes the last build's site index with the
    edited Entry replaced (builder.render.narrowindex), not a new one, and so does a title edit (its
    cross-links made again, the moved ones patched in); a theme-list edit makes it again; each site is a
    full build's."""
    from builder.render import site

    content = write_content(tmp_path / "content", INITIATIVES)
    session = BuildSession()
    _serve_build(content, tmp_path / "site", session)
    made: list[int] = []
    real = site._site_index

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(site, "_site_index", counted)
    by_slug = {item.slug: item for item in INITIATIVES}
    slugs = sorted(path.stem for path in content.glob("*.md"))
    plain = next(  # a summary that names none of its practices (the glossary's sentences stay)
        i
        for i, slug in enumerate(slugs)
        if not any(name in (by_slug[slug].summary or "") for name in by_slug[slug].practices)
    )
    for edit, whole in [
        (("summary", plain, 1), 0),
        (("summary", plain, 2), 0),
        (("title", plain, 1), 0),
        (("themes", plain, 2), 1),
    ]:
        made.clear()
        _apply(content, edit)
        _serve_build(content, tmp_path / "site", session)
        assert len(made) == whole, edit
        assert _tree(tmp_path / "site") == _full(tmp_path, content), edit


def test_every_kind_of_edit_in_one_session(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES)
    session = BuildSession()
    _serve_build(content, tmp_path / "site", session)
    edits = [
        ("summary", 0, 1),
        ("themes", 1, 2),
        ("figure", 2, 3),
        ("add", 3, 4),
        ("delete", 4, 5),
        ("date", 5, 6),
        ("level", 6, 2),
    ]
    for edit in [*edits, ("region", 5, 6), ("practice", 6, 7), ("summary", 6, 8)]:
        _apply(content, edit)
        _serve_build(content, tmp_path / "site", session)
        assert _tree(tmp_path / "site") == _full(tmp_path, content), edit


def test_a_summary_edit_patches_a_few_search_shards_and_keeps_the_other_themes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(searchindex, "SHARD_BYTES", 100)  # as many shards as a big site's
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    session = BuildSession()
    _serve_build(content, site, session)
    before = _inodes(site)
    edited = next(i for i in INITIATIVES if i.summary and i.themes)
    from tests.render.test_incremental import _save

    _save(content, dataclasses.replace(edited, summary=f"{edited.summary}（编辑改写：网格员走访群众）"))
    _serve_build(content, site, session)
    after = _inodes(site)
    assert after[f"initiatives/{edited.slug}/index.html"] != before[f"initiatives/{edited.slug}/index.html"]
    shards = [p for p in after if p.startswith("search/g") and "-" not in p]
    rewritten = [p for p in shards if before.get(p) != after[p]]
    assert rewritten and len(rewritten) < len(shards)  # patched, not written again
    results = [p for p in after if p.startswith("search/r/") and before.get(p) != after[p]]
    assert not results  # a result shows the title, place and article: no summary
    others = [
        p for p in after if p.startswith("themes/") and not any(f"themes/{t}/" in p for t in edited.themes)
    ]
    assert others and all(before[p] == after[p] for p in others)  # the theme pages that do not list it
    assert _tree(site) == _full(tmp_path, content)


def test_a_theme_page_reads_its_own_pairs_not_every_link_of_its_initiatives(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    saved = PageIndex(pickle.loads(buildstamp.records_path(site.resolve()).read_bytes())["pages"]).records()
    themes = {job: reads for job, (_path, reads, _digest) in saved.items() if job[0] == "theme"}
    assert themes
    for job, reads in themes.items():
        assert not any(field == "related" for field, _key in reads), job
        assert ("theme_pairs", paging.split_key(job[1])[0]) in reads, job


def _link(slug: str, score: float) -> Link:
    return Link(slug, score, Reason(themes=("grid",)))


def test_theme_pairs_strongest_first_each_pair_once_within_the_theme() -> None:
    related = {
        "a": [_link("b", 0.9), _link("c", 0.5), _link("x", 0.99)],  # x is not in the theme
        "b": [_link("a", 0.9), _link("c", 0.7)],
        "c": [_link("a", 0.5)],
    }
    themes_of = {"a": ["grid"], "b": ["grid"], "c": ["grid", "red"], "x": ["red"]}
    pairs = theme_pairs({"grid": ["a", "b", "c"], "red": ["c", "x"]}, related, themes_of, limit=2)
    assert [(a, link.slug) for a, link in pairs["grid"]] == [("a", "b"), ("b", "c")]
    assert "red" not in pairs  # c and x are not linked to each other from either side
    assert len(theme_pairs({"grid": ["a", "b", "c"]}, related, themes_of)["grid"]) == 3


def test_indicator_rows_classify_only_the_figures_of_an_edited_initiative() -> None:
    indicators = load_indicators()
    figure = Figure("矛盾纠纷化解率", 95.0, "%", False, "矛盾纠纷化解率达95%", "share")
    asked: list[Figure] = []

    def indicator_of(f: Figure):  # type: ignore[no-untyped-def]
        asked.append(f)
        return next((i for i in indicators if i.takes(f)), None)

    @dataclasses.dataclass
    class _Entry:
        figures: list[Figure]
        item: Any = dataclasses.field(default_factory=lambda: SimpleNamespace(level="county", locality=None))

    entries = {"a": _Entry([figure]), "b": _Entry([dataclasses.replace(figure, value=90.0)])}
    memo = IdentityMemo()
    first = indicator_rows(entries, indicators, indicator_of, memo)  # type: ignore[arg-type]
    assert len(asked) == 2 and [slug for slug, _ in first[0].rows] == ["a", "b"]
    memo.new_build()
    asked.clear()
    entries["b"] = _Entry([dataclasses.replace(figure, value=99.0)])  # b edited
    second = indicator_rows(entries, indicators, indicator_of, memo)  # type: ignore[arg-type]
    assert len(asked) == 1 and [slug for slug, _ in second[0].rows] == ["b", "a"]
    assert second == indicator_rows(entries, indicators, indicator_of)  # type: ignore[arg-type]


def _pairs_theme_by_theme(themes, related, themes_of, limit):  # type: ignore[no-untyped-def]
    """The pairs as a theme page found them before (theme by theme, its initiatives' links in order)."""
    out = {}
    for theme, slugs in themes.items():
        seen, pairs = set(), []
        for s in slugs:
            for link in related.get(s, []):
                key = (min(s, link.slug), max(s, link.slug))
                if theme in themes_of[link.slug] and key not in seen:
                    seen.add(key)
                    pairs.append((s, link))
        pairs.sort(key=lambda p: (-p[1].score, p[0], p[1].slug))
        if pairs[:limit]:
            out[theme] = pairs[:limit]
    return out


@given(
    st.lists(st.sets(st.sampled_from(["grid", "red", "gov"])), min_size=2, max_size=12),
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.integers(1, 5)), max_size=40),
    st.integers(1, 4),
)
def test_theme_pairs_found_once_are_those_found_theme_by_theme(kinds, edges, limit) -> None:  # type: ignore[no-untyped-def]
    slugs = [f"s{i:02d}" for i in range(len(kinds))]
    themes_of = {slug: sorted(k) for slug, k in zip(slugs, kinds, strict=True)}
    related: dict[str, list[Link]] = {slug: [] for slug in slugs}
    for a, b, score in edges:
        a, b = slugs[a % len(slugs)], slugs[b % len(slugs)]
        if a != b and all(link.slug != b for link in related[a]):
            related[a].append(_link(b, score / 5))
    themes = {t: [s for s in slugs if t in themes_of[s]] for t in ["grid", "red", "gov"]}
    themes = {t: members for t, members in themes.items() if members}
    assert theme_pairs(themes, related, themes_of, limit) == _pairs_theme_by_theme(
        themes, related, themes_of, limit
    )
