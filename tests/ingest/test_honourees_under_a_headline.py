"""Honourees' names glued under the sentence announcing them, on a page whose headline has a subtitle (review
rv37 pages6's kind, issue 14): a headline and its subtitle line read as two headlines at the page's head made the
line of names (`张某　李某　王某`) after `以下同志被评为…。` open a second article titled with the subtitle and
bylined with the honourees. Headlines stacked at the head open the next body under bare names only across a blank
line (heldout37 p03: test_bare_name_opens_body.py); glued under a sentence the names are that body's text.
Invented lines."""

from __future__ import annotations

from tests.support.pages import page_articles

_HEAD = "2026年5月6日　星期三　　某某组工报　　第5版\n\n"


def test_honourees_names_glued_under_a_sentence_stay_in_the_body_under_a_subtitled_headline() -> None:
    page = (
        _HEAD
        + "东岭镇表彰一批优秀网格员\n某某县开展“最美网格员”评选\n\n"
        + "　　本报讯（记者 何静）5月3日，某某\n县东岭镇召开大会，表彰一年来涌现\n的先进典型。经村居推荐、群众评议，\n"
        + "以下同志被评为优秀网格员。\n"
        + "赵志刚　孙丽娟　周海燕\n"
        + "　　镇党委号召全镇网格员向他们学习，\n立足岗位作贡献。\n"
    )
    articles = page_articles(page)
    assert [a.title for a in articles] == ["东岭镇表彰一批优秀网格员"]
    assert "赵志刚　孙丽娟　周海燕" in articles[0].text
    assert articles[0].byline != "赵志刚　孙丽娟　周海燕"
