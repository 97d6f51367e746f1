"""Metrics (issue 14, R10 and heldout14): numbers whose form counts nothing the work did: a numeral inside a word
(三轮车), an office's ordinal (组织二处), a rate of points (1小时积1分), a range set per person (每人联系5至8户),
a figure of speech with 把 (一把钥匙); chairs counted by 把 and the parts before an enumeration of reasons; a
standard per unit labelled by what one unit holds (每300户划分一个网格: 每个网格户数, not 居民区).
Invented sentences of each kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics


def values(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


@pytest.mark.parametrize(
    "body",
    [
        "骑手们提出诉求，包括快递三轮车“绿卡”问题、子女托管等。",
        "为行动不便的老人送去两轮椅，方便出行。",
        "记者采访了市委组织部组织二处负责人。",
        "宣传一科科长介绍了做法。",
        "志愿者服务1小时积1分，积分可兑换生活用品。",
        "居民每参加1次活动计2分。",
        "村里推行党员联户，党员每人联系5至8户群众。",
        "调解员说，一把钥匙开一把锁，要对症下药。",
        "“积分卡”管用，主要有三个原因：1.标准由村民定；2.评分公开。",
    ],
)
def test_numbers_whose_form_counts_nothing(body: str) -> None:
    assert values(body) == []


def test_the_counts_next_to_them_stay() -> None:
    assert values("开展3轮走访，发放三轮车12辆。") == [(3, "轮"), (12, "辆")]
    assert values("首批安装了木质长椅6把，并配套打造休闲角3处。") == [(6, "把"), (3, "处")]
    assert values("志愿者服务1小时积1分，去年兑换积分7.8万分。") == [(78000, "分")]
    # a range per unit is a standard, counted (每个工坊带动15至20户)
    assert values("每个工坊带动15至20户农户就业。") == [(15, "户"), (20, "户")]
    assert values("全区设立服务站二处，共有工作人员12名。") == [(2, "处"), (12, "名")]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("按照居民区每300户划分一个网格的标准，全区共划分基础网格474个。", "每个网格户数"),
        ("每100户居民为一个网格。", "每个网格户数"),
        ("每300名党员成立一个党支部。", "每个党支部人数"),
    ],
)
def test_a_standard_per_unit_counts_what_one_unit_holds(body: str, label: str) -> None:
    assert extract_metrics(body)[0].label == label


def test_a_count_per_unit_with_no_one_unit_after_keeps_its_label() -> None:
    assert [m.label for m in extract_metrics("每户每年补贴300元。")] == ["每户每年补贴"]
    assert [m.label for m in extract_metrics("社区将辖区1200户居民划分为8个网格。")] == ["居民", "网格"]


def test_a_count_of_units_before_what_they_have_is_labelled_by_the_units() -> None:
    assert [m.label for m in extract_metrics("全镇23个村共有党员860名。")] == ["村", "党员"]
    assert [m.label for m in extract_metrics("全镇23个村拥有党员860名。")] == ["村", "党员"]
    # the verb of having before the number stays out of the label as before
    assert [m.label for m in extract_metrics("社区现有网格员12名。")] == ["网格员"]


def test_newly_added_before_the_counted_noun_keeps_the_noun() -> None:
    body = "商圈加入关爱行列。8家新增“爱新商家”同时获授牌，为骑手提供用餐服务。"
    assert [(m.value, m.label) for m in extract_metrics(body)] == [(8, "新增爱新商家")]
    assert [m.label for m in extract_metrics("8家新增商家同时获授牌。")] == ["新增商家"]
    # 新增 and a number: the number is counted, as before
    assert [(m.value, m.label) for m in extract_metrics("全区12个社区新增网格员30名。")] == [
        (12, "社区"),
        (30, "网格员"),
    ]


def test_the_views_of_the_units_own_channel_are_counted() -> None:
    body = "截至目前，直播间累计在线观看量已突破4.1万人次，解决群众身边问题300余个。"
    assert values(body) == [(41000, "人次"), (300, "个")]
    assert values("“社区课堂”栏目播放量达3万次。") == [(30000, "次")]
    # an article's readers and onlookers are an audience, as before
    assert values("文章阅读量达12万次。") == []


@pytest.mark.parametrize(
    "body",
    [
        # R11: a place named by a distance (四千米社区), in a Chinese numeral before a place word
        "青山区八千米社区党总支书记说，党员带头值班。",
        "十里河村党支部书记介绍了做法。",
    ],
)
def test_a_place_named_by_a_distance_is_no_metric(body: str) -> None:
    assert values(body) == []


def test_distances_walked_or_built_stay_counted() -> None:
    assert values("巡逻队每天步行五千米，守护居民平安。") == [(5000, "米")]
    assert values("全县新修村道八十公里。") == [(80, "公里")]
    assert values("巡逻队员每天步行五公里路程。") == [(5, "公里")]
    # how far away a place is counts nothing (test_metric_rhetoric_sizes: 距县城30公里, 14公里外的镇上)
    assert values("社区距镇上五公里路程。") == []
    # a road's length before the road (路, 村道) is counted; a street named in li is a place
    assert values("村里新修三公里路，方便村民出行。") == [(3, "公里")]
    assert values("村里新修了三公里村道。") == [(3, "公里")]
    assert values("五里路社区党支部书记介绍了做法。") == []


def test_the_measure_named_before_a_number_with_no_unit_after_it() -> None:
    # heldout15: 累计学习人次突破120万 (人次 names what the bare number counts, like 人口278万)
    assert values("全省累计学习人次突破１２０万，参学率达到９２％。") == [(1200000, "人次"), (92, "%")]
    assert values("驿站服务人次达到3万。") == [(30000, "人次")]
    # a bare number after a word naming no measure stays no metric
    assert values("全省累计学习突破120万。") == []
