"""Where each page of the site lives, written once: the site-relative URL of every kind of page.

A URL here is site-relative ("themes/<slug>/"); the file that serves it is `page_file(url)`
("themes/<slug>/index.html"). Pages link to each other relatively: `href(root, url)` prefixes the way back
from the linking page to the site's top (`root_for`: "../" per folder), so the site works under any
sub-path and from any static server; only 404.html, which is served at arbitrary paths, links through the
absolute base URL instead. The templates reach these through the `<kind>_url` filters (`LINKS`, registered
in env.py), e.g. `{{ slug|theme_url }}`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

INDEX = "index.html"

# The site's sections: the URL of each one's index page, and the top of its own pages.
SECTIONS: dict[str, str] = {
    "home": "",
    "initiatives": "initiatives/",
    "themes": "themes/",
    "regions": "regions/",
    "levels": "levels/",
    "practices": "practices/",
    "compare": "compare/",
    "search": "search/",
}


def section(name: str) -> str:
    return SECTIONS[name]


def initiative(slug: str) -> str:
    return f"initiatives/{slug}/"


def province_anchor(key: str | None) -> str:
    """The anchor of a province's rows on a theme page ("p-none": the initiatives without a region)."""
    return f"p-{key or 'none'}"


def compare_anchor(theme: str | None) -> str:
    """The anchor of a theme's indicators on /compare/ ("t-none": those of no theme)."""
    return f"t-{theme or 'none'}"


def theme(slug: str, province: str | None = None) -> str:
    """A theme's page; with `province`, its rows of that province."""
    return f"themes/{slug}/" + (f"#{province_anchor(province)}" if province else "")


def region(key: str) -> str:
    return f"regions/{key}/"


def level(slug: str) -> str:
    return f"levels/{slug}/"


def practice(slug: str) -> str:
    return f"practices/{slug}/"


def indicator(slug: str) -> str:
    """An indicator's own page, for an indicator with more rows than /compare/ shows."""
    return f"compare/{slug}/"


def compared(slug: str) -> str:
    """An indicator's section of /compare/ (every indicator has one; long ones a page of their own too)."""
    return f"{SECTIONS['compare']}#{slug}"


def search(terms: str) -> str:
    """The search page, opened on `terms`."""
    return SECTIONS["search"] + "?q=" + quote(terms, safe="/")


PAGE = "page"  # the folder of a list's further pages: "<url>page/<number>/"
# Folder names the site uses for its own pages inside a section: no slug (initiative, theme, level, indicator,
# practice) may be one, or its page would share a folder with a list's pages ("initiatives/page/" is the
# folder of pages 2, 3 … of all initiatives). A number is a free slug: list pages are always under `page/`.
RESERVED_SLUGS = frozenset({PAGE})


def paged(url: str, number: int) -> str:
    """Page `number` of the list at `url`: the list's own URL first, then "<url>page/<number>/"."""
    return url if number == 1 else f"{url}{PAGE}/{number}/"


def listed(url: str) -> str:
    """A page of a paginated list, given by its site-relative URL (render/paging.Pager.urls)."""
    return url


def file(name: str) -> str:
    """A file at the site's top: "static/site.css", "feed.xml", "digest.json"."""
    return name


# The template filters: `{{ value|<kind>_url }}` is `href(root, <kind>(value))` on the page being rendered.
LINKS: dict[str, Callable[..., str]] = {
    "section": section,
    "initiative": initiative,
    "theme": theme,
    "region": region,
    "level": level,
    "practice": practice,
    "indicator": indicator,
    "compared": compared,
    "search": search,
    "listed": listed,
    "file": file,
}


def page_file(url: str) -> str:
    """The file under site/ that serves a site-relative URL: "themes/x/" -> "themes/x/index.html"."""
    return url + INDEX


def root_for(path: str) -> str:
    """The way back to the site's top from the page at `path` (a file under site/): "../" per folder."""
    return "../" * path.count("/")


def href(root: str, url: str) -> str:
    """A site-relative URL as linked from a page whose way back to the top is `root`; the top itself,
    linked from the top, is "./"."""
    return root + url or "./"


@dataclass(frozen=True)
class Here:
    """Where a page is, to mark the navigation: its section ("" for pages at the top) and whether it is
    that section's index page."""

    section: str
    index: bool

    @classmethod
    def of(cls, path: str) -> Here:
        """The place of the page at `path` (a file under site/)."""
        name = path.split("/")[0] if "/" in path else ""
        return cls(name, name in SECTIONS and path == page_file(SECTIONS[name]))
