"""One-shot builds after title and theme-list edits, the cross-links' candidate pairs taken from the last
computation's (builder.render.linkpatch: the sparse products, as a site of more than 2 000 initiatives
makes them), give the site of a full build from no cache, byte for byte."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from builder.commands.build import run_build
from builder.content.loader import read_content_file
from builder.render import crosslinks, linkpatch
from builder.util.paths import THEME_DIR
from tests.render.test_incremental import THEME_SLUGS, _save, _tree
from tests.support.fixture_site import INITIATIVES, write_content


def _retitle(content: Path, slug: str, title: str) -> None:
    item = read_content_file(content / f"{slug}.md").initiative
    assert item is not None
    _save(content, dataclasses.replace(item, title=title))


def _rethemed(content: Path, slug: str, change: int) -> None:
    """A theme added to the list (change > 0) or its last one taken off (a theme page's count changes)."""
    item = read_content_file(content / f"{slug}.md").initiative
    assert item is not None
    if change > 0:
        themes = [*item.themes, next(t for t in THEME_SLUGS[change:] + THEME_SLUGS if t not in item.themes)]
    else:
        themes = item.themes[:-1]
    _save(content, dataclasses.replace(item, themes=themes))


# (kind, which initiative, variant): titles of new words, of words other titles hold, a title undone,
# themes added and taken off
SEQUENCES = [
    [("title", 2, "社区星空观测站建成开放"), ("themes", 5, 1), ("title", 2, None), ("themes", 5, -1)],
    [("themes", 0, 2), ("title", 7, "网格员走访群众"), ("themes", 3, -1), ("title", 1, "党建引领基层治理")],
]


@pytest.mark.parametrize("sequence", range(len(SEQUENCES)))
def test_title_and_theme_edits_give_the_site_of_a_full_build(
    sequence: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crosslinks, "BLOCK_CELLS", 40)  # the sparse products, and the patch, at N=12
    used = _patches_noted(monkeypatch)
    theme = tmp_path / "theme"
    shutil.copytree(THEME_DIR, theme, ignore=shutil.ignore_patterns("compiled"))
    content = write_content(tmp_path / "content", INITIATIVES[:12])
    slugs = sorted(p.stem for p in content.glob("*.md"))
    first = {slug: read_content_file(content / f"{slug}.md").initiative for slug in slugs}
    assert run_build(content, tmp_path / "site", quiet=True, theme_dir=theme) == 0
    for kind, pick, variant in SEQUENCES[sequence]:
        slug = slugs[pick]
        if kind == "title":
            _retitle(content, slug, variant if isinstance(variant, str) else first[slug].title)  # type: ignore[union-attr]
        else:
            _rethemed(content, slug, int(variant))  # type: ignore[arg-type]
        assert run_build(content, tmp_path / "site", quiet=True, theme_dir=theme) == 0
        shutil.rmtree(tmp_path / "full", ignore_errors=True)
        for cached in (tmp_path / ".cache").glob("digest-full-*"):
            shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
        assert run_build(content, tmp_path / "full", quiet=True, force=True, theme_dir=theme) == 0
        assert _tree(tmp_path / "site") == _tree(tmp_path / "full"), (kind, slug)
    assert any(used)  # (the last candidates were patched, not only made whole)


def test_digest_serve_takes_the_same_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.render.session import BuildSession
    from tests.render.test_serve_edits import _full, _serve_build

    monkeypatch.setattr(crosslinks, "BLOCK_CELLS", 40)
    used = _patches_noted(monkeypatch)
    content = write_content(tmp_path / "content", INITIATIVES[:12])
    slugs = sorted(p.stem for p in content.glob("*.md"))
    session = BuildSession()
    _serve_build(content, tmp_path / "site", session)
    for kind, pick, variant in SEQUENCES[0]:
        if kind == "title":
            _retitle(content, slugs[pick], variant if isinstance(variant, str) else f"{slugs[pick]}的做法")
        else:
            _rethemed(content, slugs[pick], int(variant))  # type: ignore[arg-type]
        _serve_build(content, tmp_path / "site", session)
        assert _tree(tmp_path / "site") == _full(tmp_path, content), (kind, pick)
    assert any(used)


def _noted(used: list[bool], found: object) -> object:
    used.append(found is not None)
    return found


def _patches_noted(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each computation of the links took the last candidates (compute_related's patch, or the
    title edits' from the kept state: linknarrow)."""
    from builder.render import linknarrow

    used: list[bool] = []
    real, kept = linkpatch.patched_candidates, linkpatch.kept_and_moved
    monkeypatch.setattr(crosslinks, "patched_candidates", lambda *a: _noted(used, real(*a)))  # type: ignore[arg-type]
    monkeypatch.setattr(linknarrow, "kept_and_moved", lambda *a: _noted(used, kept(*a)))  # type: ignore[arg-type]
    return used


def test_a_title_edit_hashes_the_cross_links_of_the_initiatives_whose_links_changed_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The links computed again after a title edit are mostly the last build's: the pages' reads of those
    keep their digests (linkstore.reuse_links' `same`); the others are hashed, and the site is a full
    build's."""
    from builder.content.loader import load_content
    from builder.render.site import compute_links
    from tests.render.test_incremental import related_reads_hashed

    content = write_content(tmp_path / "content", INITIATIVES)
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    before = compute_links([f.initiative for f in load_content(content) if f.initiative])
    hashed = related_reads_hashed(monkeypatch)
    slug = sorted(before)[4]
    _retitle(content, slug, "社区星空观测站建成开放")
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    after = compute_links([f.initiative for f in load_content(content) if f.initiative])
    moved = {s for s in after if after[s] != before.get(s)}
    assert moved and set(hashed) <= moved and len(hashed) < len(after) // 2, (sorted(hashed), sorted(moved))
    assert run_build(content, tmp_path / "full", quiet=True, force=True) == 0
    assert _tree(tmp_path / "site") == _tree(tmp_path / "full")


# title edits alone, of every kind: new words, words other titles hold, the same terms, undone; the links
# made from the kept state (builder.render.linknarrow), the initiatives not read by them
TITLES = [
    ("社区星空观测站建成开放", 2),
    ("网格员走访群众", 7),
    ("社区星空观测站建成开放。", 2),
    (None, 2),
    (None, 7),
]


def _text_edits_noted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    from builder.render import linknarrow

    made: list[int] = []
    real = linknarrow.text_edit_links

    def noted(*args: object, **kwargs: object) -> object:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        made.append(-1 if found is None else len(found[0]))
        return found

    monkeypatch.setattr(linknarrow, "text_edit_links", noted)
    return made


@pytest.mark.parametrize("serve", [False, True])
def test_title_edits_take_the_links_from_the_kept_state_and_give_the_site_of_a_full_build(
    serve: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from builder.render.session import BuildSession
    from tests.render.test_serve_edits import _full, _serve_build

    monkeypatch.setattr(crosslinks, "BLOCK_CELLS", 40)  # the sparse products, and the patch, at N=12
    made = _text_edits_noted(monkeypatch)
    content = write_content(tmp_path / "content", INITIATIVES[:12])
    slugs = sorted(p.stem for p in content.glob("*.md"))
    first = {slug: read_content_file(content / f"{slug}.md").initiative for slug in slugs}
    session = BuildSession()

    def build() -> None:
        if serve:
            _serve_build(content, tmp_path / "site", session)
        else:
            assert run_build(content, tmp_path / "site", quiet=True) == 0

    build()
    for title, pick in TITLES:
        slug = slugs[pick]
        _retitle(content, slug, title or first[slug].title)  # type: ignore[union-attr]
        build()
        if serve:
            assert _tree(tmp_path / "site") == _full(tmp_path, content), (title, slug)
        else:
            shutil.rmtree(tmp_path / "full", ignore_errors=True)
            for cached in (tmp_path / ".cache").glob("digest-full-*"):
                shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
            assert run_build(content, tmp_path / "full", quiet=True, force=True) == 0
            assert _tree(tmp_path / "site") == _tree(tmp_path / "full"), (title, slug)
    assert len(made) == len(TITLES) and -1 not in made, made  # (every edit's links from the kept state)


def test_an_edit_after_a_title_edit_of_a_big_build_finds_the_reading_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big one-shot build lets its Markdown bodies go before its pages (indexes.markdown_let_go); the
    readings of the files it read anew, kept when the build ends, are kept with their bodies: the next
    edit of such a file is compared field by field (narrowedit) and builds the site of a full build."""
    from builder.render import indexes

    monkeypatch.setattr(indexes, "LAID_OUT", 4)  # (12 initiatives: "big")
    content = write_content(tmp_path / "content", INITIATIVES[:12])
    slug = sorted(p.stem for p in content.glob("*.md"))[3]
    first = read_content_file(content / f"{slug}.md").initiative
    assert first is not None
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    for title in ("社区星空观测站建成开放", first.title):  # a title, then undone
        _retitle(content, slug, title)
        assert run_build(content, tmp_path / "site", quiet=True) == 0
    assert run_build(content, tmp_path / "full", quiet=True, force=True) == 0
    assert _tree(tmp_path / "site") == _tree(tmp_path / "full")


# (title, summary, which initiative): titles of new words, of corpus words, the same terms, a title and a
# summary edited together, each undone; None: the first build's
NARROW_TITLES = [
    ("社区星空观测站建成开放", None, 2),
    ("网格员走访群众", None, 7),
    ("社区星空观测站建成开放。", None, 2),
    ("党建引领基层治理新做法", "居民议事会每月开会，网格员走访群众。", 5),
    (None, None, 2),
    (None, None, 7),
    (None, None, 5),
]


@pytest.mark.parametrize("serve", [False, True])
def test_title_edits_take_the_narrow_path_and_give_the_site_of_a_full_build(
    serve: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A title edit (with a summary or not) is narrow (builder.content.narrowedit): a one-shot build makes
    only the pages reading what it changed, its cross-links and theme pairs from the kept links state
    (builder.render.narrowlinks); digest serve patches its index in memory the same way (narrowindex.py:
    the moved initiatives' `related` and the theme pairs), never making it whole. Both give a full build's
    site, byte for byte, and so does a wide edit after them (the present path takes the links the narrow
    build kept)."""
    from builder.render import indexes, narrowbuild, narrowindex
    from builder.render.session import BuildSession
    from tests.render.test_serve_edits import _full, _serve_build

    monkeypatch.setattr(crosslinks, "BLOCK_CELLS", 40)  # the sparse products, and the patch, at N=12
    narrow: list[int] = []
    real = narrowbuild.narrow_site
    monkeypatch.setattr(narrowbuild, "narrow_site", lambda *a: _narrow_noted(narrow, real(*a)))
    patched: list[int] = []  # digest serve's index patched (narrowindex), or made whole (indexes)
    real_patch, real_whole = narrowindex.patched_index, indexes.build_index
    monkeypatch.setattr(narrowindex, "patched_index", lambda *a: _narrow_noted(patched, real_patch(*a)))
    monkeypatch.setattr(indexes, "build_index", lambda *a, **k: patched.append(0) or real_whole(*a, **k))
    content = write_content(tmp_path / "content", INITIATIVES[:12])
    slugs = sorted(p.stem for p in content.glob("*.md"))
    first = {slug: read_content_file(content / f"{slug}.md").initiative for slug in slugs}
    session = BuildSession()

    def built() -> dict[str, bytes]:
        if serve:
            _serve_build(content, tmp_path / "site", session)
            return _full(tmp_path, content)
        assert run_build(content, tmp_path / "site", quiet=True) == 0
        shutil.rmtree(tmp_path / "full", ignore_errors=True)
        for cached in (tmp_path / ".cache").glob("digest-full-*"):
            shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
        assert run_build(content, tmp_path / "full", quiet=True, force=True) == 0
        return _tree(tmp_path / "full")

    built()
    for title, summary, pick in NARROW_TITLES:
        item = first[slugs[pick]]
        assert item is not None
        edited = dataclasses.replace(item, title=title or item.title, summary=summary or item.summary)
        _save(content, edited)
        patched.clear()
        full = built()
        assert _tree(tmp_path / "site") == full, (title, pick)
        if serve:  # (the reference builds make their index whole, one-shot: no patch asked)
            assert patched[0] == 1, (title, pick, patched)
    assert narrow == ([] if serve else [1] * len(NARROW_TITLES)), narrow
    computed: list[int] = []
    whole = crosslinks.compute_related
    monkeypatch.setattr(crosslinks, "compute_related", lambda *a, **k: computed.append(1) or whole(*a, **k))
    item = read_content_file(content / f"{slugs[4]}.md").initiative
    assert item is not None
    _save(content, dataclasses.replace(item, date="2024-01-02"))  # wide, no link read: the links kept
    full = built()
    assert _tree(tmp_path / "site") == full
    assert computed == [1], computed  # (the reference build's alone)
    _rethemed(content, slugs[3], 1)  # a wide edit: the present path, from the links the narrow builds kept
    full = built()
    assert _tree(tmp_path / "site") == full
    assert len(narrow) == (0 if serve else len(NARROW_TITLES))


def _narrow_noted(made: list[int], found: object) -> object:
    if found is not None:
        made.append(1)
    return found


def test_a_narrow_title_edit_loads_the_entries_its_new_links_and_theme_pairs_name() -> None:
    """A page whose links (or whose theme's pairs) moved may show an initiative it did not read before:
    its Entry is loaded (narrowlinks.LinksMade.slugs_shown; at N=10 000 a stand-in was touched)."""
    from builder.render.narrowlinks import LinksMade
    from builder.render.reasons import Link, Reason

    def link(slug: str) -> Link:
        return Link(slug, 0.5, Reason((), (), ()))

    made = LinksMade(
        "",
        {"a": [link("b"), link("c")]},
        {},
        {"t": [("d", link("e"))], "u": [("f", link("g"))]},
        {"t"},
        {},
        None,
    )
    assert made.slugs_shown() == {"b", "c", "d", "e"}
