"""Two tables printed as text rows that no rule read (layouts38 p03, p04, invented here): a comparison of a reform
(`事项　改革前　改革后` over rows whose figures carry each row's own unit, `办理窗口　5个　1个`, `平均办理时间　3天
0.5天`), and a ranking under a short report (its title, `排名　村名　收入（万元）`, rows opening with the rank,
`1　某某村　682`). Both were glued into the paragraph above (`…变化如下：事项改革前改革后`, `…学习。…排名村名…1某某村
6822…`). Each is a table: in no paragraph, the report reading on after it. Negative: a unit that changes inside a row,
rows over a row that reads as none, and a ranking's rows with no header, stay text.
"""

from __future__ import annotations

from builder.ingest.pagelines import TABLE, TEXT, Unit
from builder.ingest.paragraphs import assemble
from builder.ingest.tables import read_table, table_at
from builder.ingest.units import classify_page

_COMPARISON = (
    "某区“一窗办”让群众少跑腿\n\n"
    "本报讯（记者 林某）某市某区推行“一窗办”，把\n"
    "分散的事项集中到一个窗口。改革前后的变化如下：\n"
    "事项　　改革前　　改革后\n"
    "办事窗口　　6个　　1个\n"
    "平均用时　　4天　　1天\n"
    "所需材料　　9份　　2份\n"
    "　　区里还开通了网上预约，群众可随时查询进度。\n"
)
_RANKING = (
    "某县“十佳村”出炉\n\n"
    "本报讯（记者 林某）某县公布村级集体经济“十佳村”\n"
    "名单，各村将组织观摩学习。\n"
    "某县村级集体经济“十佳村”\n"
    "排名　村名　集体经济收入（万元）\n"
    "1　东湖村　512\n"
    "2　西岭村　430\n"
    "3　南塘村　388\n"
)


def _blocks(page: str) -> list[Unit]:
    return assemble(classify_page(page))


def test_a_comparison_of_before_and_after_is_a_table():
    blocks = _blocks(_COMPARISON)
    tables = [read_table(b.text) for b in blocks if b.kind == TABLE]
    assert len(tables) == 1
    assert tables[0].header == ("事项", "改革前", "改革后")
    assert tables[0].rows[1] == ("平均用时（天）", "4", "1")
    text = [b.text for b in blocks if b.kind == TEXT]
    assert text[0].endswith("改革前后的变化如下：")
    assert text[1] == "区里还开通了网上预约，群众可随时查询进度。"


def test_a_ranking_under_a_report_is_a_table():
    blocks = _blocks(_RANKING)
    tables = [read_table(b.text) for b in blocks if b.kind == TABLE]
    assert len(tables) == 1
    assert tables[0].title == "某县村级集体经济“十佳村”"
    assert tables[0].rows[0] == ("1", "东湖村", "512")
    assert [b.text for b in blocks if b.kind == TEXT][-1].endswith("各村将组织观摩学习。")


def _units(lines: list[str]) -> list[Unit]:
    return [Unit(TEXT, line, number) for number, line in enumerate(lines, 1)]


def test_rows_whose_unit_changes_inside_a_row_or_without_a_header_stay_text():
    mixed = ["事项　改革前　改革后", "办事窗口　6个　1天", "所需材料　9份　2个"]
    assert all(table_at(_units(mixed), start) is None for start in range(len(mixed)))
    # (a row under the rows that reads as none: the table is not read whole, heldout12 p01's kind)
    cut = ["事项　改革前　改革后", "办事窗口　6个　1个", "所需材料　9份　2份", "社区挂牌　平均12块　平均3块"]
    assert all(table_at(_units(cut), start) is None for start in range(len(cut)))
    bare = ["1　东湖村　512", "2　西岭村　430", "3　南塘村　388"]
    assert all(table_at(_units(bare), start) is None for start in range(len(bare)))
