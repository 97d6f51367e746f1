"""A headline printed right above its body with no byline (one-article pages, pages of short reports), its
kicker or deck, a page label with a middle dot, a closing line of reporters' names: on the damaged lines of the
invented corpus (c19, c20) and of the seeds, which must not change."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, KICKER, SUBTITLE
from builder.ingest.paragraphs import assemble
from builder.ingest.read import read_page
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "corpus" / "pages"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(text) if u.kind != "text"]


def articles_of(text: str):
    return segment(assemble(classify_page(text)))


def test_the_headline_of_a_one_article_page_without_byline_is_its_title():
    # c19: a headline longer than the 13-character column, a blank line, the body; no 本报讯 at all
    page = read_page(PAGES / "c19.txt").text
    (article,) = articles_of(page)
    assert (article.title, article.byline, article.title_generated) == (
        "枫桥镇“老杨调解室”一年化解纠纷300余起",
        None,
        False,
    )
    assert article.paragraphs[0].startswith("近日，记者走进绍兴市诸暨市枫桥镇")


def test_a_headline_on_the_first_line_followed_straight_by_the_lead():
    page = "枫桥镇“老杨调解室”一年化解纠纷300余起\n近日，记者走进绍兴市诸暨市\n枫桥镇“老杨调解室”，退休\n民警杨建国正在调解纠纷。\n"
    (article,) = articles_of(page)
    assert article.title == "枫桥镇“老杨调解室”一年化解纠纷300余起"
    assert article.paragraphs == [
        "近日，记者走进绍兴市诸暨市枫桥镇“老杨调解室”，退休民警杨建国正在调解纠纷。"
    ]


def test_three_reports_without_bylines_each_under_its_headline():
    # c20: `民生·社区` over the first headline; `■ 陈晨 刘洋` closes the first report; the second headline
    # stands after two blank lines, the third after one (its place, 仪征市, named again in its lead)
    page = read_page(PAGES / "c20.txt").text
    assert kinds(page) == [
        (FURNITURE, "民生·社区"),
        (HEADLINE, "东关街道“红色议事厅”议出小区新变化"),
        (BYLINE, "（陈晨 刘洋）"),
        (HEADLINE, "邗江区60名“网格管家”走进楼栋"),
        (HEADLINE, "仪征市：退役军人当上护学志愿者"),
    ]
    found = [(a.title, a.byline, a.paragraphs[0][:8]) for a in articles_of(page)]
    assert found == [
        ("东关街道“红色议事厅”议出小区新变化", "陈晨 刘洋", "近日，扬州市广陵"),
        ("邗江区60名“网格管家”走进楼栋", None, "3月以来，扬州市"),
        ("仪征市：退役军人当上护学志愿者", None, "每天早晚上下学时"),
    ]


def test_a_deck_line_under_the_headline_is_its_subtitle_and_a_kicker_over_it_too():
    deck = "宁夏为社区减负\n出台村级工作事项清单\n\n近日，宁夏回族自治区出\n台为基层减负的措施。\n"
    (article,) = articles_of(deck)
    assert (article.title, article.subtitle) == ("宁夏为社区减负", "出台村级工作事项清单")
    kicker = "把服务送到居民心坎上\n红旗街道便民圈越织越密\n\n近日，长春市朝阳区红旗街\n道建成便民服务圈。\n"
    assert kinds(kicker) == [(KICKER, "把服务送到居民心坎上"), (HEADLINE, "红旗街道便民圈越织越密")]
    (article,) = articles_of(kicker)
    assert (article.title, article.subtitle) == ("红旗街道便民圈越织越密", "把服务送到居民心坎上")
    assert SUBTITLE in [u.kind for u in classify_page(deck)]


def test_section_heads_inside_an_article_start_no_article():
    # 003: `见行见效 强化思想引领` between two paragraphs of one article, its paragraph opening with 连日来
    section = (
        "积极探索创新管理模式，有力提升新兴领域党员队伍教育管理服务水平。\n\n"
        "见行见效 强化思想引领\n\n"
        "连日来，崇信县90后快递员侯大博常常忙得顾不上吃饭。\n"
    )
    assert HEADLINE not in [kind for kind, _ in kinds("近年来，平凉市委“两新”工委结合实际。\n\n" + section)]
    # 004: a two-line section head (`注重“微服务”` / `提升居民群众新生活`) whose paragraph names a county
    stacked = (
        "享的社区治理格局。\n\n注重“微服务”\n提升居民群众新生活\n\n"
        "在桐梓县海校街道海校社\n区活跃着一群热心肠的志愿者。\n"
    )
    assert [kind for kind, _ in kinds("近年来，桐梓县推进治理。\n" + stacked)] == []


def test_a_line_that_goes_on_in_the_next_paragraph_is_no_headline():
    # the top of a page cut mid-sentence: the line's word goes on under the blank line (`书` / `记…`)
    page = "社区党组织书\n\n记带头走访，收集居民意见12条，推动\n问题逐一解决。\n"
    assert HEADLINE not in [kind for kind, _ in kinds(page)]


def test_names_after_a_blank_line_under_an_article_are_its_closing_byline_only_before_a_headline():
    opening = "近日，扬州市广陵区东关街道建起议事厅。\n\n■ 陈晨 刘洋\n\n近日，邗江区选派机关党员担任网\n格管家，每周走访。\n"
    assert (BYLINE, "（陈晨 刘洋）") not in kinds(
        opening
    )  # the next article's byline, its text right under it
