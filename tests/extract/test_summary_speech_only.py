"""An article told only in its speakers' words still gets a summary: what they say (never an empty card)."""

from __future__ import annotations

from builder.extract.summary import summarize


def test_an_article_told_only_in_speech_is_summed_up_by_what_is_said() -> None:
    body = (
        "“去年，幸福里社区党委在小区一楼办起了长者食堂，我们老两口的吃饭难题解决了。”家住幸福里小区的王大爷说。\n\n"
        "“我们每天供应午餐和晚餐，已经服务老人一万多人次。”社区党委书记李某某说。"
    )
    summary = summarize("长者食堂开到家门口", body)
    assert "幸福里社区党委在小区一楼办起了长者食堂" in summary


def test_a_deed_told_by_the_paper_still_leads_over_speech() -> None:
    body = (
        "幸福里社区党委在小区一楼开办长者食堂，每天为辖区老人供应午餐和晚餐，累计服务1.2万人次。\n\n"
        "“我们老两口的吃饭难题解决了。”家住幸福里小区的王大爷说。"
    )
    summary = summarize("长者食堂开到家门口", body)
    assert summary.startswith("幸福里社区党委在小区一楼开办长者食堂")
    assert "王大爷" not in summary
