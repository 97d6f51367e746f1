"""A 专版's one page credit (heldout30 p07, issue 14): `本版撰文　本报记者　某某　某某　　本版摄影　本报记者　某某` under
the page head credits every article on the page, none printed with its own: furniture where it stands (never a
headline or text), and each article's byline its writing part (builder/ingest/footcredits.py). Invented page."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.footcredits import page_credit
from builder.ingest.workers import process_page

_PAGE = (
    "草原周刊　　2026年11月16日　星期一　　第3版　　民族团结\n"
    "\n"
    "本版撰文　本报记者　巴特尔　其其格　　本版摄影　本报记者　阿迪力・买买提\n"
    "\n"
    "宝日勒岱苏木“马背宣讲队”走进牧户\n"
    "\n"
    "　　在锡林郭勒盟阿巴嘎旗宝日勒岱苏木，\n"
    "一支由党员牧民组成的“马背宣讲队”常年\n"
    "奔走在草原上，已宣讲政策120余场。\n"
    "\n"
    "\n"
    "新华街道“石榴花”议事会议出和睦邻里\n"
    "\n"
    "　　锡林浩特市新华街道成立“石榴花”议事\n"
    "会，各族居民共商社区事务，今年已协商\n"
    "解决问题64件。\n"
)


def test_every_article_of_the_page_takes_the_page_credits_writers(tmp_path):
    page = tmp_path / "zhuanban.txt"
    page.write_text(_PAGE, encoding="utf-8")
    drafts = process_page(Path(page)).drafts
    assert [(d.title, d.byline) for d in drafts] == [
        ("宝日勒岱苏木“马背宣讲队”走进牧户", "本版撰文 本报记者 巴特尔 其其格"),
        ("新华街道“石榴花”议事会议出和睦邻里", "本版撰文 本报记者 巴特尔 其其格"),
    ]
    assert all("本版" not in d.body for d in drafts)


def test_page_credits_and_lines_that_are_none():
    assert page_credit("本版撰文 本报记者 阿卜杜拉‧艾则孜") == "本版撰文 本报记者 阿卜杜拉‧艾则孜"
    assert page_credit("本版文字：记者 王某某　通讯员 李某") == "本版文字：记者 王某某 通讯员 李某"
    assert page_credit("本版撰文") is None  # (a label over a foot block)
    assert page_credit("本版撰文力求通俗，欢迎读者来稿。") is None
