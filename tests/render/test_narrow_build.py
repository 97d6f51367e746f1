"""A one-shot `digest build` of a narrow edit (builder.render.narrowbuild, builder.commands.build_narrow):
the same site, byte for byte, as a full build from no cache; random sequences mixing narrow edits (a
summary) with wide ones (a title, themes, a region, a file added or removed, a template) so that both
paths run, each build a new process's (no session). A title edit is narrow too (its cross-links made
from the kept state: builder.render.narrowlinks; tests/render/test_linkpatch_builds.py)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.commands.build import run_build
from builder.content import cachepack
from builder.render import narrowbuild
from builder.util.paths import THEME_DIR
from tests.render.test_incremental import _apply, _tree
from tests.render.test_incremental import _big_site_search_layout as _big_site_search_layout
from tests.support.fixture_site import INITIATIVES, write_content
from tests.support.fuzz import fuzz

KINDS = [
    "summary",
    "title",
    "summary",
    "summary",
    "summaries",
    "title",
    "themes",
    "region",
    "add",
    "delete",
    "template",
]


@pytest.fixture
def narrow_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of pages each narrow build rendered (a build that took the present path adds nothing)."""
    made: list[int] = []
    real = narrowbuild.narrow_site

    def counted(*args: object) -> object:
        found = real(*args)  # type: ignore[arg-type]
        if found is not None:
            made.append(found.rendered)
        return found

    monkeypatch.setattr(narrowbuild, "narrow_site", counted)
    return made


def _full(content: Path, root: Path, theme: Path) -> dict[str, bytes]:
    shutil.rmtree(root / "full", ignore_errors=True)
    for cached in (root / ".cache").glob("digest-full-*"):  # the reference starts from no cache
        shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
    assert run_build(content, root / "full", quiet=True, force=True, theme_dir=theme) == 0
    return _tree(root / "full")


def _edit(content: Path, theme: Path, edit: tuple[str, int, int]) -> None:
    kind, pick, n = edit
    if kind == "summaries":  # two files' summaries before one build: two exports' texts, two documents
        _apply(content, ("summary", pick, n))
        _apply(content, ("summary", pick + 1, n + 1))
    elif kind == "template":  # another theme: every page is made again
        page = theme / "templates" / "base.html"
        page.write_text(page.read_text(encoding="utf-8") + f"\n<!-- {n} -->\n", encoding="utf-8")
    else:
        _apply(content, {"add": ("add", *edit[1:]), "delete": ("delete", *edit[1:])}.get(kind, edit))


@pytest.mark.slow
@fuzz(5)
@given(
    st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 50), st.integers(1, 9)), min_size=2, max_size=5)
)
def test_one_shot_edits_narrow_and_wide_are_byte_identical_to_full_builds(
    edits: list[tuple[str, int, int]],
) -> None:
    with tempfile.TemporaryDirectory(prefix="digest-narrow-") as tmp, pytest.MonkeyPatch.context() as patch:
        made: list[int] = []
        real = narrowbuild.narrow_site
        patch.setattr(narrowbuild, "narrow_site", lambda *a: _counted(real, made, *a))
        root = Path(tmp)
        theme = root / "theme"
        shutil.copytree(THEME_DIR, theme, ignore=shutil.ignore_patterns("compiled"))
        content = write_content(root / "content", INITIATIVES[:8])
        assert run_build(content, root / "site", quiet=True, theme_dir=theme) == 0
        for edit in edits:
            before = len(made)
            _edit(content, theme, edit)
            assert run_build(content, root / "site", quiet=True, theme_dir=theme) == 0
            assert _tree(root / "site") == _full(content, root, theme), (edit, len(made) > before)
            if edit[0] not in ("summary", "summaries", "title"):
                assert len(made) == before, edit  # (a wide edit: the present path)


def _counted(real: object, made: list[int], *args: object) -> object:
    found = real(*args)  # type: ignore[operator]
    if found is not None:
        made.append(found.rendered)
    return found


def test_a_summary_edit_renders_only_the_pages_that_show_it(tmp_path: Path, narrow_builds: list[int]) -> None:
    content = write_content(tmp_path / "content", INITIATIVES[:8])
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    for pick, n in ((3, 1), (5, 2)):  # (the second: the first's export rows are made again, not stored)
        _apply(content, ("summary", pick, n))
        assert run_build(content, tmp_path / "site", quiet=True) == 0
    assert len(narrow_builds) == 2 and all(0 < pages < 20 for pages in narrow_builds), narrow_builds
    assert _tree(tmp_path / "site") == _full(content, tmp_path, THEME_DIR)
    _apply(content, ("themes", 3, 1))  # themes: the present path
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    assert len(narrow_builds) == 2


def test_a_narrow_edit_with_content_errors_takes_the_present_path(
    tmp_path: Path, narrow_builds: list[int]
) -> None:
    content = write_content(tmp_path / "content", INITIATIVES[:4])
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    path = sorted(content.glob("*.md"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("summary: ", "summary: \x07", 1), encoding="utf-8")  # a control character
    found: list[str] = []
    assert run_build(content, tmp_path / "site", quiet=True, content_errors=found) == 1
    assert found and not narrow_builds


def test_the_pack_reads_many_entries_a_chunk_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cachepack, "CHUNK", 3)
    pack = cachepack.Pack(tmp_path, lambda kind, key: tmp_path / kind / key)
    for i in range(10):
        pack.store(("files", f"k{i}"), {"n": i})
    pack.save(lambda _path, _value: None)
    keys = cachepack.read_keys(tmp_path / cachepack.NAME)
    found = cachepack.read_entries(
        tmp_path / cachepack.NAME, [("files", "k1"), ("files", "k7"), ("x", "y")], keys
    )
    assert found == {("files", "k1"): {"n": 1}, ("files", "k7"): {"n": 7}}
    assert cachepack.read_entries(tmp_path / "missing", [("files", "k1")], keys) == {}


def test_a_narrow_build_that_fails_says_why_and_the_present_path_builds_the_same_site(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    narrow_builds: list[int],
) -> None:
    content = write_content(tmp_path / "content", INITIATIVES[:6])
    assert run_build(content, tmp_path / "site", quiet=True) == 0

    def broken(*_args: object) -> object:
        raise ValueError("a bug of the narrow path")

    real = narrowbuild.pages_reading
    monkeypatch.setattr(narrowbuild, "pages_reading", broken)
    _apply(content, ("summary", 2, 1))
    capsys.readouterr()
    assert run_build(content, tmp_path / "site", quiet=True) == 0  # (-q: an error is still said)
    said = capsys.readouterr().err
    assert "narrow build failed, ValueError: a bug of the narrow path (at " in said
    assert "in broken)" in said and len(said.strip().splitlines()) == 1
    assert not narrow_builds
    assert _tree(tmp_path / "site") == _full(content, tmp_path, THEME_DIR)
    monkeypatch.setattr(narrowbuild, "pages_reading", real)
    monkeypatch.setattr(narrowbuild, "MOST_PAGES", 0)  # a condition not met: said unless -q
    _apply(content, ("summary", 3, 2))
    assert run_build(content, tmp_path / "site", quiet=False) == 0
    assert "not a narrow build (Refused: " in capsys.readouterr().err
    _apply(content, ("summary", 4, 3))
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    assert capsys.readouterr().err == ""
