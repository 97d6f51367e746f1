"""HTML pages (DESIGN §4): build each page's context from the SiteIndex and render it with the shared
Jinja2 environment. Pure: yields (path, bytes); writing is build.py's job.

Every link in a page is relative to that page (`root` is "../" per directory level), so the site works
under any sub-path and from any static server; only 404.html, which is served at arbitrary paths,
links through the absolute `base_url`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from builder.model import Metric
from builder.render.charts import Bar, bar_chart
from builder.render.indexes import Entry, IndicatorRows, SiteIndex
from builder.render.indicators import Indicator, format_metric
from builder.render.regions import RegionNode, ancestors, short_province
from builder.render.search import SearchDoc, html_text

INDEX_START, INDEX_END = "<!--index-->", "<!--/index-->"
BODY_START, BODY_END = "<!--body-->", "<!--/body-->"
COMPARE_LIMIT = 20  # rows per indicator on /compare/; the rest on /compare/<indicator>/
CHART_FULL = 60  # bars on an indicator's own page
RANK_LABELS = {"province": ("省级", "Province"), "city": ("地市级", "City"), "county": ("县级", "County")}


@dataclass(frozen=True)
class RelatedView:
    entry: Entry
    score: float
    reason: str


@dataclass(frozen=True)
class CompareSection:
    indicator: Indicator
    unit: str
    chart: Markup
    table: list[tuple[Entry, Metric]]
    total: int  # rows in the indicator (the table may show fewer)
    other_units: int


@dataclass(frozen=True)
class Group:
    key: str | None  # province region key (anchor), None for "no region"
    name: str
    entries: list[Entry]


def reason_text(reason: Any, theme_name: Any) -> str:
    """'同为 网格化治理 · 共同做法：双报到 · 关键词：网格员、楼栋长' (empty parts left out)."""
    parts = []
    if getattr(reason, "themes", ()):
        parts.append("同为 " + "、".join(theme_name(t) for t in reason.themes))
    if getattr(reason, "practices", ()):
        parts.append("共同做法：" + "、".join(reason.practices))
    if getattr(reason, "keywords", ()):
        parts.append("关键词：" + "、".join(reason.keywords))
    return " · ".join(parts)


def _between(html: str, start: str, end: str) -> tuple[int, int] | None:
    a = html.find(start)
    b = html.find(end, a + 1) if a >= 0 else -1
    return (a, b + len(end)) if 0 <= a < b else None


def page_text(html: str) -> str:
    """What the search indexes of an initiative page: the visible text between the index markers, body
    first (so result snippets come from the article rather than the figures table)."""
    span = _between(html, INDEX_START, INDEX_END)
    if span is None:
        return ""
    region = html[span[0] : span[1]]
    body = _between(region, BODY_START, BODY_END)
    if body is None:
        return html_text(region)
    first = html_text(region[body[0] : body[1]])
    rest = html_text(region[: body[0]] + " " + region[body[1] :])
    return f"{first} {rest}".strip()


def root_for(path: str) -> str:
    return "../" * path.count("/")


class SiteRenderer:
    """Renders every HTML page of the site from one SiteIndex."""

    def __init__(self, index: SiteIndex, env: Environment, base_url: str) -> None:
        self.ix = index
        self.env = env
        self.base_url = base_url
        self._templates: dict[str, Any] = {}
        self._fragments: dict[tuple[str, str, str, int], Markup] = {}

    # ------------------------------------------------------------------------------------------ helpers

    def render(self, path: str, template: str, **context: Any) -> bytes:
        tpl = self._templates.get(template)
        if tpl is None:
            tpl = self._templates[template] = self.env.get_template(template)
        root = context.pop("root", None)
        if root is None:
            root = root_for(path)
        html = tpl.render(
            ix=self.ix,
            root=root,
            home=root or "./",
            base_url=self.base_url,
            path=path,
            card=functools.partial(self.fragment, "_card.html", root=root),
            theme_row=functools.partial(self.fragment, "_theme_row.html", root=root),
            **context,
        )
        return html.encode("utf-8")

    def fragment(self, template: str, entry: Entry, h: int = 3, *, root: str) -> Markup:
        """One initiative's card (_card.html) or comparison row (_theme_row.html), rendered once per link
        depth: the same card or row appears on many list pages, and pages at one depth share its HTML."""
        key = (template, entry.slug, root, h)
        html = self._fragments.get(key)
        if html is None:
            tpl = self._templates.get(template) or self._templates.setdefault(
                template, self.env.get_template(template)
            )
            html = self._fragments[key] = Markup(tpl.render(ix=self.ix, root=root, e=entry, h=h))
        return html

    def theme_name(self, slug: str) -> str:
        return self.ix.theme_label(slug).zh

    def related(self, slug: str) -> list[RelatedView]:
        views = []
        for link in self.ix.related.get(slug, []):
            views.append(
                RelatedView(
                    self.ix.entries[link.slug], float(link.score), reason_text(link.reason, self.theme_name)
                )
            )
        return views

    def by_province(self, slugs: list[str]) -> list[Group]:
        """Entries grouped under their province (site order is region order), unplaced last."""
        groups: list[Group] = []
        for slug in slugs:
            entry = self.ix.entries[slug]
            key = entry.steps[0].key if entry.steps else None
            if not groups or groups[-1].key != key:
                name = entry.steps[0].name if entry.steps else "地区未标明"
                groups.append(Group(key, name, []))
            groups[-1].entries.append(entry)
        return groups

    def count_chart(self, counts: list[tuple[str, int]], title: str, chart_id: str) -> Any:
        return bar_chart([Bar(label, n, f"{n} 项") for label, n in counts], title=title, chart_id=chart_id)

    def theme_profile(self, slugs: list[str], title: str) -> Any:
        counts: dict[str, int] = {}
        for slug in slugs:
            for theme in self.ix.entries[slug].item.themes:
                counts[theme] = counts.get(theme, 0) + 1
        ordered = sorted(counts.items(), key=lambda p: (-p[1], list(self.ix.theme_labels).index(p[0])))
        return self.count_chart([(self.theme_name(t), n) for t, n in ordered], title, "themes-chart")

    # ------------------------------------------------------------------------------------------ pages

    def initiative(self, slug: str) -> tuple[str, bytes, SearchDoc]:
        entry = self.ix.entries[slug]
        item = entry.item
        parent = self.ix.entries.get(item.parent) if item.parent else None
        parts = [self.ix.entries[s] for s in self.ix.parts.get(slug, [])]
        path = f"{entry.url}index.html"
        data = self.render(
            path, "initiative.html", e=entry, parent=parent, parts=parts, related=self.related(slug)
        )
        text = page_text(data.decode("utf-8")) or item.title
        meta = " · ".join(filter(None, [" ".join(s.name for s in entry.steps), item.locality]))
        return path, data, SearchDoc(entry.url, item.title, meta, text)

    def home(self) -> bytes:
        ix = self.ix
        themes = [t for t, slugs in ix.themes.items() if slugs]
        province_of = {slug: e.steps[0].key for slug, e in ix.entries.items() if e.steps}
        matrix = []
        for theme in themes:
            cells = []
            by_province: dict[str, list[str]] = {}
            for s in ix.themes[theme]:
                if s in province_of:
                    by_province.setdefault(province_of[s], []).append(s)
            for province in ix.provinces:
                hits = by_province.get(province, [])
                if len(hits) == 1:
                    href = ix.entries[hits[0]].url
                elif hits:
                    href = f"themes/{theme}/#p-{province}"
                else:
                    href = ""
                cells.append((province, len(hits), href))
            matrix.append((theme, cells, len(ix.themes[theme])))
        dated = sorted(
            ix.entries.values(),
            key=lambda e: (e.item.date or "", e.item.source.file, e.item.source.part),
            reverse=True,
        )
        return self.render("index.html", "home.html", matrix=matrix, latest=dated[:6])

    def initiatives_index(self) -> bytes:
        return self.render(
            "initiatives/index.html", "initiatives.html", groups=self.by_province(list(self.ix.entries))
        )

    def themes_index(self) -> bytes:
        rows = []
        for slug, slugs in self.ix.themes.items():
            provinces = dict.fromkeys(
                short_province(self.ix.entries[s].steps[0].name) for s in slugs if self.ix.entries[s].steps
            )
            rows.append((self.ix.theme_label(slug), len(slugs), list(provinces)))
        return self.render("themes/index.html", "themes.html", rows=rows)

    def theme(self, slug: str) -> bytes:
        ix = self.ix
        slugs = ix.themes.get(slug, [])
        groups = self.by_province(slugs)
        chart = self.count_chart(
            [(short_province(g.name), len(g.entries)) for g in sorted(groups, key=lambda g: -len(g.entries))],
            f"{self.theme_name(slug)}：各省实践数量",
            "province-chart",
        )
        similar = self._theme_pairs(slugs, slug)
        return self.render(
            f"themes/{slug}/index.html",
            "theme.html",
            theme=ix.theme_label(slug),
            groups=groups,
            chart=chart,
            similar=similar,
        )

    def _theme_pairs(self, slugs: list[str], theme: str, limit: int = 12) -> list[tuple[Entry, RelatedView]]:
        """Cross-region pairs within a theme, strongest first, each pair once."""
        seen: set[tuple[str, str]] = set()
        pairs: list[tuple[Entry, RelatedView]] = []
        for s in slugs:
            for view in self.related(s):
                key = (min(s, view.entry.slug), max(s, view.entry.slug))
                if theme in view.entry.item.themes and key not in seen:
                    seen.add(key)
                    pairs.append((self.ix.entries[s], view))
        pairs.sort(key=lambda p: (-p[1].score, p[0].slug, p[1].entry.slug))
        return pairs[:limit]

    def regions_index(self) -> bytes:
        unplaced = [e for e in self.ix.entries.values() if not e.steps]
        return self.render("regions/index.html", "regions.html", unplaced=unplaced)

    def region(self, key: str) -> bytes:
        node: RegionNode = self.ix.regions[key]
        chain = ancestors(self.ix.regions, key)
        children = [self.ix.regions[k] for k in node.children]
        direct = [self.ix.entries[s] for s in node.slugs if self.ix.entries[s].steps[-1].key == key]
        below = [self.ix.entries[s] for s in node.slugs if self.ix.entries[s].steps[-1].key != key]
        profile = self.theme_profile(node.slugs, f"{node.name}：各主题实践数量")
        return self.render(
            f"regions/{key}/index.html",
            "region.html",
            node=node,
            chain=chain,
            children=children,
            direct=direct,
            below=below,
            rank=RANK_LABELS.get(node.rank, (node.rank, node.rank)),
            profile=profile,
        )

    def levels_index(self) -> bytes:
        return self.render("levels/index.html", "levels.html")

    def level(self, slug: str) -> bytes:
        slugs = self.ix.levels.get(slug, [])
        profile = self.theme_profile(slugs, f"{self.ix.level_label(slug).zh}：各主题实践数量")
        return self.render(
            f"levels/{slug}/index.html",
            "level.html",
            level=self.ix.level_label(slug),
            groups=self.by_province(slugs),
            profile=profile,
        )

    def practices_index(self) -> bytes:
        """The glossary, by the pinyin initial of each practice; names without one go under "#"."""
        letters: dict[str, list[Any]] = {}
        for practice in self.ix.practices.values():
            letter = practice.slug[:1].upper()
            letters.setdefault(letter if "A" <= letter <= "Z" else "#", []).append(practice)
        ordered = sorted(letters.items(), key=lambda kv: (kv[0] == "#", kv[0]))
        groups = [("other" if k == "#" else k, k, v) for k, v in ordered]
        return self.render("practices/index.html", "practices.html", letters=groups)

    def practice(self, slug: str) -> bytes:
        practice = self.ix.practices[slug]
        uses = [(self.ix.entries[use.slug], use.sentence) for use in practice.uses]
        return self.render(f"practices/{slug}/index.html", "practice.html", practice=practice, uses=uses)

    def compare_section(self, rows: IndicatorRows, limit: int | None) -> CompareSection:
        """One indicator: a chart of the largest values and the table with every quote (cut at `limit`)."""
        ind = rows.indicator
        shown = rows.rows[: limit or CHART_FULL]
        bars = [
            Bar(f"{self.ix.entries[s].place} · {m.label}", float(m.value), format_metric(m)) for s, m in shown
        ]
        chart = bar_chart(bars, title=f"{ind.zh}（{rows.unit}）", chart_id=f"chart-{ind.slug}")
        table = [(self.ix.entries[s], m) for s, m in rows.rows + rows.others]
        total = len(table)
        return CompareSection(
            ind, rows.unit, chart, table[:limit] if limit else table, total, len(rows.others)
        )

    def compare(self) -> bytes:
        sections = [self.compare_section(rows, COMPARE_LIMIT) for rows in self.ix.indicators]
        return self.render("compare/index.html", "compare.html", sections=sections, single=False)

    def compare_indicator(self, rows: IndicatorRows) -> bytes:
        path = f"compare/{rows.indicator.slug}/index.html"
        return self.render(path, "compare.html", sections=[self.compare_section(rows, None)], single=True)

    def search(self) -> bytes:
        return self.render("search/index.html", "search.html")

    def not_found(self) -> bytes:
        return self.render("404.html", "404.html", root=self.base_url)

    def jobs(self) -> list[tuple[str, str]]:
        """Every page but the initiatives (rendered apart, as they also feed the search index), as
        (kind, key) jobs for `run`, in a fixed order."""
        ix = self.ix
        jobs = [("home", ""), ("initiatives", ""), ("themes", "")]
        jobs += [("theme", slug) for slug in ix.themes]
        jobs += [("regions", "")] + [("region", key) for key in ix.regions]
        jobs += [("levels", "")] + [("level", slug) for slug in ix.levels]
        jobs += [("practices", "")] + [("practice", slug) for slug in ix.practices]
        jobs += [("compare", "")]
        jobs += [
            ("indicator", rows.indicator.slug)
            for rows in ix.indicators
            if len(rows.rows) + len(rows.others) > COMPARE_LIMIT
        ]
        jobs += [("search", ""), ("404", "")]
        return jobs

    def run(self, job: tuple[str, str]) -> tuple[str, bytes]:
        """Render one job from `jobs()`: (output path, bytes)."""
        kind, key = job
        singles = {
            "home": ("index.html", self.home),
            "initiatives": ("initiatives/index.html", self.initiatives_index),
            "themes": ("themes/index.html", self.themes_index),
            "regions": ("regions/index.html", self.regions_index),
            "levels": ("levels/index.html", self.levels_index),
            "practices": ("practices/index.html", self.practices_index),
            "compare": ("compare/index.html", self.compare),
            "search": ("search/index.html", self.search),
            "404": ("404.html", self.not_found),
        }
        if kind in singles:
            path, method = singles[kind]
            return path, method()
        if kind == "indicator":
            rows = next(r for r in self.ix.indicators if r.indicator.slug == key)
            return f"compare/{key}/index.html", self.compare_indicator(rows)
        section = {"theme": "themes", "region": "regions", "level": "levels", "practice": "practices"}[kind]
        return f"{section}/{key}/index.html", getattr(self, kind)(key)

    def pages(self) -> Iterator[tuple[str, bytes]]:
        """Every page of `jobs()`, rendered in this process."""
        for job in self.jobs():
            yield self.run(job)
