"""Tables the PDF extraction flattened into lines come out as tables (builder.ingest.tables), never as text.

heldout6 k05 prints `“侨家小院”服务情况一览` / `项目 2024年 2025年` / `政策咨询（件） 1260 1840` / … inside a body;
glued into the paragraph it read `…一览项目2024年2025年政策咨询（件）12601840…` and was taken as the summary.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.cli import main
from builder.extract.metrics import extract_metrics
from builder.extract.paragraphs import body_paragraphs
from builder.ingest.draft import drafts_from_articles, escape_markdown
from builder.ingest.interleave import deinterleave
from builder.ingest.pagelines import TABLE, TEXT, Unit
from builder.ingest.paragraphs import assemble
from builder.ingest.read import read_page
from builder.ingest.segment import segment
from builder.ingest.sidebyside import unfold_page
from builder.ingest.tables import read_table, table_at, table_markdown
from builder.ingest.units import classify_page
from tests.corpus.scoring import HERE

K05 = HERE / "heldout6" / "k05.txt"
K05_TABLE = "“侨家小院”服务情况一览\n项目 2024年 2025年\n政策咨询（件） 1260 1840\n法律援助（件） 310 452\n文化活动（场） 86 131"
# an invented table of another shape: months as columns, no label over the rows' column, a percentage row,
# announced by the sentence before it
MONTHS_PAGE = (
    "“一网统管”跑出治理加速度\n\n本报讯（记者 周敏）\n\n"
    "今年以来，黄岩区把群众诉求全部纳入网格化平台\n统一受理、分级办理，一季度各月办理情况如下：\n"
    "1月 2月 3月\n受理诉求（件） 412 388 451\n按期办结率 96.5% 97.2% 98.1%\n"
    "群众满意率 95% 96% 97.5%\n"
    "区里还把办理情况纳入镇街年度考核，倒逼责任\n落实。\n"
)


def units(lines: list[str]) -> list[Unit]:
    return [Unit(TEXT, line, number) for number, line in enumerate(lines, 1)]


def blocks_of(page: str) -> list[Unit]:
    """The page's blocks as ingest reads them (columns side by side unfolded, interleaved ones put back)."""
    return assemble(deinterleave(classify_page(unfold_page(page)[0])))


def test_k05s_table_is_one_table_between_the_paragraphs_around_it() -> None:
    blocks = blocks_of(read_page(K05).text)
    tables = [b for b in blocks if b.kind == TABLE]
    assert [t.text for t in tables] == [K05_TABLE]
    at = blocks.index(tables[0])
    assert blocks[at - 1].text.endswith("为归侨侨眷和海外乡亲提供政策咨询、法律服务和文化交流。")
    assert blocks[at + 1].text.startswith("蓬江区还推出“侨心e站”线上服务平台")
    assert not any("12601840" in b.text or "服务情况一览" in b.text for b in blocks if b.kind == TEXT)


def test_k05s_body_holds_a_pipe_table_with_its_title_and_its_summary_is_a_sentence() -> None:
    drafts, _ = drafts_from_articles("k05.txt", segment(blocks_of(read_page(K05).text)))
    body = drafts[0].body
    assert (
        "为归侨侨眷和海外乡亲提供政策咨询、法律服务和文化交流。\n\n**“侨家小院”服务情况一览**\n\n"
        "| 项目 | 2024年 | 2025年 |\n| :-- | --: | --: |\n| 政策咨询（件） | 1260 | 1840 |\n"
        "| 法律援助（件） | 310 | 452 |\n| 文化活动（场） | 86 | 131 |\n\n蓬江区还推出"
    ) in body
    assert not any("|" in p or "一览" in p for p in body_paragraphs(body))
    assert drafts[0].title == "蓬江区：“侨家小院”架起连心桥"


