"""Where the pages live (builder/render/urls.py), and that every link of the built site is relative."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from jinja2.filters import do_urlencode

from builder.commands.build import run_build
from builder.commands.check import run_check
from builder.content.loader import Vocabulary
from builder.render import urls
from builder.render.indexes import build_index
from builder.validate.fields import slug_problem
from tests.support.fixture_site import INITIATIVES, FixtureContent


def test_site_relative_urls_and_their_files() -> None:
    assert urls.initiative("a") == "initiatives/a/"
    assert urls.theme("grid") == "themes/grid/" and urls.theme("grid", "150000") == "themes/grid/#p-150000"
    assert urls.province_anchor(None) == "p-none"
    assert urls.region("150103") == "regions/150103/" and urls.level("city") == "levels/city/"
    assert urls.practice("shuang") == "practices/shuang/" and urls.indicator("grids") == "compare/grids/"
    assert urls.compared("grids") == "compare/#grids"  # an indicator's section of /compare/
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


# --- reserved slugs: a list's further pages live in "<list>/page/<n>/" (issue 17) ---------------------------


def test_page_is_a_reserved_slug_and_a_number_is_not() -> None:
    assert urls.paged("initiatives/", 2) == f"initiatives/{urls.PAGE}/2/"
    problem = slug_problem("page")
    assert problem and "reserved" in problem and "page/" in problem and "choose another" in problem
    assert slug_problem("page-1") is None and slug_problem("2") is None  # list pages are never "<list>/2/"


def test_an_initiative_slugged_page_is_an_error_naming_its_file_and_line(
    fixture_content: FixtureContent, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = fixture_content([dataclasses.replace(INITIATIVES[0], slug="page"), *INITIATIVES[1:]])
    text = (content / "page.md").read_text(encoding="utf-8")
    line = text.splitlines().index("slug: page") + 1
    assert run_check(content) == 1
    out = capsys.readouterr().out
    assert f"page.md:{line}: error: slug 'page' is reserved" in out
    assert run_build(content, tmp_path / "site", quiet=True) == 1
    assert not (tmp_path / "site").exists()  # nothing half-written


def test_a_theme_or_indicator_slugged_page_is_an_error_naming_its_vocabulary(
    fixture_content: FixtureContent, capsys: pytest.CaptureFixture[str]
) -> None:
    content = fixture_content()
    themes = content / "_data" / "themes.yaml"
    themes.write_text(
        themes.read_text(encoding="utf-8").replace("slug: grid-governance", "slug: page"), "utf-8"
    )
    (content / "_data" / "indicators.yaml").write_text(
        "indicators:\n  - slug: page\n    kind: count\n    labels: [网格]\n    unit: 个\n"
        "  - slug: ../up\n    kind: count\n    labels: [驿站]\n    unit: 个\n",
        encoding="utf-8",
    )
    assert run_check(content) == 1
    out = capsys.readouterr().out
    assert re.search(r"themes\.yaml:\d+: error: slug 'page' is reserved", out), out
    assert "indicators.yaml:2: error: indicator 'page': slug 'page' is reserved" in out
    assert "indicators.yaml:6: error: indicator '../up': unsafe slug" in out  # it would name compare/../up/


def test_a_practice_whose_pinyin_is_page_gets_a_slug_of_its_own() -> None:
    item = dataclasses.replace(INITIATIVES[0], practices=["Page"], body="推行“Page”工作法。")
    index = build_index([item], Vocabulary({}, {}), {})
    [practice] = index.practices.values()
    assert practice.slug != urls.PAGE and practice.slug.startswith("page-")
    assert (
        urls.practice(practice.slug) != f"practices/{urls.PAGE}/"
    )  # the folder of the glossary's pages 2, 3 …
