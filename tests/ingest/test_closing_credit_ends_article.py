"""heldout14 p01's kind (issue 14): a closing credit (`■记者 王建平`) set right under a finished article's last
sentence, a blank line under it, then a body whose head is printed elsewhere on the page (both heads stacked
at the top, one glued to its site dateline) and whose lead names no headline's place as the page reads it.
Since 37e75c5 the credit signs the article above (right), but then nothing cut the next body off: one article
was lost. The credit is read both ways now: it signs the article above and ends it, so the paragraph after the
blank line under it opens the next article. Also the page's `本版投稿邮箱：…` at the foot is furniture (it was
the new article's title). Lines invented in the kind."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_HEAD = "晋豫周报\n2026年4月10日  星期五\n第 3 版 · 基层党建\n\n湖滨区“板凳会”\n开进小巷\n\n"
_FIRST = (
    "　　本报4月8日讯 三门峡市湖\n滨区把议事会开到巷口，建起“板凳\n会”52个。\n"
    "　　区委组织部负责人介绍，下一步将\n把评议结果纳入述职评议。\n"
)
_SECOND = "　　洛阳市西工区凯旋路街道有老旧\n院落31个，住着1800余户居民。\n　　街道选出“院落管家”31名。\n"


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_the_body_after_a_closing_credit_and_a_blank_line_is_the_next_article():
    articles = _articles(_HEAD + _FIRST + "■记者 王建平\n\n" + _SECOND + "\n本版投稿邮箱：jd@example.org\n")
    assert len(articles) == 2
    assert articles[0].byline == "记者 王建平"
    assert articles[0].paragraphs[-1].endswith("纳入述职评议。")
    assert articles[1].paragraphs[0].startswith("洛阳市西工区凯旋路街道")
    assert all("投稿邮箱" not in p for a in articles for p in a.paragraphs)
    assert articles[1].title != "本版投稿邮箱：jd@example.org"


def test_a_credit_with_no_blank_line_under_it_ends_nothing_more():
    # the next line right under the credit: the byline rules read the marked line as the next body's byline
    articles = _articles(_HEAD + _FIRST + "\n■记者 王建平\n" + _SECOND)
    assert len(articles) == 2 and articles[1].byline == "记者 王建平"


def test_a_credit_bracket_inside_an_unfinished_sentence_ends_nothing():
    # a credit in brackets at the end of a line whose sentence goes on: no closing credit, no cut
    page = (
        _HEAD + "　　本报4月8日讯 三门峡市湖滨区建起\n“板凳会”52个（记者 王建平）\n\n　　和“院落管家”31名。\n"
    )
    assert len(_articles(page)) == 1


def test_the_pages_mailbox_or_hotline_is_furniture_a_sentence_naming_it_is_not():
    assert is_furniture_line("本版投稿邮箱：jd@example.org")
    assert is_furniture_line("本报新闻热线：0398-2880000")
    assert not is_furniture_line("本版投稿邮箱：jd@example.org，欢迎来稿。")
