"""The templates: links only through the `<kind>_url` filters, English glosses only through the `en` filter,
indentation that never reaches the HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import Environment

from builder.render.env import en, make_env
from builder.render.urls import LINKS
from builder.util.paths import THEME_DIR

TEMPLATES = sorted((THEME_DIR / "templates").glob("*.html"))
LINK_ATTRIBUTE = re.compile(r'\b(href|src|action)="([^"]*)"')
# A link is one expression through a `<kind>_url` filter, an anchor on the same page, or the page itself.
LINK_FILTERS = "|".join(f"{kind}_url" for kind in LINKS)
WRITTEN_ONCE = re.compile(
    rf"\{{\{{ [^{{}}]*\|(?:{LINK_FILTERS})\b[^{{}}]*\}}\}}|#[\w-]*(?:\{{\{{ [^{{}}]* \}}\}})?|\./"
)
MAX_LINE = 150  # characters; the Content-Security-Policy <meta>, one literal, is the exception


def template_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_there_are_templates() -> None:
    assert {p.name for p in TEMPLATES} >= {"base.html", "_macros.html", "initiative.html", "home.html"}


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_no_template_builds_a_url_by_hand(path: Path) -> None:
    text = template_text(path)
    for attribute, value in LINK_ATTRIBUTE.findall(text):
        assert WRITTEN_ONCE.fullmatch(value), f'{path.name}: {attribute}="{value}"'
    assert "{{ root }}" not in text.replace('data-root="{{ root }}"', ""), path.name
    assert not re.search(r"\b(themes|regions|levels|practices|initiatives|compare|search)/", text), path.name


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_every_gloss_goes_through_the_en_filter(path: Path) -> None:
    text = template_text(path)
    assert 'lang="en"' not in text and 'class="en"' not in text, path.name


def bodies(lines: list[str]) -> list[str]:
    """The lines inside the multi-line macros and blocks of a template (between the opening and closing tags)."""
    inside, depth = [], 0
    for line in lines:
        opens = re.match(r"\{%-? (macro|block) ", line) and not re.search(r"end(macro|block) *-?%\}$", line)
        if re.match(r"\{%-? end(macro|block)", line):
            depth -= 1
        elif depth:
            inside.append(line)
        depth += bool(opens)
    return inside


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_templates_are_indented_with_short_lines(path: Path) -> None:
    lines = template_text(path).splitlines()
    long = [
        n for n, line in enumerate(lines, 1) if len(line) > MAX_LINE and "Content-Security-Policy" not in line
    ]
    assert long == [], f"{path.name}: lines {long} are longer than {MAX_LINE} characters"
    flush = [line for line in bodies(lines) if line.strip() and not line.startswith(" ")]
    assert flush == [], f"{path.name}: not indented inside a macro or block: {flush}"


def test_the_en_filter_writes_every_gloss() -> None:
    assert en("Search") == '<span class="en" lang="en">Search</span>'
    assert en("Region", cls=None) == '<span lang="en">Region</span>'
    assert en("Practices Digest", "brand-en") == '<span class="brand-en" lang="en">Practices Digest</span>'
    assert en('<script>"') == '<span class="en" lang="en">&lt;script&gt;&#34;</span>'


def _render(source: str, **context: object) -> str:
    env: Environment = make_env()
    return env.from_string(source).render(root="../", **context)


def test_indentation_never_reaches_the_html() -> None:
    source = """<ul>
      {% for x in items %}
        <li>{{ x }}</li>
      {% endfor %}
    </ul>
    <p>a
      {#- #} b
      {{- 'c' }}</p>"""
    assert _render(source, items=[1, 2]) == "<ul>\n<li>1</li>\n<li>2</li>\n</ul>\n<p>a bc</p>"


def test_link_filters_are_relative_to_the_page() -> None:
    source = (
        "{{ 'x'|theme_url }} {{ 'x'|theme_url('150000') }} {{ 'home'|section_url }} {{ 'a b/c'|search_url }}"
    )
    assert _render(source) == "../themes/x/ ../themes/x/#p-150000 ../ ../search/?q=a%20b/c"
    env = make_env()
    at_top = env.from_string("{{ 'home'|section_url }} {{ 'feed.xml'|file_url }}").render(root="")
    assert at_top == "./ feed.xml"
