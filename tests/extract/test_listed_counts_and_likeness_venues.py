"""Issue 14, last extraction round (lines invented, of the kinds heldout13/heldout10 show).

- A count in a Chinese numeral restating the items listed just before it (党建、安全、环境、民生、稳定五类事项) is no
  metric; a count in digits after a list counts its last item, and the classes the work divides into are counted.
- 分 and 把 are decided in one place (metric_forms.no_count): the behaviour is pinned here.
- A quoted number a measure follows (党员“100”名) is a count, not a name.
- A likeness quoted before the place named after it (打造“一杯茶”议事点) names the place: 一杯茶议事点.
- One tool drawn up (绘制出一张“民情地图”, 推出一本“议事台账”) is a practice, like 绘制“民情地图”.
- A practice in its field of work after a verb of doing (推行志愿服务“积分换”), a role people are assigned to,
  counted before it in digits (配备3名以上党员“小哨兵”), are practices; an honour or a kind of people counted is not.
"""

from __future__ import annotations

from builder.extract.metrics import extract_metrics
from builder.extract.practices import extract_practices


def counts(body: str) -> dict[float, str]:
    return {m.value: m.unit for m in extract_metrics(body)}


def practices(body: str) -> list[str]:
    return extract_practices("", body, frozenset(), {})


def test_a_chinese_count_restating_the_listed_items_is_no_metric() -> None:
    body = "将全区划分为189个网格，按\n党建、安全、环境、民生、稳定\n五类事项分色管理。"
    assert counts(body) == {189: "个"}
    assert 3 not in counts("社区建成党群服务中心、邻里中心、养老驿站三个阵地，服务居民。")
    assert 4 not in counts("围绕就业、养老、托育、助残等四类需求开展服务。")


def test_a_count_after_a_list_that_is_not_its_restatement_is_kept() -> None:
    assert counts("整改问题、化解矛盾、办理实事5件。") == {5: "件"}  # digits: the last item counted
    assert 3 in counts("将辖区居民分为红、黄、绿三类，实行分类管理。")  # classes the work made
    assert 300 in counts("街道组织党员、群众、志愿者三百余人参加。")  # more than the items listed
    assert 3 in counts("社区联合物业、业委会开展活动，建成驿站三个。")  # no list runs into it


def test_points_and_ba_decided_once() -> None:
    assert counts("按照积分规则，志愿者每服务1小时积5分。") == {}
    assert counts("社区推行积分制，居民捐赠100元计50分。") == {}
    assert counts("9时30分开会，累计发放积分2万分。") == {20000: "分"}
    assert counts("社区书记当好一把手，用三把钥匙开三把锁。") == {}
    assert counts("社区添置木质长椅6把。") == {6: "把"}


def test_a_quoted_count_is_no_name() -> None:
    assert practices("社区组织党员“100”名参加志愿服务。") == []
    assert practices("暖新“365”行动计划惠及骑手。") == ["暖新365行动计划"]
    assert practices("推行“135”工作法。") == ["135工作法"]


def test_a_likeness_names_the_place_after_it() -> None:
    assert practices("社区打造“一杯茶”议事点，居民有事来商量。") == ["一杯茶议事点"]
    assert practices("社区建起“一碗面”驿站，为环卫工人提供热饭。") == ["一碗面驿站"]
    assert practices("为乡村振兴添了“一把新柴”。") == []
    assert practices("他们是群众心中的“一盏明灯”，照亮前路。") == []


def test_one_tool_drawn_up_is_a_practice() -> None:
    body = "社区干部挨家挨户走访，绘制出一张“民情地图”，把信息标注到每栋楼上。"
    assert practices(body) == ["民情地图"]
    assert practices("社区推出一本“议事台账”，记满大事小情。") == ["议事台账"]
    assert practices("织密一张“安全网”，守护居民。") == []


def test_a_practice_in_its_field_of_work_after_a_verb_of_doing() -> None:
    body = "兴义市桔山街道推行志愿服务“积分换”，激发居民参与社区治理的热情。"
    assert practices(body) == ["积分换"]
    assert practices("兴义市桔山街道的志愿服务“积分换”，激发居民热情。") == []


def test_a_role_people_are_assigned_to_counted_before_it() -> None:
    assert practices("每个网格配备1名专职网格员和3名以上党员“小哨兵”，形成工作机制。") == ["小哨兵"]
    assert practices("社区选聘15名“楼道管家”。") == ["楼道管家"]
    assert practices("全县选出20名“最美家庭”代表。") == []  # an honour
    assert practices("社区有12名“老党员”，常年坚持。") == []  # a kind of people