def test_months_as_columns_after_an_announcing_sentence() -> None:
    blocks = blocks_of(MONTHS_PAGE)
    tables = [b for b in blocks if b.kind == TABLE]
    assert len(tables) == 1
    table = read_table(tables[0].text)
    assert table.title is None
    assert table.header == ("1月", "2月", "3月")
    assert table.rows[1] == ("按期办结率", "96.5%", "97.2%", "98.1%")
    text = [b.text for b in blocks if b.kind == TEXT]
    assert text[0].endswith("一季度各月办理情况如下：")
    assert text[1] == "区里还把办理情况纳入镇街年度考核，倒逼责任落实。"
    markdown = table_markdown(table, escape_markdown)
    assert markdown.split("\n")[:3] == [
        "|  | 1月 | 2月 | 3月 |",
        "| :-- | --: | --: | --: |",
        "| 受理诉求（件） | 412 | 388 | 451 |",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a line of figures inside a sentence
        ["全年受理群众诉求", "1260 1840 2210", "件，办结率逐年提高。"],
        # a list of dates, with what happened on each
        ["2023年3月 2024年5月 2025年1月", "该村先后获评市级、省级和全国示范村。"],
        # wrapped lines that end in figures
        ["平台上线以来办理业务 2400", "件，群众满意率达 98%", "以上。"],
        # a spaced-out column label over a news brief (k05's 简讯)
        ["简  讯", "●惠城区“社区合伙人”惠及居民", "惠州市惠城区在全区52个社区推行“社"],
        # a header with only one row under it
        ["项目 2024年 2025年", "政策咨询（件） 1260 1840", "蓬江区还推出“侨心e站”线上服务平台，"],
        # rows whose widths differ
        ["项目 2024年 2025年", "政策咨询（件） 1260 1840", "法律援助（件） 310", "文化活动（场） 86 131"],
    ],
)
def test_no_table(lines: list[str]) -> None:
    assert all(table_at(units(lines), start) is None for start in range(len(lines)))


def test_the_title_is_only_a_short_line_with_no_clause_mark() -> None:
    lines = ["各村将议事结果张榜公布，接受群众", "项目 2024年 2025年", "议事（次） 30 42", "公示（条） 12 20"]
    found = table_at(units(lines), 1)
    assert found is not None and found[0].title is None
    assert table_at(units(lines), 0) is None


def test_a_cell_with_markdown_or_a_pipe_is_printed_literally() -> None:
    lines = ["指标 2025年", "A|B类事项（件） 12", "*重点*事项（件） 3"]
    table, _ = table_at(units(lines), 0)
    markdown = table_markdown(table, escape_markdown)
    assert "| A\\|B类事项（件） | 12 |" in markdown
    assert "| \\*重点\\*事项（件） | 3 |" in markdown


def test_the_other_pages_hold_no_table() -> None:
    """Seeds, the invented pages and the held-out sets (k05 aside) print no table: their drafts stay as they
    were."""
    folders = [HERE.parents[1] / "seeds", HERE / "pages"] + [
        HERE / name for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
    ]
    found = [
        f"{path.parent.name}/{path.name}"
        for folder in folders
        for path in sorted(folder.glob("*.txt"))
        if any(b.kind == TABLE for b in blocks_of(read_page(path).text))
    ]
    assert found == ["heldout6/k05.txt"]


def test_an_ingested_table_passes_digest_check_and_ingest_is_deterministic(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "k05.txt").write_bytes(K05.read_bytes())
    (seeds / "months.txt").write_text(MONTHS_PAGE, encoding="utf-8")
    written = []
    for run in ("a", "b"):
        content = tmp_path / run
        assert main(["ingest", "-q", "--seeds", str(seeds), "--content", str(content)]) == 0
        assert main(["check", "--content", str(content)]) == 0
        written.append({p.name: p.read_bytes() for p in sorted(content.glob("*.md"))})
    assert written[0] == written[1]
    assert sum(body.count(b"\n| :-- |") for body in written[0].values()) == 2


def test_a_tables_rows_are_no_running_text_for_the_metrics() -> None:
    """Glued into the text, the rows' figures gave no metric (`12601840`); as a table's rows they give none
    either: no label made of cells (`|467|502|488|515||按期办结率|`), and the sentences around keep theirs."""
    for page in (read_page(K05).text, MONTHS_PAGE):
        body = drafts_from_articles("page.txt", segment(blocks_of(page)))[0][0].body
        metrics = extract_metrics(body)
        assert not any("|" in m.label or "|" in m.quote for m in metrics), metrics
    k05 = drafts_from_articles("k05.txt", segment(blocks_of(read_page(K05).text)))[0][0].body
    assert {m.value for m in extract_metrics(k05)} >= {35, 24000}


