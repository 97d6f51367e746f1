"""Which fields an edit changed, from the stats a one-shot build kept and the readings of its file cache
(builder.content.narrowedit): a summary edit is narrow; an edit of any field a grouping of the site index
reads, a file added, removed or not parsed, a summary naming a practice, a cache without the old reading,
is not (None: the present path)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.commands.build import run_build
from builder.content import cachedreads, cachepack, filecache
from builder.content.narrowedit import changed_fields, is_narrow, narrow_edits
from builder.model import Initiative, Region, Source
from builder.util import buildstamp
from builder.util.paths import THEME_DIR
from tests.render.test_incremental import _apply, _save
from tests.support.fixture_site import INITIATIVES, write_content
from tests.support.fuzz import fuzz


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A content folder built once (one build for the module: the copies are edited)."""
    root = tmp_path_factory.mktemp("narrow")
    with pytest.MonkeyPatch.context() as patch:  # the stats of files written just now kept too
        patch.setattr(cachedreads, "RACY_NS", 0)
        assert run_build(write_content(root / "content", INITIATIVES), root / "site", quiet=True) == 0
    return root


def _built(tmp_path: Path, first_build: Path) -> tuple[Path, Path, dict]:
    """A copy of the first build's content (the same stats: copied with their times) and file cache, and
    the stats kept, by the copy's paths (an inode differs: those files are read and hashed)."""
    ignore = shutil.ignore_patterns("site", ".site*")  # (the content and file cache only)
    shutil.copytree(first_build, tmp_path / "copy", copy_function=shutil.copy2, ignore=ignore)
    content = tmp_path / "copy" / "content"
    cache = next((tmp_path / "copy" / ".cache").glob("digest-site-files-*"))
    stored = filecache.load_entry(cache, "stats", cachedreads.STATS)
    assert isinstance(stored, dict) and len(stored) == len(INITIATIVES)
    stats = {os.fspath(content / Path(path).name): known for path, known in stored.items()}
    return content, cache, stats


def _item(**changes: object) -> Initiative:
    base = Initiative(title="议事会", slug="yishihui", source=Source("p.txt", 1), body="居民议事会每月开会。")
    return dataclasses.replace(base, **changes)


def test_fields_compared_one_by_one() -> None:
    assert changed_fields(_item(), _item()) == frozenset()
    assert changed_fields(_item(), _item(summary="新摘要。", title="新题")) == {"summary", "title"}
    assert is_narrow(_item(summary="旧。"), _item(summary="新。"), frozenset({"summary"}))
    assert is_narrow(_item(), _item(title="新题"), frozenset({"title"}))  # (its links: narrowlinks)
    assert not is_narrow(_item(), _item(level="县级"), frozenset({"level"}))
    assert not is_narrow(_item(), _item(), frozenset())
    moved = _item(region=Region(province="甘肃省"))
    assert not is_narrow(_item(), moved, changed_fields(_item(), moved))


def test_a_summary_naming_a_practice_is_narrow_when_the_body_gives_the_glossary_its_sentence() -> None:
    old, new = (
        _item(practices=["议事会"], summary="旧。"),
        _item(practices=["议事会"], summary="每月召开议事会。"),
    )
    summary = frozenset({"summary"})
    assert not is_narrow(old, new, summary)  # the body's paragraphs unknown
    assert not is_narrow(
        old, new, summary, ("居民每月开会。",)
    )  # the glossary's sentence is the summary's now
    assert is_narrow(old, new, summary, ("居民议事会每月开会。",))  # the body's sentence is the glossary's
    assert is_narrow(old, dataclasses.replace(new, summary="每月开会。"), summary, ("居民每月开会。",))
    assert is_narrow(old, dataclasses.replace(new, summary="每月开会。"), summary)  # names none


