"""Television news scripts in a programme's compilation (builder/ingest/tvscripts.py, heldout28 p04's kind, invented
lines): each `【标题】` line is a report's headline over its crew line (the byline), the labels of its parts
(`【导语】`, `【解说】`, `【同期】` …) are no words of its sentences, a speaker's line under `【同期】` is in no body,
and the compilation's head, the scripts' editors and the compilation's foot are furniture."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.tvscripts import unlabel_scripts
from tests.support.pages import page_drafts

_PAGE = [
    "“乡村新闻眼”电视栏目　稿件选编　　2026年第9期（总第126期）",
    "",
    "【标题】临潭县“流动党课”走进牧场帐篷",
    "【时长】1分50秒",
    "【播出时间】2026年4月3日",
    "记者：张海峰　马丽　摄影：李东",
    "",
    "【导语】临潭县地处高原，牧民居住分散。今年以来，",
    "县里组建“流动党课”宣讲队，把党课送进牧场帐篷。",
    "【解说】全县组建宣讲队16支，今年已宣讲320余场，",
    "覆盖牧民1.2万人次。",
    "【同期】临潭县古战镇牧民　马成林",
    "“宣讲队讲的政策我们听得懂，也用得上。”",
    "【现场】宣讲队员把政策编成顺口溜，在帐篷里一句一句教。",
    "（编辑：王芳　审核：赵强）",
    "",
    "————————————",
    "",
    "【标题】泗洪县“渔民议事船”议出好日子",
    "【时长】2分05秒",
    "记者：孙宏",
    "",
    "【导语】泗洪县在洪泽湖边的渔村推行“渔民议事船”，",
    "让渔民在船上商量身边事。",
    "【出镜】记者　孙宏",
    "“我现在就在议事船上，渔民们正在商量修码头的事。”",
    "【解说】今年以来，议事船共议定事项86件，办结率达到96%。",
    "（编辑：王芳　审核：赵强）",
    "",
    "本期选编：乡村新闻眼编辑部　　联系电话：0931-8825 100",
]


def test_each_script_is_a_report_with_its_headline_byline_and_parts(tmp_path) -> None:
    first, second = page_drafts(_PAGE, tmp_path)
    assert (first.title, first.byline) == ("临潭县“流动党课”走进牧场帐篷", "记者：张海峰 马丽 摄影：李东")
    paragraphs = first.body.strip().split("\n\n")
    assert (
        paragraphs[0]
        == "临潭县地处高原，牧民居住分散。今年以来，县里组建“流动党课”宣讲队，把党课送进牧场帐篷。"
    )
    assert paragraphs[2] == "“宣讲队讲的政策我们听得懂，也用得上。”"
    assert paragraphs[-1].startswith("宣讲队员把政策编成顺口溜")
    assert "【" not in first.body and "马成林" not in first.body and "编辑" not in first.body
    assert (second.title, second.byline) == ("泗洪县“渔民议事船”议出好日子", "记者：孙宏")
    assert second.body.strip().split("\n\n")[1].startswith("“我现在就在议事船上")
    assert "选编" not in second.body and "2分05秒" not in second.body


def test_a_page_with_no_script_is_left_alone() -> None:
    page = "【标题】某某\n正文第一行。\n【同期】不是脚本"
    assert unlabel_scripts(page, None) == (page, None)


def test_a_compilations_head_editors_and_foot_are_furniture() -> None:
    for line in (
        "“乡村新闻眼”电视栏目　稿件选编　　2026年第9期（总第126期）",
        "某某通讯　2025年第12期（总第300期）",
        "（编辑：王芳　审核：赵强）",
        "（编辑 王芳）",
        "本期汇编：乡村新闻眼编辑部",
        "联系电话：0931-8825 100",
    ):
        assert is_furniture_line(line), line
    assert not is_furniture_line("该刊2026年第9期（总第126期）刊发了这篇报道。")
