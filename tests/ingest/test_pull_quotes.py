"""A pull quote set inside an open sentence between blank lines, repeating a sentence the article prints
(builder/ingest/pullquotes.py; heldout16 p08 shape): furniture, and the sentence it cuts goes on. Invented
lines, and negatives."""

from __future__ import annotations

from builder.ingest import pagelines as kinds
from tests.support.pages import page_articles, page_units

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


# A bold pull quote the extraction doubled character by character, its quote marks too (heldout38 p06's kind):
# read halved, it repeats the sentence the article prints below, so it is furniture and no headline.
_PROFILE = (
    "人　物\n王秀兰：楼道里的“热心人”\n本报记者 赵明\n\n"
    "　　在某某市某某区某某街道某某社区，\n提起网格员王秀兰，大家都竖起大拇指。\n"
    "　　社区有1800多户居民。王秀兰带着\n志愿者挨家挨户上门，建立困难家庭\n\n"
    "““邻邻里里的的事事，，\n就就是是我我的的事事””\n\n"
    "档案，结成帮扶对子126对。\n"
    "　　“邻里的事，就是我的事。”王秀兰\n常这样说。她还牵头开设“楼道课堂”。\n"
)


def _quote_units(page: str) -> list[tuple[str, str]]:
    return [(unit.kind, unit.text) for unit in page_units(page) if "邻里的事，" in unit.text]


def test_a_pull_quote_doubled_char_by_char_is_furniture_and_its_sentence_goes_on():
    assert _quote_units(_PROFILE)[0] == (kinds.FURNITURE, "“邻里的事，就是我的事”")
    (article,) = page_articles(_PROFILE)
    assert article.title == "王秀兰：楼道里的“热心人”"
    body = "".join(block.text for block in article.blocks)
    assert "建立困难家庭档案，结成帮扶对子126对。" in body
    assert "邻邻" not in body and body.count("邻里的事") == 1


def test_a_doubled_quote_the_body_does_not_repeat_is_no_pull_quote():
    page = _PROFILE.replace("“邻里的事，就是我的事。”王秀兰\n常这样说。", "王秀兰说，要把\n好事办好。")
    assert kinds.FURNITURE not in {kind for kind, _ in _quote_units(page)}
