"""A pull quote set inside an open sentence between blank lines, repeating a sentence the article prints
(builder/ingest/pullquotes.py; heldout16 p08 shape): furniture, and the sentence it cuts goes on. Invented
lines, and negatives."""

from __future__ import annotations

from tests.support.pages import page_articles

_HEAD = "让“邻里中心”成为社区治理的“会客厅”\n——访某市委组织部部长王明\n本报记者 李华\n\n"
_ANSWER = "王明：过去很多事情社区想办办不了。关键是让\n居民从“看客”变成“主人”。我们推行\n"
_REST = "“议事共商、难题共解”，今年以来共解决\n问题320多个。\n"


def _body(page: str) -> str:
    (article,) = page_articles(page)
    return "".join(block.text for block in article.blocks)


def test_a_pull_quote_repeating_a_sentence_is_furniture():
    page = _HEAD + _ANSWER + "\n“关键是让居民从\n‘看客’变成\n‘主人’。”\n\n" + _REST
    body = _body(page)
    assert "我们推行“议事共商、难题共解”" in body
    assert body.count("看客") == 1


def test_a_quote_the_article_does_not_print_elsewhere_stays_text():
    page = _HEAD + _ANSWER + "\n“大家的事大家商量着办，\n这才有了今天。”\n\n" + _REST
    assert "大家的事大家商量着办" in _body(page)


def test_a_quoted_paragraph_after_a_finished_sentence_stays_text():
    answer = _ANSWER.replace("我们推行\n", "\n")
    page = _HEAD + answer + "\n“关键是让居民从\n‘看客’变成\n‘主人’。”\n\n" + _REST
    assert _body(page).count("看客") == 2
