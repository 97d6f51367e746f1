"""A page head opened by an ornament (`■新闻周刊　A07`, real set R27 in session 27, text not kept): read as a `■`
reporter line glued to the first report, it pulled the report's headline into its body. The ornament before
a line of page furniture leaves it furniture; a `■` reporter or unit line stays a byline."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.pagelines import FURNITURE, HEADLINE
from builder.ingest.units import classify_page

_PAGE = (
    "{head}\n\n"
    "上林路社区：快递小哥成了“合伙人”\n\n"
    "　　在东山街道上林路社区，一群快递\n小哥与社区党委结成“新搭档”，共同\n成立爱心商户联盟。\n"
)


def test_an_ornament_before_a_page_head_leaves_it_furniture():
    for head in ("■新闻周刊　A07", "◆ 第3版　综合新闻", "●2026年5月1日　星期五"):
        units = classify_page(_PAGE.format(head=head))
        assert units[0].kind == FURNITURE, head
        assert units[1].kind == HEADLINE and units[1].text.startswith("上林路社区"), head


def test_an_ornamented_reporter_or_unit_line_is_no_furniture():
    for line in ("■中共凯里市委组织部", "● 本报记者 张三", "■ 本报通讯员 李兰"):
        assert not is_furniture_line(line), line
