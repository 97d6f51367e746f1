"""Region/locality (issue 14, R9): a headline naming the county only as where an event is held (…在集美启动) says
where, not who: a township named apart and again in the body, whose own organs act, is the acting unit, as under
a headline's dateline (潜江：…). Invented sentences of the kind, and the negatives."""

from __future__ import annotations

from builder.extract.regions import resolve_region

_BODY = (
    "7月1日，集美区“红色驿站”启动仪式在集美区某广场举行。\n\n"
    "“骑手是城市的毛细血管。”侨英街道党工委书记致辞表示，侨英街道将以驿站为突破口，推出一批务实举措。\n\n"
    "当天，侨英街道发布关爱行动计划，8家商户获授牌。"
)


def test_a_headline_naming_the_county_as_where_leaves_the_unit_acting() -> None:
    result = resolve_region("首个“红色驿站”在集美启动", _BODY)
    assert (result.region.county, result.locality) == ("集美区", "侨英街道")


def test_a_headline_naming_the_county_as_its_subject_keeps_the_county() -> None:
    result = resolve_region("集美区启动首个“红色驿站”", _BODY)
    assert (result.region.county, result.locality) == ("集美区", None)
