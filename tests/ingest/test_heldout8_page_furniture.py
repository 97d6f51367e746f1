"""Page furniture heldout8 n04 showed (issue 14): a column label spaced out at the page's head right over the
first headline and its byline (`评  论` / headline / `■林海燕`) became an article of its own titled `评论`;
an author's note under a commentary (`（作者系…副教授）`) stood as an open last line, so the next headline,
glued to its `本报讯`, was read as the commentary's text (the next article lost). Lines invented in the
kinds of the page.
"""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line
from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

PAGE = (
    "某某基层报\n2026年8月4日\n第 5 版\n\n"
    "评  论\n基层治理要多听“百姓声”\n■周晓梅\n"
    "基层治理千头万绪，落脚点是群\n众的获得感。要把群众的“急难\n愁盼”作为工作清单，多到田间\n地头听真话。\n"
    "说到底，治理没有捷径，多听\n百姓声，才能赢得民心。\n"
    "（作者系某某大学公共管理学院讲师）\n\n"
    "万宁市：“码头党建”守护出海平安本报讯（记者 黎小海 通讯员\n吴岚）\n"
    "万宁市在港北、乌场等渔港成立\n渔业党支部6个，把800余名渔\n民党员纳入“海上网格”管理。\n"
    "今年以来，开展安全培训20场，\n整改隐患300处。\n"
)


def _articles(text: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(text)))


def test_the_spaced_label_and_the_authors_note_are_furniture():
    commentary, report = _articles(PAGE)
    assert (commentary.title, commentary.byline) == ("基层治理要多听“百姓声”", "周晓梅")
    assert "作者系" not in "".join(commentary.paragraphs)
    assert commentary.paragraphs[-1].endswith("才能赢得民心。")
    assert report.title == "万宁市：“码头党建”守护出海平安"
    assert report.byline.replace(" ", "") == "本报讯（记者黎小海通讯员吴岚）"
    assert report.paragraphs[0].startswith("万宁市在港北")


def test_a_short_label_over_a_headline_and_its_byline_at_the_head():
    page = "要闻\n全市推行“社区夜话”收集民意\n本报记者 张晓明\n全市各社区每周举办“社区夜话”，\n收集意见建议300余条。\n"
    (article,) = _articles(page)
    assert (article.title, article.byline) == ("全市推行“社区夜话”收集民意", "本报记者 张晓明")


def test_a_spaced_label_over_a_lead_stays_what_it_was():
    # not over a headline: a spaced line over a paragraph is no column label of this kind
    page = "评  论\n基层治理千头万绪，落脚点是群众的获得感。\n"
    assert all(a.title != "评论" or a.paragraphs for a in _articles(page))


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("（作者系海南大学马克思主义学院副教授）", True),
        ("（作者单位：某某市委党校）", True),
        ("(作者为某某区委组织部干部)", True),
        ("（记者 张三 通讯员 李四）", False),  # a closing credit, the byline
        ("作者系统梳理了近年来的做法。", False),  # a sentence
        ("（作者系某某大学教授。本文有删节）", False),  # more than who the author is
    ],
)
def test_an_authors_note(line, furniture):
    assert is_furniture_line(line) is furniture


def test_a_pages_name_on_its_first_line_over_the_dated_furniture_line_is_its_masthead():
    # R7 r7_03's kind (real, never stored; invented lines): a name with no paper suffix over the date line,
    # then a two-part column label, then the headlines printed together
    page = (
        "陇粤津基层观察\n2026年5月12日 星期二   第 3 版\n乡村振兴·社区\n\n某某 抱团联营助力村集体经济发展\n\n"
        "本报记者 某某某\n  某某县推行抱团联营，今年村集体经济收入增长20%。\n"
    )
    units = classify_page(page)
    assert [u.text for u in units if u.kind == FURNITURE][:3] == [
        "陇粤津基层观察",
        "2026年5月12日 星期二   第 3 版",
        "乡村振兴·社区",
    ]
    # a headline-length first line over text is no masthead
    plain = "某某县抱团联营助力村集体经济发展\n本报记者 某某某\n  某某县推行抱团联营。\n"
    assert classify_page(plain)[0].kind != FURNITURE
