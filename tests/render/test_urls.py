"""Where the pages live (builder/render/urls.py), and that every link of the built site is relative."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2.filters import do_urlencode

from builder.content.loader import Vocabulary
from builder.render import urls
from builder.render.indexes import build_index
from tests.support.fixture_site import INITIATIVES


def test_site_relative_urls_and_their_files() -> None:
    assert urls.initiative("a") == "initiatives/a/"
    assert urls.theme("grid") == "themes/grid/" and urls.theme("grid", "150000") == "themes/grid/#p-150000"
    assert urls.province_anchor(None) == "p-none"
    assert urls.region("150103") == "regions/150103/" and urls.level("city") == "levels/city/"
    assert urls.practice("shuang") == "practices/shuang/" and urls.indicator("grids") == "compare/grids/"
    assert urls.section("home") == "" and urls.section("search") == "search/"
    assert urls.page_file(urls.section("home")) == "index.html"
    assert urls.page_file(urls.theme("grid")) == "themes/grid/index.html"


def test_relative_roots() -> None:
    assert urls.root_for("index.html") == ""
    assert urls.root_for("initiatives/x/index.html") == "../../"
    assert urls.href("", "") == "./" and urls.href("../", "") == "../"
    assert urls.href("/sub/", "themes/") == "/sub/themes/"


def test_search_terms_are_quoted_as_jinja_urlencode_did() -> None:
    for terms in ("网格员", "a b/c", "k&k", "<x>", "100%"):
        assert urls.search(terms) == "search/?q=" + do_urlencode(terms)


def test_where_a_page_is() -> None:
    assert urls.Here.of("themes/index.html") == urls.Here("themes", True)
    assert urls.Here.of("themes/grid/index.html") == urls.Here("themes", False)
    assert urls.Here.of("index.html") == urls.Here("", False)
    assert urls.Here.of("404.html") == urls.Here("", False)


def test_entries_and_practices_carry_their_url() -> None:
    index = build_index(INITIATIVES, Vocabulary({}, {}), {})
    entry = index.entries[INITIATIVES[0].slug]
    assert entry.url == urls.initiative(entry.slug)
    practice = next(iter(index.practices.values()))
    assert practice.url == urls.practice(practice.slug)


def test_every_link_of_the_site_is_relative(fixture_site: Path) -> None:
    """No page but 404.html links through an absolute path: the site works under any sub-path."""
    absolute = re.compile(r'\b(?:href|src|action)="/')
    for page in sorted(fixture_site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if page.name != "404.html":
            assert not absolute.search(html), page
