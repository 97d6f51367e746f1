"""digest serve's rebuilds from what its process keeps in memory (builder.render.session.BuildSession): the
site they leave is byte for byte a full build's, updated in place; the stamp and page records reach the disk
when serving stops."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.commands.build import run_build
from builder.commands.buildoutput import ready_spare, save_session
from builder.content import cachedreads
from builder.content.cachedreads import load_cached
from builder.content.filecache import entries_in_memory
from builder.render import searchindex, writer
from builder.render.session import BuildSession, IdentityMemo
from builder.util import buildstamp
from builder.util.paths import THEME_DIR
from tests.render.test_incremental import EDITS, _apply, _tree
from tests.support.fixture_site import INITIATIVES, write_content
from tests.support.fuzz import fuzz


@pytest.fixture(autouse=True, scope="module")
def _big_site_search_layout():  # type: ignore[no-untyped-def]
    """Many search shards, as on a big site, so that the search index is patched (as in test_incremental)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchindex, "SHARD_BYTES", 2_000)
        patch.setattr(searchindex, "EXTERNAL_BYTES", 64)
        yield


@pytest.fixture(autouse=True, scope="module")
def _stats_trusted_at_once():  # type: ignore[no-untyped-def]
    """Files are known by their stat from the load after they were written (not 2 s later, as a content
    folder in use is): so the session's builds take unchanged files by their stat, as on a real site."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cachedreads, "RACY_NS", 0)
        yield


@pytest.fixture(autouse=True, scope="module")
def _own_theme(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A copy of the theme, so that the builds of one test read the same theme files."""
    THEME[:] = [tmp_path_factory.mktemp("theme") / "theme"]
    shutil.copytree(THEME_DIR, THEME[0])
    yield


THEME: list[Path] = []


def _build(content: Path, out: Path, **options: object) -> None:
    assert run_build(content, out, quiet=True, theme_dir=THEME[0], **options) == 0  # type: ignore[arg-type]


def _serve_build(content: Path, out: Path, session: BuildSession) -> None:
    """A rebuild as digest serve makes it (builder.commands.serve.default_build)."""
    with entries_in_memory(session.cache_entries, session.unsaved):
        _build(content, out, body_cache=session)


def _folders(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}


def _full(root: Path, content: Path) -> Path:
    """A full build of `content` from no cache at all."""
    shutil.rmtree(root / "full", ignore_errors=True)
    for cached in (root / ".cache").glob("digest-full-*"):
        shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
    _build(content, root / "full", force=True)
    return root / "full"


VOCABULARY_EDIT = ("vocabulary", 0, 0)  # a word added to content/_data/terms.txt: the session starts over
IDLE = ("idle", 0, 0)  # the server idle between two saves: the spare readied (builder.commands.serve.tidy)


