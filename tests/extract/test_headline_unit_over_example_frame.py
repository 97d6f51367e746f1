"""A headline naming a district and its community as its subject (`某区某社区来了“合伙人”`, real R35 p03) tells that
community's story even when the body calls it an example of the city's work (`是海口…的一个缩影`): the community
acts, its locality the body's whole chain through the township the headline skips. Invented texts of the kind."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region

BODY = (
    "3月5日上午，龙华区中山街道博爱社区的党群驿站里，十几位老人正在学用智能手机。\n\n"
    "作为全市首批党群驿站，博爱社区驿站的启用，是海口推进基层治理的一个缩影。社区通过引入“共享课堂”，"
    "让居民在家门口学技能。"
)


def _resolved(title: str) -> tuple[str | None, str | None, str | None, str | None]:
    result = resolve_region(title, BODY)
    level, _ = detect_level(title, BODY, result)
    return result.region.city, result.region.county, result.locality, level


def test_the_headline_community_acts_despite_the_city_frame() -> None:
    assert _resolved("龙华区博爱社区开出“共享课堂”") == ("海口市", "龙华区", "中山街道博爱社区", "community")


def test_a_headline_naming_no_place_keeps_the_city_frame() -> None:
    assert _resolved("家门口开出“共享课堂”")[:2] == ("海口市", None)
