"""The site's page jobs: every HTML page but the initiatives as a (kind, key) job, in a fixed order, and
the dispatch of one job to the SiteRenderer method that renders it. A long list's pages are jobs of their
own (`key` carries the page number, builder/render/paging.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.render import paging

if TYPE_CHECKING:
    from builder.render.pages import SiteRenderer

Job = tuple[str, str]

# Job kinds of the pages of one thing, each rendered by the method of that name.
ITEM_PAGES = frozenset({"theme", "region", "level", "practice", "indicator"})
# Job kinds of the sections' index pages: the method that renders each.
SECTION_PAGES = {
    "home": "home",
    "initiatives": "initiatives_index",
    "themes": "themes_index",
    "regions": "regions_index",
    "levels": "levels_index",
    "practices": "practices_index",
    "compare": "compare",
    "search": "search",
}


def jobs(renderer: SiteRenderer) -> list[Job]:
    """Every page but the initiatives (rendered apart, as they also feed the search index), as
    (kind, key) jobs for `run`, in a fixed order; every indicator /compare/ shows has pages of its own."""
    ix = renderer.ix
    found = [("home", ""), *page_jobs(renderer, "initiatives", "")]
    found += [("themes", "")]
    found += [job for slug in ix.themes for job in page_jobs(renderer, "theme", slug)]
    found += page_jobs(renderer, "regions", "")
    found += [job for key in ix.regions for job in page_jobs(renderer, "region", key)]
    found += [("levels", "")] + [job for slug in ix.levels for job in page_jobs(renderer, "level", slug)]
    found += page_jobs(renderer, "practices", "")
    found += [job for slug in ix.practices for job in page_jobs(renderer, "practice", slug)]
    found += page_jobs(renderer, "compare", "")
    found += [job for rows in ix.indicators for job in page_jobs(renderer, "indicator", rows.indicator.slug)]
    found += [("search", ""), ("404", "")]
    return found


def page_jobs(renderer: SiteRenderer, kind: str, key: str, count: int | None = None) -> list[Job]:
    """The jobs of every page of the list of (kind, key)."""
    count = renderer.count_pages(kind, key) if count is None else count
    return [(kind, paging.page_key(key, n)) for n in range(1, count + 1)]


def run(renderer: SiteRenderer, job: Job) -> tuple[str, bytes]:
    """Render one job from `jobs()`: (output path, bytes)."""
    kind, key = job
    key, page = paging.split_key(key)
    if kind in ITEM_PAGES:
        return getattr(renderer, kind)(key, page)
    if kind in SECTION_PAGES:
        return getattr(renderer, SECTION_PAGES[kind])(*([page] if page > 1 else []))
    if kind == "404":
        return renderer.not_found()
    raise ValueError(f"no such page job: {job!r}")
