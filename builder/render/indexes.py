"""The site index: every initiative prepared once (body parsed, region keyed), grouped every way the
site is browsed (themes, regions, levels, practices, parts, comparable indicators). Pure: no I/O."""

from __future__ import annotations

import dataclasses
import pickle
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from builder.content.loader import Label, Vocabulary, default_levels
from builder.model import LEVELS, Initiative
from builder.render import urls
from builder.render.figures import Figure, figures_of, results_first
from builder.render.figurescope import counts_acting_unit, figure_subject_level
from builder.render.glossary import Practice, build_glossary
from builder.render.glossary import PracticeUse as PracticeUse
from builder.render.glossary import find_sentence as find_sentence
from builder.render.groups import Group, by_province
from builder.render.indicatorfile import load_indicators
from builder.render.indicatorrows import IndicatorRows, indicator_rows
from builder.render.indicators import Indicator, classify, in_scope, largest_figures
from builder.render.markdown import RenderedBody, render_body
from builder.render.regions import RegionNode, RegionStep, build_tree, region_steps
from builder.render.relatedviews import theme_pairs
from builder.render.valuedigest import value_digest

if TYPE_CHECKING:
    from builder.render.session import IdentityMemo

_SPACE = re.compile(r"\s+")
LAID_OUT = 1000  # entries from which a site index's are laid out for forked page workers (`laid_out`)


@dataclass
class Entry:
    """One initiative, prepared for every page that shows it."""

    item: Initiative
    steps: list[RegionStep]
    body: RenderedBody
    figures: list[Figure] = field(default_factory=list)  # the metrics as shown: each fact once, results first
    # indicator slug -> the largest of `figures` in it (indicators.largest_figures): the theme tables' key figures
    key_figures: dict[str, Figure] = field(default_factory=dict)
    # the position in the site's indicators (SiteIndex.indicator_defs) of the one `classify` puts each of
    # `figures` in, -1 for none, found once here (digest-metrics.csv asks again: indicators.classified)
    classified: tuple[int, ...] = ()

    @property
    def slug(self) -> str:
        return self.item.slug

    @property
    def url(self) -> str:
        """Site-relative: "initiatives/<slug>/"."""
        return urls.initiative(self.item.slug)

    @property
    def lead(self) -> str:
        """The summary to show above the body: none when it only repeats the body's first paragraph."""
        summary = _SPACE.sub("", self.item.summary or "")
        first = _SPACE.sub("", next((p for p in self.body.paragraphs if "。" in p), ""))
        return "" if not summary or first.endswith(summary) else (self.item.summary or "")

    @property
    def place(self) -> str:
        """The most specific place name: locality, else county, city or province."""
        names = [s.name for s in self.steps]
        if self.item.locality:
            names.append(self.item.locality)
        return names[-1] if names else ""


@dataclass
class SiteIndex:
    entries: dict[str, Entry]  # in site order (region, then source)
    theme_labels: dict[str, Label]
    level_labels: dict[str, Label]
    # theme slug -> initiatives (vocabulary order; unknown slugs last); a theme without any is left out
    themes: dict[str, list[str]]
    regions: dict[str, RegionNode]
    provinces: list[str]
    levels: dict[str, list[str]]  # level -> initiatives (none empty)
    practices: dict[str, Practice]  # by practice slug
    practice_slugs: dict[str, str]  # practice name -> slug
    parts: dict[str, list[str]]  # overview slug -> its parts in order
    indicators: list[IndicatorRows]
    indicator_defs: tuple[Indicator, ...] = ()  # indicators.yaml, in file order
    related: dict[str, list[Any]] = field(default_factory=dict)  # slug -> related.Link list
    # theme slug -> its strongest cross-region pairs (initiative slug, related.Link): relatedviews.theme_pairs
    theme_pairs: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)
    # the lists shown under their provinces ("initiatives", "theme/<slug>", "level/<slug>") -> the groups of
    # slugs: a page of such a list reads its grouping here, and only its own initiatives (`list_groups`)
    province_groups: dict[str, list[Group]] = field(default_factory=dict)
    # "level/<slug>", "region/<key>" -> how many of the list's initiatives have each theme (first seen first)
    theme_counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def theme_label(self, slug: str) -> Label:
        return self.theme_labels.get(slug) or Label(slug, slug, slug)

    def level_label(self, slug: str) -> Label:
        """The level's label; one no initiative of the site has (a figure counting a larger unit than its
        acting one may stand at it on /compare/: comparesections) from the shipped vocabulary."""
        return self.level_labels.get(slug) or default_levels().get(slug) or Label(slug, slug, slug)