# slow (CI runs it): five random sessions of full builds (~70 s loaded); the default run keeps the same property
# for single rebuilds in tests/render/test_serve_edits.py and test_incremental.py
@pytest.mark.slow
@fuzz(5)
@given(st.lists(st.one_of(EDITS, st.just(VOCABULARY_EDIT), st.just(IDLE)), min_size=1, max_size=5))
def test_a_serve_session_leaves_the_site_a_full_build_makes(edits: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory(prefix="digest-session-") as tmp:
        root = Path(tmp)
        content = write_content(root / "content", INITIATIVES[:8])
        session = BuildSession()
        _serve_build(content, root / "site", session)
        for edit in edits:
            if edit == IDLE:
                ready_spare(session)
                continue
            if edit == VOCABULARY_EDIT:
                terms = content / "_data" / "terms.txt"
                terms.parent.mkdir(exist_ok=True)
                terms.write_text(
                    terms.read_text(encoding="utf-8") + "网格议事\n" if terms.exists() else "网格议事\n"
                )
            else:
                _apply(content, edit)
            _serve_build(content, root / "site", session)
            full = _full(root, content)
            assert _tree(root / "site") == _tree(full), edit
            assert _folders(root / "site") == _folders(full), edit


def test_the_spare_readied_while_idle_lets_the_first_edit_write_only_its_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A spare lost after a build (the first build into a new folder leaves one ready: writer.write_site):
    readied while the server is idle, the first edit links no file of the site (it writes its changed files
    only), and the site is a full build's."""
    content = write_content(tmp_path / "content", INITIATIVES[:6])
    site = tmp_path / "site"
    session = BuildSession()
    _serve_build(content, site, session)
    spare = tmp_path / ".site.spare"
    assert spare.is_dir() and not ready_spare(session)  # the full build's, noted: nothing to do
    shutil.rmtree(spare)  # removed behind the server's back (to free space, say)
    assert ready_spare(session)
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert sorted(p.relative_to(spare).as_posix() for p in spare.rglob("*") if p.is_file()) == files
    assert all((spare / f).stat().st_ino == (site / f).stat().st_ino for f in files)  # linked, not copied
    assert not ready_spare(session)  # already ready: nothing to do
    linked: list[str] = []
    real_link = writer._link
    monkeypatch.setattr(
        writer, "_link", lambda source, target: (linked.append(target), real_link(source, target))
    )
    _apply(content, ("summary", 1, 3))
    _serve_build(content, site, session)
    assert linked == []
    assert _tree(site) == _tree(_full(tmp_path, content))
    assert ready_spare(session)  # the edit's few files, linked into the spare now
    assert 0 < len(linked) < len(files)


def test_an_edit_is_swapped_in_whole_and_the_stamp_saved_on_stopping(tmp_path: Path) -> None:
    """A rebuild patches the spare folder (the site before the last build) and swaps it in, as a one-shot
    build does: readers never see half a site, and no fresh copy of the site is made."""
    content = write_content(tmp_path / "content", INITIATIVES[:6])
    site = tmp_path / "site"
    session = BuildSession()
    _build(content, site, body_cache=session)
    first = site.stat().st_ino
    _apply(content, ("summary", 1, 3))
    _build(content, site, body_cache=session)
    second = site.stat().st_ino
    assert second != first and (tmp_path / ".site.spare").stat().st_ino == first  # the replaced site kept
    _apply(content, ("summary", 2, 5))
    _build(content, site, body_cache=session)
    assert site.stat().st_ino == first  # the spare patched and swapped in: no fresh copy
    assert (tmp_path / ".site.spare").stat().st_ino == second
    assert not list(tmp_path.glob(".site.build-*"))
    assert _tree(site) == _tree(_full(tmp_path, content))
    assert not buildstamp.stamp_path(site).exists()  # the stamp on disk no longer names the site
    assert not session.saved
    save_session(session)
    stamp = buildstamp.input_stamp(
        content, session.stamp["theme_dir"] and Path(session.stamp["theme_dir"]), ""
    )
    assert buildstamp.up_to_date(site.resolve(), content, stamp)  # a later `digest build` has nothing to do
    _apply(content, ("title", 2, 4))
    _build(content, site)  # a one-shot build starts from the served site and its saved page records
    assert _tree(site) == _tree(_full(tmp_path, content))


def test_a_failed_rebuild_changes_nothing_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.render import feeds

    content = write_content(tmp_path / "content", INITIATIVES[:6])
    site = tmp_path / "site"
    session = BuildSession()
    _build(content, site, body_cache=session)
    before = _tree(site)
    _apply(content, ("summary", 2, 5))

    def broken(*_args: object) -> bytes:
        raise RuntimeError("a template bug")

    monkeypatch.setattr(feeds, "atom_feed", broken)  # made after every page: the pages were rendered
    assert run_build(content, site, quiet=True, body_cache=session, theme_dir=THEME[0]) == 1
    assert _tree(site) == before
    monkeypatch.undo()
    _build(content, site, body_cache=session)
    assert _tree(site) == _tree(_full(tmp_path, content))


def test_unchanged_initiatives_keep_their_entries_and_files(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES[:6])
    session = BuildSession()
    _build(content, tmp_path / "site", body_cache=session)
    first = {f.path.name: f.initiative for f in session.files.values()}
    _apply(content, ("summary", 0, 1))
    _build(content, tmp_path / "site", body_cache=session)
    second = {f.path.name: f.initiative for f in session.files.values()}
    same = [name for name in first if first[name] is second.get(name)]
    assert len(same) == len(first) - 1  # every file but the edited one kept its Initiative object


def test_the_identity_memo_finds_the_same_objects_only() -> None:
    memo = IdentityMemo()
    a, b = ["x"], ["x"]
    assert memo.get("k", (a,), lambda: 1) == 1
    assert memo.get("k", (a,), lambda: 2) == 1  # the same object
    assert memo.get("k", (b,), lambda: 3) == 3  # an equal one is another object
    memo.new_build()
    memo.new_build()  # a build that asked for nothing: forgotten
    assert memo.find("k", (a,)) is None


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read with Path.read_bytes from now on."""
    names: list[str] = []
    read_bytes = Path.read_bytes

    def noted(path: Path) -> bytes:
        names.append(path.name)
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", noted)
    return names


def test_a_file_whose_stat_did_not_change_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = write_content(tmp_path / "content", INITIATIVES[:6])
    files: dict = {}
    stats: dict = {}
    first = load_cached(content, tmp_path / "cache", files, stats)
    assert len(stats) == len(first) == 6
    edited = sorted(content.glob("*.md"))[2]
    before = os.stat(edited)
    data = edited.read_bytes()
    assert "。".encode() in data
    edited.write_bytes(data.replace("。".encode(), "！".encode(), 1))  # the same size
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    reads = _reads(monkeypatch)
    second = load_cached(content, tmp_path / "cache", files, stats)
    assert reads and set(reads) == {edited.name}  # its change time told: the others were not read
    changed = [b.path.name for a, b in zip(first, second, strict=True) if a.text != b.text]
    assert changed == [edited.name]
    assert [a.initiative is b.initiative for a, b in zip(first, second, strict=True)].count(False) == 1


def test_a_file_changed_just_before_a_load_is_hashed_at_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cachedreads, "RACY_NS", 3_600 * 10**9)  # every file was changed "just now"
    content = write_content(tmp_path / "content", INITIATIVES[:3])
    stats: dict = {}
    load_cached(content, tmp_path / "cache", {}, stats)
    # none is known by its stat (a change within the same clock tick could hide), each by its hash (RACY_STAT)
    assert len(stats) == 3 and all(known[0] == cachedreads.RACY_STAT for known in stats.values())
    reads = _reads(monkeypatch)
    load_cached(content, tmp_path / "cache", {}, stats)
    assert sorted(reads) == sorted(p.name for p in content.glob("*.md"))


def test_the_file_cache_entries_of_a_session_are_written_when_it_stops(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES[:6])
    session = BuildSession()
    _serve_build(content, tmp_path / "site", session)
    _apply(content, ("summary", 1, 2))
    _serve_build(content, tmp_path / "site", session)
    cache = next((tmp_path / ".cache").glob("digest-site-files-*"))
    kinds = {path.parent.parent.name for path in session.unsaved}
    assert {"checked", "links"} <= kinds  # each file's checks, the cross-links: in memory only
    assert not [p for p in session.unsaved if p.exists()], sorted(session.unsaved)
    save_session(session)
    assert not session.unsaved and list((cache / "checked").rglob("*.pickle"))
    checked = []
    import builder.validate.run as run

    real = run._check_file
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "_check_file", lambda *a: checked.append(a[0].path.name) or real(*a))
        _apply(content, ("title", 2, 3))
        _build(content, tmp_path / "site")  # a one-shot build finds the session's checks on disk
    assert len(checked) == 1, checked
