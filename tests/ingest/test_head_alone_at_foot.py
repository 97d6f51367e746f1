"""Perturbation kind `head_end` (invented lines): a page printing its last article's head under the body, after a
blank line, with only the page's footer under it (`…才能既有温度。` / blank / `某某工作要下“绣花功夫”` / blank /
`第4版　责任编辑：…`), the body opening under a column's label (`【某某时评】` over its byline). The head was read
as the body's last paragraph and the label titled the article. The head is a headline (its `——` subtitle with it)
and titles the body above it when the label shares fewer of the body's words. Negatives: a sentence-shaped last
line stays text; a headline of the body's own is kept."""

from __future__ import annotations

from tests.support.pages import page_articles

_LABEL_OVER_BODY = """【青禾时评】
本报评论员 柯一鸣

　　基层工作要下“绣花功夫”，就要把每一件
小事当成大事来办，多到群众中间走一走。
　　绣花功夫，绣的是民心。只有沉下心来，
基层工作才能既有力度又有温度。

基层工作要下“绣花功夫”
——谈谈基层工作的细处

第4版　责任编辑：周某
"""


def test_a_head_at_the_foot_titles_the_body_over_it_not_the_label():
    (article,) = page_articles(_LABEL_OVER_BODY)
    assert article.title == "基层工作要下“绣花功夫”"
    assert article.subtitle == "谈谈基层工作的细处"
    assert "绣花功夫”\n" not in article.text and not article.text.rstrip().endswith("细处")


def test_a_headline_of_the_bodys_own_is_kept():
    page = _LABEL_OVER_BODY.replace("【青禾时评】", "基层工作要下“绣花功夫”")
    (article,) = page_articles(page.replace("基层工作要下“绣花功夫”\n——谈谈", "青禾某某工作见闻\n——谈谈"))
    assert article.title == "基层工作要下“绣花功夫”"


def test_a_last_line_that_is_a_sentence_stays_text():
    ends = _LABEL_OVER_BODY.replace("基层工作要下“绣花功夫”\n——谈谈基层工作的细处", "这是大家的共同心愿。")
    (article,) = page_articles(ends)
    assert article.title == "【青禾时评】"
    assert "共同心愿" in article.text
