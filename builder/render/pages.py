"""HTML pages: build each page's context from the SiteIndex and render it with the shared Jinja2
environment. Pure: returns (path, bytes); writing is the writer's job.

Every link in a page is relative to that page (builder/render/urls.py), so the site works under any
sub-path and from any static server; only 404.html, which is served at arbitrary paths, links through the
absolute `base_url`.
"""

from __future__ import annotations

from typing import Any

from builder.render import pagejobs, paging, urls
from builder.render.bylevel import compare_levels
from builder.render.comparesections import compare_groups, compare_pages, compare_section, indicator_card
from builder.render.figures import results_first
from builder.render.glossary import by_initial, practices_of, shared_first
from builder.render.groups import Group, province_pages
from builder.render.indexes import Entry
from builder.render.indicators import KEY_COLUMNS, MIN_COMPARED, filled_columns, theme_indicators
from builder.render.pagerender import PageRenderer
from builder.render.provinces import province_summaries
from builder.render.regions import RegionNode, ancestors, short_province
from builder.render.relatedviews import reason_text as reason_text  # tests import it from here
from builder.render.relatedviews import related_view
from builder.render.search import SearchDoc
from builder.render.searchdocs import search_doc, shown_metrics

RANK_LABELS = {"province": ("省级", "Province"), "city": ("地市级", "City"), "county": ("县级", "County")}
NOT_FOUND = "404.html"
# Items per page of a long list (render/paging.py): rows of a theme's table, lines of initiatives, a
# practice's uses, an indicator's rows; and the named practices a theme page shows (most used first).
THEME_ROWS = 100
LIST_LINES = 200
PRACTICE_USES = 150
INDICATOR_ROWS = 150
THEME_PRACTICES = 40
GLOSSARY_ENTRIES = 200
SHARED = "shared"  # the key of the glossary's section of practices shared by several places


