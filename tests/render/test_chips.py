"""builder/render/chips.py writes what the theme's Jinja macros it replaced wrote, to the byte (the macros'
source below, as they were in theme/templates/_macros.html), for places with and without steps or a
locality, levels with and without a link, practices with and without a page, and text to escape."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from builder.render.env import make_env

MACROS = """
{% macro theme_chip(slug) -%}
  {% set t = ix.theme_label(slug) -%}
  <a class="chip chip-theme" href="{{ slug|theme_url }}">{{ t.zh }}{{ t.en|en }}</a>
{%- endmacro %}

{% macro practice_chip(name) -%}
  {% if name in ix.practice_slugs -%}
    <a class="chip chip-practice" href="{{ ix.practice_slugs[name]|practice_url }}">{{ name }}</a>
  {%- else -%}
    <span class="chip chip-practice">{{ name }}</span>
  {%- endif %}
{%- endmacro %}

{% macro level_badge(level, link=true) -%}
  {% if level %}
    {% set l = ix.level_label(level) -%}
    {% if link -%}
      <a class="badge badge-{{ level }}" href="{{ level|level_url }}">{{ l.zh }}{{ l.en|en }}</a>
    {%- else -%}
      <span class="badge badge-{{ level }}">{{ l.zh }}</span>
    {%- endif %}
  {% endif %}
{%- endmacro %}

{% macro place(e) -%}
  {% for s in e.steps %}{{ s.name }}{% if not loop.last %} {% endif %}{% endfor %}
  {% if e.item.locality %}{% if e.steps %} {% endif %}{{ e.item.locality }}{% endif %}
  {% if not e.steps and not e.item.locality %}地区未标明{% endif %}
{%- endmacro %}

{% macro local_place(e) -%}
  {% set names = e.steps[1:]|map(attribute='name')|list + ([e.item.locality] if e.item.locality else []) -%}
  {% if names %}{{ names|join(' ') }}{% else %}{{ place(e) }}{% endif %}
{%- endmacro %}
"""

CALLS = """{{ place(e) }}|{{ local_place(e) }}|{{ level_badge(level) }}|{{ level_badge(level, link=false) }}|
{%- for t in themes %}{{ theme_chip(t) }} {% endfor %}|{% for p in practices %}{{ practice_chip(p) }} {% endfor %}"""
# the same pieces as the theme's templates write them: the chips are filters
FILTERS = """{{ e|place }}|{{ e|local_place }}|{{ level|level_badge }}|{{ level|level_badge(link=false) }}|
{%- for t in themes %}{{ t|theme_chip }} {% endfor %}|{% for p in practices %}{{ p|practice_chip }} {% endfor %}"""

IX = NS(
    practice_slugs={"网格化管理": "wang-ge-hua", "a<b>": "a-b"},
    theme_label=lambda slug: NS(zh=f"主题<{slug}>", en=f"Theme & {slug}"),
    level_label=lambda slug: NS(zh={"community": "社区"}.get(slug, slug), en="Community's"),
)


def _entry(steps: list[str], locality: str | None) -> NS:
    return NS(steps=[NS(name=name) for name in steps], item=NS(locality=locality))


@pytest.mark.parametrize(
    ("steps", "locality", "level"),
    [
        (["甘肃省", "兰州市", "城关区"], "雁南街道<东>", "community"),
        (["甘肃省"], "", "county"),
        (["甘肃省", "兰州市"], None, ""),
        ([], "", None),
        ([], "某某村 & 新村", "village"),
        (["A&B省", '"引号"市'], "x", 'a"b'),
    ],
)
@pytest.mark.parametrize("root", ["", "../", "../../../"])
def test_chips_write_what_the_macros_wrote(steps, locality, level, root):
    env = make_env()
    context = {
        "ix": IX,
        "root": root,
        "e": _entry(steps, locality),
        "level": level,
        "themes": ["grid", "t<&>"],
        "practices": ["网格化管理", "a<b>", "无页面的做法", "<i>"],
    }
    python = env.from_string(FILTERS).render(context)
    macros = env.from_string(MACROS + CALLS).render(context).lstrip("\n")  # (the definitions' lines)
    assert python == macros
    assert "地区未标明" in python or steps or locality


def test_a_chip_makes_one_markup_of_what_it_writes(monkeypatch):
    """Each chip (and a chart) escapes its values as text and wraps only the HTML it writes in a Markup (a
    level's and a theme's chip hold a gloss, `en`, a Markup of its own): markupsafe's escape made one more of
    every value, ~135 000 at N=1 000, each thrown away once written into the chip."""
    from markupsafe import Markup

    from builder.render.charts import Bar, bar_chart
    from builder.render.chips import level_badge, local_place, place, practice_chip, theme_chip

    made: list[str] = []
    original = Markup.__new__

    def counting(cls, *args, **kwargs):
        made.append(cls.__name__)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(Markup, "__new__", staticmethod(counting))
    context = {"ix": IX, "root": "../"}
    entry = _entry(["甘肃省", "兰州市", "城关区"], "雁南街道<东>")
    html = [
        place(entry),
        local_place(entry),
        level_badge(context, "community"),
        theme_chip(context, "t<&>"),
        practice_chip(context, "a<b>"),
        practice_chip(context, "<i>"),
        bar_chart([Bar("网格<员>", 3.0, "3人")], title="规模 & 数量", chart_id="c1"),
    ]
    assert len(made) == 9  # one a piece, and the two glosses
    assert "雁南街道&lt;东&gt;" in html[0] and "&lt;i&gt;" in html[5] and "网格&lt;员&gt;" in html[6]


def test_the_theme_calls_the_chips_as_filters():
    """A compiled template calls a filter directly and a global through Jinja's Context.call (~1 µs more a
    call, ~430 000 calls in a build of 10 000): the chips are filters only, and no template of the theme calls
    one as a function."""
    import re

    from builder.render.chips import CHIPS
    from builder.util.paths import THEME_DIR

    env = make_env()
    assert all(name in env.filters and name not in env.globals for name in CHIPS)
    called = re.compile(rf"(?<![\w.|])(?:{'|'.join(CHIPS)})\(")
    for template in sorted((THEME_DIR / "templates").glob("*.html")):
        code = re.sub(r"\{#.*?#\}", "", template.read_text(encoding="utf-8"), flags=re.S)  # (comments)
        assert not called.search(code), template.name
