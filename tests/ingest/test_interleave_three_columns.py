"""Three columns the extraction read across in UNEVEN blocks, rotating in no fixed order (heldout11 p08,
heldout12 p06, heldout9 q02; issue 14): A's headline and byline and its first lines, B's headline and
`本报讯（…）` cutting A's sentence, C's headline read as text over its indented lead (`　　在赣州市南康区…`), then
blocks of 1 to 4 lines of each column in turn. Each article comes out whole, in reading order; a line of A
that the classifier took for a kicker over B's headline (`以来共议定加装电梯、修缮`) is A's text; a figures box
dropped among the lines (`数读` / `318个` / a short label) is furniture. Negatives: the same three articles
printed one after the other, with or without blank lines, are left as they are. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.threecolumns import unweave_three
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed
from tests.support.pages import unweaved_page_articles

PAGE = """\
江南基层报
2026年6月2日　第3版

河口街道“楼道议事”解难题
本报记者 周明
　　南昌市青山湖区河口街道
把议事会开到楼道里，今年
以来共议定加装电梯、修缮
浙江：为社区工作者“减负赋能”
本报讯（记者 沈立）
　　记者从浙江省委社会工作
部获悉，今年以来，浙江在
南康区“共享菜园”富了村集体
　　在赣州市南康区唐江镇卢
屋村，村党支部把闲置地块
改成“共享菜园”，今年已吸
屋顶等事项216件。
　　街道还推行“议事积分”，
全省推行社区工作事项准入
制度，清理规范社区挂牌
3800余块，取消不必要的
证明事项41项。
引居民认领菜地120块。
　　菜园还由党员志愿者
居民参与议事可兑换生活用
品，已有1500余名居民
参与积分。
　　同时，浙江为社区工作者
开设“减负热线”，累计受理
反映问题960件。
轮流照看菜园，带动村集体
年增收8万元。
（通讯员 罗芳）

本版编辑：吴倩
"""

_A = (
    "河口街道“楼道议事”解难题",
    "本报记者 周明",
    "南昌市青山湖区河口街道把议事会开到楼道里，今年以来共议定加装电梯、修缮屋顶等事项216件。",
    "街道还推行“议事积分”，居民参与议事可兑换生活用品，已有1500余名居民参与积分。",
)
_B = (
    "浙江：为社区工作者“减负赋能”",
    "本报讯（记者 沈立）",
    "记者从浙江省委社会工作部获悉，今年以来，浙江在全省推行社区工作事项准入制度，清理规范社区挂牌3800余块，"
    "取消不必要的证明事项41项。",
    "同时，浙江为社区工作者开设“减负热线”，累计受理反映问题960件。",
)
_C = (
    "南康区“共享菜园”富了村集体",
    "通讯员 罗芳",
    "在赣州市南康区唐江镇卢屋村，村党支部把闲置地块改成“共享菜园”，今年已吸引居民认领菜地120块。",
    "菜园还由党员志愿者轮流照看菜园，带动村集体年增收8万元。",
)


def _articles(page: str) -> list[tuple[str | None, str | None, list[str]]]:
    articles = unweaved_page_articles(page)
    return [(a.title, a.byline, a.paragraphs) for a in articles]


def _expected() -> list[tuple[str, str, list[str]]]:
    return [(t, b, list(p)) for t, b, *p in (_A, _B, _C)]


def test_three_columns_in_uneven_blocks_are_read_one_after_another():
    found = _articles(PAGE)
    assert [(t, b) for t, b, _ in found] == [(t, b) for t, b, _ in _expected()]
    assert [p for _, _, p in found] == [p for _, _, p in _expected()]


def test_a_figures_box_among_the_lines_is_furniture():
    box = PAGE.replace("证明事项41项。\n", "证明事项41项。\n数读\n120块\n认领菜地\n")
    found = _articles(box)
    assert [p for _, _, p in found] == [p for _, _, p in _expected()]


def _printed(blanks: str) -> str:
    parts = []
    for title, byline, *paragraphs in (_A, _B):
        parts.append(f"{title}\n{byline}\n" + "".join(f"　　{p}\n" for p in paragraphs))
    title, byline, *paragraphs = _C
    parts.append(f"{title}\n" + "".join(f"　　{p}\n" for p in paragraphs) + f"（{byline}）\n")
    return "江南基层报\n2026年6月2日　第3版\n\n" + blanks.join(parts)


@pytest.mark.parametrize("blanks", ["", "\n"])
def test_three_articles_printed_one_after_another_are_left_as_they_are(blanks):
    page = _printed(blanks)
    with data_dir_fixed():
        units = classify_page(page)
        assert unweave_three(units) is units
