"""Two headlines printed on top of a page, the second over its `——` subtitle, then two indented bodies with one
blank line between them, the second with no byline (a real article hard-wrapped as columns, R6: its text is not
ours; these lines are invented of the same kind). The second body was merged into the first: one blank line was a
gap only on a flat page, and the subtitle's place was not one a detached headline names."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.pagelines import HEADLINE, SUBTITLE
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

PAGE = """基层周刊
第 9 版
2026年3月20日  星期五
强村富民

某某县：村集体经济“百花齐放”

党建赋能 绘千般“丰”景
——凤山县发展壮大村集体经济工作侧记

方雨 陈立
　　“我们村的茶叶加工厂，去年建成后，
一个月营业额就有9万元。”某某县岳宋
乡班帅村党总支书记说。
　　近年来，某某县多元发展村级集体经
济，36个村集体经济收入达690万余元。

　　“经过大家一年的努力，我们村合作社
今年种植高粱收入106万元。”广西河池市
凤山县砦牙乡排捧村党支部书记激动地说，
75户村民收获分红资金。
　　近年来，凤山县推进党支部领办合作社，
全县村集体经济收入均超过10万元。
"""


def test_a_headline_over_its_subtitle_stands_in_the_stack_on_top():
    units = classify_page(PAGE)
    assert [(u.kind, u.text) for u in units[4:7]] == [
        (HEADLINE, "某某县：村集体经济“百花齐放”"),
        (HEADLINE, "党建赋能 绘千般“丰”景"),
        (SUBTITLE, "——凤山县发展壮大村集体经济工作侧记"),
    ]


def test_the_body_after_one_blank_line_naming_the_subtitles_place_starts_its_article(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    drafts = process_page(page).drafts
    assert [(d.title, d.subtitle) for d in drafts] == [
        ("某某县：村集体经济“百花齐放”", None),
        ("党建赋能 绘千般“丰”景", "保靖县发展壮大村集体经济工作侧记".replace("保靖", "凤山")),
    ]
    assert drafts[1].body.lstrip().startswith("“经过大家")


def test_one_blank_line_inside_an_indented_article_is_no_new_article(tmp_path: Path):
    """The same page with only the first headline: the paragraph after the blank line names no headline's place."""
    page = tmp_path / "page.txt"
    text = PAGE.replace("党建赋能 绘千般“丰”景\n——凤山县发展壮大村集体经济工作侧记\n\n", "")
    page.write_text(text, encoding="utf-8")
    drafts = process_page(page).drafts
    assert len(drafts) == 1
