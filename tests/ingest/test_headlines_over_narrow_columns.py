"""Three headlines on top over three 9-character columns, a running head between two (issue 14, heldout7 m03).

Three kinds of damage on that page: the first headline `小网格 大民生` has the shape of two bare reporter names (it
was left as text and glued into the first body); the stack stands two blank lines over the first body; the
page's running head `基层治理 · 2`, over its date line, stands between the first and second bodies (it was taken
as a kicker, then as the second article's title). Every title moved down by one.
"""

from __future__ import annotations

import pytest

from builder.ingest import pagefurniture
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# heldout7 m03 as printed (its lines, decoded from UTF-16)
M03 = """第 2 版

小网格 大民生

财源街道“板凳会”开到楼道口

新塘村党员认领“微心愿”


本报讯（记
者 于海洋）
威海市环翠区鲸园街
道把辖区划分为42
个网格，每个网格配
备1名专职网格员和
3至5名党员志愿者，
居民有事在网格内就
能找到人。

基层治理 · 2
2026年4月9日 星期四

本报讯（孟
凡 李静）
泰安市泰山区财源街
道在各小区推行“板
凳会”，社区干部和
党员搬着板凳到楼道
口，和居民面对面商
量小区的事。

衡阳市蒸湘区呆鹰岭
镇新塘村党总支开展
“微心愿”认领活动，
收集留守老人、困难
儿童等群体的心愿1
26个。（罗敏）
"""


def _articles(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.title, a.subtitle, a.byline) for a in segment(assemble(classify_page(page)))]


def test_three_headlines_on_top_title_their_bodies_in_order():
    assert _articles(M03) == [
        ("小网格 大民生", None, "本报讯（记者 于海洋）"),
        ("财源街道“板凳会”开到楼道口", None, "本报讯（孟凡 李静）"),
        ("新塘村党员认领“微心愿”", None, "罗敏"),
    ]


def test_the_running_head_is_furniture_not_a_headline():
    units = classify_page(M03)
    assert [u.kind for u in units if u.text in ("基层治理 · 2", "2026年4月9日 星期四")] == ["furniture"] * 2


def test_bare_names_under_a_headline_stay_a_byline():
    page = "第 2 版\n\n财源街道“板凳会”开到楼道口\n孟凡 李静\n\n泰安市泰山区财源街道在各小区推行“板凳会”。\n"
    assert _articles(page) == [("财源街道“板凳会”开到楼道口", None, "孟凡 李静")]


@pytest.mark.parametrize(
    ("line", "below", "running_head"),
    [
        ("基层治理 · 2", "2026年4月9日 星期四", True),
        ("2 | 要闻", "2026年4月9日 星期四", True),
        (
            "基层治理 · 2",
            "泰安市泰山区财源街道在各小区推行“板凳会”。",
            False,
        ),  # over text: not the page's head
        ("基层治理 · 网格", "2026年4月9日 星期四", False),  # no page number
    ],
)
def test_which_lines_are_a_running_head(line, below, running_head):
    page = PageReader(f"{line}\n{below}\n")
    page.index = 1  # the line under the one being read
    assert pagefurniture._running_head(page, Line(line, 1, line)) is running_head
