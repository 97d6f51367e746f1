"""The machinery every HTML page is rendered with (moved out of `pages`): templates fetched once, the theme's
macros and the initiative cards and comparison rows rendered once per link depth, a long list cut into pages
(`paged`), a count chart. `pages.SiteRenderer` builds each page's context on it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from builder.render import paging, urls
from builder.render.charts import Bar, bar_chart
from builder.render.groups import Group, group_places
from builder.render.indexes import Entry, SiteIndex
from builder.render.indicators import Indicator
from builder.render.relatedviews import RelatedView, related_view


class PageRenderer:
    """Renders pages from one SiteIndex: templates, macros, fragments, paged lists (SiteRenderer's base)."""

    def __init__(self, index: SiteIndex, env: Environment, base_url: str, memo: Any = None) -> None:
        self.ix = index
        self.env = env
        self.base_url = base_url
        self.memo = memo  # digest serve's IdentityMemo (builder.render.session): the last build's jobs
        self._templates: dict[str, Any] = {}
        self._fragments: dict[tuple[Any, ...], Markup] = {}
        self._macros: dict[str, dict[str, Any]] = {}
        self._chrome: dict[tuple[str, str, urls.Here], Markup] = {}

    # ------------------------------------------------------------------------------------------ helpers

    def render(self, path: str, template: str, root: str | None = None, **context: Any) -> tuple[str, bytes]:
        """(path, bytes) of the page at `path` (a file under site/). `root` is the way back to the site's
        top that every link of the page starts with (the templates' `<kind>_url` filters add it): "../" per
        folder unless given (404.html links through the absolute base URL)."""
        tpl = self._templates.get(template)
        if tpl is None:
            tpl = self._templates[template] = self.env.get_template(template)
        if root is None:
            root = urls.root_for(path)
        html = tpl.render(ix=self.ix, root=root, here=urls.Here.of(path), **self.macros(root), **context)
        return path, html.encode("utf-8")

    def macros(self, root: str) -> dict[str, Any]:
        """The theme's macros (`m`, _macros.html: they see `ix`, `root`, `card` and `theme_row`, nothing else
        of the page) and the `card`, `theme_row` and `chrome` renderers for pages at the link depth `root`: made once
        per depth, not per page and card as a template importing the macros would."""
        found = self._macros.get(root)
        if found is None:
            found = self._macros[root] = {
                "card": functools.partial(self.fragment, "_card.html", root=root),
                "theme_row": functools.partial(self.fragment, "_theme_row.html", root=root),
                "chrome": functools.partial(self.chrome, root=root),
            }
            found["m"] = self.env.get_template("_macros.html").make_module(
                {"ix": self.ix, "root": root, **found}
            )
        return found

    def chrome(self, template: str, here: urls.Here, *, root: str) -> Markup:
        """The masthead or the footer every page shows (_masthead.html, _footer.html, as base.html places
        them), rendered once for the pages at one link depth (`root`) and place in the navigation (`here`):
        a site of 1 000 initiatives has 2 500 pages and a few dozen of those."""
        key = (template, root, here)
        html = self._chrome.get(key)
        if html is None:
            tpl = self._templates.get(template) or self._templates.setdefault(
                template, self.env.get_template(template)
            )
            html = self._chrome[key] = Markup(tpl.render(root=root, here=here))
        return html

    def fragment(
        self, template: str, entry: Entry, h: int = 3, *, root: str, columns: tuple[Indicator, ...] = ()
    ) -> Markup:
        """One initiative's card (_card.html) or comparison row (_theme_row.html), rendered once per link
        depth: the same card or row appears on many list pages, and pages at one depth share its HTML."""
        key = (template, entry.slug, root, h, tuple(c.slug for c in columns))
        html = self._fragments.get(key)
        if html is None:
            tpl = self._templates.get(template) or self._templates.setdefault(
                template, self.env.get_template(template)
            )
            html = self._fragments[key] = Markup(
                tpl.render(ix=self.ix, root=root, e=entry, h=h, columns=columns, m=self.macros(root)["m"])
            )
        return html

    def theme_name(self, slug: str) -> str:
        return self.ix.theme_label(slug).zh

    def related(self, slug: str) -> list[RelatedView]:
        return [
            related_view(self.ix.entries, link, self.theme_name) for link in self.ix.related.get(slug, [])
        ]

    def paged(
        self,
        url: str,
        page: int,
        pages: list[list[Any]],
        template: str,
        name: str,
        shown: Callable[[list[Any]], list[Any]] | None = None,
        **context: Any,
    ) -> tuple[str, bytes]:
        """Page `page` of the list at `url` cut into `pages`: its items (as `name`; made into what the page
        shows by `shown`), the `pager`, `where`: the URL of the page each group (by key) starts on, and
        `elsewhere`: the keys of the groups that are not on this page."""
        pager = paging.pager(url, page, len(pages))
        where, elsewhere = group_places(pager.urls, pages, page)
        path = urls.page_file(pager.urls[page - 1])
        items = {name: shown(pages[page - 1]) if shown else pages[page - 1]}
        return self.render(path, template, pager=pager, where=where, elsewhere=elsewhere, **items, **context)

    def shown_groups(self, groups: list[Group]) -> list[Group]:
        """Groups of slugs (SiteIndex.province_groups) with their initiatives: only a page's own are read,
        so the page does not depend on the rest of its list but through the grouping."""
        entries = self.ix.entries
        return [Group(g.key, g.name, [entries[s] for s in g.entries]) for g in groups]

    def count_chart(self, counts: list[tuple[str, int]], title: str, chart_id: str) -> Any:
        return bar_chart([Bar(label, n, f"{n} 项") for label, n in counts], title=title, chart_id=chart_id)

    def theme_profile(self, key: str, title: str, total: int) -> tuple[Any, list[str], str]:
        """How many of the `total` initiatives of the list `key` (SiteIndex.theme_counts) have each theme: a
        chart and its caption (what a bar counts; an initiative of several themes is on several bars, so the
        bars add up to more than the initiatives: both numbers said), or, for one initiative (every bar would
        be whole), no chart but its themes, in that order."""
        counts = self.ix.theme_counts.get(key, {})
        ordered = sorted(counts.items(), key=lambda p: (-p[1], list(self.ix.theme_labels).index(p[0])))
        if total < 2:
            return None, [t for t, _ in ordered], ""
        summed = sum(counts.values())
        if summed > total:
            caption = (
                f"每条是带有该主题的实践数；一项实践可有几个主题，{total} 项实践在各条共计 {summed} 次。"
                f"Initiatives with each theme; one may have several: {total} initiatives, {summed} on the bars."
            )
        else:
            caption = (
                f"每条是带有该主题的实践数，共 {total} 项实践。Initiatives with each theme, {total} in all."
            )
        chart = self.count_chart([(self.theme_name(t), n) for t, n in ordered], title, "themes-chart")
        return chart, [], caption
