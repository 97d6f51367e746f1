"""Three columns read across line by line under two heads stacked above them (issue 14, R9's kind).

Two heads stand over the run, a blank line under them; the columns open with their indented leads, and the
first article runs on into the second column. Column B's first line is short and headline-shaped
(`　　由于辖区老年人多、独居`): it was taken for the first column's headline, A's first line left above it as
furniture, and the columns came out in the wrong order (B, C, A). An indented line opens a paragraph, no
column's head. Under the run's blank line the second column's last lines still take turns with the third
column's subheading (`…参与的居` / blank / `民也多了…` / `调解员都是“老娘舅”` / `观者变成了…`): a line reading on
from a column left mid-sentence goes to it, the others (and the blank lines) go on with the last column.
Invented lines of the kind.
"""

from __future__ import annotations

from builder.ingest.interleave_rows import carry_on, unweave_page
from builder.util.paths import data_dir_fixed

PAGE = """城乡周刊
第3版  社区治理

老有所乐 幸福满满
本报记者 林海

一扇门里解纷争

　　天刚亮，退休教师张大爷
　　由于辖区老年人多、独居
　　走进青山镇调解中心大厅
便在社区党群服务中心里和几
老人做饭难，社区开办了长者
的几位村民正在窗口登记，墙
位老伙计一起练起了书法。
食堂，每天中午为八十岁以上
上的调解流程图一目了然，调
　　一年前，这里还是几间闲
老人提供午餐，行动不便的由
解员正在为他们化解邻里之间
置的办公室。社区党委把它们
志愿者送餐上门。
的矛盾。
腾出来，改成了书画室、棋牌
　　今年以来，社区组织党员
　　这是青山镇推行“一站式”
室和阅览室，居民们有了家门
志愿者开展上门服务，帮助独
调解以来的日常场景。让群
口的好去处。
居老人解决了水电维修、代买
众办事最多只跑一次。
　　“以前没地方去，现在天
代办等难题，居民的满意度不
天都想来。”张大爷笑着说。
断提高，服务多了，参与的居

民也多了，越来越多的人从旁
调解员都是“老娘舅”
观者变成了参与者，一起为社

区出力。
　　调解员大多是村里德高望重的老党员，
熟悉村情民意，说话群众信得过。
"""


def _unwoven(page: str) -> list[str]:
    with data_dir_fixed():
        text, _ = unweave_page(page)
    return [line.strip() for line in text.split("\n")]


def test_the_columns_come_back_in_order_from_the_first_line():
    lines = _unwoven(PAGE)
    a, b, c = (
        lines.index(x) for x in ("天刚亮，退休教师张大爷", "由于辖区老年人多、独居", "走进青山镇调解中心大厅")
    )
    assert a < b < c
    assert lines[a + 1] == "便在社区党群服务中心里和几"
    assert lines[b + 1].startswith("老人做饭难")


def test_a_column_left_open_goes_on_under_the_blank_line():
    lines = _unwoven(PAGE)
    at = lines.index("断提高，服务多了，参与的居")
    assert lines[at + 1 : at + 4] == ["民也多了，越来越多的人从旁", "观者变成了参与者，一起为社", "区出力。"]
    # the third column keeps its subheading and the paragraph under it, after its own text
    sub = lines.index("调解员都是“老娘舅”")
    assert lines.index("众办事最多只跑一次。") < sub < lines.index("调解员大多是村里德高望重的老党员，")
    assert lines.index("区出力。") < lines.index("走进青山镇调解中心大厅")


def test_columns_that_end_their_sentences_take_no_line_under_the_run():
    lines = ["甲", "一句话说完了。", "另一句也说完了。", "", "民也多了，越来越多的人从旁"]
    columns = [[0, 1], [2]]
    with data_dir_fixed():
        assert carry_on(lines, 0, 3, columns) == 3
    assert columns == [[0, 1], [2]]


def test_a_line_that_does_not_read_on_from_the_open_column_stays():
    lines = ["断提高，服务多了，参与的居", "就能解决问题。", "", "调解员都是“老娘舅”", "熟悉村情民意。"]
    columns = [[0], [1]]
    with data_dir_fixed():
        assert carry_on(lines, 0, 2, columns) == 2
    assert columns == [[0], [1]]


def test_an_indented_line_under_the_run_opens_a_paragraph_of_the_last_column():
    lines = ["断提高，服务多了，参与的居", "就能解决问题。", "", "　　民也多了，越来越多的人从旁"]
    columns = [[0], [1]]
    with data_dir_fixed():
        assert carry_on(lines, 0, 2, columns) == 2
