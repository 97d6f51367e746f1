"""A TWO-line headline over a two-line deck (invented): the headline's first line carries on into its second
(`社区党委引领让背街小巷` / `换上新面貌`: the causative still waits for what it makes happen), so it is no kicker
over a headline of its own (bylinedheads' three-line head, decks.deck_of_two_under). Positive: a kicker that ends
where the headline starts stays a kicker (tests/ingest/test_three_line_head.py)."""

from __future__ import annotations

from tests.support.pages import page_articles

_PAGE = (
    "江城日报　2026年11月26日　第7版　治理\n\n"
    "社区党委引领让背街小巷\n"
    "换上新面貌\n"
    "全区整治背街小巷148条\n"
    "沿街商户积极参与\n\n"
    "本报记者 高远\n"
    "　　今年以来，东湖区由社区党委牵头，组织\n"
    "居民和商户整治背街小巷。\n"
)


def test_a_two_line_headline_over_its_deck():
    articles = page_articles(_PAGE)
    assert len(articles) == 1
    assert articles[0].title == "社区党委引领让背街小巷换上新面貌"
    assert articles[0].subtitle == "全区整治背街小巷148条沿街商户积极参与"
