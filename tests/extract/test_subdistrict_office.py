"""A subdistrict's office written short, 街办 (街道办事处), names the subdistrict (issue 14, real articles: 沙市区立新街办
among the guests of an event in one of its communities). Invented texts of the kind, and the negatives."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region
from builder.places.matching import clean


def test_the_short_office_reads_as_its_subdistrict() -> None:
    assert clean("宝塔区宝塔山街办、南关社区") == "宝塔区宝塔山街道、南关社区"
    assert clean("街办主任 王某") == "街办主任王某"  # (no name before it: kept as printed)
    assert clean("凤城街办事处") == "凤城街办事处"  # (the office in full is left alone)


def test_an_event_in_a_community_of_a_short_named_subdistrict() -> None:
    body = (
        "由市住建局主办的“红色物业”邻里节于5月8日在阳光小区举行。市住建局、碑林区张家村街办、"
        "雁塔路社区领导及居民二百余人参加活动。\n物业公司党支部书记介绍了小区“红色物业”的做法。\n"
    )
    title = "西安：邻里节上话“红色物业”"
    result = resolve_region(title, body)
    assert (result.region.city, result.region.county) == ("西安市", "碑林区")
    assert result.locality == "张家村街道雁塔路社区"
    assert detect_level(title, body, result)[0] == "community"


def test_a_street_name_before_a_verb_is_no_subdistrict_office() -> None:
    """Review: 街办 inside a verb (大街办理, 沿街办起) is no office; only where a name can end."""
    text = "居民到中山大街办理业务，沿街办起了早市"
    assert clean(text) == text
    assert clean("立新街办党工委") == "立新街道党工委"
    assert clean("立新街办。") == "立新街道。"
