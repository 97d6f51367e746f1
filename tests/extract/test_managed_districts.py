"""Two kinds of place name real pages printed (issue 14): a 管理区 or 示范区, a county-level unit a prefecture
runs that the official list leaves out (listed in places.yaml as a zone; one it does not list is read as an
unlisted zone, never as the county next to it); and a subdistrict named after a verb of going into it (走进…街道,
深入…镇), which names the place as an address does. Invented sentences, real place names; and the negatives."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region
from builder.places import townships


def test_a_listed_managed_district_is_the_county_with_its_own_subdistrict_below_it() -> None:
    title = "屈原管理区：“屋场会”开到田间地头"
    body = (
        "10日，岳阳市屈原管理区营田镇一场屋场会在村部禾场上召开。\n"
        "营田镇党委负责人说，全镇各村都建起了屋场会议事制度，群众的事当面议、当场办。"
    )
    place = resolve_region(title, body, title + body, "本报5月10日讯（记者 周文）")
    assert (place.region.province, place.region.city, place.region.county) == (
        "湖南省",
        "岳阳市",
        "屈原管理区",
    )
    assert place.region.code == "430600"  # (a zone: its city's code)
    assert place.locality == "营田镇"
    assert detect_level(title, body, place)[0] == "township"


def test_an_unlisted_managed_district_is_read_as_an_unlisted_zone_not_as_a_county_next_to_it() -> None:
    title = "白鹭湖管理区推行“湖区网格”"
    body = "常德市白鹭湖管理区推行“湖区网格”，把全区划分为36个网格。白鹭湖管理区还为每个网格配备1名网格员。"
    place = resolve_region(title, body)
    assert (place.region.city, place.region.county) == ("常德市", None)
    assert place.zone == "白鹭湖管理区"
    assert detect_level(title, body, place)[0] == "county"


def test_a_subdistrict_after_a_verb_of_going_into_it_stands_as_a_name() -> None:
    assert [name for _, name in townships.find("走进东于镇，一排排新房映入眼帘")] == ["东于镇"]
    assert [name for _, name in townships.find("记者深入双塔街办走访")] == ["双塔街道"]
    assert townships.find("大东于镇的乡亲们") == []  # (still: inside a longer name)


def test_the_second_of_two_pasted_pages_takes_its_county_from_its_subdistrict_not_the_first_pages_city() -> (
    None
):
    first = "长沙市天心区网格员日记\n长沙市天心区某街道网格员每天走访。天心区推行网格化管理。长沙市民点赞。\n"
    title = "社区环境整治直抵“最后一米”"
    body = "本报讯 道路平整干净，车辆停放有序……走进三茅街道某某社区，一条新路映入眼帘。\n社区党委书记介绍了经验。"
    place = resolve_region(title, body, first + title + "\n" + body, "")
    assert (place.region.province, place.region.city, place.region.county) == ("江苏省", "镇江市", "扬中市")
    # negative: a report naming no township of its own still takes the page's city
    plain = resolve_region(
        title, "本报讯 道路平整干净，车辆停放有序。\n社区党委书记介绍了经验。", first + title, ""
    )
    assert plain.region.city == "长沙市"
