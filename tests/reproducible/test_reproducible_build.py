"""Reproducible build: the same content gives byte-identical site trees whatever the machine's state.

The committed content/ is copied into two folders, file by file in opposite orders (so the directory order,
inode numbers and modification times differ), and built by `python -m builder build` from different working
folders (one with spaces and Chinese characters in its path) with different PYTHONHASHSEED, time zone and
locale, both at the root and with `--base-url /sub/`. The trees must be identical, name no folder of the
machine and carry no timestamp of the run: the feed's dates come from the content. Two rebuilds in this
process, with yet another hash seed, the second over a warm cache of rendered bodies (as `digest serve`
makes them), give the same bytes again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import io
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from builder.commands.build import run_build
from builder.content.settings import load_settings
from builder.model import Initiative
from tests.support.repo import REPO_CONTENT

VARIANTS = {
    "a": {"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
    "b": {"PYTHONHASHSEED": "4242", "TZ": "Asia/Shanghai", "LC_ALL": "C", "LANG": "C"},
}
BUILD = [sys.executable, "-m", "builder", "build", "-q"]
FOLDERS = {"a": Path("a"), "b": Path("b") / "deeper" / "路径 with space"}


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def copy_content(target: Path, *, reverse: bool) -> None:
    """Copy content/ file by file in the given order (the order the file system will list them in)."""
    for source in sorted(REPO_CONTENT.rglob("*"), key=lambda p: p.as_posix(), reverse=reverse):
        if source.is_dir() or source.name.startswith("."):
            continue
        dest = target / source.relative_to(REPO_CONTENT)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest)


@pytest.fixture(scope="module")
def builds(
    tmp_path_factory: pytest.TempPathFactory, committed: list[Initiative]
) -> dict[tuple[str, str], Path]:
    """(variant, base URL) -> built site; the four builds run side by side."""
    root = tmp_path_factory.mktemp("reproducible")
    procs = {}
    for name, env in VARIANTS.items():
        folder = root / FOLDERS[name]
        folder.mkdir(parents=True)
        copy_content(folder / "content", reverse=name == "b")
        for base in ("/", "/sub/"):
            out = "site" if base == "/" else "sub-site"
            procs[(name, base)] = (
                folder / out,
                subprocess.Popen(
                    [*BUILD, "--content", "content", "--out", out, "--base-url", base],
                    cwd=folder,
                    env={**os.environ, **env},
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                ),
            )
    sites = {}
    for key, (site, proc) in procs.items():
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, (key, err[-2000:])
        sites[key] = site
    return sites


def assert_same(first: dict[str, bytes], second: dict[str, bytes]) -> None:
    assert sorted(first) == sorted(second)
    for name in sorted(first):
        if first[name] != second[name]:
            diff = difflib.unified_diff(
                first[name].decode("utf-8", "replace").splitlines(),
                second[name].decode("utf-8", "replace").splitlines(),
                lineterm="",
            )
            pytest.fail(f"{name} differs:\n" + "\n".join(list(diff)[:40]))


@pytest.mark.parametrize("base", ["/", "/sub/"])
def test_two_builds_write_byte_identical_trees(builds, committed: list[Initiative], base: str) -> None:
    first, second = tree(builds[("a", base)]), tree(builds[("b", base)])
    assert len([n for n in first if n.startswith("initiatives/")]) == len(committed) + 1
    assert_same(first, second)


def test_the_base_url_changes_only_what_it_must(builds) -> None:
    """Pages link relatively: only the 404 page, the feed, the sitemap and the exports name the base URL."""
    root, sub = tree(builds[("a", "/")]), tree(builds[("a", "/sub/")])
    assert sorted(root) == sorted(sub)
    differ = sorted(name for name in root if root[name] != sub[name])
    assert differ == ["404.html", "digest.csv", "digest.json", "feed.xml", "sitemap.xml"]


def test_the_output_names_no_folder_and_no_clock(builds, committed: list[Initiative]) -> None:
    today = dt.date.today()
    stamps = {today.isoformat(), (today - dt.timedelta(days=1)).isoformat()}
    dates = {i.date for i in committed if i.date}
    for site in builds.values():
        for name, data in tree(site).items():
            # the search index's .bin files hold numbers (varints): read as text all the same
            text = data.decode("utf-8", "replace" if name.endswith(".bin") else "strict")
            assert str(site.parent) not in text and "/tmp/" not in text, name
            for stamp in stamps - dates:
                assert stamp not in text, (name, stamp)
        feed = ET.parse(site / "feed.xml").getroot()
        updated = {e.text for e in feed.iter("{http://www.w3.org/2005/Atom}updated")}
        edition = {load_settings(REPO_CONTENT).edition_date} - {None}  # never the clock, never 1970
        assert updated <= {f"{d}T00:00:00Z" for d in dates | edition}, updated


def test_a_rebuild_over_a_warm_cache_gives_the_same_bytes(builds) -> None:
    from builder.render.bodycache import BodyCache

    site = builds[("b", "/")]
    before = tree(site)
    cache = BodyCache()
    err = io.StringIO()
    with contextlib.redirect_stderr(err):  # in this process: its own hash seed, time zone and working folder
        for _ in range(2):
            assert run_build(site.parent / "content", site, quiet=True, force=True, body_cache=cache) == 0, (
                err.getvalue()
            )
            assert_same(before, tree(site))
    assert cache.entries and cache.misses == 0, "the second build parsed bodies again"
