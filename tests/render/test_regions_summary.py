"""/regions/ is a summary per province (issue 17: it held the whole tree and grew with the places); each
province's page carries its tree, so every region is still one click from its province and in the sitemap."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from builder.content.loader import Vocabulary, load_vocabulary
from builder.model import Initiative, Region
from builder.render import pages as pages_module
from builder.render.env import make_env
from builder.render.indexes import build_index
from builder.render.pages import SiteRenderer
from builder.render.provinces import TOP_PRACTICES, TOP_THEMES, province_summaries
from builder.render.regions import RegionNode
from tests.support.fixture_site import INITIATIVES, fake_related
from tests.support.repo import REPO_CONTENT


def _region_links(html: str) -> set[str]:
    return set(re.findall(r'href="(?:\.\./)*regions/([^/"#]+)/"', html))


def _descendants(nodes: dict[str, RegionNode], key: str) -> set[str]:
    found: set[str] = set()
    stack = list(nodes[key].children)
    while stack:
        found.add(stack[-1])
        stack.extend(nodes[stack.pop()].children)
    return found


def test_each_province_is_summed_up_from_its_own_initiatives(committed: list[Initiative]) -> None:
    ix = build_index(committed, load_vocabulary(REPO_CONTENT), fake_related(committed))
    summaries = province_summaries(ix)
    assert [s.node.key for s in summaries] == ix.provinces
    assert sum(len(s.node.slugs) for s in summaries) == sum(1 for e in ix.entries.values() if e.steps)
    for s in summaries:
        mine = set(s.node.slugs)
        below = [ix.regions[k] for k in _descendants(ix.regions, s.node.key)]
        assert dict(s.places) == {r: sum(1 for n in below if n.rank == r) for r in {n.rank for n in below}}
        assert 0 < len(s.themes) <= TOP_THEMES and len(s.practices) <= TOP_PRACTICES
        for theme, n in s.themes:
            assert n == sum(1 for slug in mine if theme in ix.entries[slug].item.themes)
        counts = [n for _, n in s.themes]
        assert counts == sorted(counts, reverse=True)
        for practice, n in s.practices:
            assert n == len({u.slug for u in practice.uses} & mine) > 0
        for indicator, n in s.indicators:
            rows = next(r for r in ix.indicators if r.indicator.slug == indicator.slug)
            assert n == sum(1 for slug, _ in rows.rows if slug in mine) > 0


def test_the_regions_page_links_the_provinces_only_and_each_province_page_its_whole_tree(
    fixture_site: Path,
) -> None:
    ix = build_index(INITIATIVES, load_vocabulary(fixture_site.parent / "content"), {})
    index = (fixture_site / "regions" / "index.html").read_text(encoding="utf-8")
    assert _region_links(index) == set(ix.provinces)  # no city or county: the page does not grow with them
    reached = set(ix.provinces)
    for province in ix.provinces:
        page = (fixture_site / "regions" / province / "index.html").read_text(encoding="utf-8")
        tree = _descendants(ix.regions, province)
        assert tree <= _region_links(page), province
        reached |= tree
    assert reached == set(ix.regions)
    sitemap = (fixture_site / "sitemap.xml").read_text(encoding="utf-8")
    assert all(f"regions/{key}/</loc>" in sitemap for key in ix.regions)


def test_the_initiatives_without_a_region_are_paged_and_the_summary_is_on_the_first_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unplaced = [
        dataclasses.replace(
            INITIATIVES[0], slug=f"no-region-{n}", region=Region(), locality=None, parent=None
        )
        for n in range(3)
    ]
    items = [*INITIATIVES[1:3], *unplaced]
    monkeypatch.setattr(pages_module, "LIST_LINES", 2)
    renderer = SiteRenderer(build_index(items, Vocabulary({}, {}), {}), make_env(), "/")
    jobs = [job for job in renderer.jobs() if job[0] == "regions"]
    assert jobs == [("regions", ""), ("regions", "@2")]
    first, second = (renderer.run(job)[1].decode("utf-8") for job in jobs)
    assert 'class="province-list"' in first and 'class="province-list"' not in second
    listed = [set(re.findall(r"initiatives/(no-region-\d)/", page)) for page in (first, second)]
    assert listed == [{"no-region-0", "no-region-1"}, {"no-region-2"}]
    assert 'href="../../../regions/"' in second and '<span aria-current="page">2</span>' in second
