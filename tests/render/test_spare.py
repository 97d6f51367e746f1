"""The spare folder (builder.render.writer): a build that starts from the last one patches the site the last
build replaced and swaps it in. Whatever happened to the spare between builds (its note lost, files of it
changed, added or removed, the folder gone, a build that failed while patching it), the site is byte for
byte a full build's, and a failed build leaves the old site."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.commands.build import run_build
from builder.render import site as site_stage
from builder.render import writer
from tests.render.test_incremental import EDITS, _apply, _inodes, _tree
from tests.support.fixture_site import INITIATIVES, write_content
from tests.support.fuzz import fuzz

DISTURBANCES = ["none", "none", "no-note", "mangled", "gone", "failed"]


class Crash(Exception):
    pass


def _full(root: Path, content: Path) -> dict[str, bytes]:
    shutil.rmtree(root / "full", ignore_errors=True)
    for cached in (root / ".cache").glob("digest-full-*"):  # the reference starts from no cache
        shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
    assert run_build(content, root / "full", quiet=True, force=True) == 0
    return _tree(root / "full")


def _mangle(spare: Path) -> None:
    """Change the spare behind the build's back (its note removed with it): a file removed, a stray file
    and folders added, a folder where the site has a file."""
    files = sorted(p for p in spare.rglob("*") if p.is_file())
    if files:
        files[len(files) // 2].unlink()
    (spare / "stray" / "deeper").mkdir(parents=True, exist_ok=True)
    (spare / "stray" / "deeper" / "index.html").write_text("stray", encoding="utf-8")
    (spare / "404.html").unlink(missing_ok=True)
    (spare / "404.html").mkdir()  # a folder where the site has a file


def _failing(after: int):  # type: ignore[no-untyped-def]
    real = site_stage.render_site

    def render(*args, **kwargs):  # type: ignore[no-untyped-def]
        for number, item in enumerate(real(*args, **kwargs)):
            if number == after:
                raise Crash(f"render failed after {after} files")
            yield item

    return render


# slow (CI runs it): six random sequences of full builds (~70 s loaded); the default run keeps the spare's
# crash cases below and the incremental property of tests/render/test_incremental.py
@pytest.mark.slow
@fuzz(6)
@given(st.lists(st.tuples(EDITS, st.sampled_from(DISTURBANCES), st.integers(0, 60)), min_size=2, max_size=5))
def test_builds_through_the_spare_are_byte_identical_to_full_builds(
    steps: list[tuple[tuple[str, int, int], str, int]],
) -> None:
    with tempfile.TemporaryDirectory(prefix="digest-spare-") as tmp:
        root = Path(tmp)
        content = write_content(root / "content", INITIATIVES[:8])
        site, spare = root / "site", root / ".site.spare"
        assert run_build(content, site, quiet=True) == 0
        for edit, disturbance, after in steps:
            _apply(content, edit)
            if disturbance == "no-note":
                writer.spare_note(site).unlink(missing_ok=True)
            elif disturbance == "mangled" and spare.is_dir():
                writer.spare_note(site).unlink(missing_ok=True)
                _mangle(spare)
            elif disturbance == "gone":
                shutil.rmtree(spare, ignore_errors=True)
            elif disturbance == "failed":
                before = _tree(site)
                real = site_stage.render_site
                site_stage.render_site = _failing(after)
                try:
                    assert run_build(content, site, quiet=True) in (0, 1)
                finally:
                    site_stage.render_site = real
                assert _tree(site) in (before, _full(root, content))  # the old site, or the finished new one
            assert run_build(content, site, quiet=True) == 0
            assert _tree(site) == _full(root, content), (edit, disturbance)
            assert not list(root.glob(".site.build-*"))


def test_an_edit_writes_only_the_files_it_changes_into_the_spare(tmp_path: Path) -> None:
    """The second build from a site patches the spare: the files kept are the site's own (same inodes),
    the spare folder is swapped in (the site before the last build), and nothing else is left beside it."""
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    first = site.stat().st_ino
    for n in (1, 2):
        _apply(content, ("summary", n, n))
        before = _inodes(site)
        assert run_build(content, site, quiet=True) == 0
        after = _inodes(site)
        changed = [p for p in after if before.get(p) != after[p]]
        assert 0 < len(changed) < len(after) // 5, changed
    assert site.stat().st_ino == first  # built twice since: the first folder is the site again
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == [
        ".site.digest.lock",
        ".site.spare",
    ]


def test_a_full_build_leaves_its_spare_ready_so_the_first_edit_links_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build into a new folder links every file of its site into the spare and notes it (it had to be
    done by the first edit: 69 500 links at N=10 000, ~3 s): the first edit writes its changed files only,
    and its site is a full build's. A failed full build leaves no spare of its own behind."""
    content = write_content(tmp_path / "content", INITIATIVES)
    site, spare = tmp_path / "site", tmp_path / ".site.spare"
    monkeypatch.setattr(site_stage, "render_site", _failing(30))
    assert run_build(content, site, quiet=True) == 1
    monkeypatch.undo()
    assert not site.exists() and not spare.exists() and not list(tmp_path.glob(".site.build-*"))
    assert run_build(content, site, quiet=True) == 0
    files = sorted(_inodes(site))
    assert sorted(_inodes(spare)) == files
    assert all((spare / f).stat().st_ino == (site / f).stat().st_ino for f in files)  # linked, not copied
    assert writer.spare_note(site).exists()
    linked: list[str] = []
    real_link = writer._link
    monkeypatch.setattr(
        writer, "_link", lambda source, target: (linked.append(target), real_link(source, target))
    )
    _apply(content, ("summary", 1, 3))
    assert run_build(content, site, quiet=True) == 0
    assert linked == []
    assert _tree(site) == _full(tmp_path, content)
    assert not list(tmp_path.glob(".site.build-*"))


