"""A byline glued to the end of its headline's line (headlinebylines.py). Invented lines."""

from __future__ import annotations

import pytest

from builder.ingest.headlinebylines import split_headline_byline
from builder.ingest.units import classify_page


@pytest.mark.parametrize(
    ("line", "headline", "byline"),
    [
        ("河口区老厂区里办起“邻里食堂”本报记者 周敏", "河口区老厂区里办起“邻里食堂”", "本报记者 周敏"),
        (
            "桃源村：“田间课堂”带火特色游记者 王亮 通讯员 陈思远",
            "桃源村：“田间课堂”带火特色游",
            "记者 王亮 通讯员 陈思远",
        ),
        (
            "新桥街道“楼栋议事会”把事办到家门口本报记者 刘洋　通讯员 张丽",
            "新桥街道“楼栋议事会”把事办到家门口",
            "本报记者 刘洋 通讯员 张丽",
        ),
    ],
)
def test_byline_glued_to_headline_end_is_split(line: str, headline: str, byline: str) -> None:
    assert split_headline_byline(line) == (headline, byline)


@pytest.mark.parametrize(
    "line",
    [
        "记者走进老街区",  # a headline about reporters: no space after the role
        "跟着记者 看变化",  # no name of a common surname after the role
        "社区书记告诉记者 王磊",  # 记者 the object of a verb
        "基层干部接受记者 采访",
        "本报记者 周敏",  # a byline alone: no headline before it
        "老厂区办起“邻里食堂”",
    ],
)
def test_headline_without_glued_byline_is_kept(line: str) -> None:
    assert split_headline_byline(line) == (line, None)


def test_page_reads_headline_and_byline_from_one_line() -> None:
    page = "\n".join(
        [
            "河口区老厂区里办起“邻里食堂”本报记者 周敏",
            "　　河口区是老工业区，辖区有老旧小区",
            "三百多个，不少老人吃饭不方便。",
            "　　去年以来，区里在社区办起食堂。",
        ]
    )
    units = classify_page(page)
    assert [(u.kind, u.text) for u in units[:2]] == [
        ("headline", "河口区老厂区里办起“邻里食堂”"),
        ("byline", "本报记者 周敏"),
    ]
