"""A page with no blank lines opening on a headline over a lead that opens with a paper's dateline of a place's
short name and a gap (real R18 r18_02's kind: `某某讯　“…`): the headline of the first article, not the first line
of its text. Invented lines; negative: a first line going on into the line under it."""

from __future__ import annotations

from tests.support.pages import page_articles

_PAGE = [
    "基层之声　第3版　乡村振兴",
    "青石村聚力壮大村集体经济",
    "白河讯　“在帮扶单位的支持下，村里",
    "发展起乡村旅游和茶叶种植，2023年",
    "村集体经济收入达到了18万余元。”",
    "村党支部书记王大山说。（李青）",
]


def test_a_headline_over_a_dateline_lead_at_the_top_titles_the_article() -> None:
    articles = page_articles("\n".join(_PAGE))
    assert [a.title for a in articles] == ["青石村聚力壮大村集体经济"]
    assert not articles[0].title_generated


def test_a_first_line_going_on_into_the_next_is_no_headline() -> None:
    page = [_PAGE[0], "青石村聚力壮大村集体经济，白河", "讯　“在帮扶单位的支持下，村里", *_PAGE[3:]]
    articles = page_articles("\n".join(page))
    assert all(a.title_generated for a in articles)
