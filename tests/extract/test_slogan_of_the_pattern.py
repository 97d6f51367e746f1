"""A quoted list of slogans describing the pattern the work builds (`构建“…、…、…”的基层社会治理新格局`, real R35
p02) is no named practice; a list framed as a mechanism or a method stays one. Invented sentences."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


@pytest.mark.parametrize(
    "body",
    [
        "今年以来，某街道努力构建“支部牵头、多方联动、居民自治、共建共享”的基层社会治理工作新格局。",
        "全镇逐步形成“党委统筹、部门协同、群众参与”的治理格局。",
    ],
)
def test_slogans_of_the_pattern_are_no_practice(body: str) -> None:
    assert extract_practices("某街道推行楼栋议事", body) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("社区推行“居民点单、党员接单、社区派单”服务机制，形成共治格局。", "居民点单、党员接单、社区派单"),
        ("村里推广“民事民提、民事民议、民事民决”工作法。", "民事民提、民事民议、民事民决"),
    ],
)
def test_a_list_named_as_a_mechanism_stays(body: str, name: str) -> None:
    assert name in extract_practices("某街道推行楼栋议事", body)
