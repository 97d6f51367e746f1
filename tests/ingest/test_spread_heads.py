"""A headline printed across a two-page spread (builder/ingest/spreadheads.py, heldout27 p04 kind, invented lines): its
second half tops the right page over the body going on, flush; the title is the two halves, the kicker its
subtitle, and no spurious article starts under the second half."""

from __future__ import annotations

from tests.support.pages import page_drafts

_PAGE = [
    "4　　2026年5月6日　星期三　　　　基层减负专刊",
    "",
    "精简文件　轻装上阵",
    "江苏推行“村务一张清单”",
    "",
    "本报记者 陈明 李华",
    "　　村干部事务多、台账重复，是基层",
    "反映强烈的问题。今年以来，江苏省委社",
    "会工作部在全省推行“村务一张清单”。",
    "　　“过去一个月要填20多张表，很多",
    "数据要反复报。”",
    "",
    "责任编辑：王方　　版式：李诺",
    "\f基层减负专刊　　　　2026年5月6日　星期三　　5",
    "",
    "让村干部把时间用在群众身上",
    "",
    "南京市一名村支书告诉记者，现在大部分",
    "数据由系统自动生成。",
    "　　据统计，全省已清理各类台账1200余本。",
]


def test_a_headline_across_a_spread_is_one_title_over_one_body(tmp_path) -> None:
    drafts = page_drafts(_PAGE, tmp_path)
    assert len(drafts) == 1
    assert drafts[0].title == "江苏推行“村务一张清单”让村干部把时间用在群众身上"
    assert drafts[0].subtitle == "精简文件 轻装上阵"
    assert "全省已清理各类台账1200余本" in drafts[0].body


_PAGE_HEAD_MID_PAGE = [
    "下庄村“明白账”晒出干群同心",
    "本报讯（记者 刘洋）",
    "　　日照市五莲县下庄村把村级收支",
    "逐笔上墙公开。",
    "　　“账本摊开来，大家心里都有数，",
    "干活就有劲儿。”村党支部书记王",
    "建军说。",
    "鲁南基层周刊　　2026年6月3日　星期三　　第3版　综合",
    "",
    "石门镇“和事佬”工作室解心结",
    "本报讯（通讯员 马丽 记者 赵川）",
    "　　临沂市兰陵县石门镇依托乡贤",
    "力量，组建“和事佬”工作室，今年以来",
    "调解矛盾纠纷86起。",
]


def test_a_page_head_printed_mid_page_over_a_headline_and_its_byline_is_no_spread(tmp_path) -> None:
    drafts = page_drafts(_PAGE_HEAD_MID_PAGE, tmp_path)
    assert [draft.title for draft in drafts] == ["下庄村“明白账”晒出干群同心", "石门镇“和事佬”工作室解心结"]
