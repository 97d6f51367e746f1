"""Real R32 p2's kind (issue 14; sentences invented): the last of several honours a team was awarded, a list closed
by 等 and the honour's word (`获评“…”、…和“我最喜爱的…”等殊荣`), is a title of honour, no practice, though the gap
before it parts it from 获评; a quote before 等荣誉 going on as what it does (`“红黑榜”等荣誉激励`) stays a practice."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_the_last_honour_of_a_list_closed_by_its_honour_word_is_no_practice():
    for closing in ("等殊荣", "等荣誉称号", "等荣誉"):
        body = f"调解小组先后获评“好人榜·热心好人”、全市文明十佳事迹和“我最喜爱的社区志愿服务”{closing}。小组推行“三步调解法”。"
        assert extract_practices("", body) == ["三步调解法"], closing


def test_a_quote_before_an_honour_word_going_on_stays_a_practice():
    assert extract_practices("", "该镇推出“积分超市”等奖励机制，还有“红黑榜”等荣誉激励。") == [
        "积分超市",
        "红黑榜",
    ]
