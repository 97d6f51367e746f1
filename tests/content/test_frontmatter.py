import pytest

from builder.content.frontmatter import FrontMatterError, dump, load_front_matter, parse, split
from builder.model import Initiative, Metric, Region, Related, Source


def sample() -> Initiative:
    return Initiative(
        title="回民区：以组织力引领城市基层治理现代化",
        slug="huimin-district-grid-governance",
        source=Source(file="001_db21671502ac2f81.txt", part=1, byline="本报讯（记者 祁晓燕 通讯员 云静波）"),
        body="## 组织创新融合，提升党组织覆盖面\n\n回民区在推行网格化管理的过程中……\n",
        region=Region("内蒙古自治区", "呼和浩特市", "回民区", "150103"),
        level="county",
        themes=["grid-governance", "joint-building"],
        practices=["双报到", "红蜂驿站", "1+2+N"],
        metrics=[
            Metric("网格党支部", 226, "个", False, "网格党支部 226个"),
            Metric("完成率", 96.4, "%", False, "完成率达96.4%"),
        ],
        summary="回民区将党组织建在网格上：「测试」, 含冒号: 与逗号",
        keywords=["网格", "党建联建"],
        related=Related(pin=("a-b",), block=()),
        review=["title: taken from the lead"],
    )


def test_round_trip_keeps_every_field():
    item = sample()
    text = dump(item)
    again, _data, _ = parse(text)
    assert again == item
    assert dump(again) == text
    assert 'code: "150103"' in text or "code: '150103'" in text
    assert "  - {label: 网格党支部, value: 226" in text


def test_key_lines_point_at_file_lines():
    text = dump(sample())
    _pieces, _data, lines = load_front_matter(text.encode("utf-8"))
    file_lines = text.split("\n")
    assert file_lines[lines["region.county"] - 1].strip().startswith("county:")
    assert file_lines[lines["metrics.1"] - 1].strip().startswith("- {label: 完成率")


def test_missing_front_matter_is_an_error_with_line():
    with pytest.raises(FrontMatterError) as err:
        split("title: x\n")
    assert err.value.line == 1
