"""Real R14's kinds (r14_01), lines invented: two columns read across line by line from their heads on, B's
headline cut after its colon (`平川乡：` / `集体经济分红村民笑开颜`), and B's lead opening with a web dateline the
wrap cut inside its date (`江城网-江城客户端7月9` / `日15时讯（通讯员 王立 李明）…`). Before, a column opening with
`平川乡：` was no column's head (the rows were left as printed, B's head read as A's kicker), and the dateline's
first line was read as a headline over the rest of it (B titled `江城网-江城客户端7月9`). Negatives: a line
ending in a colon is a head's first line only with the next line of its column; a headline over a whole dateline
stays a headline."""

from __future__ import annotations

from builder.ingest.datelines import dateline_over_wrap
from builder.ingest.interleave_rows import unweave_page
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_A = [
    "河川社区“红色物业”进驻小区",
    "□记者 赵强 报道",
    "　　本报河川讯 “小区建设年代",
    "久远，功能设施匮乏，再加上缺乏",
    "有效的修缮和维护，小区破败不堪。",
    "如今，看着我们这老旧小区一天天",
    "在变新，甭提有多开心了。”河川",
    "市东城区柳林街道幸福里小区居民",
    "李女士指着正在粉刷的墙面说。",
    "　　进入5月份，幸福里社区以“红",
    "色物业”模式为主线，让社区、物",
    "业、网格“三位一体”发力，对这",
    "个老旧小区进行全面提升改造。",
]
_B = [
    "平川乡：",
    "集体经济分红村民笑开颜",
    "　　江城网-江城客户端7月9",
    "日15时讯（通讯员 王立 李明）",
    "“我家有8口人，今天一共领到村",
    "集体经济分红240元，感谢党和",
    "国家的好政策！”平川县平川乡双",
    "店村村民张桂芳笑着说。",
    "　　在双店村集体经济分红现场会",
    "上，这是该村发展集体经济以来首",
    "次集体经济分红。活动现场，村民",
    "们拿着刚分到的钱，脸上绽放出了",
    "幸福的笑容。",
]


def _page() -> str:
    rows = [line for pair in zip(_A, _B, strict=True) for line in pair]
    return "\n".join(["2026年3月6日　星期五　　第3版", "", *rows, ""])


def test_a_column_whose_headline_was_cut_after_its_colon_opens_with_it():
    with data_dir_fixed():
        text, _ = unweave_page(_page())
        articles = segment(assemble(classify_page(text)))
    assert [a.title for a in articles] == ["河川社区“红色物业”进驻小区", "平川乡：集体经济分红村民笑开颜"]
    assert articles[1].byline == "江城网-江城客户端7月9日15时讯（通讯员 王立 李明）"
    assert articles[1].paragraphs[0].startswith("“我家有8口人")


def test_a_dateline_cut_by_the_wrap_is_told_from_a_headline_over_a_whole_one():
    assert dateline_over_wrap("　　江城网-江城客户端7月9", "日15时讯（通讯员 王立 李明）")
    assert not dateline_over_wrap(
        "平川乡集体经济分红", "本报讯（通讯员 王立）"
    )  # a headline over a whole dateline
    assert not dateline_over_wrap("本报讯（通讯员 王立）", "“我家有8口人")  # a whole dateline
