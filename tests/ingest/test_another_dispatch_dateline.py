"""`又讯（记者 …）`: the dateline of the same reporter's second report, under its own short headline (heldout22 p07,
invented): `兴宁区“社区共享厨房”开张` / `　　又讯（记者 韦丽萍）南宁市` / `兴宁区近日在…`. It was read as text, and the
report went into the one above. It is a dateline like 本报讯: its writers are the byline, the headline over it opens
a report. Negatives: 又讯 with no writers in brackets after it, 又 opening a sentence."""

from __future__ import annotations

from builder.ingest.datelines import split_baoxun
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "北湖街道“红色楼长”管好楼内事\n"
    "本报记者 韦丽萍\n\n"
    "　　南宁市西乡塘区北湖街道在楼栋推选\n"
    "党员担任“红色楼长”，目前已选出“红\n"
    "色楼长”652名。\n\n"
    "兴宁区“社区共享厨房”开张\n"
    "　　又讯（记者 韦丽萍）南宁市兴宁\n"
    "区近日在12个社区启动“社区共享厨\n"
    "房”，为独居老人提供低价餐食。\n"
)


def test_the_second_report_under_its_dateline_is_an_article():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [a.title for a in articles] == ["北湖街道“红色楼长”管好楼内事", "兴宁区“社区共享厨房”开张"]
    assert articles[1].text.startswith("南宁市兴宁区近日在12个社区")
    assert "又讯" not in articles[0].text + articles[1].text


def test_another_dispatch_dateline_splits_like_baoxun():
    assert split_baoxun("又讯（记者 韦丽萍）南宁市兴宁区近日…") == (
        "又讯（记者 韦丽萍）",
        "南宁市兴宁区近日…",
    )
    assert split_baoxun("又讯，村里的路修通了。")[0] is None
    assert split_baoxun("又讯问了几位居民（笔者注）。")[0] is None
