"""A unit's own people named with a possessive 的 (全村的党员145名, 辖区内的党员有300名) are its count of them, not
people a phrase ending in 的 picks (百余名身着红马甲的党员, 参与志愿服务的党员: indicators.picked_by_deed).
Invented lines."""

from __future__ import annotations

import pytest

from tests.support.indicator_figures import slug_of


@pytest.mark.parametrize(
    ("label", "quote", "slug"),
    [
        ("党员", "辖区内的党员有300名", "party-members"),
        ("党员", "全村的党员145名", "party-members"),
        ("志愿者", "社区的志愿者达5180名", "volunteers"),
        ("社区工作者", "全县的社区工作者912名", "community-workers"),
        ("党员", "百余名身着红马甲的党员来到广场", None),  # negative: picked by what they wear
        ("党员", "参与志愿服务的党员300名", None),  # negative: picked by what they did
    ],
)
def test_a_units_own_people_named_with_its_de_are_its_count(label: str, quote: str, slug: str | None) -> None:
    assert slug_of(label, 300, "名", quote) == slug
