"""Posts copied from a microblog's web client (heldout30 p01, issue 14): the account and `… 来自 …` head, the
headline printed only in 【】 glued to the lead, topic tags at the lead's start and after a paragraph's end, the
closing credit with a mention and a link's card after it, the client's buttons (`收起d`, a video's card, the
counts). Each post is one article with its headline and byline (builder/ingest/microblogs.py). Invented posts."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.microblogs import is_post_head, unfold_posts
from builder.ingest.workers import process_page

_POSTS = (
    "清河城事 \n"
    "11-28 20:05 来自 微博网页版 已编辑\n"
    "\n"
    "【石门：“红色管家”让老小区换了新颜】#社区治理# #民生# 今年以来，石门县在12个老旧小区推行“红色管家”，"
    "由社区党员担任管家，帮助居民解决停车、绿化等问题。\n"
    "目前，全县已有“红色管家”86名，累计办结居民诉求640余件。在#石门身边事#话题下，不少居民留言。\n"
    "下一步，石门县将把“红色管家”推广到全部小区。（记者 周文 通讯员 吴敏）@石门发布 O网页链接 \n"
    "收起d\n"
    " L清河城事的微博视频 \n"
    "\n"
    " 转发 41 \n"
    " 评论 9 \n"
    " 赞 2.3万 \n"
    "\n"
    "\n"
    "湘北晚报 \n"
    "今天 07:30 来自 HUAWEI Mate 60\n"
    "\n"
    "【岩口村“院坝会”议出村里新规矩】#乡村振兴# 在岩口村，每月一次的“院坝会”已经开了三年。"
    "村民围坐在院坝里，商量村里的大事小情。\n"
    "今年以来，院坝会共商议修路、饮水等事项38件，全部落实。#乡村故事#\n"
    "村党支部书记说，院坝会让村民的事由村民商量着办。（湘北晚报记者 林峰）O网页链接 \n"
    "收起全文d\n"
    " 转发 3  评论 1  赞\n"
)


def test_each_post_is_one_article_with_its_headline_and_byline(tmp_path):
    page = tmp_path / "posts.txt"
    page.write_text(_POSTS, encoding="utf-8")
    drafts = process_page(Path(page)).drafts
    assert [(d.title, d.subtitle, d.byline) for d in drafts] == [
        ("石门：“红色管家”让老小区换了新颜", None, "记者 周文 通讯员 吴敏"),
        ("岩口村“院坝会”议出村里新规矩", None, "湘北晚报记者 林峰"),
    ]
    first, second = (d.body for d in drafts)
    assert first.startswith("今年以来，石门县") and "在#石门身边事#话题下" in first
    assert first.rstrip().endswith("把“红色管家”推广到全部小区。")
    assert second.startswith("在岩口村") and "#" not in second and "网页链接" not in second
    for text in (first, second):
        assert not any(word in text for word in ("收起", "微博视频", "转发", "评论", "来自"))


def test_post_heads_and_the_sentences_that_are_none():
    assert is_post_head("12-3 09:41 来自 微博网页版 已编辑")
    assert is_post_head("2026-11-30 18:02 来自 iPhone客户端")
    assert is_post_head("昨天 21:14 来自 微博 weibo.com")
    assert not is_post_head("12月3日9时许，来自全县的200余名党员参加活动。")
    assert not is_post_head("记者 来自 前线")


def test_a_page_with_no_post_head_is_unchanged():
    text = "【工作动态】\n\n今年以来，全县新建驿站12个。（记者 王某）\n转发 3\n"
    assert unfold_posts(text, None) == (text, None)
