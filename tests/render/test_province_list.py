"""A list grouped by province (the initiatives index, a theme, a level) is grouped once per build and shared by
the counting of its pages and each of its pages (SiteRenderer.province_list, issue 16): digest serve no longer
groups all the initiatives once per list it counts. In serve, the pages that share the groups still note the
reads they were made from, so that an initiative moved to another province or level rebuilds as a full build."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from builder.commands.build import run_build
from builder.content.loader import read_content_file
from builder.model import Region
from builder.render import groups, pages
from builder.render.session import BuildSession
from tests.render.test_incremental import _save, _tree
from tests.render.test_serve_edits import _full, _serve_build
from tests.support.fixture_site import INITIATIVES, write_content


def test_each_province_list_is_grouped_once_per_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = write_content(tmp_path / "content", INITIATIVES)
    grouped: list[tuple[str, ...]] = []

    def by_province(entries, slugs):  # type: ignore[no-untyped-def]
        grouped.append(tuple(slugs))
        return groups.by_province(entries, slugs)

    monkeypatch.setattr(pages, "by_province", by_province)
    assert run_build(content, tmp_path / "site", quiet=True, force=True) == 0
    themes = {item_theme for item in INITIATIVES for item_theme in item.themes}
    levels = {item.level for item in INITIATIVES if item.level}
    # before: once to count each list's pages, then again for each of its pages
    assert 0 < len(grouped) <= 1 + len(themes) + len(levels)
    assert max(len(g) for g in grouped) == len(INITIATIVES)  # the initiatives index, grouped once


def test_an_initiative_moved_to_another_province_and_level_in_serve_is_a_full_build(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES)
    session = BuildSession()
    _serve_build(content, tmp_path / "site", session)
    slug = INITIATIVES[0].slug
    item = read_content_file(content / f"{slug}.md").initiative
    assert item is not None
    moved = Region(province="甘肃省", city="兰州市", county="榆中县")
    level = "province" if item.level != "province" else "county"
    _save(content, dataclasses.replace(item, region=moved, level=level))
    _serve_build(content, tmp_path / "site", session)
    assert _tree(tmp_path / "site") == _full(tmp_path, content)
