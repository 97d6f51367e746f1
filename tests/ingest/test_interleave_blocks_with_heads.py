"""Two columns read across in blocks of four lines, the second headline in the middle of a run (issue 14, R5).

Two 13-character columns, the extraction reading four lines of the left one, four of the right one, and so on:
the first block holds A's headline, its bare-name byline and two lines of its lead; the second opens with B's
headline (no byline) over B's indented lead (`　　在…`). B's headline, cutting A's line above it mid-sentence,
was read as a text line, so no second article start was seen and the two articles came out as one (B lost).
The headline-shaped line that cuts A's line and does not read on from it, over an indented lead, opens the
second column; the columns go back in reading order, and it becomes B's headline. Invented lines of the kind.
"""

from __future__ import annotations

from builder.ingest.interleave import deinterleave
from builder.ingest.interleave_starts import _lead_under_headline
from builder.ingest.pagelines import HEADLINE
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed
from tests.support.pages import unweaved_page_articles

PAGE = """社区周刊

议事厅里议出邻里和谐
王晓燕 李明
　　每天晚饭后，在海宁市文
苑社区的议事厅里，总有几位
积分超市激活乡村治理
　　在江西省吉安市永丰县佐
龙乡石溪村，村民刘大伯用攒
下的积分换回了一袋大米和两
老党员和居民围坐在一起，商
量小区里的大事小情。自20
21年议事厅启用以来，居民
提出的停车难、加装电梯等问
桶食用油。今年以来，石溪村
把环境卫生、邻里互助等事项
纳入积分管理，村民参与热情
明显提高。
题已经解决了86件。
　　“以前有事找不到人，现
在有了议事厅，大家有话当面
说。”居民陈阿姨说。社区党
　　“积分不多，但大家都觉
得光荣。”村党支部书记说，
目前全村已有320户参与积
分评比，累计兑换物品110
委书记介绍，议事厅每月固定
开放两次，由党员骨干轮流主
持，议定的事项在公示栏公开，
办理结果接受居民评议。
0余件。
"""

# the same columns with B's bare-name byline under its headline (the two starts seen as such)
WITH_BYLINE = """社区周刊

议事厅里议出邻里和谐
王晓燕 李明
　　每天晚饭后，在海宁市文
苑社区的议事厅里，总有几位
积分超市激活乡村治理
刘芳
　　在江西省吉安市永丰县佐
龙乡石溪村，村民刘大伯用攒
老党员和居民围坐在一起，商
量小区里的大事小情。自20
21年议事厅启用以来，居民
提出的停车难、加装电梯等问
下的积分换回了一袋大米和两
桶食用油。今年以来，石溪村
把环境卫生、邻里互助等事项
纳入积分管理，村民参与热情
题已经解决了86件。
　　“以前有事找不到人，现
在有了议事厅，大家有话当面
说。”居民陈阿姨说。社区党
明显提高。
　　“积分不多，但大家都觉
得光荣。”村党支部书记说，
目前全村已有320户参与积
委书记介绍，议事厅每月固定
开放两次，由党员骨干轮流主
持，议定的事项在公示栏公开，
办理结果接受居民评议。
分评比，累计兑换物品110
0余件。
"""

# A's column alone, printed in order, with a subheading under a sentence's end and over an indented paragraph
ONE_COLUMN = """社区周刊

议事厅里议出邻里和谐
王晓燕 李明
　　每天晚饭后，在海宁市文
苑社区的议事厅里，总有几位
老党员和居民围坐在一起，商
量小区里的大事小情。
党员带头解难题
　　自2021年议事厅启用以
来，居民提出的停车难、加装
电梯等问题已经解决了86件。
　　“以前有事找不到人，现
在有了议事厅，大家有话当面
说。”居民陈阿姨说。
"""


def _articles(page: str) -> list[tuple[str | None, str | None, str, str]]:
    articles = unweaved_page_articles(page)
    return [(a.title, a.byline, a.paragraphs[0][:10], a.paragraphs[-1][-8:]) for a in articles]


def test_the_two_columns_give_two_articles_in_reading_order():
    assert _articles(PAGE) == [
        ("议事厅里议出邻里和谐", "王晓燕 李明", "每天晚饭后，在海宁市", "果接受居民评议。"),
        ("积分超市激活乡村治理", None, "在江西省吉安市永丰县", "品1100余件。"),
    ]


def test_with_a_byline_under_the_second_headline_too():
    assert [a[:2] for a in _articles(WITH_BYLINE)] == [
        ("议事厅里议出邻里和谐", "王晓燕 李明"),
        ("积分超市激活乡村治理", "刘芳"),
    ]


def test_the_second_headline_becomes_a_headline():
    with data_dir_fixed():
        units = deinterleave(classify_page(PAGE))
    headline = next(u for u in units if u.text == "积分超市激活乡村治理")
    assert headline.kind == HEADLINE and headline.opens


def test_a_subheading_under_a_sentences_end_is_no_second_start():
    with data_dir_fixed():
        units = classify_page(ONE_COLUMN)
        texts = [u.text for u in units]
        assert [u.text for u in deinterleave(units)] == texts
    assert [a[:2] for a in _articles(ONE_COLUMN)] == [("议事厅里议出邻里和谐", "王晓燕 李明")]


def _lead(lines: str) -> int | None:
    with data_dir_fixed():
        units = classify_page(lines)
        at = next(i for i, u in enumerate(units) if u.text == "积分超市激活乡村治理")
        return _lead_under_headline(units, at)


def test_only_a_headline_cutting_the_line_above_over_an_indented_lead_opens_a_column():
    cut = "议事厅里议出邻里和谐\n王晓燕 李明\n　　每天晚饭后，在海宁市文\n苑社区的议事厅里，总有几位\n"
    assert _lead(cut + "积分超市激活乡村治理\n　　在江西省吉安市永丰县佐\n龙乡石溪村\n") is not None
    # the line above ends its sentence: a subheading of A
    ended = cut.replace("总有几位", "热闹非凡。")
    assert _lead(ended + "积分超市激活乡村治理\n　　在江西省吉安市永丰县佐\n龙乡石溪村\n") is None
    # no indented lead under it: a line of A's text
    assert _lead(cut + "积分超市激活乡村治理\n在江西省吉安市永丰县佐\n龙乡石溪村\n") is None
