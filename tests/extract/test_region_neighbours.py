"""Where a unit lies, told by its neighbours (real R37 page, a Hubei news site's report: a subdistrict's police
station, `某区公安分局某某街道派出所`, its subdistrict `北邻某县，东接某县`, both in other cities). The neighbours
say where the unit is not (region_mentions.neighbours: they weigh nothing), and the county's organ between the
county and its township's station is no part of the locality (unitnames.units_after)."""

from __future__ import annotations

from builder.extract.regions import resolve_region

TITLE = "一句乡音解心结，百名“和事佬”守护边界村"
LEAD = (
    "3月5日，咸宁市嘉鱼县公安局簰洲湾镇派出所民警和两名调解员一早赶到江堤边，"
    "为两户因宅基地起争执的村民讲政策、算细账，当天双方签下了调解协议。\n\n"
    "据介绍，簰洲湾镇地处长江拐弯处，{neighbours}，是典型的“边界镇”。"
    "如今镇里活跃着100多名调解员，把矛盾化解在田间地头。\n\n"
    "“有事找老周”，已经成了附近几个村的口头禅。"
)


def _region(neighbours: str) -> tuple[str | None, str | None, str | None, str | None]:
    result = resolve_region(TITLE, LEAD.format(neighbours=neighbours))
    return result.region.province, result.region.city, result.region.county, result.locality


def test_neighbours_after_a_direction_do_not_split_the_region() -> None:
    assert _region("北邻武汉市汉南区，西接洪湖市") == ("湖北省", "咸宁市", "嘉鱼县", "簰洲湾镇")


def test_neighbours_listed_as_bordering_do_not_split_the_region() -> None:
    assert _region("与武汉市汉南区、洪湖市隔江相望，与洪湖市接壤") == (
        "湖北省",
        "咸宁市",
        "嘉鱼县",
        "簰洲湾镇",
    )


def test_a_county_organ_before_the_township_is_no_part_of_the_locality() -> None:
    result = resolve_region(TITLE, LEAD.format(neighbours="江堤绵延十余公里"))
    assert result.locality == "簰洲湾镇"
