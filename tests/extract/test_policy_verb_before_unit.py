"""A verb of policy work right after a township (`某某街道探索社区养老新路`, `某某镇完善村级治理`, heldout35 p05's
subtitle `…街道探索社区养老服务见闻`) opens what the township does to communities at large, not a community's name:
`探索社区` is no community, and the level stays the township's. Invented texts; a community whose name could be
a word (`创新社区`, `幸福社区`) keeps its name."""

from __future__ import annotations

import pytest

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region
from builder.extract.unitnames import is_unit_name


@pytest.mark.parametrize("unit", ["探索社区", "构建社区", "完善社区", "深化村", "健全小区", "聚焦社区"])
def test_a_policy_verb_is_no_name(unit: str) -> None:
    assert not is_unit_name(unit, 1 if unit.endswith("村") else 2)


@pytest.mark.parametrize("unit", ["创新社区", "幸福社区", "建设社区", "探源村"])
def test_a_name_that_could_be_a_word_stays(unit: str) -> None:
    assert is_unit_name(unit, 1 if unit.endswith("村") else 2)


def test_the_township_acts_when_it_explores_community_care() -> None:
    title, body = (
        "沙坪坝区井口街道探索社区养老新路子",
        "井口街道党工委整合辖区资源，在8个社区建起日间照料中心，为老人提供助餐、助浴服务。"
        "井口街道还组建了一支120人的志愿服务队。",
    )
    result = resolve_region(title, body)
    level, _ = detect_level(title, body, result)
    assert (result.region.county, result.locality, level) == ("沙坪坝区", "井口街道", "township")
