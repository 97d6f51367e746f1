"""Two columns read across in blocks of six printed lines, B's headline opening a block (issue 14, R9's kind).

A's head (headline, dateline byline) stands over a blank line, then six lines of A's body; B's headline with no
byline cuts A's line mid-sentence, a blank line under it, then B's indented lead: the six printed lines of the
run hold B's headline, the blank and four lines. The blank lines under A's head and under B's headline hid
B's start, so B was lost inside A. B's headline opens the second column; the columns take turns in runs of six
printed lines counted from A's first body line. Invented lines of the kind.
"""

from __future__ import annotations

from builder.ingest.interleave import deinterleave
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed
from tests.support.pages import unweaved_page_articles

PAGE = """社区周刊

“红色管家”进小区 物业服务有了主心骨
本报讯（记者 周敏 通讯员 郑凯）

　　9月12日上午，“红色管家进
万家”启动仪式在宜春市袁州区秀
江街道锦绣社区举行。活动现场发
布了小区物业服务清单，成立了由
党员、楼栋长和物业人员组成的“
红色管家团”，让居民的烦心事有
临川区：网格连心 服务到家

　　“王阿姨，您家的水管修好了，
有事随时打电话。”傍晚时分，抚
州市临川区青云街道文昌社区的网
格员陈丽送走维修师傅，又在工作
人管、有人问。
　　“小区治理的关键在党建引领，
更在物业、业委会和居民拧成一股
绳。”秀江街道党工委书记刘红梅
介绍，街道将以锦绣社区为试点，
把物业服务纳入社区党组织的议事
群里发出了当天的走访记录。
　　文昌社区是个老旧小区集中的社
区，常住人口有2万多，老年人占
了三成。如何让这些居民的诉求及
时得到回应？
　　去年以来，社区党委把辖区划成
范围。
　　据悉，锦绣社区今年以来已化解
物业纠纷46起，新增停车位12
0个，居民满意度明显提升。
18个网格，每个网格配备一名专
职网格员和两名党员志愿者，定期
上门走访，建立起“发现、上报、
办理、反馈”的闭环机制，让小事
不出网格、大事不出社区。
"""

# A's column alone in order: its subheading under a finished sentence, over a blank line and an indented paragraph
ONE_COLUMN = """社区周刊

“红色管家”进小区 物业服务有了主心骨
本报讯（记者 周敏 通讯员 郑凯）

　　9月12日上午，“红色管家进
万家”启动仪式在宜春市袁州区秀
江街道锦绣社区举行。
党建引领聚合力

　　“小区治理的关键在党建引领，
更在物业、业委会和居民拧成一股
绳。”秀江街道党工委书记刘红梅
介绍，街道将以锦绣社区为试点，
把物业服务纳入社区党组织的议事
范围。
"""


def _articles(page: str) -> list[tuple[str | None, str | None, str, str]]:
    articles = unweaved_page_articles(page)
    return [(a.title, a.byline, a.paragraphs[0][:10], a.paragraphs[-1][-8:]) for a in articles]


def _unchanged(page: str) -> bool:
    with data_dir_fixed():
        units = classify_page(page)
        texts = [u.text for u in units]
        return [u.text for u in deinterleave(units)] == texts


def test_the_two_columns_give_two_articles_in_reading_order():
    assert _articles(PAGE) == [
        (
            "“红色管家”进小区 物业服务有了主心骨",
            "本报讯（记者 周敏 通讯员 郑凯）",
            "9月12日上午，“红",
            "满意度明显提升。",
        ),
        ("临川区：网格连心 服务到家", None, "“王阿姨，您家的水管", "、大事不出社区。"),
    ]


def test_each_column_reads_whole():
    articles = unweaved_page_articles(PAGE)
    assert "让居民的烦心事有人管、有人问。" in articles[0].paragraphs[0]
    assert "又在工作群里发出了当天的走访记录。" in articles[1].paragraphs[0]


def test_a_subheading_under_a_finished_sentence_is_no_second_start():
    assert _unchanged(ONE_COLUMN)
    assert [a[:2] for a in _articles(ONE_COLUMN)] == [
        ("“红色管家”进小区 物业服务有了主心骨", "本报讯（记者 周敏 通讯员 郑凯）")
    ]


def test_a_headline_shaped_line_over_two_blank_lines_opens_no_column():
    parted = PAGE.replace("临川区：网格连心 服务到家\n\n", "临川区：网格连心 服务到家\n\n\n")
    assert _unchanged(parted)


def test_a_headline_shaped_line_over_an_unindented_line_opens_no_column():
    flat = PAGE.replace("服务到家\n\n　　“王阿姨", "服务到家\n\n“王阿姨")
    assert _unchanged(flat)