class SiteRenderer(PageRenderer):
    """Renders every HTML page of the site from one SiteIndex."""

    # ------------------------------------------------------------------------------------------ pages

    def initiative(self, slug: str) -> tuple[str, bytes, SearchDoc]:
        entry = self.ix.entries[slug]
        item = entry.item
        parent = self.ix.entries.get(item.parent) if item.parent else None
        parts = [self.ix.entries[s] for s in self.ix.parts.get(slug, [])]
        figures = results_first(entry.figures)  # results first: the figures a reader would quote
        path, data = self.render(
            urls.page_file(entry.url),
            "initiative.html",
            e=entry,
            parent=parent,
            parts=parts,
            related=self.related(slug),
            figures=figures,
            shown=shown_metrics(figures),
        )
        return path, data, search_doc(self.ix, entry)

    def home(self) -> tuple[str, bytes]:
        """The front page: the theme × province matrix (a cell with one initiative links to it, one with
        more to the theme's rows of that province) and the latest initiatives."""
        ix = self.ix
        themes = [t for t, slugs in ix.themes.items() if slugs]
        province_of = {slug: e.steps[0].key for slug, e in ix.entries.items() if e.steps}
        matrix = []
        for theme in themes:
            by_province: dict[str, list[str]] = {}
            for s in ix.themes[theme]:
                if s in province_of:
                    by_province.setdefault(province_of[s], []).append(s)
            cells = []
            for province in ix.provinces:
                hits = by_province.get(province, [])
                cells.append((province, len(hits), hits[0] if len(hits) == 1 else None))
            matrix.append((theme, cells, len(ix.themes[theme])))
        dated = sorted(
            ix.entries.values(),
            key=lambda e: (e.item.date or "", e.item.source.file, e.item.source.part),
            reverse=True,
        )
        return self.render(urls.page_file(urls.section("home")), "home.html", matrix=matrix, latest=dated[:6])

    def initiatives_index(self, page: int = 1) -> tuple[str, bytes]:
        pages = province_pages(self.ix.province_groups["initiatives"], LIST_LINES)
        return self.paged(
            urls.section("initiatives"), page, pages, "initiatives.html", "groups", self.shown_groups
        )

    def themes_index(self) -> tuple[str, bytes]:
        rows = []
        for slug, slugs in self.ix.themes.items():
            provinces = dict.fromkeys(
                short_province(self.ix.entries[s].steps[0].name) for s in slugs if self.ix.entries[s].steps
            )
            rows.append((self.ix.theme_label(slug), len(slugs), list(provinces)))
        empty = [label for slug, label in self.ix.theme_labels.items() if slug not in self.ix.themes]
        return self.render(urls.page_file(urls.section("themes")), "themes.html", rows=rows, empty=empty)

    def theme(self, slug: str, page: int = 1) -> tuple[str, bytes]:
        ix = self.ix
        slugs = ix.themes.get(slug, [])
        groups = ix.province_groups.get(f"theme/{slug}", [])
        # provinces only (the initiatives naming none are no province: the caption counts them); one province
        # alone compares no provinces: no chart
        placed = sorted((g for g in groups if g.key), key=lambda g: -len(g.entries))
        chart = (
            self.count_chart(
                [(short_province(g.name), len(g.entries)) for g in placed],
                f"{self.theme_name(slug)}：各省实践数量",
                "province-chart",
            )
            if len(placed) >= MIN_COMPARED
            else None
        )
        unplaced = len(slugs) - sum(len(g.entries) for g in placed)
        similar = [
            (ix.entries[a], related_view(ix.entries, link, self.theme_name))
            for a, link in ix.theme_pairs.get(slug, [])
        ]
        pages = province_pages(groups, THEME_ROWS)
        # the key-figures columns this page's table fills (each row's figures are read by its row anyway)
        shown = pages[page - 1] if page <= len(pages) else []
        columns = filled_columns(
            theme_indicators(slug, ix.indicator_defs),
            (ix.entries[s].key_figures for g in shown for s in g.entries),
            KEY_COLUMNS,
        )
        return self.paged(
            urls.theme(slug),
            page,
            pages,
            "theme.html",
            "groups",
            self.shown_groups,
            theme=ix.theme_label(slug),
            summary=groups,
            chart=chart,
            unplaced=unplaced,
            similar=similar,
            columns=columns,
            practices=practices_of(ix.practices, slugs)[:THEME_PRACTICES],
        )

    def unplaced(self) -> list[Entry]:
        """The initiatives without a region."""
        return [e for e in self.ix.entries.values() if not e.steps]

    def regions_index(self, page: int = 1) -> tuple[str, bytes]:
        """A summary per province (its tree is on its own page), then the initiatives without a region, a
        page of them at a time (the summary on the first page only)."""
        unplaced = self.unplaced()
        summary = {"provinces": province_summaries(self.ix) if page == 1 else [], "total": len(unplaced)}
        pages = paging.pages(unplaced, LIST_LINES)
        return self.paged(urls.section("regions"), page, pages, "regions.html", "unplaced", **summary)

    def region(self, key: str, page: int = 1) -> tuple[str, bytes]:
        node: RegionNode = self.ix.regions[key]
        chain = ancestors(self.ix.regions, key)
        children = [self.ix.regions[k] for k in node.children]
        placed_here = set(node.direct)
        below = [s for s in node.slugs if s not in placed_here]
        profile, only_themes, caption = self.theme_profile(
            f"region/{key}", f"{node.name}：各主题实践数量", len(node.slugs)
        )
        pages = paging.pages(node.direct + below, LIST_LINES)
        here = [self.ix.entries[s] for s in pages[page - 1]]
        return self.paged(
            urls.region(key),
            page,
            pages,
            "region.html",
            "listed",
            lambda _: here,
            node=node,
            chain=chain,
            children=children,
            direct=[e for e in here if e.slug in placed_here],
            below=[e for e in here if e.slug not in placed_here],
            rank=RANK_LABELS.get(node.rank, (node.rank, node.rank)),
            profile=profile,
            only_themes=only_themes,
            profile_caption=caption,
        )

    def levels_index(self) -> tuple[str, bytes]:
        """Every level with initiatives, and what each does: themes and named practices by level."""
        columns, rows = compare_levels(self.ix)
        empty = [label for slug, label in self.ix.level_labels.items() if slug not in self.ix.levels]
        unleveled = len(self.ix.entries) - sum(c.count for c in columns)  # so that the counts add up
        page = urls.page_file(urls.section("levels"))
        return self.render(page, "levels.html", columns=columns, rows=rows, empty=empty, unleveled=unleveled)

    def level(self, slug: str, page: int = 1) -> tuple[str, bytes]:
        slugs = self.ix.levels.get(slug, [])
        label = self.ix.level_label(slug).zh
        profile, only_themes, caption = self.theme_profile(
            f"level/{slug}", f"{label}：各主题实践数量", len(slugs)
        )
        pages = province_pages(self.ix.province_groups.get(f"level/{slug}", []), LIST_LINES)
        level = self.ix.level_label(slug)
        return self.paged(
            urls.level(slug),
            page,
            pages,
            "level.html",
            "groups",
            self.shown_groups,
            level=level,
            total=len(slugs),
            profile=profile,
            only_themes=only_themes,
            profile_caption=caption,
        )

    def practices_index(self, page: int = 1) -> tuple[str, bytes]:
        """The glossary: the practices shared by several places first, then the rest by the pinyin initial
        of each practice (names without one go under "#")."""
        shared, rest, groups = self.glossary()
        pages = self.glossary_pages(shared, groups)
        here = pages[page - 1]
        return self.paged(
            urls.section("practices"),
            page,
            pages,
            "practices.html",
            "sections",
            shared=[p for g in here if g.key == SHARED for p in g.entries],
            letters=[(g.key, g.name, g.entries) for g in here if g.key != SHARED],
            all_letters=groups,
            shared_count=len(shared),
            rest_count=len(rest),
        )

    def glossary(self) -> tuple[list[Any], list[Any], list[tuple[str, str, list[Any]]]]:
        """(the practices shared by several places, the rest, the rest by initial: (anchor, letter, them))."""
        shared, rest = shared_first(self.ix.practices)
        return shared, rest, by_initial(rest)

    def glossary_pages(
        self, shared: list[Any], letters: list[tuple[str, str, list[Any]]]
    ) -> list[list[Group]]:
        """The glossary's sections (the shared practices, then one per initial) packed into pages."""
        sections = [Group(SHARED, "", shared)] if shared else []
        sections += [Group(anchor, letter, items) for anchor, letter, items in letters]
        return province_pages(sections, GLOSSARY_ENTRIES)

    def practice(self, slug: str, page: int = 1) -> tuple[str, bytes]:
        practice = self.ix.practices[slug]
        entries = self.ix.entries
        pages = paging.pages(practice.uses, PRACTICE_USES)
        return self.paged(
            practice.url,
            page,
            pages,
            "practice.html",
            "uses",
            lambda uses: [(entries[use.slug], use.sentence) for use in uses],
            practice=practice,
            total=len(practice.uses),
        )

    def compare(self, page: int = 1) -> tuple[str, bytes]:
        """/compare/: the indicators by theme, a card each (comparesections.compare_pages)."""
        pages = compare_pages(self.ix)
        return self.paged(
            urls.section("compare"),
            page,
            pages,
            "compare.html",
            "groups",
            lambda groups: [
                Group(g.key, g.name, [indicator_card(self.ix, r) for r in g.entries]) for g in groups
            ],
            summary=[
                Group(g.key, g.name, [r.indicator.slug for r in g.entries]) for g in compare_groups(self.ix)
            ],
        )

    def indicator(self, slug: str, page: int = 1) -> tuple[str, bytes]:
        """An indicator's own pages: the chart of its largest values over a page of its rows at a time; the
        kicker links to its card on /compare/."""
        rows = next(r for r in self.ix.indicators if r.indicator.slug == slug)
        pages = paging.pages(rows.rows, INDICATOR_ROWS)
        section = compare_section(self.ix, rows, pages[page - 1])
        cards = compare_pages(self.ix)
        on = next(
            n for n, gs in enumerate(cards, 1) for g in gs for r in g.entries if r.indicator.slug == slug
        )
        overview = urls.paged(urls.section("compare"), on) + "#" + slug
        return self.paged(
            urls.indicator(slug), page, pages, "indicator.html", "rows", sec=section, overview=overview
        )

    def search(self) -> tuple[str, bytes]:
        return self.render(urls.page_file(urls.section("search")), "search.html")

    def not_found(self) -> tuple[str, bytes]:
        return self.render(NOT_FOUND, "404.html", root=self.base_url)

    def jobs(self) -> list[tuple[str, str]]:
        """Every page but the initiatives, as (kind, key) jobs for `run` (builder/render/pagejobs.py); in
        digest serve the last build's when every list they count is the same (IdentityMemo.reuse: the
        region tree, the glossary and the indicator rows are the very objects when unchanged)."""
        if self.memo is None:
            return pagejobs.jobs(self)
        ix = self.ix
        inputs = (list(dict.keys(ix.entries)), ix.regions, ix.themes, ix.levels, ix.practices, ix.indicators)
        return self.memo.reuse("page jobs", inputs, lambda: pagejobs.jobs(self))

    def page_jobs(self, kind: str, key: str, count: int | None = None) -> list[tuple[str, str]]:
        return pagejobs.page_jobs(self, kind, key, count)

    def count_pages(self, kind: str, key: str) -> int:
        """How many pages the list of (kind, key) takes, cut as its page method cuts it."""
        ix = self.ix
        if kind == "practices":
            shared, _, letters = self.glossary()
            return len(self.glossary_pages(shared, letters))
        if kind == "initiatives":
            return len(province_pages(ix.province_groups["initiatives"], LIST_LINES))
        if kind == "regions":
            return len(paging.pages(self.unplaced(), LIST_LINES))
        if kind in ("theme", "level"):
            groups = ix.province_groups.get(f"{kind}/{key}", [])
            return len(province_pages(groups, THEME_ROWS if kind == "theme" else LIST_LINES))
        if kind == "region":
            return len(paging.pages(ix.regions[key].slugs, LIST_LINES))
        if kind == "practice":
            return len(paging.pages(ix.practices[key].uses, PRACTICE_USES))
        if kind == "compare":
            return len(compare_pages(ix))
        rows = next(r for r in ix.indicators if r.indicator.slug == key)
        return len(paging.pages(rows.rows, INDICATOR_ROWS))

    def run(self, job: tuple[str, str]) -> tuple[str, bytes]:
        """Render one job from `jobs()`: (output path, bytes)."""
        return pagejobs.run(self, job)
