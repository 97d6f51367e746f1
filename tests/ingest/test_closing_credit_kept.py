"""A closing credit naming other people than the article's opening credit is kept with it, never dropped.

Found by the mutation fuzz of tests/reproducible (a seed page whose article opens with `■中共…区委组织部` and was
given a closing `本报记者 李四` line): the closing names were read as the byline unit but the article already had a
byline, so they reached no draft. Both credits now stand in the byline; a closing credit that repeats the
opening one's names adds nothing, and one after a bare dateline (`本报讯`) still replaces it.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "## 某省某市某区：以“三个着眼”严密组织体系\n\n"
    "■中共某市某区委组织部\n\n"
    "党的力量来自组织。某区坚持把党的组织体系建设作为基础工程，推动党建工作提质增效，"
    "更好服务中心大局。\n"
    "本报记者 李四\n\n"
    "## 某省某县：“四融四新”提升基层治理效能\n\n"
    "■中共某县委组织部\n\n"
    "近年来，某县积极探索，以“四融四新”提升城市基层治理效能。\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_a_closing_credit_of_other_people_joins_the_opening_credit():
    articles = _articles(_PAGE)
    assert len(articles) == 2
    assert "中共某市某区委组织部" in articles[0].byline
    assert "李四" in articles[0].byline
    assert articles[1].byline == "中共某县委组织部"


def test_a_closing_credit_repeating_the_opening_names_adds_nothing():
    page = (
        "某社区“红色议事厅”议出幸福来\n\n"
        "本报讯（记者 李四）近日，某社区召开议事会，居民代表提出建议20条，已办结18条。\n"
        "（李四）\n"
    )
    articles = _articles(page)
    assert len(articles) == 1
    assert articles[0].byline.count("李四") == 1
