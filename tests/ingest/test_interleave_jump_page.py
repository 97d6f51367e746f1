"""A jump page interleaved in blocks of three lines with a second column (issue 14, heldout7 m08).

`（上接第1版）`, the jump headline `“网格+警格”织密平安网`, one line of its body, then the second article's headline
`东港区“渔嫂调解队”化解渔村纠纷` cutting that line mid-sentence, over its lead naming its place in full
(`日照市东港区…`), then the two columns three lines each. Both articles were one, titled by a clause of the lead;
the continued article was lost. The jump headline and the headline over the lead are headlines, each titling its
column, and the columns go back in reading order.
"""

from __future__ import annotations

from tests.support.pages import unweaved_page_articles

# heldout7 m08's first stretch, as printed (14-character wraps)
M08 = """第 2 版  要闻


（上接第1版）
“网格+警格”织密平安网
在常熟市虞山街道，每个社区都
东港区“渔嫂调解队”化解渔村纠纷
日照市东港区在沿海渔村组建“
渔嫂调解队”11支，吸纳渔嫂、
配有一名社区民警和若干名网格
员，民警每周至少两次到网格与
网格员一起走访。去年以来，全
老党员等130余人参与，今年
以来调解渔船碰撞、用工报酬等
纠纷210起。调解队还定期开
市共建成“网格+警格”联勤工
作站86个，联合化解矛盾纠纷
3100余起，全市刑事警情同
展普法宣传，帮助渔民学法用法。
（王红梅）
比下降12.4%。市委政法委
有关负责人表示，将继续推动网
格与警格深度融合，让群众的安
全感成色更足。
"""


def _articles(page: str) -> list[tuple[str | None, str | None, str]]:
    articles = unweaved_page_articles(page)
    return [(a.title, a.byline, "".join(a.paragraphs)[-8:]) for a in articles]


def test_the_jump_page_gives_two_articles_with_their_headlines():
    assert _articles(M08) == [
        ("“网格+警格”织密平安网", None, "安全感成色更足。"),
        ("东港区“渔嫂调解队”化解渔村纠纷", "王红梅", "助渔民学法用法。"),
    ]


def test_a_headline_whose_place_the_line_under_it_does_not_name_is_no_second_start():
    page = M08.replace("日照市东港区在沿海渔村组建“", "日照市岚山区在沿海渔村组建“")
    assert len(_articles(page)) == 1


def test_without_the_jump_marker_the_page_is_left_as_printed():
    page = M08.replace("（上接第1版）\n", "")  # no jump page: the rule of headlines inside a column stays off
    assert _articles(page) == [("日照市东港区在沿海渔村组建“渔嫂调解队”11支", "王红梅", "助渔民学法用法。")]
