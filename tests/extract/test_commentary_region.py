"""A commentary signed by the paper's commentator and naming no place takes no place from its page (heldout9
q03: a `本报评论员 …` piece beside a news report about a city). Invented lines."""

from __future__ import annotations

import pytest

from builder.extract.commentary import is_commentary
from builder.extract.regions import resolve_region

PAGE = "焦作市修武县推行“五星支部”创建\n本报记者 郭丽娜\n近日，焦作市修武县187个村（社区）党组织全部建成党群服务中心。"
BODY = "基层治理千头万绪，连着千家万户。\n\n有调查显示，群众反映的问题中，七成以上与社区生活息息相关。"


@pytest.mark.parametrize(
    "byline", ["本报评论员 何言", "本报特约评论员", "新华社评论员", "某某日报评论员　张三"]
)
def test_commentator_signing(byline: str) -> None:
    assert is_commentary(byline)


@pytest.mark.parametrize(
    "byline", ["本报记者 郭丽娜", "本报讯（通讯员 李娜）", "聘请群众评论员参与监督", "", "王立新 张丽华"]
)
def test_other_bylines_are_not_commentary(byline: str) -> None:
    assert not is_commentary(byline)


def test_commentary_naming_no_place_takes_none_from_the_page() -> None:
    result = resolve_region("基层治理要多下“绣花功夫”", BODY, PAGE, "本报评论员 何言")
    assert result.region.province is None and result.region.city is None


def test_report_naming_no_place_still_takes_the_page_city() -> None:
    result = resolve_region("基层治理要多下“绣花功夫”", BODY, PAGE, "本报记者 何言")
    assert result.region.city == "焦作市"


def test_commentary_naming_its_place_keeps_it() -> None:
    body = "修武县把“五星支部”创建抓在日常。\n\n基层治理千头万绪，连着千家万户。"
    result = resolve_region("从修武县的“五星支部”说起", body, PAGE, "本报评论员 何言")
    assert result.region.county == "修武县"
