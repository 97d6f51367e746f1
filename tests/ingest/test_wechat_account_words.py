"""A WeChat copy whose account line dates the post in words, whose call to follow opens with a pictograph, and whose
author is signed `文｜王某` (copiedpages.py). Invented lines."""

from __future__ import annotations

from builder.ingest.copiedpages import is_copied_page_furniture
from builder.ingest.units import classify_page


def test_account_line_dated_in_words_is_furniture() -> None:
    assert is_copied_page_furniture("原创　东川发布　2026年3月9日 08:15　云南")
    assert is_copied_page_furniture("东川发布 2026-03-09 08:15")


def test_call_to_follow_after_a_pictograph_is_furniture() -> None:
    assert is_copied_page_furniture("👆点击上方蓝字　关注我们")


def test_sentences_are_not_furniture() -> None:
    assert not is_copied_page_furniture("2026年3月9日，东川区召开志愿服务推进会。")
    assert not is_copied_page_furniture("👉今年以来，志愿者累计服务1.2万小时。")


def test_headline_and_author_of_a_wechat_copy() -> None:
    page = "\n".join(
        [
            "东川：“蓝马甲”跑出服务加速度",
            "原创　东川发布　2026年3月9日 08:15　云南",
            "",
            "👆点击上方蓝字　关注我们",
            "",
            "文｜陈刚",
            "",
            "在东川区的街头巷尾，常能看到身穿蓝马甲的志愿者。",
        ]
    )
    units = [(u.kind, u.text) for u in classify_page(page)]
    assert units[0] == ("headline", "东川：“蓝马甲”跑出服务加速度")
    assert ("byline", "陈刚") in units


def test_author_label_in_the_body_is_not_a_byline() -> None:
    page = "\n".join(
        [
            "　　东川区的志愿者常年服务在街头巷尾，服务群众。",
            "文｜陈刚",
            "　　今年以来，志愿者累计服务1.2万小时。",
        ]
    )
    assert "byline" not in [u.kind for u in classify_page(page)]


def test_foot_of_a_wechat_copy_is_furniture() -> None:
    page = "\n".join(
        [
            "　　志愿者累计服务1.2万小时，群众满意。",
            "",
            "图片｜李明　编辑｜王芳　审核｜赵强",
            "",
            "▼往期推荐▼",
            "东川：百名“土专家”下田头",
            "东川这个小区的“议事亭”火了",
            "",
            "阅读原文",
            "赞 21　　在看 5",
            "留言",
            "老周：为蓝马甲点赞",
            "东川人在昆明：家乡越来越好了",
        ]
    )
    units = classify_page(page)
    assert [u.kind for u in units[1:]] == ["furniture"] * 9


def test_lines_after_a_list_label_and_a_blank_are_not_furniture() -> None:
    page = "\n".join(
        ["往期推荐", "东川：百名“土专家”下田头", "", "　　东川区的志愿者常年服务在街头巷尾，服务群众。"]
    )
    assert classify_page(page)[-1].kind == "text"
    assert not is_copied_page_furniture("赞助商12家参与活动")


def test_reading_app_furniture() -> None:
    for line in [
        "< 返回　　　　分享 ···",
        "全文共2,041字　阅读约需6分钟",
        "字号：小 中 大　夜间模式",
        "—— 本文由「随阅」App转载自南湖日报，版权归原作者所有 ——",
        "打开App，查看更多精彩内容",
    ]:
        assert is_copied_page_furniture(line), line


def test_sentences_about_apps_are_not_furniture() -> None:
    assert not is_copied_page_furniture("打开App就能预约社区食堂，老人们都说方便。")
    assert not is_copied_page_furniture("本文所说的“红色驿站”共有58个。")
    assert not is_copied_page_furniture("全文共分三个部分，讲了社区的做法。")
