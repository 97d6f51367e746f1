"""Kinds of real R36 p02#2 and p04#2 (issue 14, invented text): a story whose body sets its person among many
like them in a city (像…这样的驻村干部，在某市的广大乡村比比皆是) is an example of the city's work, its village named
in passing (framing.example_frame); a quote telling a course from one end to another (“从田头半天直达餐桌”) is no
practice (practice_refusals._FROM_TO)."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.practices import extract_practices
from builder.extract.regions import resolve_region

_STORY = (
    "清晨，四川省凉山彝族自治州会东县铁柳镇新街村村部门口，村民们正排队领取菜苗。\n"
    "去年，驻村第一书记王大山到村后，多次入户摸底，带着村民种上了早春蔬菜。\n"
    "{closing}\n"
)


def _resolved(title: str, body: str) -> tuple[str | None, str | None, str | None]:
    result = resolve_region(title, body)
    level, _ = detect_level(title, body, result)
    return result.region.city, result.region.county, level


def test_one_of_many_in_a_city_is_the_citys_work() -> None:
    closing = "像王大山这样扎根一线的驻村干部，在凉山州的广大乡村比比皆是。"
    body = _STORY.format(closing=closing)
    assert _resolved("四川凉山：驻村干部扎根乡村", body) == ("凉山彝族自治州", None, "city")


def test_a_story_of_no_many_keeps_its_village() -> None:
    closing = "王大山说，下一步要让菜苗变成村民的“钱袋子”。"
    city, county, level = _resolved("四川凉山：驻村干部扎根乡村", _STORY.format(closing=closing))
    assert (city, county) == ("凉山彝族自治州", "会东县") and level != "city"


def test_a_course_from_one_end_to_another_is_no_practice() -> None:
    body = "汁水丰盈，“从田头半天直达餐桌”的鲜桃，记者还是头一次尝到。村里推行“三统一”管理模式。"
    assert extract_practices("", body) == ["三统一"]
