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
