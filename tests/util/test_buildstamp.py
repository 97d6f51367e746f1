"""A build whose inputs did not change does nothing; any change to an input or to the site rebuilds."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from builder.commands.build import run_build
from builder.util import buildstamp
from builder.util.sitecheck import note_written
from tests.support.fixture_site import INITIATIVES, FixtureContent, fake_links


@pytest.fixture(autouse=True)
def related() -> Iterator[None]:
    with fake_links():
        yield


@pytest.fixture
def built(tmp_path: Path, fixture_content: FixtureContent) -> tuple[Path, Path]:
    content = fixture_content()
    out = tmp_path / "site"
    assert run_build(content, out, quiet=True) == 0
    return content, out


def rebuilt(content: Path, out: Path, capsys: pytest.CaptureFixture[str], **options: object) -> bool:
    """Run a build; True when it rendered the site, False when it found it up to date."""
    capsys.readouterr()
    assert run_build(content, out, **options) == 0  # type: ignore[arg-type]
    err = capsys.readouterr().err
    return "up to date" not in err


def page(out: Path) -> Path:
    return out / "initiatives" / INITIATIVES[0].slug / "index.html"


def test_nothing_changed_nothing_done(built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    content, out = built
    before = page(out).stat().st_mtime_ns
    assert not rebuilt(content, out, capsys)
    assert page(out).stat().st_mtime_ns == before
    assert rebuilt(content, out, capsys, force=True)


def test_an_edited_file_is_rebuilt(built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    content, out = built
    path = content / f"{INITIATIVES[0].slug}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("近年来", "多年来", 1), encoding="utf-8")
    assert rebuilt(content, out, capsys)
    assert "多年来" in page(out).read_text(encoding="utf-8")
    assert not rebuilt(content, out, capsys)


def test_an_edit_within_the_same_clock_tick_is_seen(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Same size, same modification time (an editor saving twice within one tick): the bytes decide."""
    content, out = built
    path = content / f"{INITIATIVES[0].slug}.md"
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "近年来" in text
    path.write_text(text.replace("近年来", "多年来", 1), encoding="utf-8")  # same length in UTF-8
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size
    assert rebuilt(content, out, capsys)
    assert "多年来" in page(out).read_text(encoding="utf-8")


