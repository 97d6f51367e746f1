"""A second report printed under a first that has subheadings, its kicker and headline set like a subheading
(invented lines, the layout of a real page): the headline writes its place after a city's short name
(`延吉新兴社区…`), its lead opens with a quote (`“新兴社区把…`). Before, it stayed a `## ` subheading of the
report above (which prints a subheading of its own) and the two reports were one article; promoted, its kicker
line stayed joined to its title."""

from __future__ import annotations

from builder.ingest.newheadlines import headline_places
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = """城中区“邻里驿站”开到家门口
本报记者 韦宁

　　今年以来，柳州市城中区在12个
社区建起“邻里驿站”，为居民提供理
发、修补衣物等服务。

一张清单
服务跟着需求走

　　驿站每月征集居民需求，形成服务
清单，已办结事项320余件。

守望相助 共建家园
{place}新兴社区1200户居民的“邻里公约”

　　“新兴社区把邻里公约贴进了每个楼
道。”社区负责人介绍，公约由居民逐
条商定，今年已调解邻里纠纷46起。
"""


def _articles(place: str) -> list:
    return segment(assemble(classify_page(_PAGE.format(place=place))))


def test_a_headline_in_another_province_after_a_report_with_subheadings_opens_a_new_article():
    articles = _articles("延吉")
    assert len(articles) == 2
    assert articles[1].text.startswith("“新兴社区把邻里公约贴进了每个楼道。”")
    assert "邻里公约" not in articles[0].text
    # the kicker line the heading rule joined to the headline is its subtitle again
    assert (articles[1].title, articles[1].subtitle) == (
        "延吉新兴社区1200户居民的“邻里公约”",
        "守望相助 共建家园",
    )


def test_the_same_block_in_the_reports_own_province_stays_its_subheading():
    articles = _articles("柳北")  # 柳北区 of 柳州: the report above goes on
    assert len(articles) == 1
    assert "邻里公约" in articles[0].text


def test_a_place_written_after_a_short_name_is_also_named_alone():
    assert "新兴社区" in headline_places("延吉新兴社区1200户居民的“邻里公约”")
    assert "幸福里小区" not in headline_places("幸福里的“邻里公约”")
