"""Web and media datelines as bylines (R14, open set: real reports reposted from news sites), in invented lines:

- a site and its app, then the place reported from, `讯`, a space and the writers up to `报道：` glued to the lead
  and wrapped (`南方青石网/青石头条客户端柳岸` / `讯 通讯员王立春、林 川报道：今年…`; a space the extraction left
  inside a name is kept, the colon is the lead's punctuation, not the byline's);
- a site's dateline with the hour (`南方网-新青石客户端3月9日15时讯（通讯员 …）`);
- a printed reporter line (`□记者 林晓风 报道`) over a lead opening with a bare dateline (`本报柳岸讯 “…`): the
  reporter line is the byline, the dateline names no one and opens no article;
- a news app's bare dateline (`云上青石讯`, no 网 nor 客户端 in its name) with a space and its writers up to `报道：`
  (real R28), and roles of two words (`特约记者`, `首席记者`) kept whole.
"""

from __future__ import annotations

import pytest

from builder.ingest.datelines import is_bare_dateline, split_baoxun
from tests.support.pages import page_articles

_HEAD = "2026年3月12日　星期四　　第5版\n"


@pytest.mark.parametrize(
    ("text", "byline", "body"),
    [
        (
            "南方青石网/青石头条客户端柳岸讯 通讯员王立春、林 川报道：今年以来，",
            "南方青石网/青石头条客户端柳岸讯 通讯员 王立春、林 川报道",
            "今年以来，",
        ),
        (
            "南方网-新青石客户端3月9日15时讯（通讯员 罗明 汪洋）“我家有5口人。”",
            "南方网-新青石客户端3月9日15时讯（通讯员 罗明 汪洋）",
            "“我家有5口人。”",
        ),
        ("青石日报柳岸讯 记者林晓风报道 近日，", "青石日报柳岸讯 记者 林晓风报道", "近日，"),
        # a news app's bare dateline, no 网 nor 客户端 in its name, its writers and their roles spaced (real R28:
        # the line was a `##` heading of the body and the article had no byline)
        (
            "云上青石讯 记者 林晓风 特约记者 王小川 通讯员 周一 报道：在荷塘区武陵路街办三桥社区，",
            "云上青石讯 记者 林晓风 特约记者 王小川 通讯员 周一 报道",
            "在荷塘区武陵路街办三桥社区，",
        ),
        (
            "本报讯（特约记者王小川 首席记者林晓风）近日，",
            "本报讯（特约记者 王小川 首席记者 林晓风）",
            "近日，",
        ),
    ],
)
def test_a_web_dateline_and_its_writers_are_split_off_the_lead(text, byline, body):
    assert split_baoxun(text) == (byline, body)


# Negatives: a lead naming a site or quoting a report is no dateline.
@pytest.mark.parametrize(
    "text",
    [
        "南方青石网报道称，荷塘社区近日开展了志愿服务。",
        "青石网格员培训班讯问了居民的需求，",
        "本报讯 记者从荷塘社区获悉，社区近日开展报道：",
        "荷塘社区讯 记者从社区获悉，社区近日开展了志愿服务。",
    ],
)
def test_a_lead_naming_a_site_is_no_web_dateline(text):
    byline, body = split_baoxun(text)
    assert byline in (None, "本报讯")
    assert body.endswith(("。", "，", "：")) and len(body) >= len(text) - 4


def test_is_bare_dateline():
    assert is_bare_dateline("本报柳岸讯") and is_bare_dateline("本报讯")
    assert not is_bare_dateline("本报讯（记者 林晓风）") and not is_bare_dateline("记者 林晓风 报道")


def test_a_web_dateline_glued_to_the_lead_and_wrapped_is_the_byline():
    (article,) = page_articles(
        _HEAD + "青石中学党员进社区志愿服务受欢迎\n"
        "　　南方青石网/青石头条客户端柳岸\n"
        "讯 通讯员王立春、林 川报道：今年\n"
        "以来，青石中学组织党员走进荷塘社\n"
        "区，开展志愿服务活动，取得了良好\n"
        "的效果。\n"
    )
    assert article.byline is not None and article.byline.replace(" ", "") == (
        "南方青石网/青石头条客户端柳岸讯通讯员王立春、林川报道"
    )
    assert article.text.startswith("今年以来，青石中学")


def test_a_web_dateline_with_its_hour_is_the_byline():
    (article,) = page_articles(
        _HEAD + "柳岸乡：集体经济分红村民喜笑颜开\n"
        "　　南方网-新青石客户端3月9日15时讯\n"
        "（通讯员 罗明 汪洋）“我家有5口人，今\n"
        "天领到分红300元！”青石县柳岸乡荷塘\n"
        "村村民陈小梅笑着说。\n"
    )
    assert article.byline == "南方网-新青石客户端3月9日15时讯（通讯员 罗明 汪洋）"
    assert article.text.startswith("“我家有5口人")


_REPORTER_OVER_DATELINE = (
    _HEAD + "“红色物业”进驻老旧小区\n"
    "□记者 林晓风 报道\n"
    "　　本报柳岸讯 “小区建设年代久远，\n"
    "功能设施匮乏。”柳岸市青石区荷塘街道\n"
    "杏林社区居民陈女士说。\n"
    "　　进入5月份，杏林社区以“红色物业”\n"
    "模式为主线，对小区进行全面改造。\n"
)


def test_a_bare_dateline_under_the_reporter_line_is_no_byline_nor_a_new_article():
    (article,) = page_articles(_REPORTER_OVER_DATELINE)
    assert article.title == "“红色物业”进驻老旧小区"
    assert article.byline == "记者 林晓风 报道"
    assert article.text.startswith("“小区建设年代久远")


def test_a_bare_dateline_after_a_finished_article_still_opens_the_next():
    page = _REPORTER_OVER_DATELINE + (
        "\n　　本报青石讯 近日，青石县柳岸乡荷塘村召开村民\n大会，商议集体经济分红。\n"
    )
    found = page_articles(page)
    assert len(found) == 2
    assert found[1].text.startswith("近日，青石县柳岸乡")


@pytest.mark.parametrize("cut", ["特约记者\n 王小川", "特约记者\n王小川", "特约记者 王小川"])
def test_a_news_apps_dateline_the_wrap_cut_is_the_byline_not_a_heading(cut):
    """Real R28's kind: the wrap cut the app's dateline after a role (`云上青石讯 记者 林晓风 特约记者` / ` 王小川
    通讯员 周一 报道：在荷塘…`, the second line maybe opening with the space); the short first line was a `##`
    heading of the body and the article had no byline."""
    page = (
        "三桥社区：志愿服务延伸到楼栋\n\n"
        f"　　云上青石讯 记者 林晓风 {cut} 通讯员 周一 报道：在荷塘\n"
        "区武陵路街办三桥社区，眼下正活跃着几十名志\n"
        "愿者和楼栋长，他们主动建立楼栋的居民微信群。\n"
        "　　今年以来，三桥社区将9个大网格细化为38个\n"
        "小网格，志愿服务延伸到最基层。\n"
    )
    (article,) = page_articles(page)
    assert article.byline == "云上青石讯 记者 林晓风 特约记者 王小川 通讯员 周一 报道"
    assert article.paragraphs[0].startswith("在荷塘区武陵路街办三桥社区")
    assert all(b.kind == "text" for b in article.blocks)
