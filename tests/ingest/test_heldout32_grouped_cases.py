"""Heldout32's new printed layouts (issue 14; every line invented, of the same kinds as heldout32 p06 and p08):

- a magazine case (案例) under its label, headline and author line `<unit> <name>`, its sections headed by bracketed
  heads naming no place (`【案例背景】`, the first a blank line under the author line): subheadings of one case,
  never briefs of their own;
- an expert's comment closing the case (`【专家点评】` over its paragraph, signed `（点评人：…）`), and a reporter's
  box at a page's foot marked as a label is (`■记者观察`): sidebars, furniture with their text;
- a group of reports (`【组合报道】`) under one banner headline and an unlabelled group lead, then the reports,
  each under its own headline and byline: the label, banner and lead are the group's, no article.
"""

from __future__ import annotations

from tests.support.pages import page_drafts

_CASE = [
    "基层治理案例",
    "",
    "某某县青石镇：“院落议事会”议出邻里和气",
    "青石县委组织部 王晓东",
    "",
    "【案例背景】",
    "　　青石镇地处城乡接合部，辖8个村、3个社区，",
    "外来人口多，邻里矛盾时有发生。",
    "【主要做法】",
    "　　建立“院落议事会”。每个院落推选议事代表3",
    "名，每月召开议事会1次，大事小事一起商量。",
    "【工作成效】",
    "　　今年以来，全镇议事会共解决群众诉求420件，",
    "群众满意度达到96%。",
]


def test_a_cases_bracketed_section_heads_stay_inside_the_case(tmp_path):
    drafts = page_drafts(_CASE, tmp_path)
    assert [d.title for d in drafts] == ["某某县青石镇：“院落议事会”议出邻里和气"]
    assert drafts[0].byline == "青石县委组织部 王晓东"
    assert drafts[0].body.startswith("青石镇地处城乡接合部")
    assert "每月召开议事会1次" in drafts[0].body
    assert drafts[0].body.rstrip().endswith("群众满意度达到96%。")


def test_an_experts_signed_comment_closing_a_case_is_no_article(tmp_path):
    page = [
        *(line for line in _CASE if not line.startswith("【")),
        "【专家点评】",
        "　　青石镇的做法，让群众的事由群众商量着办，为",
        "城乡接合部治理提供了样本。",
        "（点评人：某某大学公共管理学院教授 李明）",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["某某县青石镇：“院落议事会”议出邻里和气"]
    assert "样本" not in drafts[0].body
    assert "点评人" not in drafts[0].body


_REPORTS = [
    "某某周刊　　2026年10月9日　　第3版",
    "",
    "【组合报道】",
    "聚焦“小院落”里的大民生",
    "",
    "　　院落、楼栋、街巷，连着千家万户。本期我们走进",
    "两个社区，看“小院落”如何办成大民生。",
    "",
    "柳岸社区：“楼栋茶话会”拉近邻里距离",
    "本报记者 陈一鸣",
    "　　某某市柳岸街道柳岸社区有居民楼40栋，今年以来",
    "每月召开“楼栋茶话会”，已解决诉求160余件。",
    "",
    "石桥社区：“街巷管家”守好家门口",
    "本报记者 赵雨桐",
    "　　某某市石桥街道石桥社区组建“街巷管家”队伍，",
    "成员已有36人，今年调解纠纷28起。",
    "",
    "■记者观察",
    "　　从一杯茶到一条街，小院落里装着群众的大期待。",
]


def test_a_group_reports_banner_and_lead_are_no_article(tmp_path):
    drafts = page_drafts(_REPORTS[:-3], tmp_path)  # without the box at the foot
    assert [d.title for d in drafts] == [
        "柳岸社区：“楼栋茶话会”拉近邻里距离",
        "石桥社区：“街巷管家”守好家门口",
    ]
    assert all("本期我们走进" not in d.body for d in drafts)


def test_a_reporters_box_marked_as_a_label_is_furniture(tmp_path):
    drafts = page_drafts(_REPORTS, tmp_path)
    assert drafts[-1].body.rstrip().endswith("今年调解纠纷28起。")
    assert all("小院落里装着" not in d.body for d in drafts)
