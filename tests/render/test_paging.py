"""Long lists are cut into pages (render/paging.py): every item on exactly one page, in order, groups kept whole
unless larger than a page, every page linked from every other. The site-level checks render the committed
content with tiny page sizes, so that every kind of list page is cut."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.content.loader import load_vocabulary
from builder.model import Initiative
from builder.render import pages as pages_module
from builder.render import paging, urls
from builder.render.env import make_env
from builder.render.indexes import build_index
from builder.render.pages import SiteRenderer
from tests.support.fixture_site import fake_related
from tests.support.repo import REPO_CONTENT


def test_page_urls_and_job_keys() -> None:
    assert urls.paged("themes/grid/", 1) == "themes/grid/"
    assert urls.paged("themes/grid/", 3) == "themes/grid/page/3/"
    assert paging.split_key(paging.page_key("grid", 3)) == ("grid", 3)
    assert paging.split_key(paging.page_key("", 2)) == ("", 2)
    assert paging.split_key("grid") == ("grid", 1)
    pager = paging.pager("levels/county/", 2, 3)
    assert pager.urls == ("levels/county/", "levels/county/page/2/", "levels/county/page/3/")
    assert (pager.previous, pager.next, pager.count) == ("levels/county/", "levels/county/page/3/", 3)
    with pytest.raises(ValueError, match="no page 4 of 3"):
        paging.pager("levels/county/", 4, 3)


def test_flat_lists_are_cut_in_order() -> None:
    assert paging.pages(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert paging.pages([], 3) == [[]]


def _cut(group: tuple[str, list[int]], start: int, end: int) -> tuple[str, list[int]]:
    return group[0], group[1][start:end]


@given(st.lists(st.integers(0, 9), max_size=30), st.integers(1, 6))
def test_groups_stay_whole_unless_larger_than_a_page(sizes: list[int], limit: int) -> None:
    groups = [(f"g{i}", list(range(n))) for i, n in enumerate(sizes)]
    cut = paging.group_pages(groups, limit, lambda g: len(g[1]), _cut)
    assert [item for page in cut for _, items in page for item in items] == [
        item for _, items in groups for item in items
    ]
    for page in cut:
        assert sum(len(items) for _, items in page) <= limit
    pieces = Counter(name for page in cut for name, _ in page)
    for name, items in groups:
        assert pieces[name] == (max(1, -(-len(items) // limit)) if len(items) > limit else 1)


@pytest.fixture(scope="module")
def small_pages(committed: list[Initiative]) -> dict[str, str]:
    """Every page of the committed content rendered with page sizes of a few items: path -> HTML."""
    patch = pytest.MonkeyPatch()
    for name in ("THEME_ROWS", "LIST_LINES", "PRACTICE_USES", "INDICATOR_ROWS", "GLOSSARY_ENTRIES"):
        patch.setattr(pages_module, name, 3, raising=False)
    try:
        index = build_index(committed, load_vocabulary(REPO_CONTENT), fake_related(committed))
        renderer = SiteRenderer(index, make_env(), "/")
        out = dict(renderer.run(job) for job in renderer.jobs())
    finally:
        patch.undo()
    return {path: data.decode("utf-8") for path, data in out.items()}


def _links(html: str, pattern: str) -> list[str]:
    return re.findall(rf'href="(?:\.\./)*({pattern})"', html)


def test_every_list_is_complete_across_its_pages(
    small_pages: dict[str, str], committed: list[Initiative]
) -> None:
    listed = [
        slug
        for path, html in small_pages.items()
        if re.fullmatch(r"initiatives/(page/\d+/)?index\.html", path)
        for slug in set(re.findall(r'href="(?:\.\./)+initiatives/([a-z0-9-]+)/"', html))
    ]
    assert sorted(listed) == sorted(item.slug for item in committed)  # each on exactly one page
    themes = [
        path.split("/")[1]
        for path in small_pages
        if re.fullmatch(r"themes/[a-z0-9-]+/page/2/index\.html", path)
    ]
    assert themes
    for slug in themes:  # every initiative of the theme in one of its tables
        pages = [html for path, html in small_pages.items() if path.startswith(f"themes/{slug}/")]
        row = r'<td data-label="实践"><a href="(?:\.\./)+initiatives/([a-z0-9-]+)/"'
        shown = [slug for html in pages for slug in re.findall(row, html)]
        assert sorted(shown) == sorted(i.slug for i in committed if slug in i.themes), slug


def test_every_page_of_a_list_links_every_other(small_pages: dict[str, str]) -> None:
    cut = [path for path in small_pages if "/page/" in path]
    assert {path.split("/")[0] for path in cut} >= {"initiatives", "themes", "levels", "practices"}
    for path in cut:
        first = path.split("page/")[0] + "index.html"
        count = len(
            re.findall(
                r'<li>(?:<a href="[^"]*">\d+</a>|<span aria-current="page">\d+</span>)</li>',
                small_pages[first],
            )
        )
        assert count >= int(path.split("page/")[1].split("/")[0]), path
        assert f'<span aria-current="page">{path.split("page/")[1].split("/")[0]}</span>' in small_pages[path]


def test_a_theme_table_never_splits_a_province_that_fits_a_page(small_pages: dict[str, str]) -> None:
    for path, html in small_pages.items():
        if not re.fullmatch(r"themes/[a-z0-9-]+/(page/\d+/)?index\.html", path):
            continue
        for body in re.findall(r'<tbody id="(p-[\w-]+)">(.*?)</tbody>', html, re.S):
            rows = body[1].count('<tr class="group-row">')
            assert rows == 1, path


def test_a_page_of_a_long_list_reads_only_the_initiatives_it_shows(committed: list[Initiative]) -> None:
    """A page of a long list reads its list's grouping from the site index (province_groups,
    theme_counts, a region's `direct`), never each initiative of the other pages: an edit to an
    initiative on page 1 leaves page 2 as it was (and a 10 000 build records 1.5 M reads, not 4.2 M)."""
    from builder.render.recording import instrument, recorded

    patch = pytest.MonkeyPatch()
    for name in ("THEME_ROWS", "LIST_LINES", "PRACTICE_USES"):
        patch.setattr(pages_module, name, 3, raising=False)
    try:
        index = build_index(committed, load_vocabulary(REPO_CONTENT), fake_related(committed))
        instrument(index)
        renderer = SiteRenderer(index, make_env(), "/")
        checked = 0
        for job in renderer.jobs():
            if job[0] not in ("initiatives", "theme", "level", "region", "practice"):
                continue
            (_, data), reads = recorded(renderer.run, job)
            read = {key.split("|")[0] for field, key in reads if field == "entries" and "|" in key}
            shown = set(re.findall(r'href="(?:\.\./)+initiatives/([a-z0-9-]+)/"', data.decode("utf-8")))
            assert read <= shown, (job, sorted(read - shown))
            checked += "@" in job[1]
    finally:
        patch.undo()
    assert checked >= 10  # pages after the first of many lists
