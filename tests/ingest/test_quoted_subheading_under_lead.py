"""A report's first subheading naming a quoted practice (`“银龄帮办”帮出好口碑`), printed two blank lines under the
report's one-paragraph lead, is the report's subheading, not the next report's headline (review rv34b's misfire of
newheadlines._named_after_a_wider_gap): the rule asks the article above to be longer than its lead and no heading of
the same shape to follow before the next such gap. Invented lines. On main each page gave 2 articles."""

from __future__ import annotations

from tests.support.pages import page_articles

HEAD = "第6版　　社区·民生　　2026年5月12日"
REPORT = [
    "青石街道把服务送进楼院",
    "本报记者 韩小北 通讯员 丁宁",
    "　　今年以来，南川市青石街道把服务",
    "送进楼院，居民办事少跑了不少路，群",
    "众满意度逐月上升。",
]
LEAD_MORE = [
    "　　街道还在每个楼院设了联络点，居",
    "民有事可随时找到人。",
]
FIRST_PART = [
    "“银龄帮办”帮出好口碑",
    "　　“银龄帮办”是街道从退休干部中请",
    "来的帮办员，每人联系三个楼院。",
    "　　居民赵大爷说，如今有事一个电话就",
    "有人上门。",
]
SECOND_PART = [
    "“院坝夜谈”谈出新约定",
    "　　“院坝夜谈”每周开一次，居民围坐在",
    "院坝里，商量停车、晾晒等事情。",
]


def _articles(above: list[str], below: list[str]):
    return page_articles("\n".join([HEAD, *above, "", "", *below]))


def test_a_quoted_first_subheading_under_the_lead_stays_in_the_report() -> None:
    articles = _articles(REPORT, FIRST_PART + SECOND_PART)
    assert [a.title for a in articles] == ["青石街道把服务送进楼院"]
    assert "帮办员" in articles[0].text and "院坝夜谈" in articles[0].text


def test_under_a_lead_alone_it_stays_a_subheading_with_no_sibling_below() -> None:
    assert [a.title for a in _articles(REPORT, FIRST_PART)] == ["青石街道把服务送进楼院"]


def test_a_sibling_heading_below_keeps_it_a_subheading_under_a_longer_lead() -> None:
    assert [a.title for a in _articles(REPORT + LEAD_MORE, FIRST_PART + SECOND_PART)] == [
        "青石街道把服务送进楼院"
    ]
