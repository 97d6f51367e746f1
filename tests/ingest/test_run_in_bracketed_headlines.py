"""A `一周要闻` / `要闻速览` column (layouts35 p03, invented here): one-paragraph items, each opening with its bold
headline in 【】 run in before its lead on the same line, the wrap cutting the lead's place name or leaving the head
alone on its line, each closing with its reporter's name in brackets. The items were read as one article, their
headlines inside its body. Each item opens an article of its own: the headline without the brackets its title,
the text after it its lead, the closing name its byline; the column's label is no item's.
Negatives: a report's run-in section heads (`【主要做法】…`) and a lone 【】 line with no report's lead after it.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_COLUMN = (
    "要闻速览\n\n"
    "【江城区“夜间议事厅”听民声】阳江市\n"
    "江城区在社区开设“夜间议事厅”31个，\n"
    "今年收集居民意见700余条。（陈红）\n"
    "【海陵镇“渔嫂服务队”守护港湾】阳\n"
    "江市海陵区海陵镇组建“渔嫂服务队”\n"
    "12支，帮助渔户办事900多件。（林青）\n"
    "【阳春市“村务微课堂”开进田间地头】\n"
    "阳江市阳春市举办“村务微课堂”86期，\n"
    "培训村干部2300人次。（何平）\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_each_run_in_headline_opens_an_article():
    articles = _articles(_COLUMN)
    assert [a.title for a in articles] == [
        "江城区“夜间议事厅”听民声",
        "海陵镇“渔嫂服务队”守护港湾",
        "阳春市“村务微课堂”开进田间地头",
    ]
    assert articles[0].text.startswith("阳江市江城区在社区开设")
    assert articles[1].text.startswith("阳江市海陵区海陵镇组建")
    assert articles[2].text.startswith("阳江市阳春市举办")
    assert [a.byline for a in articles] == ["陈红", "林青", "何平"]
    assert all("【" not in a.text and "要闻速览" not in a.text for a in articles)


_SECTIONS = (
    "阳东区推行“红色网格”\n\n"
    "　　本报讯（记者 陈红）阳江市阳东区在\n"
    "全区推行“红色网格”，划分网格410个。\n"
    "【主要做法】网格员每周入户走访一次，\n"
    "发现问题及时上报。\n"
    "【工作成效】今年以来共化解矛盾纠纷\n"
    "260起。\n"
)


def test_a_reports_run_in_section_heads_stay_in_it():
    articles = _articles(_SECTIONS)
    assert len(articles) == 1
    assert articles[0].title == "阳东区推行“红色网格”"
    assert "化解矛盾纠纷260起" in articles[0].text