def _order_key(entry: Entry) -> tuple:
    steps = tuple(s.key for s in entry.steps)
    return (not steps, steps, entry.item.source.file, entry.item.source.part, entry.slug)


def _site_order(entries: list[Entry], memo: IdentityMemo | None = None) -> list[Entry]:
    """The entries in site order (region, then source); with `memo` (digest serve's), each Entry's sort key
    and the order itself are the last build's when unchanged."""
    if memo is None:
        return sorted(entries, key=_order_key)
    keys = [memo.get("order key", (e,), lambda e=e: _order_key(e)) for e in entries]
    order = memo.reuse("site order", keys, lambda: sorted(range(len(keys)), key=keys.__getitem__))
    return [entries[i] for i in order]


def _ordered_labels(vocab: dict[str, Label], used: set[str]) -> dict[str, Label]:
    labels = dict(vocab)
    for slug in sorted(used - set(vocab)):
        labels[slug] = Label(slug, slug, slug)
    return labels


def _classifier(indicators: tuple[Indicator, ...]) -> Callable[[Figure], Indicator | None]:
    """`classify` against `indicators`, each distinct figure once (sorting the figures asks again and again)."""
    found: dict[Figure, Indicator | None] = {}

    def indicator_of(figure: Figure) -> Indicator | None:
        if figure not in found:
            found[figure] = classify(figure, indicators)
        return found[figure]

    return indicator_of


# what an Entry holds besides its initiative and body: (region steps, figures, key figures, classified)
EntryParts = tuple[list[RegionStep], list[Figure], dict[str, Figure], tuple[int, ...]]
# (initiative, name, make) -> make(), or what it made for the same initiative before (storedbuild.StoredDerived)
Derived = Callable[[Initiative, str, Callable[[], Any]], Any]


def _entries(
    initiatives: list[Initiative],
    render_bodies: Callable[[list[str]], Iterable[RenderedBody]],
    indicators: tuple[Indicator, ...],
    indicator_of: Callable[[Figure], Any],
    memo: IdentityMemo | None = None,
    derived: Derived | None = None,
) -> dict[str, Entry]:
    """Every initiative with its parsed body, region steps and figures (results first; within a kind those
    an indicator compares first), by slug in site order. `memo` (digest serve's): the Entry made for the
    same Initiative object by the last build, reused. `derived` (a one-shot build's): the steps and figures
    made for an initiative of the same bytes and indicators by an earlier build."""
    kept = (
        [memo.find("entry", (item,)) for item in initiatives]
        if memo is not None
        else [None] * len(initiatives)
    )
    bodies = iter(
        render_bodies([item.body for item, entry in zip(initiatives, kept, strict=True) if entry is None])
    )

    def compared(figure: Figure) -> bool:
        return indicator_of(figure) is not None

    position = {id(indicator): n for n, indicator in enumerate(indicators)}

    def parts(item: Initiative) -> EntryParts:
        figures = results_first(figures_of(item.metrics), compared)
        steps = region_steps(item.region)
        paragraphs = item.body.split("\n")
        own = partial(counts_acting_unit, item, steps, paragraphs)
        scope = partial(figure_subject_level, item, steps, paragraphs)
        scoped = lambda f: in_scope(indicator_of(f), f, indicators, scope)  # noqa: E731
        classified = tuple(position.get(id(indicator_of(f)), -1) for f in figures)
        return steps, figures, largest_figures(figures, scoped, own), classified

    name = f"entry parts {value_digest(indicators).hex()}" if derived is not None else ""

    def prepare(item: Initiative) -> Entry:
        steps, figures, key_figures, classified = (
            parts(item) if derived is None else derived(item, name, lambda: parts(item))
        )
        entry = Entry(item, steps, next(bodies), figures, key_figures, classified)
        return memo.keep("entry", (item,), entry) if memo is not None else entry

    prepared = [entry or prepare(item) for item, entry in zip(initiatives, kept, strict=True)]
    return {e.slug: e for e in _site_order(prepared, memo)}


