"""A street's initiative told under its district's headline (issue 14, a real set's kind, text not kept; every text
here is invented): a headline opening with the district as the subject of its deed, over a lead opening (maybe after
a time phrase) with one of its streets setting the work up, the street's own organs or unit word acting again, is the
street's (township); the district stays the unit when the lead's street is only where a story is told, or when the
district's own words outweigh the street's."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region


def level_and_locality(title: str, body: str) -> tuple[str | None, str | None]:
    place = resolve_region(title, body)
    return detect_level(title, body, place)[0], place.locality


def test_a_street_opening_the_lead_as_the_works_subject_is_the_acting_unit() -> None:
    title = "雁塔区推行“红色管家”服务"
    body = (
        "近年来，小寨路街道推行“红色管家”服务，由街道党工委统筹辖区党员力量，组建“红色管家”队伍42支。\n\n"
        "街道还建立居民议事会，今年以来协商解决问题300余件。"
    )
    assert level_and_locality(title, body) == ("township", "小寨路街道")


def test_the_district_stays_the_unit_when_its_own_words_outweigh_the_streets() -> None:
    title = "雁塔区推行“红色管家”服务"
    body = (
        "小寨路街道推行“红色管家”服务，组建队伍42支。\n\n"
        "全区已有20个街道推行这一做法，区里还出台管理办法，全区组建队伍300余支。"
    )
    assert level_and_locality(title, body) == ("county", None)


def test_a_street_where_a_story_is_told_leaves_the_district_acting() -> None:
    title = "雁塔区推行“红色管家”服务"
    body = "雁塔区推行“红色管家”服务，在小寨路街道，党员组建队伍42支。全区已有20个街道推行。"
    assert level_and_locality(title, body) == ("county", None)
