"""A one-shot build takes the level each figure counts (figurescope.counted_level) from what an earlier build
derived for an initiative of the same bytes, as it takes the figures indicators take (indicator_rows'
`derived`): the same rows, and no level made again. Invented lines."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from builder.render import indicatorrows as indicator_rows_module
from builder.render.indicatorrows import indicator_rows
from builder.render.indicators import classify
from tests.support.indicator_figures import INDICATORS, figure


def _entry(level: str, quote: str, value: int) -> Any:
    return SimpleNamespace(
        figures=[figure("网格", value, "个", quote)],
        item=SimpleNamespace(level=level, locality=None),
        place="某地",
        steps=(),
        body=SimpleNamespace(paragraphs=(quote,)),
    )


def test_a_one_shot_build_takes_the_levels_an_earlier_build_derived(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = {
        "a": _entry("community", "全县共划分网格1200个", 1200),  # 全县: the county's grids
        "b": _entry("county", "划分网格335个", 335),
        "c": _entry("community", "社区划分网格12个", 12),
    }
    store: dict[tuple[int, str], Any] = {}

    def derived(item: Any, name: str, make: Any) -> Any:
        return (
            store[(id(item), name)]
            if (id(item), name) in store
            else store.setdefault((id(item), name), make())
        )

    def of(f: Any) -> Any:
        return classify(f, INDICATORS)

    fresh = indicator_rows(entries, INDICATORS, of)  # type: ignore[arg-type]
    assert "grids" in {r.indicator.slug for r in fresh}  # a (全县) and b: two at the county level
    assert indicator_rows(entries, INDICATORS, of, derived=derived) == fresh  # type: ignore[arg-type]
    assert any(name.endswith(" levels") for _, name in store)

    def never(*_args: Any) -> str:
        raise AssertionError("a level made again")

    monkeypatch.setattr(indicator_rows_module, "counted_level", never)
    assert indicator_rows(entries, INDICATORS, of, derived=derived) == fresh  # type: ignore[arg-type]
    apart = {
        slug: entries[slug] for slug in ("b", "c")
    }  # a county's own and a community's own: no level of two
    assert "grids" not in {r.indicator.slug for r in indicator_rows(apart, INDICATORS, of, derived=derived)}
