"""A list's heading glued to a report's sentence, with the list of names under it, is no glued headline
(gluedheads.headline_glued_to_sentence): bare names under a glued head are no byline. Invented page: a report
reads out an award and lists the winners (`…宣读了表扬通报。优秀网格员` / `赵刚　钱敏　孙磊`); it was split into a
second article titled by the list's heading with the names as its byline. Positive: a headline glued over a
dateline is still split off.
"""

from __future__ import annotations

import pytest

from tests.support.pages import page_articles

_HEAD = (
    "西湾街道表扬一批优秀网格员\n"
    "\n"
    "　　本报讯（记者 陈晨）5月8日，西湾街道召开\n"
    "网格化管理推进会，表扬一批优秀网格员。\n"
)
_ONE_LINE_OF_NAMES = "会上宣读了表扬通报。优秀专职网格员\n赵刚　钱敏　孙磊　周洁\n"
_TWO_LINES_OF_NAMES = "会上宣读了表扬通报。优秀楼栋长志愿者\n吴强　郑红\n冯涛　卫东\n"
_AFTER = "　　会议强调，各社区要对标先进，把网格\n服务做细做实。\n"


@pytest.mark.parametrize(
    ("names", "kept"),
    [(_ONE_LINE_OF_NAMES, "优秀专职网格员"), (_TWO_LINES_OF_NAMES, "优秀楼栋长志愿者")],
    ids=["one-line", "two-lines"],
)
def test_a_list_heading_over_names_stays_in_the_report(names: str, kept: str):
    articles = page_articles(_HEAD + names + _AFTER)
    assert len(articles) == 1
    assert kept in articles[0].text
    assert "把网格" in articles[0].text


def test_a_headline_glued_over_a_dateline_is_still_split_off():
    page = _HEAD + (
        "会议强调要对标先进。东河村“红色议事厅”解民忧\n"
        "　　本报讯（通讯员 韩雪）东河村今年建起\n"
        "“红色议事厅”，村民有事到厅里商量。\n"
    )
    assert [a.title for a in page_articles(page)] == [
        "西湾街道表扬一批优秀网格员",
        "东河村“红色议事厅”解民忧",
    ]