def laid_out(entries: dict[str, Entry]) -> dict[str, Entry]:
    """`entries` made again one after the other (in site order) with their region steps, each distinct step
    one object made with the others (its key and name with it) and shared by every initiative it is on.

    A forked page worker copies each 4 KiB page on which it reads an object (its reference count written):
    the list pages read the Entry and the region steps of every initiative (the cards' places), which lay
    among what each Entry was made with (figures, rendered bodies): ~17 MiB a worker at N=10 000 for ~1 MiB of
    objects (bench/RESULTS.md, session 33). Equal values: the pages are the same."""
    distinct = dict.fromkeys(step for entry in entries.values() for step in entry.steps)
    fresh = dict(
        zip(distinct, pickle.loads(pickle.dumps(list(distinct), pickle.HIGHEST_PROTOCOL)), strict=True)
    )
    return {
        slug: dataclasses.replace(entry, steps=[fresh[step] for step in entry.steps])
        for slug, entry in entries.items()
    }


def markdown_let_go(entries: dict[str, Entry]) -> None:
    """The Markdown bodies of a big one-shot build's initiatives let go once its index is made (and stored):
    the pages read each Entry's rendered body and its paragraphs, never the Markdown, which lay in the main
    process's heap at every fork of page workers (N=10 000: ~50 MiB; bench/RESULTS.md, session 34). Taken
    out of the objects, not emptied: a page that read one would fail, not show nothing."""
    for entry in entries.values():
        entry.item.__dict__.pop("body", None)


def _grouped_by(
    entries: dict[str, Entry], labels: dict[str, Label], labels_of: Callable[[Initiative], Iterable[str]]
) -> dict[str, list[str]]:
    """Label slug -> the initiatives that have it (`labels_of`: each of its labels once, all of `labels`),
    in site order, in one pass over the initiatives; a label no initiative has is left out (it gets no page
    and no link: issue 15, no empty pages)."""
    grouped: dict[str, list[str]] = {slug: [] for slug in labels}
    for s, e in entries.items():
        for slug in labels_of(e.item):
            grouped[slug].append(s)
    return {slug: slugs for slug, slugs in grouped.items() if slugs}


def _parts(entries: dict[str, Entry]) -> dict[str, list[str]]:
    """Overview slug -> its parts, in source order."""
    parts: dict[str, list[str]] = defaultdict(list)
    for slug, entry in sorted(entries.items(), key=lambda p: (p[1].item.source.part, p[0])):
        if entry.item.parent and entry.item.parent in entries and entry.item.parent != slug:
            parts[entry.item.parent].append(slug)
    return dict(parts)


def _links(links: list[Any], entries: dict[str, Entry], slug: str) -> list[Any]:
    """The links of `slug` to other initiatives of the site: `links` itself when all are (so that a list
    kept from the last build stays the same object, builder.render.session)."""
    if all(link.slug in entries and link.slug != slug for link in links):
        return links
    return [link for link in links if link.slug in entries and link.slug != slug]


def list_groups(
    entries: dict[str, Entry], themes: dict[str, list[str]], levels: dict[str, list[str]]
) -> dict[str, list[Group]]:
    """The province groups of every list shown by province (SiteIndex.province_groups)."""
    province_of = {slug: (e.steps[0].key, e.steps[0].name) for slug, e in entries.items() if e.steps}
    lists = {"initiatives": list(entries)}
    lists.update((f"theme/{slug}", slugs) for slug, slugs in themes.items())
    lists.update((f"level/{slug}", slugs) for slug, slugs in levels.items())
    return {key: by_province(province_of, slugs) for key, slugs in lists.items()}


def theme_counts(
    entries: dict[str, Entry], levels: dict[str, list[str]], regions: dict[str, RegionNode]
) -> dict[str, dict[str, int]]:
    """How many initiatives of each level and region have each theme (SiteIndex.theme_counts)."""
    lists = [(f"level/{slug}", slugs) for slug, slugs in levels.items()]
    lists += [(f"region/{key}", node.slugs) for key, node in regions.items()]
    found: dict[str, dict[str, int]] = {}
    for key, slugs in lists:
        counts = found[key] = {}
        for slug in slugs:
            for theme in entries[slug].item.themes:
                counts[theme] = counts.get(theme, 0) + 1
    return found


