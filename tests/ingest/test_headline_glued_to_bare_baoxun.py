"""A brief's headline with a bare `本报讯` glued to its end and the lead after a space (`海南新一轮驻村第一书记
到岗本报讯 近日，…`, heldout16 p08): the headline of a new article, then its text (builder/ingest/gluedlead.py).
Invented lines, and negatives."""

from __future__ import annotations

from tests.support.pages import page_articles

_ABOVE = (
    "简　讯\n\n仙游县“红色驿站”开进菜市场\n莆田市仙游县在菜市场设立“红色驿站”\n12个，方便摊主和顾客歇脚。\n\n"
)


def test_a_headline_glued_to_a_bare_dateline_opens_its_article():
    page = (
        _ABOVE + "福建新一批社区书记上岗本报讯 近日，福建省委组织部\n选派社区书记300名，覆盖全省城市社区。\n"
    )
    articles = page_articles(page)
    assert [a.title for a in articles] == ["仙游县“红色驿站”开进菜市场", "福建新一批社区书记上岗"]
    assert articles[1].byline == "本报讯"
    assert articles[1].blocks[0].text.startswith("近日，福建省委组织部")


def test_a_bare_dateline_inside_an_open_sentence_is_no_head():
    page = _ABOVE.replace("12个，方便摊主和顾客歇脚。", "12个，方便摊主和顾客") + (
        "歇脚新一批社区书记上岗本报讯 近日，福建省委组织部\n选派社区书记300名。\n"
    )
    assert len(page_articles(page)) == 1
