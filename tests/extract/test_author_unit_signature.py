"""A commentary signed with its author's work unit and name (`（某县某街道办事处　姓名）` closing a 评论, real R35
p03) names where the author works, not where the piece acts: naming no place of its own, it has no region, and
takes none from the reports beside it on its page. Invented lines."""

from __future__ import annotations

import pytest

from builder.extract.commentary import signed_by_author_unit
from builder.extract.regions import resolve_region

PAGE = "龙华区某社区推行“楼长制”\n近日，海口市龙华区滨海街道某社区推行“楼长制”，58名楼长上岗。"
BODY = (
    "基层治理千头万绪，担子最终压在基层干部肩上。\n\n"
    "只有把干部从填表报数中解放出来，才能让他们把更多时间花在群众身上。"
)


@pytest.mark.parametrize(
    "byline",
    [
        "修文县龙场街道办事处　陈立新",
        "某某县委党校 王芳",
        "（凯里市委组织部　吴敏）",
        "某某大学马克思主义学院　刘洋",
    ],
)
def test_a_unit_and_a_name_is_an_author_signature(byline: str) -> None:
    assert signed_by_author_unit(byline, BODY)


@pytest.mark.parametrize(
    "byline",
    ["本报记者 郭丽娜", "修文县龙场街道 读者 周某", "本报修文5月6日电", "修文县委组织部", "王立新 张丽华"],
)
def test_other_bylines_are_no_author_signature(byline: str) -> None:
    assert not signed_by_author_unit(byline, BODY)


def test_a_piece_naming_no_place_signed_by_a_unit_has_no_region() -> None:
    result = resolve_region("减负才能让干部轻装上阵", BODY, PAGE, "修文县龙场街道办事处　陈立新")
    assert (result.region.province, result.region.county, result.locality) == (None, None, None)


def test_a_piece_naming_its_place_keeps_it() -> None:
    body = "修文县推行“减负清单”，村级报表减少四成。\n\n" + BODY
    result = resolve_region("减负才能让干部轻装上阵", body, PAGE, "修文县龙场街道办事处　陈立新")
    assert result.region.county == "修文县"


def test_a_unit_credit_without_a_name_still_places_the_report() -> None:
    result = resolve_region("减负才能让干部轻装上阵", BODY, "", "修文县委组织部")
    assert result.region.county == "修文县"


def test_a_department_report_of_its_own_county_keeps_the_county() -> None:
    body = "今年以来，我县在各村新建便民驿站9个，累计代办事项2100件。\n\n全县群众办事不出村。"
    result = resolve_region("我县新建便民驿站9个", body, "", "修文县委宣传部　吴敏")
    assert result.region.county == "修文县"


@pytest.mark.parametrize(
    "words", ["要健全乡镇议事机制", "要完全市场化运作", "健全县乡两级统筹", "推行全市场准入清单"]
)
def test_a_word_ending_or_starting_with_a_place_suffix_is_no_own_place(words: str) -> None:
    # 健全 + 乡镇, 完全 + 市场, 全 + 市场: no 全乡, 全市 of the author's own place
    body = BODY + "\n\n减负之后，" + words + "，让干部腾出手来。"
    assert signed_by_author_unit("修文县龙场街道办事处　陈立新", body)


@pytest.mark.parametrize(
    "own", ["今年以来，全乡新建便民驿站9个。", "我市推行减负清单。", "本县干部轻装上阵。"]
)
def test_a_place_written_as_its_own_is_still_read(own: str) -> None:
    assert not signed_by_author_unit("修文县龙场街道办事处　陈立新", own + BODY)
