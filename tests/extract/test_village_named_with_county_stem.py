"""A village whose name opens with its county's stem (real R37 p04: `那曲镇色尼雄塔村` under 色尼区): printed right
after its township it is the village's whole name, there and wherever it is printed again, never the county's
stem and a shorter village (unitnames.units_after): the township the headline names acts."""

from __future__ import annotations

from builder.extract.regions import resolve_region

TITLE = "新春走访林芝市八一镇驻村工作队：青稞酒里的鱼水情"
BODY = (
    "岁末年初，八一镇巴宜达孜村扎西家里炉火正旺，驻村工作队队员正和一家人拉家常。\n\n"
    "“工作队帮我们联系了合作社，今年的收入比去年多了不少。”扎西说。\n\n"
    "巴宜达孜村，林芝市巴宜区八一镇的一个小村，是工作队在八一镇所驻的三个村之一。"
)


def test_a_village_opening_with_its_county_stem_is_not_cut_after_the_stem() -> None:
    result = resolve_region(TITLE, BODY)
    assert (result.region.county, result.locality) == ("巴宜区", "八一镇")
