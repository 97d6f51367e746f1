"""A continuation's jump headline glued by the extraction to the last line of the report above (`…越过越好。
某某区：“某某”进小区`) over its `（上接第1版）`, invented here: the sentence ends the report above, the rest (a
`place：…` headline) heads the continuation (gluedheads.headline_glued_to_sentence), of a report from another
page, not the one that left this page by `（下转第3版）` (segment: opened_at); the headline had stayed in the body
above and the continuation was merged into the report that left.
"""

from __future__ import annotations

from tests.support.pages import page_articles

_PAGE = (
    "河湾街道“邻里食堂”开张\n"
    "\n"
    "本报记者 钱明\n"
    "　　河湾街道近日在老旧小区开办“邻里食堂”，\n"
    "为辖区老人提供助餐服务，每餐\n"
    "（下转第3版）\n"
    "\n"
    "柳岸社区“共享工具屋”受欢迎\n"
    "\n"
    "　　本报讯（记者 孙立）近日，柳岸社区在活动\n"
    "中心开设“共享工具屋”，居民可免费借用\n"
    "电钻、梯子等工具。\n"
    "　　居民赵大爷说，借用方便，还省了不少钱，\n"
    "邻里关系也越处越好。桃源区：“积分超市”进小区\n"
    "（上接第1版）\n"
    "桃源区还推行积分兑换制度，居民参加志愿\n"
    "服务可获积分，凭积分兑换生活用品。\n"
    "　　目前，桃源区已有30个小区开设积分超市。\n"
)


def test_a_jump_headline_glued_over_a_jump_in_heads_the_continuation():
    articles = page_articles(_PAGE)
    assert [a.title for a in articles] == [
        "河湾街道“邻里食堂”开张",
        "柳岸社区“共享工具屋”受欢迎",
        "桃源区：“积分超市”进小区",
    ]
    assert articles[1].text.rstrip().endswith("越处越好。")
    assert "积分兑换制度" in articles[2].text
    assert "积分" not in articles[0].text  # not the report that left the page by `（下转第3版）`
