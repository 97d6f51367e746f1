"""Real set R33: an honour received (…党委荣获“…先进基层党组织”称号, 被评为…) is no deed, whatever words its title
holds (组织 is no 组织 done): a summary leads with a sentence of a deed when one exists; a deed told in the same
sentence as an honour still counts, and an article of honours only is still summed up. Invented sentences."""

from __future__ import annotations

from builder.extract.summary import summarize

_TITLE = "某某社区：织密党建一张网"


def test_an_honour_is_no_deed_when_a_deed_is_told():
    body = (
        "　　2023年，某某社区党委荣获“全市先进基层党组织”称号。\n\n"
        "　　去年以来，某某社区党委组建8支志愿服务队，为独居老人上门维修家电300余次。\n"
    )
    assert summarize(_TITLE, body) == "某某社区党委组建8支志愿服务队，为独居老人上门维修家电300余次。"


def test_a_deed_told_with_an_honour_still_counts():
    body = "　　某某社区推行积分制管理，带动居民参与小区治理，去年被评为全省和谐示范社区。\n"
    assert (
        summarize(_TITLE, body)
        == "某某社区推行积分制管理，带动居民参与小区治理，去年被评为全省和谐示范社区。"
    )


def test_an_article_of_honours_only_is_summed_up_by_one():
    body = "　　2023年，某某社区党委荣获“全市先进基层党组织”称号。\n"
    assert summarize(_TITLE, body) == "2023年，某某社区党委荣获“全市先进基层党组织”称号。"
