"""Fixtures shared by the test folders: the fixture content and its site, the committed content and its site.

Plain helpers and data (paths, the fixture initiatives, the editing helpers, the seed articles, the gold
scoring, the Hypothesis setting) are modules of tests/support/, imported by name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from builder.content.loader import load_content
from builder.ingest import traditionalchars
from builder.model import Initiative
from tests.support import fuzz as _no_deadline  # noqa: F401  (loads the Hypothesis profile: no deadline)
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, MISSING
from tests.support.fixture_site import INITIATIVES, FixtureContent, build_site, write_content
from tests.support.repo import REPO_CONTENT


@pytest.fixture
def fixture_content(tmp_path: Path) -> FixtureContent:
    """Write the fixture content (or other initiatives) into a folder of tmp_path: `fixture_content()`,
    `fixture_content(items, themes=False, name="new")`; returns the folder."""

    def write(
        initiatives: Iterable[Initiative] = INITIATIVES, themes: bool = True, name: str = "content"
    ) -> Path:
        return write_content(tmp_path / name, initiatives, themes=themes)

    return write


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture content built once per run with the fake cross-links. Read it, never change it."""
    root = tmp_path_factory.mktemp("fixture-site")
    return build_site(write_content(root / "content"), root / "site")


@pytest.fixture(scope="session")
def committed() -> list[Initiative]:
    """The initiatives of the repository's content/; there must be some (CI checks the real site with them)."""
    items = [f.initiative for f in load_content(REPO_CONTENT) if f.initiative is not None]
    assert items, f"no initiatives in {REPO_CONTENT}"
    return items


@pytest.fixture(scope="session")
def content_site(tmp_path_factory: pytest.TempPathFactory, committed: list[Initiative]) -> Path:
    """The committed content/ built once per run with the fake cross-links. Read it, never change it."""
    return build_site(REPO_CONTENT, tmp_path_factory.mktemp("content-site") / "site")


@pytest.fixture
def fresh_table() -> Iterator[None]:
    """The process as a new build's for the Traditional characters' readings (ingest/traditionalchars): no
    table made, learned or shipped read (and so again afterwards)."""
    traditionalchars._table.cache_clear()
    traditionalchars._KEPT.clear()
    yield
    traditionalchars._table.cache_clear()
    traditionalchars._KEPT.clear()


@pytest.fixture(scope="module")
def no_fsync() -> Iterator[None]:
    """In-process ingests skip fsync: the module's tests check logic, not durability, and fsync costs seconds."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", lambda fd: None)
        yield


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium (Playwright's Browser) for the whole run, launched when a test first needs it: each
    test opens its own context or page and closes it. Without Playwright the test is skipped; without the
    system's Chromium it fails and says what to run."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="run scripts/install-test-tools")
    if not CHROMIUM.exists():
        pytest.fail(MISSING)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
