"""The one Jinja2 environment for a build: templates from `theme/templates`, autoescaped, compiled once."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from builder.render.indicators import format_metric, format_number, key_metrics
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


def make_env(theme_dir: Path = THEME_DIR) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(Path(theme_dir) / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        undefined=StrictUndefined,
        cache_size=-1,
    )
    env.filters.update(
        num=format_number,
        metric=format_metric,
        short_province=short_province,
        highlight=highlight,
    )
    env.globals.update(site_name=SITE_NAME, site_name_en=SITE_NAME_EN, key_metrics=key_metrics)
    return env
