"""Kinds left from heldout36 and the review of round 36 (issue 14, invented text): a column label over a
commentary, printed plain (`基层观察`) or with each of its three characters doubled (`评评论论员员`), parts the
commentary from the report above (boldlines.plain_label_over_headline, textrules._label_doubled); a `他山之石`
box inside a report ends at the report's next subheading (segment: the box's text read, a heading after it)."""

from __future__ import annotations

import pytest

from tests.support.pages import page_articles

_TWO = (
    "某县推行村级事务清单\n"
    "本报记者　张晓明\n"
    "　　近年来，某县梳理村级事务清单，明确村干部职责，为基层减负。\n"
    "　　目前，全县村级组织承担的事项精简了一半。\n"
    "\n"
    "{label}\n"
    "\n"
    "清单减负要防止反弹\n"
    "　　给基层减负，清单只是第一步，关键在于长效坚持。\n"
    "　　一些地方清单定了，任务却换个名目又下来了，基层干部疲于应付。\n"
)


@pytest.mark.parametrize("label", ["基层观察", "评评论论员员", "乡村评论"])
def test_a_column_label_parts_the_commentary_from_the_report(label: str) -> None:
    articles = page_articles(_TWO.format(label=label))
    assert [a.title for a in articles] == ["某县推行村级事务清单", "清单减负要防止反弹"]
    assert articles[0].blocks[-1].text == "目前，全县村级组织承担的事项精简了一半。"
    assert articles[1].blocks[0].text == "给基层减负，清单只是第一步，关键在于长效坚持。"


_REPORT = (
    "某县探索村级集体经济发展新路径\n"
    "本报记者　张晓明\n"
    "\n"
    "　　近年来，某县把发展壮大村级集体经济作为基层党建的重要任务。\n"
    "　　某县推行村党组织领办合作社，盘活闲置资产，带动村民增收。\n"
    "\n"
    "{box}\n"
    "\n"
    "　　外省某市推行“飞地抱团”，由多个村共同投资建设物业项目。\n"
    "\n"
    "几点建议\n"
    "\n"
    "　　下一步，要进一步完善利益联结机制，让村民得到更多实惠。\n"
)


@pytest.mark.parametrize("box", ["他山之石", "外地经验"])
def test_a_box_in_a_report_ends_at_the_next_subheading(box: str) -> None:
    (article,) = page_articles(_REPORT.format(box=box))
    texts = [b.text for b in article.blocks]
    assert "几点建议" in texts
    assert texts[-1] == "下一步，要进一步完善利益联结机制，让村民得到更多实惠。"
    assert not any("飞地抱团" in t for t in texts)


def test_a_box_of_its_own_heads_keeps_them_all() -> None:
    page = (
        "某区“板凳议事会”议出民生实事\n"
        "\n"
        "本报记者 钱明\n"
        "　　某市某区今年在全区街道社区推开\n"
        "“板凳议事会”，由社区党组织牵头，每月\n"
        "请居民代表、物业和共建单位坐下来议一议。\n"
        "　　截至11月底，全区议定民生事项80\n"
        "件，已落实72件。\n"
        "\n"
        "基层声音\n"
        "■王桂兰　某街道居民\n"
        "　　“以前反映问题要跑好几趟，现在在议事\n"
        "会上说一说，很快就有回音。”\n"
        "■陈建军　某区某物业公司项目经理\n"
        "　　“议事会把业主和物业拉到一张桌子上，\n"
        "我们小区的意见都听到了。”\n"
        "■刘芳　某街道社区党委书记\n"
        "　　“居民的事让居民议，干部做事心里更有\n"
        "底。”\n"
    )
    (article,) = page_articles(page)
    assert article.blocks[-1].text == "截至11月底，全区议定民生事项80件，已落实72件。"
