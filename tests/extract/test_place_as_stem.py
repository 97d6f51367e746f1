"""A division's full name before 社区/村/街道 (绵阳市社区志愿者协会, 市社区志愿服务基地) is an adjective use: the city's
community work, no community's name (R16 kind, issue 14: a city's Youth League opening the city's base got the
locality `<city>社区` and level community). Invented lines, real places; negatives: a community named by a bare
place name (朝阳社区) and an address going on into its units."""

from __future__ import annotations

import pytest

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region
from builder.extract.unitnames import place_as_stem
from builder.places.gazetteer import gazetteer


def _where(title: str, body: str) -> tuple[str | None, str | None, str | None]:
    place = resolve_region(title, body, title + "\n" + body, "")
    return place.region.county, place.locality, detect_level(title, body, place)[0]


@pytest.mark.parametrize(
    "unit", ["绵阳市社区", "涪城区社区", "四川省绵阳市社区", "市社区", "县村", "阳泉市城区社区"]
)
def test_a_division_before_the_unit_word_names_no_unit(unit: str) -> None:
    assert place_as_stem(gazetteer(), unit)


@pytest.mark.parametrize(
    "unit",
    [
        "朝阳社区",
        "城关村",
        "青竹苑社区",
        "涪城区青竹苑社区",
        "绵阳社区",
        "新区社区",
        "西区社区",
        "城区社区",
        "郊区村",
    ],
)
def test_a_unit_of_its_own_name_is_kept(unit: str) -> None:
    assert not place_as_stem(gazetteer(), unit)


def test_the_city_community_association_leaves_the_city_acting() -> None:
    title = "绵阳市首个社区志愿服务基地揭牌"
    body = (
        "9月3日，绵阳市首个社区志愿服务基地在涪城区正式揭牌。\n"
        "当天，由共青团绵阳市委员会主办，绵阳市社区志愿者协会承办的“绵阳市社区志愿服务基地揭牌仪式”举行。\n"
        "据了解，市社区志愿服务基地现有6支志愿服务分队，共有2100名志愿者。"
    )
    assert _where(title, body) == (None, None, "city")


def test_a_community_of_the_city_named_in_an_address_still_acts() -> None:
    title = "青竹苑社区志愿服务基地揭牌"
    body = (
        "9月3日，绵阳市涪城区城郊街道青竹苑社区志愿服务基地正式揭牌。\n"
        "青竹苑社区党委组织志愿者开展服务，青竹苑社区现有志愿者120名。"
    )
    assert _where(title, body)[1:] == ("城郊街道青竹苑社区", "community")


def test_a_community_named_like_a_towns_part_still_acts() -> None:
    """西区社区, 矿区社区: a district of that name exists (攀枝花市西区, 阳泉市矿区), but standing first it is the
    town's part the community is named for, not an adjective use of the district."""
    title = "西区社区：党建引领聚民心"
    body = "四川省宜宾市翠屏区南岸街道西区社区坚持党建引领，组建志愿服务队。西区社区党委书记说，服务队常态化走访。"
    assert _where(title, body)[1:] == ("南岸街道西区社区", "community")
