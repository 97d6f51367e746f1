"""Kinds of sentence heldout27 missed a theme by (invented lines in the style of its pages):

- the unit a place's cells are cut by (以楼栋为单元，每栋楼选出…; 以船队为单元划分…): a grid by another name;
- residents and members a unit organises into a team (把热心党员和居民组织起来，成立…帮帮团): volunteers, whatever the
  team is called;
- a unit's party organisation with those of the units in its area (与辖区高校、科研院所党组织轮流坐庄): co-building;
- new party organisations counted (今年新建非公企业党组织58个): the organisation's reach grown.
"""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def _kinds(body: str, vocab: dict[str, Label]) -> dict[str, float]:
    return T._sentence_scores({"title": "", "headings": "", "body": body}, vocab)


def test_the_unit_cells_are_cut_by_is_a_grid(vocab: dict[str, Label]) -> None:
    assert "grid-governance" in _kinds("街道以楼栋为单元，在每栋楼选出热心居民担任“楼长”。", vocab)
    assert "grid-governance" in _kinds("镇里以村民小组为单位划分责任区，每区明确1名党员。", vocab)
    # negatives: a unit of count or of work that cuts nothing
    assert "grid-governance" not in _kinds("以家庭为单位报名参加亲子活动。", vocab)


def test_residents_organised_into_a_team_are_volunteers(vocab: dict[str, Label]) -> None:
    assert "volunteer-service" in _kinds("社区党委把热心党员和居民组织起来，成立“巷口帮帮团”。", vocab)
    # negative: members organised for their own study
    assert "volunteer-service" not in _kinds("社区党委把党员组织起来，集中学习党章。", vocab)


def test_new_party_organisations_counted_grow_the_organisation(vocab: dict[str, Label]) -> None:
    assert "organization-system" in _kinds("今年全市新建非公企业党组织37个。", vocab)
    assert "organization-system" not in _kinds("今年全市新建党群服务中心37个。", vocab)


def test_a_units_party_organisation_with_those_of_its_area_is_co_building(vocab: dict[str, Label]) -> None:
    """街道党工委与辖区高校、科研院所党组织轮流坐庄: the street's party organisation working with those of the units in
    its area."""
    assert "joint-building" in _kinds("街道党工委与辖区学校、医院党组织轮流牵头，共同商议难题。", vocab)
    assert "joint-building" in _kinds("社区党委联合驻区企业党组织开展志愿服务。", vocab)
    # negative: the area's own party organisations, no partner
    assert "joint-building" not in _kinds("辖区党组织书记集中培训两天。", vocab)
