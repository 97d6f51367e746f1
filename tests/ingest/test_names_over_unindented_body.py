"""Bare names over a column that indents no paragraph (heldout34 p01's kind, barenames._signing_names; invented
lines): after a finished report and a gap, a line of two names each opening with a common surname (`林晓红　王建`)
over a body whose lines have no indent, its headline printed at the page's foot. The names were read as a
subheading and the body had no byline. Negative: a list of names (a second line of names under them) is no
byline."""

from __future__ import annotations

from tests.support.pages import page_articles

_PAGE = [
    "石桥镇办起“红色课堂”",
    "",
    "本报记者　周某某",
    "　　石桥镇的红色课堂本月开课，镇里的",
    "党员轮流到各村宣讲。",
    "",
    "",
    "林晓红　王建",
    "在某某市某某区东关街道，居",
    "民遇到难事，习惯到社区的",
    "“说事长廊”坐一坐。",
    "长廊每周开放三次，由老党员",
    "轮流值守，记下居民的事。",
    "",
    "东关街道东关街道：：““说事长廊说事长廊””解民忧解民忧",
]


def test_names_over_an_unindented_body_are_its_byline():
    articles = page_articles("\n".join(_PAGE) + "\n")
    assert [a.byline for a in articles] == ["本报记者　周某某", "林晓红　王建"]
    assert articles[1].text.startswith("在某某市某某区东关街道")
    assert "林晓红" not in articles[1].text


def test_a_list_of_names_is_no_byline():
    names = [*_PAGE[:7], "林晓红　王建", "张丽　刘海", "陈芳　赵明", "", "　　会议号召全镇党员向他们学习。"]
    articles = page_articles("\n".join(names) + "\n")
    assert all(a.byline != "林晓红　王建" for a in articles)
