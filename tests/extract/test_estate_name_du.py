"""A community named after its estate ending in 都 (`某某花都社区`, `某某名都小区`; real R35 p04 a 人物 under
`北辰区…花都社区党总支书记`) is a unit's name: 都 before the unit word is a noun, never the adverb "all". Invented
texts; the adverb inside a clause stays prose."""

from __future__ import annotations

import pytest

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region
from builder.extract.unitnames import is_unit_name


@pytest.mark.parametrize("unit", ["锦绣花都社区", "金色名都小区", "上河新都社区"])
def test_a_du_estate_is_a_name(unit: str) -> None:
    assert is_unit_name(unit, 2)


@pytest.mark.parametrize("unit", ["党员都在社区", "都社区", "大家都到村"])
def test_du_as_the_adverb_is_prose(unit: str) -> None:
    assert not is_unit_name(unit, 1 if unit.endswith("村") else 2)


def test_the_estate_community_acts() -> None:
    title, body = (
        "把居民的事放在心上",
        "李红是西青区锦绣花都社区党委书记。她每天走访居民，社区工作人员都知道她的脾气。",
    )
    result = resolve_region(title, body)
    level, _ = detect_level(title, body, result)
    assert (result.region.county, result.locality, level) == ("西青区", "锦绣花都社区", "community")
