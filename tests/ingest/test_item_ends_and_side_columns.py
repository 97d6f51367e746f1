"""R15 kinds (invented lines): two columns side by side whose left lines hold ambiguous-width marks (`“ ” ·`) or a
full-width indent (read as one column each), and an untitled item under a drawn rule that closed the article
above (maybe signed by a glued credit). Negatives: a rule cutting an open sentence, a `＊＊＊` break inside one."""

from __future__ import annotations

from builder.ingest.sidebyside import unfold_page
from tests.support.pages import page_articles, page_units

_LEFT = [
    "  “我们每天骑车在路上送餐，要",
    "是看到楼道里堆着杂物，或者是",
    "井盖坏了，就马上告诉社区。”",
    "骑手王小军说。街道持续擦亮“红·",
    "骑先锋”品牌，让骑手参与治理。",
]
_RIGHT = [
    "为推进志愿服务，某社区日前成",
    "立了“邻里帮帮团”。现场有五十",
    "余名党员和居民报名参加活动。",
    "大家纷纷表示要为邻居多办实事。",
    "社区书记说，活动还将继续。",
]


def _side_by_side(edge: int = 38) -> str:
    """The lines as the page printed them (marks two columns wide, the indent two full-width spaces), as
    read_page gives them (the full-width spaces made ASCII, so the left lines end short of the edge)."""
    rows = []
    for left, right in zip(_LEFT, _RIGHT, strict=True):
        printed = sum(2 if ord(ch) > 0x2000 else 1 for ch in left) + 2 * (len(left) - len(left.lstrip(" ")))
        rows.append(left + " " * max(3, edge - printed) + right)
    return "\n".join(rows) + "\n"


def test_columns_side_by_side_are_read_apart_though_marks_and_an_indent_make_the_left_lines_short():
    text, numbers = unfold_page(_side_by_side())
    assert numbers is not None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines[: len(_LEFT)] == [line.strip() for line in _LEFT]
    assert lines[len(_LEFT) :] == _RIGHT


def test_one_line_with_a_wide_gap_is_no_pair_of_columns():
    page = "某社区开展志愿服务   活动现场热闹非凡\n居民们纷纷参加。\n"
    assert unfold_page(page) == (page, None)


_SIGNED = "　　某街道为骑手建起休息室，骑手可以免费充电、加热饭菜。（图/文 李明）\n\n"
_UNDER_RULE = "　　某县某村把闲置校舍租给合作社，村集体每年增收6万元。\n"


def test_an_untitled_item_under_a_rule_closing_a_signed_article_is_an_article_of_its_own():
    head = "某街道：骑手有了歇脚处\n\n"
    articles = page_articles(head + _SIGNED + "━━━━━━━━━━━━━━━━━━\n\n" + _UNDER_RULE)
    assert len(articles) == 2
    assert articles[1].paragraphs == ["某县某村把闲置校舍租给合作社，村集体每年增收6万元。"]


def test_a_rule_cutting_an_open_sentence_or_a_star_break_inside_an_article_ends_nothing():
    head = "某街道：骑手有了歇脚处\n\n"
    cut = "　　某街道为骑手建起休息室，骑手可以免费\n━━━━━━━━━━━━━━━━━━\n充电、加热饭菜。\n"
    assert not any(unit.opens for unit in page_units(head + cut) if unit.kind == "text")
    stars = "　　某街道为骑手建起休息室。\n\n＊＊＊\n\n　　骑手们说，这里像家一样温暖。\n"
    assert len(page_articles(head + stars)) == 1
