"""The one Jinja2 environment for a build: templates from `theme/templates`, autoescaped, compiled once.

Templates are indented for their reader only: `Dedent` drops the leading whitespace of every template line
before Jinja parses it, so the HTML comes out flush-left whatever the templates' indentation. A line that
must continue the previous one without a line break starts with Jinja's `{%-`/`{{-` (or the previous
one ends with `-%}`/`-}}`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, pass_context
from jinja2.ext import Extension
from jinja2.runtime import Context
from markupsafe import Markup, escape

from builder.render import urls
from builder.render.chips import CHIPS, en
from builder.render.escaping import _escape_inner, output_escape
from builder.render.figures import KIND_NAMES, format_metric, format_number
from builder.render.indicators import key_figures
from builder.render.precompiled import shipped_loader
from builder.render.regions import short_province
from builder.util.paths import THEME_DIR

SITE_NAME = "基层治理实践辑要"
SITE_NAME_EN = "Practices Digest"


def highlight(text: str | None, term: str) -> Markup:
    """Escape `text` and wrap every occurrence of `term` in <mark>."""
    if not text:
        return Markup("")
    if not term:
        return escape(text)
    pieces = [escape(piece) for piece in text.split(term)]
    return Markup(Markup("<mark>{}</mark>").format(term)).join(pieces)


def _linked(site_url: Callable[..., str]) -> Callable[..., str]:
    """A template filter: the URL `site_url(value, *args)`, relative to the page being rendered (whose
    context holds `root`, the way back to the site's top)."""

    @pass_context
    def link(context: Context, value: str, *args: Any) -> str:
        return urls.href(context["root"], site_url(value, *args))

    return link


class OutputTemplate(Template):
    """A template whose output statements escape with `output_escape` (precompiled or compiled here)."""

    @classmethod
    def _from_namespace(cls, environment: Environment, namespace: Any, globals: Any) -> Template:
        if _escape_inner is not None:  # (the name the compiled code imports from jinja2.runtime)
            namespace["escape"] = output_escape
        return super()._from_namespace(environment, namespace, globals)


class Dedent(Extension):
    """Template indentation is not output: the leading spaces and tabs of every line are removed from the
    template source (so a template must never rely on them: no <pre> in templates)."""

    _INDENT = re.compile(r"^[ \t]+", re.M)

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return self._INDENT.sub("", source)


def site_names(title: str) -> tuple[str, str]:
    """The site's name as the pages show it: the Chinese name and its English gloss, from a settings title
    such as `基层治理实践辑要 Practices Digest` (a title without a trailing Latin part has no gloss)."""
    found = _NAME_AND_GLOSS.match(title.strip())
    return (found.group(1), found.group(2)) if found else (title.strip(), "")


_NAME_AND_GLOSS = re.compile(r"^(.*[^\x00-\x7f])\s+([A-Za-z][\x00-\x7f]*)$")


_OPTIONS: dict[str, Any] = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}
# What the compiled templates depend on besides their sources (render/precompiled.py's digest).
COMPILE_OPTIONS = f"{sorted(_OPTIONS.items())} Dedent {Dedent._INDENT.pattern}"


def make_env(theme_dir: Path = THEME_DIR, title: str | None = None, precompiled: bool = True) -> Environment:
    """The Jinja environment of the theme; `title` is the site's name from content/_data/site.yaml. The
    templates come from `<theme>/compiled/` when shipped there up to date (render/precompiled.py), else
    they are compiled from `<theme>/templates/`."""
    loader = shipped_loader(theme_dir, COMPILE_OPTIONS) if precompiled else None
    env = Environment(
        loader=loader or FileSystemLoader(str(Path(theme_dir) / "templates")),
        auto_reload=False,
        undefined=StrictUndefined,
        cache_size=-1,
        extensions=[Dedent],
        **_OPTIONS,
    )
    env.template_class = OutputTemplate
    env.filters.update(
        num=format_number,
        metric=format_metric,
        short_province=short_province,
        highlight=highlight,
        en=en,
        **CHIPS,
        **{f"{kind}_url": _linked(site_url) for kind, site_url in urls.LINKS.items()},
    )
    name, gloss = site_names(title) if title else (SITE_NAME, SITE_NAME_EN)
    env.globals.update(
        site_name=name,
        site_name_en=gloss,
        key_figures=key_figures,
        kind_names=KIND_NAMES,
        province_anchor=urls.province_anchor,
        compare_anchor=urls.compare_anchor,
    )
    return env
