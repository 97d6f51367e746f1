"""A genre label standing apart over a headline and its `——` subtitle (layouts34 p03, invented here): `调查` /
blank / headline / `——…调查` / byline, under a finished report. The label was left a text line and the subtitle
read into it as a paragraph of the report above (`调查——…`, a broken paragraph), the article under it untitled
by its subtitle. The label is furniture, the subtitle the headline's.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "红色物业进小区\n\n"
    "本报记者 林涛\n"
    "　　今年以来，芜湖市镜湖区推行“红色物业”，\n"
    "已有42个小区建立物业党支部。\n"
    "　　居民满意度达到90%。\n\n"
    "调研\n\n"
    "表格少了　时间多了\n"
    "——芜湖市弋江区社区减负调研\n\n"
    "本报记者 周岚\n"
    "　　社区的表格多，一直是社区干部的烦心事。\n"
    "今年以来，弋江区清理社区表格23类。\n"
)


def test_a_genre_label_apart_is_furniture_and_the_subtitle_the_headlines():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [a.title for a in articles] == ["红色物业进小区", "表格少了　时间多了"]
    assert articles[1].subtitle == "芜湖市弋江区社区减负调研"
    assert articles[0].text.rstrip().endswith("居民满意度达到90%。")
    assert "调研" not in articles[0].text and "调研" not in articles[1].text


# A genre label spaced out (`人　物`, heldout38 p06's kind) right over a profile's headline and its byline, under
# a finished reply signed `unit　date`: furniture, as the same word unspaced is (it was left a text line, the
# reply's last paragraph).
_SPACED = (
    "社区食堂开到家门口\n\n"
    "本报记者 林涛\n"
    "　　今年以来，某某区在12个社区开办“长者食堂”，\n"
    "老人就餐更方便了。\n"
    "某某区民政局　2026年3月5日\n\n\n"
    "人　物\n"
    "孙大姐：巷子里的“贴心人”\n"
    "本报记者 周岚\n\n"
    "　　在某某市某某街道，提起社区书记孙丽，\n"
    "居民都叫她“孙大姐”。她在社区工作了15年。\n"
)


def test_a_spaced_genre_label_over_a_headline_and_byline_is_furniture():
    articles = segment(assemble(classify_page(_SPACED)))
    assert [a.title for a in articles] == ["社区食堂开到家门口", "孙大姐：巷子里的“贴心人”"]
    assert articles[0].text.rstrip().endswith("老人就餐更方便了。")
    assert "人" not in articles[0].text.rstrip()[-3:]
