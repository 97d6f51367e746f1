"""Practices the held-out and real pages of session 37 missed (invented lines of the same kinds): a farm of the
collective economy named like a cooperative (入股发展“共富农场”: heldout37 p02), a rating of members or households by
stars (评出“星级党员”: heldout37 p08) and a scheme piloted (试点“…停车”: real R37 p01). A kind of farm any county has
(“家庭农场”), an honour received (被评为“星级文明户”) and a word a pilot is said to be (试点“满意”) stay no names."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def _names(body: str) -> list[str]:
    return extract_practices("", body)


def test_a_farm_of_the_collective_economy_is_named() -> None:
    assert _names("村党支部引导村民以林地入股，发展“共富农场”，种植中药材。") == ["共富农场"]
    assert _names("全镇培育“家庭农场”36家。") == []


def test_a_rating_by_stars_is_a_scheme() -> None:
    assert _names("村里把党员表现记入积分，年底评出“星级网格员”，五星级网格员有9名。") == ["星级网格员"]
    assert _names("老陈家被评为“星级文明户”。") == []


def test_a_scheme_piloted_is_named() -> None:
    assert _names("街道今年试点“错时共享车位”，缓解老旧小区停车难。") == ["错时共享车位"]
    assert _names("这项改革试点“满意”。") == []
