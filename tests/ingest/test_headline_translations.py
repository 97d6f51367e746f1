"""A headline with its English translation printed on the line under it (heldout26 p04's kind, issue 14): the
translation was read as a line of the head, which hid the headline from every head rule and ran into the lead,
so the heads were lost and the translation ended a paragraph. Such a line (three Latin words or more, no Chinese,
under an unindented Chinese head line standing after a blank line) is dropped before the lines are read
(builder.ingest.latinlabels.translations_off). Lines invented in the kind of the page; negatives: an English line
inside a paragraph (under a body line), two Latin words, a line under a sentence's end.

Also a reporter line glued to a lead whose first line the wrap cut short (`　　本报记者 某某　某某市某某县是革命` /
`老区。…`): the lead's piece fills its line's end, so it opens a paragraph, no short heading of its own (it was lost).
"""

from __future__ import annotations

from builder.ingest.latinlabels import translations_off
from tests.support.pages import page_articles

PAGE = """乡村振兴进行时
RURAL REVITALIZATION IN PROGRESS

青岭县出台八条措施激活村集体经济
Qingling County Issues Eight Measures to Boost Village Collective Economy

　　本报讯（记者 周明远）近日，青岭县委
组织部出台八条措施，推动村集体经济提质
增效，全县村集体经济收入同比增长18%。
　　措施实施以来，全县已有156个村的集
体经济收入超过10万元。

南坪镇：“果园议事会”议出好光景
Nanping Town: An "Orchard Council" Talks Its Way to Good Times
本报记者 林晓雯　通讯员 吴岳

　　南坪镇组织果农成立“果园议事会”，每
月商议一次种植和销售中的难题，议定事项
由村党支部牵头落实。
　　今年，全镇果品销售额达到6200万元。
"""


def test_the_translations_are_no_part_of_the_heads_or_bodies():
    articles = page_articles(PAGE)
    assert [a.title for a in articles] == [
        "青岭县出台八条措施激活村集体经济",
        "南坪镇：“果园议事会”议出好光景",
    ]
    assert [a.byline for a in articles] == ["本报讯（记者 周明远）", "本报记者 林晓雯\u3000通讯员 吴岳"]
    assert not any("Council" in p or "Measures" in p for a in articles for p in a.paragraphs)
    assert articles[0].paragraphs[-1].endswith("超过10万元。")


def _kept(lines: list[str]) -> list[str]:
    numbers = list(range(1, len(lines) + 1))
    translations_off(lines, numbers)
    assert len(numbers) == len(lines)
    return lines


def test_a_translation_goes_with_its_printed_line_number():
    lines = ["", "社区食堂开进老街巷", "Community Canteens Open in the Old Lanes", "　　近日，…"]
    numbers = [1, 2, 3, 4]
    translations_off(lines, numbers)
    assert lines == ["", "社区食堂开进老街巷", "　　近日，…"]
    assert numbers == [1, 2, 4]


def test_latin_lines_that_are_no_translation_stay():
    inside = ["　　他们把项目命名为", "Smart Community Service Platform", "，今年上线。"]
    assert _kept(list(inside)) == inside  # under an indented body line
    two_words = ["", "社区食堂开进老街巷", "Community Canteens", "　　近日，…"]
    assert _kept(list(two_words)) == two_words
    sentence = ["", "大家都说好。", "Everyone says it works well", "　　近日，…"]
    assert _kept(list(sentence)) == sentence
    body = ["　　居民们说，这本书的名字是", "青山县城里的小巷", "The Lanes of the Old Town Green"]
    assert _kept(list(body)) == body  # the line above is no head (no blank line over it)


GLUED = """社区“夜校”开到家门口

　　本报记者 梁子涵　六安市青禾县是革命
老区。县委组织部在全县开办“夜校”，
利用农闲和晚上时间组织党员群众学政策。
　　目前，全县已建成夜校教学点86个。
"""


def test_a_lead_glued_to_its_byline_opens_a_paragraph_even_when_its_line_is_cut_short():
    (article,) = page_articles(GLUED)
    assert article.byline == "本报记者 梁子涵"
    assert article.title == "社区“夜校”开到家门口"
    assert article.paragraphs[0].startswith("六安市青禾县是革命老区。县委组织部")
    assert not [b for b in article.blocks if b.kind != "text"]
