"""Templates escape their output as markupsafe does, without a Markup object per value (env.output_escape)."""

from __future__ import annotations

import pytest
from jinja2 import UndefinedError
from markupsafe import Markup, escape

from builder.render.env import make_env
from builder.util.paths import THEME_DIR


class Shown:
    """A value with its own HTML (as Markup and the chips are)."""

    def __html__(self) -> str:
        return "<b>已转义</b>"


class Plain:
    def __str__(self) -> str:
        return "甲<乙>&'丙\""


def _value_id(value: object) -> str:
    """A test id the same in every process (pytest-xdist collects in each worker and compares: an object's
    default repr holds its address)."""
    return type(value).__name__ if isinstance(value, (Shown, Plain)) else repr(value)


VALUES = ["<script>&'\"", "网格员 & 楼栋长", "", 12, 3.5, None, Markup("<i>x</i>"), Shown(), Plain(), ["<a>"]]


@pytest.mark.parametrize("precompiled", [True, False])
@pytest.mark.parametrize("value", VALUES, ids=lambda value: _value_id(value))
def test_templates_escape_as_markupsafe_does(value: object, precompiled: bool) -> None:
    env = make_env(THEME_DIR, precompiled=precompiled)
    source = "{{ v }}|{% macro m(x) %}[{{ x }}]{% endmacro %}{{ m(v) }}|{% set s %}{{ v }}{% endset %}{{ s }}"
    shown = str(escape(value))
    assert env.from_string(source).render(v=value) == f"{shown}|[{shown}]|{shown}"


def test_an_undefined_value_still_fails() -> None:
    with pytest.raises(UndefinedError):
        make_env(THEME_DIR).from_string("{{ nothing }}").render()


@pytest.mark.parametrize("precompiled", [True, False])
def test_output_makes_no_markup_per_value(precompiled: bool) -> None:
    """What a template outputs is joined as text: escaping a value gives its text, not a Markup (whose
    making cost a third of the escaping of every value of every page)."""
    env = make_env(THEME_DIR, precompiled=precompiled)
    pieces = list(env.from_string("<p>{{ a }}{{ b }}</p>").generate(a="<甲>", b=7))
    assert pieces == ["<p>", "&lt;甲&gt;", "7", "</p>"]
    assert [type(piece) for piece in pieces] == [str] * 4
    shipped = env.get_template("base.html")  # a shipped precompiled template, or compiled here
    assert shipped.root_render_func.__globals__["escape"]("<") == "&lt;"
    assert type(shipped.root_render_func.__globals__["escape"]("<")) is str
