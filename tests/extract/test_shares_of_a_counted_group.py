"""A share in words opening its clause right after a group its sentence counts (`…1200名网格员中，超三成是退役军人`,
`现有党员48名，其中近一半是返乡创业青年`, `320个村中过半已建成村史馆`) is a metric of that group: 近一半 and 过半
read as 50 % (numbers._HALF_OF_GROUP), labelled by the group and who its members are or what they did
(metric_shares.share_of_count). A half of no counted group, or of time, stays no metric, and so does a half
after or across a count of one (`其中一个村中，一半以上…`: one member, no group). A share right after the count, its
noun and a comma alone (`320个村，过半已建成…`, `全县86个社区，七成以上已…`) is of the group when it is its clause's
subject; one naming a noun of its own (`86个社区，过半居民…`) is not. Invented sentences."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("柳湾村现有党员52名，其中近一半是返乡创业青年。", "党员中返乡创业青年占比", 50),
        ("全区860名网格员中，超三成是退役军人。", "网格员中退役军人占比", 30),
        ("全县214个村中过半已建成村史馆。", "村中已建成村史馆的占比", 50),
        ("全街道36名楼栋长中，过半是在职党员。", "楼栋长中在职党员占比", 50),
    ],
)
def test_a_share_of_a_counted_group_is_read_with_its_label(text, label, value):
    shares = [(m.label, m.value, m.unit, m.approx) for m in extract_metrics(text) if m.unit == "%"]
    assert shares == [(label, value, "%", True)]


@pytest.mark.parametrize(
    "text",
    [
        "镇里把近一半时间用于走访群众。",  # a half of time
        "工作进度已过半，年底前全部完工。",  # progress, no group
        "他常常忙到过半夜才回家。",
        "集中一半精力抓好村级组织建设。",  # no group counted
        # a count of one names one member, no group: a half inside it is of no counted group
        "其中一个村中，一半以上农户种上了茶叶。",
        "一个网格中，过半党员是退役军人。",
        "全村有4个小组，其中一个小组中一半是党员。",  # (across one, after the group's count)
        "全村有4个小组，其中1个小组中，过半是党员。",
    ],
)
def test_a_half_of_no_counted_group_is_no_metric(text):
    assert [m for m in extract_metrics(text) if m.unit == "%"] == []


# A share right after the count, its noun and a comma alone, the share the clause's subject (what it is or does
# follows it): a share of the counted group, labelled as the 中 forms are.
@pytest.mark.parametrize(
    ("text", "label", "value", "approx"),
    [
        ("全县320个村，过半已建成村史馆。", "村中已建成村史馆的占比", 50, True),
        ("全县86个社区，七成以上已成立业主委员会。", "社区中已成立业主委员会的占比", 70, True),
        ("全镇现有网格员120名，六成是退役军人。", "网格员中退役军人占比", 60, False),
        # (heldout38 p01's kind) the share after 有 (`…中，有近六成…`), what its members did dated by a year
        ("全街道48个小区中，有近七成建成于1995年以前。", "小区中建成于1995年以前的占比", 70, True),
        ("全区90个老旧小区中，六成以上建成于1998年以前。", "老旧小区中建成于1998年以前的占比", 60, True),
        ("全镇现有网格员120名，有六成是退役军人。", "网格员中退役军人占比", 60, False),
        ("全县76个村中，有近四成已建成村史馆。", "村中已建成村史馆的占比", 40, True),
    ],
)
def test_a_share_after_a_count_and_a_comma_is_of_the_group(text, label, value, approx):
    shares = [(m.label, m.value, m.unit, m.approx) for m in extract_metrics(text) if m.unit == "%"]
    assert shares == [(label, value, "%", approx)]


# … but a share naming a noun of its own after the comma is a share of that, not of the group counted.
@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("全县86个社区，过半居民参与了议事。", "社区中"),
        ("全县86个社区，七成以上居民加入了志愿队伍。", "社区中"),
        ("辖区有12个小区，七成住户是老年人。", "小区中"),
        ("全县86个社区，过半群众已参与议事。", "社区中"),
    ],
)
def test_a_share_of_something_else_after_a_count_and_a_comma(text, group):
    assert [m.label for m in extract_metrics(text) if m.unit == "%" and m.label.startswith(group)] == []