def _made(memo: IdentityMemo | None, kind: str, inputs: Any, make: Callable[[], Any]) -> Any:
    """`make()`, or in digest serve the last build's value when `inputs` are the same (IdentityMemo.reuse)."""
    return make() if memo is None else memo.reuse(kind, inputs, make)


def build_index(
    initiatives: list[Initiative],
    vocab: Vocabulary,
    related: dict[str, list[Any]],
    render_bodies: Callable[[list[str]], Iterable[RenderedBody]] = lambda bodies: map(render_body, bodies),
    indicators: tuple[Indicator, ...] | None = None,
    memo: IdentityMemo | None = None,
    derived: Derived | None = None,
) -> SiteIndex:
    """Group the initiatives every way the site presents them. `render_bodies` parses the Markdown
    bodies (in order); build.py passes one that uses worker processes for big sites. `indicators`: those of
    indicators.yaml (default: the shipped ones). `memo` (digest serve's, builder.render.session): what
    the last build of the process made of each unchanged initiative. `derived` (digest build's,
    builder.content.storedbuild.StoredDerived.get): what earlier builds made of each initiative's bytes."""
    indicators = load_indicators() if indicators is None else indicators
    indicator_of = _classifier(indicators)
    entries = _entries(initiatives, render_bodies, indicators, indicator_of, memo, derived)
    if memo is None and len(entries) >= LAID_OUT:  # a one-shot build big enough to fork page workers
        entries = laid_out(entries)
    order = list(entries)
    used = {t for e in entries.values() for t in e.item.themes}
    theme_labels = _made(
        memo, "theme labels", (list(vocab.themes.items()), used), lambda: _ordered_labels(vocab.themes, used)
    )
    level_vocab = vocab.levels or {slug: Label(slug, slug, slug) for slug in LEVELS}
    levels_used = {e.item.level for e in entries.values() if e.item.level}
    level_labels = _made(
        memo,
        "level labels",
        (list(level_vocab.items()), levels_used),
        lambda: _ordered_labels(level_vocab, levels_used),
    )
    steps = [e.steps for e in entries.values()]
    regions = _made(
        memo, "regions", (order, steps), lambda: build_tree(dict(zip(order, steps, strict=True)), order)
    )
    practices, practice_slugs = build_glossary(
        entries,
        vocab.practice_aliases,
        {slug: label.zh for slug, label in theme_labels.items()},
        memo,
        derived,
    )
    links = {s: _links(related.get(s, []), entries, s) for s in order}
    themes_of = {s: e.item.themes for s, e in entries.items()}
    themes = _made(
        memo,
        "themes",
        (list(theme_labels), order, list(themes_of.values())),
        lambda: _grouped_by(entries, theme_labels, lambda item: dict.fromkeys(item.themes)),
    )
    levels = _made(
        memo,
        "levels",
        (list(level_labels), order, [e.item.level for e in entries.values()]),
        lambda: _grouped_by(entries, level_labels, lambda item: (item.level,) if item.level else ()),
    )
    # (what an overview's parts are made of: each initiative's parent and part, in site order)
    family = (
        None if memo is None else (order, [(e.item.parent, e.item.source.part) for e in entries.values()])
    )
    return SiteIndex(
        entries=entries,
        theme_labels=theme_labels,
        level_labels=level_labels,
        themes=themes,
        regions=regions,
        provinces=[key for key, node in regions.items() if node.parent is None],
        levels=levels,
        practices=practices,
        practice_slugs=practice_slugs,
        parts=_made(memo, "parts", family, lambda: _parts(entries)),
        indicators=indicator_rows(entries, indicators, indicator_of, memo, derived),
        indicator_defs=indicators,
        related=links,
        theme_pairs=_made(
            memo, "theme pairs", (themes, links, themes_of), lambda: theme_pairs(themes, links, themes_of)
        ),
        province_groups=_made(
            memo,
            "province groups",
            (order, steps, themes, levels),
            lambda: list_groups(entries, themes, levels),
        ),
        theme_counts=_made(
            memo, "theme counts", (themes_of, levels, regions), lambda: theme_counts(entries, levels, regions)
        ),
    )