def test_a_summary_edit_is_narrow_and_read_from_the_pack(tmp_path: Path, first_build: Path) -> None:
    content, cache, stats = _built(tmp_path, first_build)
    assert narrow_edits(content, cache, stats) == []
    edited = next(i for i in INITIATIVES if not any(p in (i.summary or "") for p in i.practices))
    _save(content, dataclasses.replace(edited, summary="编辑改写的摘要。"))
    (edit,) = narrow_edits(content, cache, stats) or [None]
    assert edit is not None and edit.fields == {"summary"} and edit.slug == edited.slug
    assert edit.old.initiative == edited and edit.new.initiative.summary == "编辑改写的摘要。"
    assert edit.old_digest == stats[os.fspath(content / f"{edited.slug}.md")][1] != edit.new_digest
    os.utime(content / f"{edited.slug}.md")  # touched again, the same bytes: the same answer
    assert [e.fields for e in narrow_edits(content, cache, stats) or []] == [{"summary"}]


def test_a_summary_naming_a_practice_the_body_names_is_narrow(tmp_path: Path, first_build: Path) -> None:
    """The practice's sentence is the body's: the summary may name it (the body's paragraphs from the cache)."""
    content, cache, stats = _built(tmp_path, first_build)
    item = next(i for i in INITIATIVES if i.practices and i.practices[0] in i.body)
    _save(content, dataclasses.replace(item, summary=f"摘要改写：{item.practices[0]}。"))
    assert [e.fields for e in narrow_edits(content, cache, stats) or []] == [{"summary"}]
    shutil.rmtree(cache / "bodies", ignore_errors=True)
    (cache / cachepack.NAME).unlink()  # neither the reading nor the body kept: the present path
    assert narrow_edits(content, cache, stats) is None


def test_a_file_touched_with_the_same_bytes_is_unchanged(tmp_path: Path, first_build: Path) -> None:
    content, cache, stats = _built(tmp_path, first_build)
    for path in content.glob("*.md"):
        os.utime(path)
    assert narrow_edits(content, cache, stats) == []


@pytest.mark.parametrize(
    "change", ["title-and-body", "body", "themes", "added", "removed", "unparsed", "no-reading"]
)
def test_other_changes_take_the_present_path(tmp_path: Path, first_build: Path, change: str) -> None:
    content, cache, stats = _built(tmp_path, first_build)
    item = next(i for i in INITIATIVES if not any(p in (i.summary or "") for p in i.practices))
    path = content / f"{item.slug}.md"
    if change in ("title-and-body", "body"):
        title = "改写的" + item.title if change != "body" else item.title
        _save(content, dataclasses.replace(item, title=title, body="改写的" + item.body))
    elif change == "themes":
        _save(content, dataclasses.replace(item, themes=[*item.themes, "grassroots-governance"]))
    elif change == "added":
        _save(content, dataclasses.replace(item, slug="a-new-one", title="新的一条"))
    elif change == "removed":
        path.unlink()
    elif change == "unparsed":
        path.write_text("---\ntitle: [unclosed\n---\n正文\n", encoding="utf-8")
    else:  # the cache no longer holds the old reading (pack and files of their own gone)
        _save(content, dataclasses.replace(item, summary="编辑改写的摘要。"))
        (cache / cachepack.NAME).unlink()
        shutil.rmtree(cache / "files", ignore_errors=True)
    assert narrow_edits(content, cache, stats) is None


def test_no_stats_no_answer(tmp_path: Path, first_build: Path) -> None:
    content, cache, _stats = _built(tmp_path, first_build)
    assert narrow_edits(content, cache, None) is None and narrow_edits(content, cache, {}) is None


KINDS = ["summary", "summary-practice", "title", "body", "themes", "figure", "level", "date", "region", "add"]


def _edited(content: Path, kind: str, pick: int, n: int) -> str:
    """Apply one editor's edit (test_incremental's, or a summary naming the initiative's first practice);
    returns the edited slug."""
    slugs = sorted(p.stem for p in content.glob("*.md"))
    slug = slugs[pick % len(slugs)]
    if kind == "summary-practice":
        item = next(i for i in INITIATIVES if i.slug == slug)
        _save(
            content, dataclasses.replace(item, summary=f"推行{(item.practices or ['议事'])[0]}（修订{n}）。")
        )
    elif kind == "add":
        item = next(i for i in INITIATIVES if i.slug == slug)
        _save(content, dataclasses.replace(item, slug=f"{slug}-copy", title=f"{item.title}（二）"))
    else:
        _apply(content, (kind, pick, n))
    return slug


