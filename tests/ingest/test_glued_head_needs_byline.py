"""A headline glued to the line above it (gluedheads.headline_glued_to_sentence) needs a real byline or a dateline
under it. Misfires on ordinary prose, invented here: a caption's last words over its photo credit (`记者 某某 摄`)
were cut off as a headline; a clause over a sentence whose subject is the reporter (`本报记者发现，…`) was dropped
from the body as the headline of nothing. Positive: a headline glued over a dateline is still split off.
"""

from __future__ import annotations

import pytest

from tests.support.pages import page_articles

_HEAD = (
    "柳岸社区“共享工具屋”受欢迎\n"
    "\n"
    "　　本报讯（记者 孙立）近日，柳岸社区在活动\n"
    "中心开设“共享工具屋”，居民可免费借用\n"
    "电钻、梯子等工具。\n"
)
_CAPTION_OVER_CREDIT = (
    "　　3月5日，居民在工具屋登记借用。当日借出工具共计35件次\n"
    "本报记者 孙立 摄\n"
    "　　目前，工具屋已登记会员200余人。\n"
)
_CLAUSE_OVER_REPORTER = (
    "　　“借用方便，还省了不少钱。”\n"
    "居民赵大爷说。推开工具屋的木门\n"
    "本报记者发现，每件工具都贴着编号，\n"
    "借还记录一目了然。\n"
)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [(_CAPTION_OVER_CREDIT, "当日借出工具共计35件次"), (_CLAUSE_OVER_REPORTER, "推开工具屋的木门")],
    ids=["photo-credit", "reporter-in-sentence"],
)
def test_no_headline_glued_over_a_line_that_is_no_byline(tail: str, kept: str):
    articles = page_articles(_HEAD + tail)
    assert len(articles) == 1
    assert kept in articles[0].text


def test_a_headline_glued_over_a_dateline_is_still_split_off():
    page = _HEAD + (
        "　　“借用方便，还省了不少钱。”居民赵大爷\n"
        "说。桃源村“积分超市”换来文明新风\n"
        "　　本报讯（通讯员 何平）桃源村今年开设\n"
        "“积分超市”，村民凭积分兑换生活用品。\n"
    )
    assert [a.title for a in page_articles(page)] == [
        "柳岸社区“共享工具屋”受欢迎",
        "桃源村“积分超市”换来文明新风",
    ]
