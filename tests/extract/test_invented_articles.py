"""Short invented articles (written for these tests, not from any page) of kinds the seeds do not show, each
read by every extractor at once (`extract_one`): a 小区 party branch, a township and a village that act; a
practice described but never named; figures with ranges, changes year on year, money and durations."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.fields import ArticleText, extract_one


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Label]:
    return load_vocabulary(Path(tmp_path_factory.mktemp("content"))).themes  # the defaults


def _extract(vocab: dict[str, Label], title: str, body: str):
    return extract_one(ArticleText(title, (), body, ""), vocab)


def _figures(extracted) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extracted.metrics]


def test_a_compound_party_branch_that_acts_is_community_level(vocab: dict[str, Label]) -> None:
    title = "鼓楼区一小区党支部带着居民修好了旧车棚"
    body = (
        "福州市鼓楼区安泰街道朱紫坊社区的三坊小区，车棚年久失修，电动车只能停在楼道里。\n\n"
        "小区党支部牵头召开居民会，大家商定由每户出资50元、社区补助一部分，利用两个周末把车棚修好，"
        "还装上了充电桩12个。\n\n小区党支部书记说，以前居民有事找物业，现在有事先找支部，再一起商量怎么办。"
    )
    got = _extract(vocab, title, body)
    assert (got.region.county, got.level) == ("鼓楼区", "community")
    # a per-household share is a norm the gold counts (每餐补贴3至5元); what was decided and installed is no label
    assert _figures(got) == [("每户出资", 50, "元"), ("充电桩", 12, "个")]
    assert got.practices == []  # nothing is named
    assert "consultative-self-governance" in got.themes


def test_a_township_scheme_with_a_range_money_and_changes_year_on_year(vocab: dict[str, Label]) -> None:
    title = "仙居县白塔镇把“共富工坊”开到村口"
    body = (
        "台州市仙居县白塔镇在12个村开办“共富工坊”，引进来料加工项目，每个工坊带动15至20户农户在家门口就业。\n\n"
        "镇里整合各类资金3000万元，改造闲置村舍和厂房。今年1至9月，全镇来料加工收入同比增长42%，"
        "参与农户人均增收8600元。\n\n工坊持续运转18个月以来，白塔镇农村低收入家庭数量同比下降31%。"
    )
    got = _extract(vocab, title, body)
    assert (got.locality, got.level) == ("白塔镇", "township")
    assert got.practices == ["共富工坊"]
    figures = _figures(got)
    assert ("农户（下限）", 15, "户") in figures and ("农户（上限）", 20, "户") in figures
    assert ("资金", 30_000_000, "元") in figures
    assert ("来料加工收入同比增长", 42, "%") in figures
    assert ("白塔镇农村低收入家庭数量同比下降", 31, "%") in figures
    # a duration (持续运转18个月) and a span of months (1至9月) count nothing
    assert not [f for f in figures if f[2] in ("月", "个月")] and len(figures) == 7
    assert got.themes[0] == "rural-revitalization"


def test_a_village_that_acts_by_its_branch_and_as_村里(vocab: dict[str, Label]) -> None:
    title = "新建区一个村的矛盾怎么在村里化掉"
    body = (
        "南昌市新建区石岗镇石岗村以前邻里纠纷多，上访的也多。\n\n"
        "村党支部让老党员、老教师轮流在村委会值班，群众有矛盾就来坐一坐、说一说，能当场调的当场调，"
        "调不了的三天内上门。\n\n两年来，村里调处各类纠纷86起，没有一起矛盾上交到镇里。"
    )
    got = _extract(vocab, title, body)
    assert (got.locality, got.level) == ("石岗镇石岗村", "community")
    assert _figures(got) == [("调处纠纷", 86, "起")]  # (the verb says the stage: 受理, 调处, 化解)
    assert got.practices == [] and got.themes == ["dispute-resolution"]


def test_a_practice_described_but_never_named(vocab: dict[str, Label]) -> None:
    title = "东湖街道把议事会开到楼道里"
    body = (
        "南昌市东湖区东湖街道在辖区8个社区推行楼道议事，居民在楼道里就能提意见、商量事。\n\n"
        "社区把议事桌搬到楼道口，居民“有事就说、说了就办”，做到“小事不出楼、大事不出社区”。"
        "居民们笑称楼道成了“会客厅”。\n\n"
        "街道为每个社区配备一名议事联络员，意见每周汇总一次，一般问题由社区7天内答复。\n\n"
        "今年以来，街道共收集居民意见1260条，办结1180条，办结率达到93.7%。"
    )
    got = _extract(vocab, title, body)
    assert (got.locality, got.level) == ("东湖街道", "township")
    assert got.practices == []  # a slogan, a described state and a likeness (楼道成了“会客厅”) are no names
    assert [f[1:] for f in _figures(got)] == [(8, "个"), (1260, "条"), (1180, "条"), (93.7, "%")]
    assert got.themes[0] == "consultative-self-governance"