def test_a_table_set_out_in_spaces_is_no_pair_of_columns_side_by_side() -> None:
    """A layout-preserving extraction pads the cells with runs of spaces that line up like a column gap
    (sidebyside.column_edge): the rows' gaps count for no edge, so the table is read as one, not as its labels
    followed by each column of figures."""
    padded = (
        read_page(K05)
        .text.replace("项目 2024年 2025年", "项目              2024年    2025年")
        .replace("政策咨询（件） 1260 1840", "政策咨询（件）    1260      1840")
        .replace("法律援助（件） 310 452", "法律援助（件）    310       452")
        .replace("文化活动（场） 86 131", "文化活动（场）    86        131")
    )
    assert unfold_page(padded) == (padded, None)
    assert [b.text for b in blocks_of(padded) if b.kind == TABLE] == [K05_TABLE]


def test_a_table_set_inside_a_sentence_follows_the_paragraph_it_cut() -> None:
    """k05's table (without its title) printed between two lines of one sentence (`…为归侨侨眷和海外乡亲提` /
    table / `供政策咨询、法律服务和文化交流。`): the sentence is whole again and the table comes after it."""
    page = (
        read_page(K05)
        .text.replace("“侨家小院”服务情况一览\n", "")
        .replace("供政策咨询、法律服务和文化交流。\n", "")
        .replace("文化活动（场） 86 131\n", "文化活动（场） 86 131\n供政策咨询、法律服务和文化交流。\n")
    )
    blocks = [b for b in blocks_of(page) if b.kind in (TEXT, TABLE)]
    assert "为归侨侨眷和海外乡亲提供政策咨询、法律服务和文化交流。" in blocks[0].text
    assert blocks[1].kind == TABLE and blocks[1].text == K05_TABLE.split("\n", 1)[1]


def test_a_title_too_long_for_one_ends_before_the_table() -> None:
    """A line with no clause mark before the header that is too long for a title stays a line of its own:
    the text after the table never runs on from it."""
    lines = "“侨家小院”二〇二四年至二〇二五年各项服务开展情况统计一览表（单位：件、场）"
    page = read_page(K05).text.replace("“侨家小院”服务情况一览", lines.replace("（单位：件、场）", ""))
    text = [b.text for b in blocks_of(page) if b.kind == TEXT]
    assert not any("一览表蓬江区" in t for t in text)
    assert any(t.startswith("蓬江区还推出") for t in text)


def test_figures_that_carry_their_unit_give_it_to_the_column_label() -> None:
    """heldout8 n05 prints `事项类别  办理件数  办结率` / `民生代办  1260件  100%` / `矛盾调解  318件  97.8%` / …: its
    figures carry their unit, so the rows read as no table and the lines were glued into the sentence after the
    announcing one (`…如下：事项类别办理件数办结率民生代办1260件100%…`), whose figures were then labelled with the
    next row's name (1260 as 矛盾调解)."""
    page = (HERE / "heldout8" / "n05.txt").read_text(encoding="utf-8")
    tables = [b for b in blocks_of(page) if b.kind == TABLE]
    assert len(tables) == 1
    table = read_table(tables[0].text)
    assert table.header == ("事项类别", "办理件数（件）", "办结率")
    assert table.rows == (
        ("民生代办", "1260", "100%"),
        ("矛盾调解", "318", "97.8%"),
        ("隐患排查", "574", "99.1%"),
    )


@pytest.mark.parametrize(
    "lines",
    [
        # the units differ down a column: no one label can hold them (invented)
        ["项目  今年  去年", "服务站点  26个  20名", "参与党员  310名  280个"],
        # a byline of names over lines of text with figures (invented)
        ["张  敏  李  强", "全镇建成  12个", "服务站点。"],
    ],
)
def test_no_table_of_figures_with_units(lines: list[str]) -> None:
    assert all(table_at(units(lines), start) is None for start in range(len(lines)))
