"""Bylines a narrow column wrapped over two or three lines (tests/corpus/heldout6 k03, three 9-character
columns under three headlines printed together): the dateline `本报讯（通讯` / `员 赵倩 孙` / `浩）` and the
closing credit `（通讯员` / `李娜）`. Before, the middle line `员 赵倩 孙` was taken for a headline printed
between the byline's halves (the third article's title) and the closing credit lost its names."""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE, HEADLINE, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# k03's lines, as printed
_PAGE = (
    "津 门 社 区\n\n"
    "越秀路街道“楼门议事会”议出好办法\n红日社区“睦邻茶馆”化解邻里纠纷\n滨海新区“海河工匠”服务队进园区\n\n"
    "本报讯（记者\n王磊）\n天津市河西区越秀路\n街道在辖区68个楼\n门建立“楼门议事会”，\n由楼门长、党员\n"
    "和居民代表共同商量\n楼内事务。\n\n"
    "天津市南开区嘉陵道\n街道红日社区党委在\n社区活动室开设“睦\n邻茶馆”，邀请退休\n法官、律师和老党员\n"
    "当“调解员”。\n（通讯员\n李娜）\n\n"
    "本报讯（通讯\n员 赵倩 孙\n浩）\n天津市滨海新区组织\n党员技术骨干组建“\n海河工匠”志愿服务\n队54支。\n"
)


def _units(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page)]


def test_a_dateline_wrapped_over_three_lines_is_one_line_of_the_lead():
    units = _units(_PAGE)
    assert (TEXT, "本报讯（通讯员 赵倩 孙浩）") in units
    assert [text for kind, text in units if kind == HEADLINE] == [
        "越秀路街道“楼门议事会”议出好办法",
        "红日社区“睦邻茶馆”化解邻里纠纷",
        "滨海新区“海河工匠”服务队进园区",
    ]


def test_a_closing_credit_wrapped_over_two_lines_is_one_byline():
    assert (BYLINE, "（通讯员 李娜）") in _units(_PAGE)


def test_the_three_articles_keep_their_headlines_and_bylines():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [a.title for a in articles] == [
        "越秀路街道“楼门议事会”议出好办法",
        "红日社区“睦邻茶馆”化解邻里纠纷",
        "滨海新区“海河工匠”服务队进园区",
    ]
    assert [(a.byline or "").replace(" ", "") for a in articles] == [
        "本报讯（记者王磊）",
        "通讯员李娜",
        "本报讯（通讯员赵倩孙浩）",
    ]


def test_a_headline_printed_between_a_bylines_halves_stays_a_headline():
    page = "本报讯（记者 马晓燕 通讯员\n城关街道“红色管家”进小区\n张蕊）“家门口就能办事。”近日，城关街道…\n"
    assert (HEADLINE, "城关街道“红色管家”进小区") in _units(page)


def test_a_bracket_holding_more_than_names_is_no_byline():
    # a sentence's bracket opened after a role word, closed by words that are not names
    page = "居民代表和网格员参加。\n（通讯员\n负责记录，每周汇总一次）\n"
    assert not [text for kind, text in _units(page) if kind == BYLINE and "负责记录" in text]
    dateline = "本报讯（记者\n走访发现，居民\n最关心的是停车）\n"
    assert (TEXT, "本报讯（记者 走访发现，居民最关心的是停车）") not in _units(dateline)


def test_a_wrapped_dateline_bracket_of_names_set_apart_by_a_comma_is_one_byline():
    # R7 r7_02's kind (real, never stored; invented lines): `某某网讯（通讯员何某某、` / `杨某某）8月10日，…`
    page = "某某县：万名志愿者助力文明创建\n某某网讯（通讯员何晓芳、\n杨彦忠）8月10日，某某县启动\n志愿服务活动1100场次。\n"
    article = segment(assemble(classify_page(page)))[0]
    assert article.byline == "某某网讯（通讯员 何晓芳、杨彦忠）"
    assert article.paragraphs[0].startswith("8月10日")