@pytest.mark.parametrize("change", ["new file", "deleted file", "vocabulary", "theme", "base url"])
def test_every_kind_of_input_counts(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path, change: str
) -> None:
    content, out = built
    options: dict[str, object] = {}
    if change == "new file":
        source = content / f"{INITIATIVES[1].slug}.md"
        text = source.read_text(encoding="utf-8").replace(INITIATIVES[1].slug, "a-new-one")
        (content / "a-new-one.md").write_text(text, encoding="utf-8")
    elif change == "deleted file":
        (content / f"{INITIATIVES[1].slug}.md").unlink()
    elif change == "vocabulary":
        themes = content / "_data" / "themes.yaml"
        themes.write_text(themes.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif change == "theme":
        theme = tmp_path / "theme"
        shutil.copytree(buildstamp.BUILDER_DIR.parent / "theme", theme)
        options["theme_dir"] = theme
        assert rebuilt(content, out, capsys, **options)
        css = next((theme / "static").rglob("*.css"))
        css.write_text(css.read_text(encoding="utf-8") + "\n/* edited */\n", encoding="utf-8")
    else:
        options["base_url"] = "/sub/"
    assert rebuilt(content, out, capsys, **options)
    assert not rebuilt(content, out, capsys, **options)


def test_a_damaged_site_is_rebuilt(built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    content, out = built
    page(out).unlink()
    assert rebuilt(content, out, capsys)
    assert page(out).is_file()
    (out / "index.html").write_text("defaced", encoding="utf-8")
    assert rebuilt(content, out, capsys)
    assert "defaced" not in (out / "index.html").read_text(encoding="utf-8")


def test_invalid_content_is_never_up_to_date(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    content, out = built
    path = content / f"{INITIATIVES[0].slug}.md"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("title:", "title: [", 1), encoding="utf-8")
    for _ in range(2):
        assert run_build(content, out, quiet=True) == 1
    path.write_text(good, encoding="utf-8")
    assert rebuilt(content, out, capsys)


def test_a_broken_stamp_means_build(built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    content, out = built
    buildstamp.stamp_path(out).write_text("{not json", encoding="utf-8")
    assert rebuilt(content, out, capsys)
    assert not rebuilt(content, out, capsys)


def test_entries_name_every_file_by_its_path_inside_the_root(tmp_path: Path) -> None:
    from builder.util.buildstamp import _entries

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "__pycache__").mkdir()
    (tmp_path / "top.txt").write_bytes(b"12")
    (tmp_path / "a" / "b" / "deep.html").write_bytes(b"123")
    (tmp_path / "a" / "__pycache__" / "x.pyc").write_bytes(b"1")
    found = _entries(tmp_path, recursive=True, racy_after=0)
    assert [(e[0], e[1]) for e in found] == [("a/b/deep.html", 3), ("top.txt", 2)]
    assert all(len(e[3]) == 64 for e in found)  # racy: hashed
    assert [e[0] for e in _entries(tmp_path, recursive=False, racy_after=None)] == ["top.txt"]
    assert all(e[3] == "" for e in _entries(tmp_path, recursive=True, racy_after=None))


def test_an_edit_build_reads_the_last_stamp_once_and_a_new_one_again(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The up-to-date check, the incremental check and the stamp of the kept files all ask for the last
    stamp (5 MB of JSON at N=10 000): it is parsed once while its file is the same, again once rewritten."""
    import json

    content, out = built
    parsed: list[str] = []
    real = json.loads
    monkeypatch.setattr(json, "loads", lambda text, **kw: parsed.append(text) or real(text, **kw))
    for n in (1, 2):
        path = content / f"{INITIATIVES[n].slug}.md"
        path.write_text(
            path.read_text(encoding="utf-8").replace("summary: ", f"summary: 第{n}次", 1), "utf-8"
        )
        assert rebuilt(content, out, capsys)
        assert f"第{n}次" in (out / "initiatives" / INITIATIVES[n].slug / "index.html").read_text("utf-8")
        assert len(parsed) == n  # the stamp the build before wrote: read once, not three times
    assert not rebuilt(content, out, capsys) and len(parsed) == 3


DISTURBANCES = ["none", "removed", "added", "added-deep", "grown", "touched", "empty-folder", "file-to-folder",
                "filled-folder", "folder-to-link"]  # fmt: skip


def _small_site(site: Path, settled: bool = False) -> None:
    """A small site (`settled`: its folders all changed 10 s ago, so that their times tell), with an empty
    folder (a/empty) the stamp does not record."""
    for rel in ("index.html", "a/index.html", "a/b/index.html", "static/x.css"):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(rel, encoding="utf-8")
    (site / "a" / "empty").mkdir()
    if settled:
        past = time.time_ns() - 10_000_000_000
        for folder, _dirs, _files in sorted(os.walk(site), reverse=True):
            os.utime(folder, ns=(past, past))


def _disturb(site: Path, disturb: str) -> None:
    if disturb == "removed":
        (site / "a/b/index.html").unlink()
    elif disturb == "added":
        (site / "new.html").write_text("new", encoding="utf-8")
    elif disturb == "added-deep":
        (site / "a/b/c").mkdir()
        (site / "a/b/c/new.html").write_text("new", encoding="utf-8")
    elif disturb == "grown":
        (site / "a/index.html").write_text("a/index.html, longer", encoding="utf-8")
    elif disturb == "touched":
        info = (site / "static/x.css").stat()
        os.utime(site / "static/x.css", ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    elif disturb == "empty-folder":
        (site / "static" / "empty").mkdir()
    elif disturb == "file-to-folder":
        (site / "index.html").unlink()
        (site / "index.html").mkdir()
    elif disturb == "filled-folder":  # the folder the stamp does not record, empty until now
        (site / "a" / "empty" / "new.html").write_text("new", encoding="utf-8")
    elif disturb == "folder-to-link":  # the same files, reached through a link in the folder's place
        (site / "a" / "b").rename(site.parent / "b")
        (site / "a" / "b").symlink_to(site.parent / "b")


@pytest.mark.parametrize("disturb", [*DISTURBANCES, "bad-record"])
def test_the_site_check_agrees_with_a_scan_of_the_site(tmp_path: Path, disturb: str) -> None:
    """site_as_written (one pass, stops at the first difference) says what comparing the recorded entries
    with a fresh scan (output_entries) says, whatever was done to the site."""
    site = tmp_path / "site"
    _small_site(site)
    recorded = buildstamp.output_entries(site)
    _disturb(site, disturb)
    if disturb == "bad-record":
        recorded = [*recorded[:-1], [recorded[-1][0], 1, 2, "abc"]]
    expected = buildstamp.output_entries(site) == recorded
    assert buildstamp.site_as_written(site, recorded) is expected
    assert expected is (disturb in ("none", "empty-folder"))
    assert buildstamp.site_as_written(site, None) is False
    assert buildstamp.site_as_written(tmp_path / "missing", recorded) is False


@pytest.mark.parametrize("disturb", DISTURBANCES)
def test_the_site_check_from_settled_folder_times_agrees_with_a_scan(tmp_path: Path, disturb: str) -> None:
    """A no-change rebuild at N=10 000 lists 14 000 folders of the site: a check keeps the times of the folders
    it found as recorded and settled, and the next lists only those whose time changed; what it says is what
    a fresh scan says, whatever was done to the site since."""
    site, times = tmp_path / "site", tmp_path / "folders.pickle"
    _small_site(site, settled=True)
    recorded = buildstamp.output_entries(site)
    assert buildstamp.site_as_written(site, recorded, times) is True
    assert times.exists()
    _disturb(site, disturb)
    expected = buildstamp.output_entries(site) == recorded
    assert expected is (disturb in ("none", "empty-folder"))
    assert buildstamp.site_as_written(site, recorded, times) is expected


def test_a_settled_folder_is_not_listed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site, times = tmp_path / "site", tmp_path / "folders.pickle"
    _small_site(site, settled=True)
    recorded = buildstamp.output_entries(site)
    assert buildstamp.site_as_written(site, recorded, times)
    listed: list[str] = []
    real = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path: listed.append(os.fspath(path)) or real(path))
    assert buildstamp.site_as_written(site, recorded, times)
    assert [Path(p) for p in listed] == [site / "a", site / "a" / "empty"]  # (a: holds a folder not recorded)
    listed.clear()
    (site / "static" / "new.html").write_text("new", encoding="utf-8")  # its folder listed again, and found
    assert not buildstamp.site_as_written(site, recorded, times)
    assert sorted(Path(p) for p in listed) == [site / "a", site / "a" / "empty", site / "static"]


def _settle_folders(out: Path) -> None:
    """Every folder of the site (the real one, and the spare beside it) changed 10 s ago: its time tells."""
    past = time.time_ns() - 10_000_000_000
    for tree in (out.resolve(), out.parent / f".{out.name}.spare"):
        for folder, _dirs, _files in sorted(os.walk(tree), reverse=True):
            os.utime(folder, ns=(past, past))


def test_builds_from_settled_folder_times_see_every_edit_and_stray_file(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One-shot builds whose site checks trust the folders earlier checks listed (FolderTimes): a no-change
    rebuild does nothing, summary edits (the narrow path, the site and its spare swapped each time) give a
    full build's bytes, and a file put into a trusted folder of the site is seen (the site built again)."""
    content, out = built
    for n in (1, 2, 1):
        _settle_folders(out)
        assert not rebuilt(content, out, capsys)  # (its check keeps the folder times)
        path = content / f"{INITIATIVES[n].slug}.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("summary: ", f"summary: 第{n}次", 1), encoding="utf-8")
        assert rebuilt(content, out, capsys)
        fresh = tmp_path / f"fresh{n}"
        assert run_build(content, fresh, quiet=True, force=True) == 0
        assert buildstamp.output_entries(fresh) and _tree(fresh) == _tree(out)
        path.write_text(text, encoding="utf-8")
        assert rebuilt(content, out, capsys)
    _settle_folders(out)
    assert not rebuilt(content, out, capsys)
    assert not rebuilt(content, out, capsys)  # (every folder trusted)
    stray = out / "initiatives" / INITIATIVES[0].slug / "stray.html"
    stray.write_text("stray", encoding="utf-8")
    assert rebuilt(content, out, capsys)
    assert not stray.exists()


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("disturb", DISTURBANCES)
def test_the_site_check_after_a_written_site_noted_agrees_with_a_scan(tmp_path: Path, disturb: str) -> None:
    """A build notes the settled folders of the site it wrote (note_written), so that the first check of that
    site folder lists only what changed since (the spare a narrow edit swaps in had never been checked); what
    the check says is still what a fresh scan says, whatever was done to the site after the note."""
    site, times = tmp_path / "site", tmp_path / "folders.pickle"
    _small_site(site, settled=True)
    recorded = buildstamp.output_entries(site)
    note_written(site, recorded, times)
    _disturb(site, disturb)
    expected = buildstamp.output_entries(site) == recorded
    assert buildstamp.site_as_written(site, recorded, times) is expected


def test_a_noted_site_is_not_listed_but_where_a_folder_is_not_recorded_or_not_settled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, times = tmp_path / "site", tmp_path / "folders.pickle"
    _small_site(site, settled=True)
    (site / "static" / "new.css").write_text("new", encoding="utf-8")  # static/: changed just now
    recorded = buildstamp.output_entries(site)
    note_written(site, recorded, times)
    listed: list[str] = []
    real = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path: listed.append(os.fspath(path)) or real(path))
    assert buildstamp.site_as_written(site, recorded, times)
    # a: holds a folder the stamp does not record (its links count it); static: not settled
    assert sorted(Path(p) for p in listed) == [site / "a", site / "a" / "empty", site / "static"]
    fresh, fresh_times = tmp_path / "fresh", tmp_path / "fresh.pickle"
    _small_site(fresh)  # written just now: nothing noted, every folder listed by its first check
    recorded = buildstamp.output_entries(fresh)
    note_written(fresh, recorded, fresh_times)
    assert not fresh_times.exists()
    listed.clear()
    assert buildstamp.site_as_written(fresh, recorded, fresh_times)
    assert len(listed) == 5


def test_the_no_change_rebuild_after_a_narrow_edit_lists_only_the_folders_it_wrote(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A narrow edit swaps in the spare, which no check had listed: its settled folders are noted when it is
    written, so the no-change rebuild after it lists the folders the edit wrote into, not every folder."""
    content, out = built
    _settle_folders(out)
    assert not rebuilt(content, out, capsys)  # (the site's folders listed once, and kept)
    path = content / f"{INITIATIVES[1].slug}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("summary: ", "summary: 又一次", 1), "utf-8")
    assert rebuilt(content, out, capsys)
    folders = sum(1 for _ in os.walk(out.resolve()))
    listed: list[str] = []
    real = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path: listed.append(os.fspath(path)) or real(path))
    assert not rebuilt(content, out, capsys)
    site_listed = [p for p in listed if Path(p).resolve().is_relative_to(out.resolve())]
    assert 0 < len(site_listed) < folders / 2, (len(site_listed), folders)
