"""A three-line head whose deck is set on two INDENTED lines (invented): a kicker, the headline, then two lines
each behind full-width spaces, no dashes, over the byline (`　　以片区为单元统筹…` / `　　推动…见效`): the two
lines are the deck (decks.deck_of_two_under, indented), though neither gives a figure. Negative: a report's lead
indents only its first line (its next line runs on from the column's edge), so an indented first line and its
unindented run-on under a headline stay the body."""

from __future__ import annotations

from tests.support.pages import page_articles

_HEAD = "江城日报　2026年11月26日　第7版　治理\n\n深耕社区基层党建\n江城：“片区党建联席会”凝聚共治合力\n"
_BODY = "\n本报记者 高远　通讯员 林立\n\n　　今年以来，江城市以片区为单元推进共建，\n居民满意度不断提升。\n"


def test_an_indented_two_line_deck_is_the_subtitle():
    page = _HEAD + "　　以片区为单元统筹驻区单位力量\n　　推动共建事项逐项落到实处\n" + _BODY
    articles = page_articles(page)
    assert len(articles) == 1
    assert articles[0].title == "江城：“片区党建联席会”凝聚共治合力"
    assert articles[0].subtitle == "以片区为单元统筹驻区单位力量推动共建事项逐项落到实处"


def test_an_indented_lead_under_the_headline_stays_the_body():
    page = _HEAD + "　　以片区为单元统筹驻区单位力量\n推动共建事项逐项落到实处。\n" + _BODY
    first = page_articles(page)[0]
    assert first.subtitle is None
    assert first.paragraphs[0] == "以片区为单元统筹驻区单位力量推动共建事项逐项落到实处。"


def test_an_indented_line_over_its_run_on_line_is_no_deck():
    page = _HEAD + "　　以片区为单元统筹驻区单位力量\n推动共建事项逐项落到实处\n" + _BODY
    deck = "以片区为单元统筹驻区单位力量推动共建事项逐项落到实处"
    assert all(article.subtitle != deck for article in page_articles(page))
