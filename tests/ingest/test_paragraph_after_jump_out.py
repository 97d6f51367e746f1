"""A body's jump to another page (`（下转四版）`) leaves its article: a paragraph standing apart under the jump line
(a blank line over it, a whole sentence) is another article's, whose headline the page printed elsewhere (here at
the page's foot, under its body: footheads.py), never the first article's text (real R31b: a community's grid
report glued to the report above it, its headline at the page's foot lost). Negative: a fragment under the jump
line that ends no sentence does not open an article."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_HEAD = "某某日报　　　　2026年4月2日　星期四　　　　第2版\n\n"
_FIRST = (
    "青禾社区：“楼院夜谈”解难题\n"
    "本报记者 林一川 方晓\n"
    "　　楼道里堆放的杂物清走了，闲置的车\n"
    "棚改成了议事角。今年以来，青禾社区依\n"
    "托“楼院夜谈”机制，把居民的烦心事一\n"
    "件件办好。\n"
    "（下转四版）\n\n"
)
_SECOND = (
    "　　“没想到我们提的建议，这么快就落实\n"
    "了！”3月5日，桐柏街道南湖社区居民王\n"
    "阿姨说。南湖社区有12个小区，划分为5\n"
    "个网格，每个网格配备一名专职网格员。\n"
    "　　网格员每天走访楼栋，收集居民诉求，\n"
    "能现场解决的当场解决。\n\n"
    "守好“小网格”，服务“大家庭”\n"
)


def _articles(page: str) -> list[tuple[str, str]]:
    with data_dir_fixed():
        return [(a.title, a.text) for a in segment(assemble(classify_page(page)))]


def test_a_paragraph_under_a_jump_line_is_another_articles() -> None:
    articles = _articles(_HEAD + _FIRST + _SECOND)
    assert [title for title, _ in articles] == ["青禾社区：“楼院夜谈”解难题", "守好“小网格”，服务“大家庭”"]
    assert "南湖社区" not in articles[0][1]
    assert articles[1][1].startswith("“没想到")


def test_a_fragment_under_a_jump_line_opens_no_article() -> None:
    page = _HEAD + _FIRST + "　　邻里之间的小事\n"
    assert [title for title, _ in _articles(page)] == ["青禾社区：“楼院夜谈”解难题"]
