"""The unit acting inside a functional zone places.yaml does not list (issue 14, real articles: a community of a
street inside a 开发区 runs the project). Invented sentences of the kind, and the negative."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region


def test_a_community_named_apart_inside_an_unlisted_zone_acts() -> None:
    title = "“暖心驿站”半年接待骑手上千人次"
    body = (
        "3日，在无锡开发区，外卖骑手小王在党群服务中心的暖心驿站里歇脚。\n"
        "东湖街道桃园社区所辖的商圈是开发区外卖餐饮集中地。今年年初，桃园社区发现骑手无处歇脚。"
        "桃园社区协调场地，建起驿站。"
    )
    place = resolve_region(title, body)
    assert place.region.city == "无锡市"
    assert place.locality == "东湖街道桃园社区"
    assert detect_level(title, body, place)[0] == "community"


def test_the_zone_itself_acts_when_it_is_named_more_than_any_unit() -> None:
    title = "无锡开发区推行“驿站+”服务"
    body = (
        "无锡开发区推行“驿站+”服务。开发区已建成驿站20个，开发区各部门轮流值守。\n"
        "东湖街道桃园社区的驿站是其中之一。"
    )
    place = resolve_region(title, body)
    assert place.locality is None
    assert detect_level(title, body, place)[0] == "county"
