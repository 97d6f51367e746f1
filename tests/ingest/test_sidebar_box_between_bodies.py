"""A framed 记者手记 box between two bodies whose headlines stand at the page's foot (issue 14, heldout7 m05).

The box's label is framed by its corners (`┌记者手记┐`): it was read as a heading, so the box's text went to the
first article. Its closing credit is cut by the wrap after the bracket (`…聚起来。（` / `曹文静）`): the
paragraph looked unfinished and went on over the blank line, swallowing the second body's byline and body, so
the second article was lost. A closing credit cut after its bracket finishes the paragraph; a framed label is
the box's label.
"""

from __future__ import annotations

import pytest

from builder.ingest.pagelabels import SIDEBAR_LABEL
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# heldout7 m05 as printed (CRLF ends removed by the reader), its 15-character wraps
M05 = """基 层 党 建


本报讯（记者 曹文静 通讯员 黄
思远）
郴州市北湖区针对快递员、外卖骑
手等新就业群体“落脚难、归属感
弱”的问题，依托党群服务中心、
商圈楼宇等建成“红色驿站”３６
个，提供休息、充电、饮水等服务。

┌记者手记┐

一杯热水、一个充电插座，看似小事，却
让奔波在城市里的骑手感受到了温暖。把
服务做在细微处，才能把人心聚起来。（
曹文静）

本报讯（郑晓燕 林志强）
漳州市芗城区浦南镇在全镇１２个
村推行“积分超市”，村民参与环
境整治、志愿服务、移风易俗等可
获得积分，凭积分到超市兑换生活
用品。


北北湖湖区区““红红色色驿驿站站””温温暖暖新新就就业业群群体体    浦浦南南镇镇““积积分分超超市市””兑兑出出乡乡风风文文明明

第 ３ 版
"""


def test_two_bodies_either_side_of_the_box_keep_their_headlines():
    articles = segment(assemble(classify_page(M05)))
    assert [(a.title, a.byline) for a in articles] == [
        ("北湖区“红色驿站”温暖新就业群体", "本报讯（记者 曹文静 通讯员 黄思远）"),
        ("浦南镇“积分超市”兑出乡风文明", "本报讯（郑晓燕 林志强）"),
    ]
    assert not any("一杯热水" in p or "曹文静）" in p for a in articles for p in a.paragraphs)


def test_a_credit_cut_after_its_bracket_ends_the_paragraph():
    page = "第 ３ 版\n\n本报讯（记者 曹文静）\n郴州市北湖区建成“红色驿站”３６个。（\n曹文静）\n\n本报讯（郑晓燕）\n漳州市芗城区浦南镇推行“积分超市”。\n"
    assert [a.byline for a in segment(assemble(classify_page(page)))] == [
        "本报讯（记者 曹文静）",
        "本报讯（郑晓燕）",
    ]


def test_a_sentence_cut_after_a_bracket_goes_on():
    page = "第 ３ 版\n\n本报讯（记者 曹文静）\n郴州市北湖区建成“红色驿站”３６个（\n含流动驿站）\n\n，提供休息服务。\n"
    articles = segment(assemble(classify_page(page)))
    assert [p[-16:] for a in articles for p in a.paragraphs] == ["个（含流动驿站），提供休息服务。"]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("┌记者手记┐", True),
        ("【记者手记】", True),
        ("记者手记", True),
        ("【积分上墙】", False),
        ("┌红色驿站┐", False),
    ],
)
def test_which_framed_lines_are_a_sidebars_label(line, label):
    assert bool(SIDEBAR_LABEL.match(line)) is label
