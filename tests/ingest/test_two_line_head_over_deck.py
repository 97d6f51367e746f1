"""A TWO-line headline over a two-line deck (invented): the headline's first line carries on into its second
(`社区党委引领让背街小巷` / `换上新面貌`: the causative still waits for what it makes happen), so it is no kicker
over a headline of its own (bylinedheads' three-line head, decks.deck_of_two_under). Positive: a kicker that ends
where the headline starts stays a kicker (tests/ingest/test_three_line_head.py)."""

from __future__ import annotations

import pytest

from builder.ingest.headlinesubtitles import head_line_goes_on
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


def _page(kicker: str, headline: str) -> str:
    return (
        "南山日报　2026年10月12日　第5版　基层\n\n"
        f"{kicker}\n{headline}\n"
        "全区新增保洁岗位210个\n"
        "街巷保洁实现日日清\n"
        "本报记者 孟秋\n"
        "　　今年以来，西城区发动党员志愿者和\n"
        "居民一起清扫背街小巷。\n"
    )


@pytest.mark.parametrize(
    "kicker",
    [
        "文明创建让街巷更整洁",  # a causative whose clause has its verb: a whole kicker
        "让信息多跑腿　让居民少跑路",  # two such clauses
    ],
)
def test_a_complete_causative_kicker_stays_apart(kicker):
    articles = page_articles(_page(kicker, "西城区实现背街小巷保洁全覆盖"))
    assert len(articles) == 1
    assert articles[0].title == "西城区实现背街小巷保洁全覆盖"


def test_a_line_opening_with_a_place_is_a_clause_of_its_own():
    assert head_line_goes_on("党建引领让老旧小区", "焕发新活力")
    assert not head_line_goes_on("志愿服务让社区居民", "西城区推行楼栋议事")
