"""The small inline pieces every list and page repeats, written in Python for the theme's templates: an
initiative's place, its level's badge, a theme's and a practice's chip (template filters: `e|place`,
`e|local_place`, `level|level_badge(link=false)`, `slug|theme_chip`, `name|practice_chip`), and the
source line cited under an initiative (`item|citation`, also its search text's: render/searchdocs.py).

They were Jinja macros: a macro call costs some twenty times a function's, and a site of 1 000 initiatives
calls these ~36 000 times (cards, rows, chips). Filters, not globals: a compiled template calls a filter
directly, a global through Jinja's `Context.call` (~1 µs more a call: ~0.4 s of a build of 10 000). The HTML is the macros' to the byte, and they read the site
index as the macros did (the same attributes of an initiative, the same keys of `ix.practice_slugs` and
`ix.level_labels`), so that the incremental build records the same reads. `en` is the English gloss's
filter (builder/render/env.py registers them all). `ix` and `root` (the way back to
the site's top) come from the calling template's context, as the macros saw them. Each escapes its values
as text (escaping.output_escape) and makes one Markup of the piece it writes, not one of every value too.
"""

from __future__ import annotations

from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from builder.render import urls
from builder.render.escaping import output_escape as escaped


def en(text: Any, cls: str | None = "en") -> Markup:
    """The English gloss of the Chinese before it, every one of the site's (`{{ 'Search'|en }}`): in a span of
    its own language, styled by `cls` ("en", set apart from the Chinese), or inline in the sentence with
    `cls=none`. A filter rather than a macro: a page has about twenty glosses."""
    if cls:
        return Markup(f'<span class="{cls}" lang="en">{escaped(text)}</span>')  # cls: written in a template
    return Markup(f'<span lang="en">{escaped(text)}</span>')


def place(e: Any) -> Markup:
    """The initiative's region steps and locality, space-separated; 地区未标明 when it names none."""
    steps, locality = e.steps, e.item.locality
    out = " ".join(escaped(s.name) for s in steps)
    if locality:
        out += (" " if steps else "") + escaped(locality)
    if not steps and not locality:
        out += "地区未标明"
    return Markup(out)


def local_place(e: Any) -> Markup:
    """The place below the province (the steps after the first, and the locality); `place` when that is
    nothing."""
    steps, locality = e.steps, e.item.locality
    names = [s.name for s in steps[1:]] + ([locality] if locality else [])
    if names:
        return Markup(escaped(" ".join(map(str, names))))
    return place(e)


@pass_context
def level_badge(context: Context, level: Any, link: bool = True) -> Markup:
    """The level's badge, a link to its page unless `link` is false; nothing without a level."""
    if not level:
        return Markup("")
    label = context["ix"].level_label(level)
    if link:
        href = urls.href(context["root"], urls.level(level))
        return Markup(
            f'<a class="badge badge-{escaped(level)}" href="{escaped(href)}">{escaped(label.zh)}{en(label.en)}</a>'
        )
    return Markup(f'<span class="badge badge-{escaped(level)}">{escaped(label.zh)}</span>')


@pass_context
def theme_chip(context: Context, slug: Any) -> Markup:
    """A theme's chip, linking to its page."""
    label = context["ix"].theme_label(slug)
    href = urls.href(context["root"], urls.theme(slug))
    return Markup(f'<a class="chip chip-theme" href="{escaped(href)}">{escaped(label.zh)}{en(label.en)}</a>')


@pass_context
def practice_chip(context: Context, name: Any) -> Markup:
    """A named practice's chip, linking to its page when it has one."""
    slugs = context["ix"].practice_slugs
    if name in slugs:
        href = urls.href(context["root"], urls.practice(slugs[name]))
        return Markup(f'<a class="chip chip-practice" href="{escaped(href)}">{escaped(name)}</a>')
    return Markup(f'<span class="chip chip-practice">{escaped(name)}</span>')


def citation(item: Any) -> str:
    """Where the article was printed, as a reader cites it: publication (报纸版面 when unknown), date and page
    when known, then the article's place on the page and its byline:
    `内蒙古日报 2026-06-03 第 3 版 · 第 2 篇 · 本报记者 杨帆`. Plain text (the template escapes it)."""
    source = item.source
    head = " ".join(
        [source.publication or "报纸版面"]
        + ([item.date] if item.date else [])
        + ([f"第 {source.page} 版"] if source.page else [])
    )
    tail = ([f"第 {source.part} 篇"] if source.part else []) + ([source.byline] if source.byline else [])
    return " · ".join([head, *tail])


CHIPS = {
    "place": place,
    "local_place": local_place,
    "level_badge": level_badge,
    "theme_chip": theme_chip,
    "practice_chip": practice_chip,
    "citation": citation,
}
