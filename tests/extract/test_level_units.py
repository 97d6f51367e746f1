"""The acting unit below the county and the place named only inside compound names (issue 14, the kinds seen in
real published articles, checked by hand and never stored: every text here is invented, of the same kind)."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region


def level_and_locality(title: str, body: str, page_text: str = "") -> tuple[str | None, str | None]:
    place = resolve_region(title, body, page_text)
    return detect_level(title, body, place)[0], place.locality


def test_a_village_named_with_its_county_after_the_county_stood_alone_is_the_unit() -> None:
    # the county is first named on its own (…夷陵区的一座菌棚里), its village only at the second mention
    title = "湖北夷陵深耕食用菌合作社 助推乡村特色产业"
    body = (
        "“这批香菇刚采下来，欢迎来基地品尝。”在湖北宜昌夷陵区的一座菌棚里，该区石桥村党支部书记正在直播带货。\n\n"
        "夷陵区龙泉镇石桥村是一个普通的农业村，住户520户。得益于党支部领办合作社，该村发展起了食用菌产业。\n\n"
        "石桥村成立党支部领办的专业合作社，流转土地300亩，按比例给村集体和村民分红。"
    )
    assert level_and_locality(title, body) == ("community", "龙泉镇石桥村")
    # a county report naming one village's address late, once, stays county
    county = (
        "宜昌市夷陵区推行党支部领办合作社，全区已有86个村成立合作社。夷陵区还出台扶持办法，统筹项目资金。\n\n"
        "在夷陵区龙泉镇石桥村，合作社流转土地300亩。"
    )
    assert level_and_locality("夷陵区：党支部领办合作社", county) == ("county", None)


def test_a_residential_compound_named_with_its_town_is_a_community_level_unit() -> None:
    # a 小区 is a community-level unit (levels.yaml) like 社区 and 村: 某县某镇某小区 is the locality
    title = "一张议事桌 聚起邻里心"
    body = (
        "午后，弥勒市弥阳镇和谐家园小区的议事亭里坐满了居民。\n\n"
        "此前的和谐家园小区停车难、物业费收取难。去年以来，弥勒市坚持党建引领，引导和谐家园小区物业公司成立党支部。\n\n"
        "走进和谐家园小区，楼栋公示栏上“楼长”是谁一目了然。和谐家园小区还建立了“党支部+楼长”联动格局。"
    )
    assert level_and_locality(title, body) == ("community", "弥阳镇和谐家园小区")