@pytest.mark.parametrize("after", [0, 30])
def test_a_build_that_fails_while_patching_the_spare_leaves_the_old_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, after: int
) -> None:
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    _apply(content, ("summary", 0, 1))
    assert run_build(content, site, quiet=True) == 0  # the spare is there now, with its note
    assert writer.spare_note(site).exists()
    old = _tree(site)
    _apply(content, ("body", 1, 2))  # (the present path: a title or summary would be narrow)
    monkeypatch.setattr(site_stage, "render_site", _failing(after))
    assert run_build(content, site, quiet=True) == 1
    assert _tree(site) == old
    assert not writer.spare_note(site).exists()  # the spare is half patched: not trusted any more
    monkeypatch.undo()
    assert run_build(content, site, quiet=True) == 0
    assert _tree(site) == _full(tmp_path, content)


def test_a_symlinked_spare_is_replaced_not_followed(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES[:4])
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine", encoding="utf-8")
    shutil.rmtree(tmp_path / ".site.spare")  # (the first build's, noted) a link put in its place
    os.symlink(elsewhere, tmp_path / ".site.spare")
    _apply(content, ("summary", 0, 1))
    assert run_build(content, site, quiet=True) == 0
    assert (elsewhere / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]
    assert _tree(site) == _full(tmp_path, content)


class _AnyInode(int):
    """An inode number equal to every other: the removed spare's number handed to the folder made after it."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = int.__hash__


def test_a_spare_removed_with_its_note_kept_is_never_trusted_even_with_its_inode_number_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spare deleted (to free space, say) while its note stays, and the folder made in its place given the
    same inode number (file systems reuse them): the note must not be believed, or the site misses every file
    the note does not name (found by the property test above on a busy machine)."""
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    _apply(content, ("summary", 0, 1))
    assert run_build(content, site, quiet=True) == 0
    assert writer.spare_note(site).exists()
    shutil.rmtree(tmp_path / ".site.spare")
    real = writer._read_note

    def reused(note: Path) -> dict | None:
        found = real(note)
        if found is not None:
            found["inode"] = _AnyInode(0)
        return found

    monkeypatch.setattr(writer, "_read_note", reused)
    _apply(content, ("figure", 2, 7))
    assert run_build(content, site, quiet=True) == 0
    monkeypatch.undo()
    assert _tree(site) == _full(tmp_path, content)