def _index(content: Path) -> Any:
    from builder.content.loader import load_content, load_vocabulary
    from builder.render.indexes import build_index

    items = [f.initiative for f in load_content(content) if f.initiative is not None]
    return build_index(items, load_vocabulary(content), {})


@fuzz(10)
@given(
    st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 50), st.integers(1, 9)), min_size=1, max_size=2)
)
def test_a_narrow_edit_changes_no_field_of_the_site_index_but_its_entry(
    first_build: Path, edits: list[tuple[str, int, int]]
) -> None:
    """The narrow path's premise, on random edits: whenever narrow_edits says narrow, the site index of the
    edited content equals the last one in every field but `entries`, and in the edited Entries in all but
    the item and the rendered body (its region steps, figures, key figures); a wide edit is None. (The
    cross-links a title moves are not made here: tests/render/test_linkpatch_builds.py.)"""
    with tempfile.TemporaryDirectory() as tmp:
        content, cache, stats = _built(Path(tmp), first_build)
        before = _index(content)
        slugs = {_edited(content, kind, pick, n) for kind, pick, n in edits}
        found = narrow_edits(content, cache, stats)
        kinds = {kind for kind, _pick, _n in edits}
        if kinds - {"summary", "summary-practice", "title"}:
            assert not found, edits  # None, or [] for an edit that changed nothing (a figure of none)
            return
        after = _index(content)
        if found is None:  # a summary naming a practice whose glossary sentence is the summary's
            assert "summary-practice" in kinds, edits
            return
        assert {e.slug for e in found} <= slugs
        for field in dataclasses.fields(before):
            if field.name != "entries":
                assert getattr(after, field.name) == getattr(before, field.name), (field.name, edits)
        assert list(after.entries) == list(before.entries)
        for slug in slugs:
            old, new = before.entries[slug], after.entries[slug]
            assert (old.steps, old.figures, old.key_figures) == (new.steps, new.figures, new.key_figures)


def _answer(found: list | None) -> object:
    return None if found is None else sorted((e.slug, e.fields, e.new_digest) for e in found)


@pytest.mark.parametrize(
    "change", ["none", "summary", "touched", "title", "added", "removed", "folder", "symlink", "unparsed"]
)
def test_the_stats_of_the_input_stamp_give_the_same_answer(
    tmp_path: Path, first_build: Path, change: str
) -> None:
    """narrow_edits with what the input stamp's scan saw of the content folder (buildstamp.Scan: the folder
    not listed, its files not looked at again) answers as it does by itself."""
    content, cache, stats = _built(tmp_path, first_build)
    item = next(i for i in INITIATIVES if not any(p in (i.summary or "") for p in i.practices))
    path = content / f"{item.slug}.md"
    if change == "summary":
        _save(content, dataclasses.replace(item, summary="编辑改写的摘要。"))
    elif change == "touched":
        os.utime(path)
    elif change == "title":
        _save(content, dataclasses.replace(item, title="改写的" + item.title))
    elif change == "added":
        _save(content, dataclasses.replace(item, slug="a-new-one", title="新的一条"))
    elif change == "removed":
        path.unlink()
    elif change == "folder":  # a folder named like an initiative file
        (content / "a-folder.md").mkdir()
    elif change == "symlink":  # a file replaced by a link to its own bytes elsewhere
        target = tmp_path / "elsewhere.md"
        target.write_bytes(path.read_bytes())
        path.unlink()
        path.symlink_to(target)
    elif change == "unparsed":
        path.write_text("---\ntitle: [unclosed\n---\n正文\n", encoding="utf-8")
    seen = buildstamp.Scan()
    buildstamp.input_stamp(content, THEME_DIR, "", None, seen)
    assert _answer(narrow_edits(content, cache, stats, seen)) == _answer(narrow_edits(content, cache, stats))
