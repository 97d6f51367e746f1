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


def test_a_bylined_reports_run_in_heads_over_a_reports_lead_stay_in_it():
    """rv35 #1: a dateline report's run-in 【】 section heads whose text opens like a report (`今年以来，`, `近年` /
    `来，`), the section before closing with no `（name）` of its own: the report's sections, one article."""
    page = (
        "阳西县深化“党建+网格”\n\n"
        "　　本报讯（记者 林青）阳江市阳西县\n"
        "把党小组建在网格上，服务下沉到户。\n"
        "【党员中心户让求助有回应】今年以来，\n"
        "全县设立党员中心户520户，回应群众\n"
        "求助1800件。\n"
        "【“爱心积分”激发邻里互助】近年\n"
        "来，各村推行“爱心积分”，累计兑换\n"
        "物品6000件。\n"
        "　　下一步，阳西县将扩大网格覆盖。\n"
    )
    articles = _articles(page)
    assert [a.title for a in articles] == ["阳西县深化“党建+网格”"]
    assert "扩大网格覆盖" in articles[0].text and "回应群众求助1800件" in articles[0].text
