"""heldout32 p02/p07's kind: a report or commentary naming its place only as the paper's own (我省/全省, 我市/全市)
on a page of a province's or a municipality's paper (`某某日报`: its masthead or sidecar): the place is the
paper's, at the province's level (invented text)."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region

_COMMENTARY = (
    "今年以来，全市12.5万名在职党员到社区报到。我市推行“报到即服务”，全市已有3000个单位党组织与社区结对。"
)
_CITY_PAGE = f"让党员在社区亮出身份\n本报评论员\n{_COMMENTARY}\n"

_BRIEFING = (
    "3月2日，省政府新闻办举行新闻发布会，省民政厅有关负责人介绍我省减负工作进展。"
    "今年以来，我省清理村（社区）工作事项860项。甘肃日报记者：有什么举措？"
    "全省关停政务APP 90个。"
)
_PROVINCE_PAGE = (
    "我省为村（社区）减负见实效\n本报记者 某某 整理\n"
    f"{_BRIEFING}\n\n天水新闻\n本报天水3月2日电（记者 某某） 天水市麦积区推行“一窗通办”，已办结事项3200件。\n"
)


def test_a_commentary_speaking_of_its_city_as_the_papers_own_is_the_municipality():
    region = resolve_region("让党员在社区亮出身份", _COMMENTARY, _CITY_PAGE, "本报评论员", "重庆日报")
    assert (region.region.province, region.region.city, region.region.county) == ("重庆市", None, None)
    assert detect_level("让党员在社区亮出身份", _COMMENTARY, region)[0] == "province"


def test_a_briefing_speaking_of_its_province_as_the_papers_own_stays_at_the_province():
    region = resolve_region(
        "我省为村（社区）减负见实效", _BRIEFING, _PROVINCE_PAGE, "本报记者 某某 整理", "甘肃日报"
    )
    assert (region.region.province, region.region.city, region.region.county) == ("甘肃省", None, None)
    assert detect_level("我省为村（社区）减负见实效", _BRIEFING, region)[0] == "province"


def test_a_paper_of_another_place_or_no_own_word_gives_no_place():
    assert (
        resolve_region(
            "让党员在社区亮出身份", _COMMENTARY, _CITY_PAGE, "本报评论员", "甘肃日报"
        ).region.province
        is None
    )
    plain = _COMMENTARY.replace("全市", "各地").replace("我市", "有的地方")
    assert (
        resolve_region("让党员在社区亮出身份", plain, _CITY_PAGE, "本报评论员", "重庆日报").region.province
        is None
    )
