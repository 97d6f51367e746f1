"""Boxes drawn in rules (invented text of tests/corpus/heldout25): a figures box drawn as a table between two bodies
(`┌──┐` / `│ 数读“…” │` / `├──┬──┤` / `│产业链党建联盟　│ 16个│` / … / `└──┴──┘`, p06), a table drawn in rules inside
a body, and a commentary box whose right bar the extraction lost (`│短评｜…` / `│…` / `└──┘`, p08). Before, their
bars and rules were read as text: three figure labels held `┤│产业链党建联盟│`, the commentary was glued to the
report above it, `…──┘` closing its paragraph."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics
from builder.ingest.pagelines import TABLE
from builder.ingest.paragraphs import assemble
from builder.util.paths import data_dir_fixed
from tests.support.pages import page_articles, page_units

_BOX_DRAWING = set(map(chr, range(0x2500, 0x2580)))

FIGURES_TABLE = """清风日报　2026年3月5日　第4版

林晓
　　无锡市江阴市纺织、机械等企业
多，链条长。去年以来，江阴市推行
“链上党建”，由市、镇两级干部担任
产业链党建联络员。
　　全市已组建链上党建联盟12个，覆
盖上下游企业960家，结对项目134个。

┌──────────────┐
│　数读“链上党建”　　　　│
├─────────┬────┤
│链上党建联盟　　　│ 12个 │
│覆盖上下游企业　　│ 960家│
│结对项目　　　　　│ 134个│
└─────────┴────┘

　　泰州市海陵区城东街道在小区推行
“一楼一群”，居民在楼栋群里反映问
题，网格员限时回应。
　　街道划分网格74个，今年以来收到
居民反映问题3100件，办结2950件。
（通讯员 周明）

江阴市：“链上党建”连起产业链
城东街道：“一楼一群”让回应更快
"""


def test_a_figures_box_drawn_as_a_table_is_furniture() -> None:
    articles = page_articles(FIGURES_TABLE)
    assert [a.title for a in articles] == ["江阴市：“链上党建”连起产业链", "城东街道：“一楼一群”让回应更快"]
    for article in articles:
        assert not _BOX_DRAWING & set(article.text), article.text
        assert "数读" not in article.text
    assert articles[0].paragraphs[-1].endswith("结对项目134个。")


def test_a_figure_label_never_reaches_past_a_drawn_bar() -> None:
    # the box's rows as the paragraph rule would have glued them, had the page reader missed the box
    body = "全市已组建联盟12个。────┬────┤│链上党建联盟　　│ 12个 │覆盖上下游企业　│ 960家│"
    labels = [m.label for m in extract_metrics(body)]
    assert labels and not any(_BOX_DRAWING & set(label) for label in labels), labels


DRAWN_TABLE = """　　兴宁市在各镇推广“红色驿站”，为
群众代办事项。各镇驿站的服务情况如下：
┌──────────┬──────┬──────┐
│“红色驿站”服务情况一览　　　　　　　　　│
├──────────┼──────┼──────┤
│项目　　　　　　　│2024年　│2025年　│
├──────────┼──────┼──────┤
│政策咨询（件）　　│1260　　│1840　　│
│法律援助（件）　　│310　　 │452　　 │
│代办事项（件）　　│2200　　│3150　　│
└──────────┴──────┴──────┘
　　下一步，兴宁市将把驿站延伸到村。
"""


def test_a_table_drawn_in_rules_is_read_as_a_table() -> None:
    units = page_units(DRAWN_TABLE)
    assert not any(_BOX_DRAWING & set(unit.text) for unit in units)
    with data_dir_fixed():
        tables = [unit.text.splitlines() for unit in assemble(units) if unit.kind == TABLE]
    assert tables == [
        [
            "“红色驿站”服务情况一览",
            "项目 2024年 2025年",
            "政策咨询（件） 1260 1840",
            "法律援助（件） 310 452",
            "代办事项（件） 2200 3150",
        ]
    ]


OPEN_SIDED_COMMENTARY = """夜市里的党群服务站
　　本报讯（记者 韩雪）佛山市南海区
桂城街道在夜市设立党群服务站5个，今
年以来服务群众2.1万人次。

┌─────────────────┐
│短评｜服务要跟上群众的作息
│　　群众的生活节奏在变，服务的时间
│也要跟着变。把服务站开到夜市里，是
│把群众需要放在了前头。（鲁平）
└─────────────────┘
"""


def test_a_commentary_box_without_its_right_bar_is_no_part_of_the_report() -> None:
    (article,) = page_articles(OPEN_SIDED_COMMENTARY)
    assert article.title == "夜市里的党群服务站"
    assert article.paragraphs[-1].endswith("服务群众2.1万人次。"), article.paragraphs
    assert not _BOX_DRAWING & set(article.text)
    assert "短评" not in article.text
