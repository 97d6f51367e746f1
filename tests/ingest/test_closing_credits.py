"""A marked reporter line set right under an article's last sentence signs that article (builder/ingest/
closingcredits.py), also when the next body opens with no headline of its own (the page's headlines printed
together at its top): invented page of the kind of damage R9 showed, and negatives."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_HEAD = (
    "闽北城乡报\n第3版  基层治理\n\n    社区开了“议事角”，\n    邻里有事来“商量”\n\n"
    "  建阳这个社区，获评省级“和谐社区”！\n\n"
)
_FIRST = "　　本报5月8日讯 清早八点，宁德市\n蕉城区东湖社区党委书记陈玉兰带着\n干部走进小区。这样的走访，她坚持\n了六年。\n"
_SECOND = "　　近日，南平市建阳区潭城街道童游\n社区获评省级“和谐社区”，全区共\n有3个社区获此称号。\n"


def _bylines(page: str) -> list[str | None]:
    return [a.byline for a in segment(assemble(classify_page(page)))]


def test_a_marked_credit_under_the_last_sentence_signs_the_article_above():
    page = _HEAD + _FIRST + "    ■记者 吴静 通讯员  林燕\n\n" + _SECOND
    assert _bylines(page) == ["记者 吴静 通讯员 林燕", None]


def test_a_marked_byline_after_a_blank_line_over_its_body_opens_it():
    page = _HEAD + _FIRST + "\n■记者 吴静 通讯员 林燕\n" + _SECOND
    assert _bylines(page)[-1] == "记者 吴静 通讯员 林燕"


def test_an_unmarked_reporter_line_under_the_text_over_a_body_is_left_as_before():
    page = _HEAD + _FIRST + "记者 吴静 通讯员 林燕\n\n" + _SECOND
    assert _bylines(page)[0] != "记者 吴静 通讯员 林燕"


def test_on_a_page_whose_bodies_open_under_their_bylines_the_marked_line_opens_the_next():
    page = (
        "第 2 版\n\n本报记者 郑海\n"
        + _SECOND
        + "■记者 吴静 通讯员 林燕\n\n"
        + _FIRST.replace("本报5月8日讯 ", "")
    )
    assert _bylines(page)[-1] == "记者 吴静 通讯员 林燕"
