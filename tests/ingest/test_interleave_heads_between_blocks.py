"""Two columns read across in blocks parted by blank lines, the second headline on a block of its own (R16 r16_04).

Two 13-character columns, the extraction reading four lines of the left one, then four of the right one, a
blank line after each block: A's headline on top (no byline), A's first block left mid-sentence, then B's
headline (wrapped, `…社区：` / `…`) on a block of its own, then B's first block, A's second, and so on; B goes
on alone after A's closing credit. No article start was seen (no byline under either headline, B's headline
read as a text line) and the two came out as one article. The headline-shaped line between blank lines that
cuts A's line off mid-sentence and does not read on from it opens the second column; each block stays whole in
one column, the columns taking turns until one ends. Invented lines of the kind.
"""

from __future__ import annotations

from builder.ingest.interleave_blockheads import by_blocks, heads_between_blocks
from builder.ingest.interleave_split import ColumnSplit
from builder.util.paths import data_dir_fixed
from tests.support.pages import page_units, unweaved_page_articles

PAGE = """社区周刊　第3版

平湖县青石镇“睦邻议事角”化解
邻里“烦心事”

平湖县青石镇东林村党支部近
年来推行“睦邻议事角”，把
村里的纠纷化解在家门口。议
事角设在村文化广场旁，每周

南城区桂香街道枫林社区：
网格员把温暖送上门

网格员是社区和居民之间的桥
梁，也是社区平安建设的守护
者，在基层治理中发挥着重要
作用。今年以来，南城区桂香

三由村干部、老党员和调解员
轮流值守，村民有事可以随时
来说。“有事当面讲、大家一
起评、结果张榜公布”是议事

街道枫林社区深入推进网格化
管理，把各项服务送到居民家
门口。“李阿姨，天冷了，用
电取暖一定要注意安全。”网

角的一大特点。议事角设立以
来，已化解各类矛盾纠纷30
余起，实现了小事不出村、大
事不出镇的目标。（王小川）

格员赵红每天走访入户，收集
居民的意见建议，对独居老人
和困难家庭做好登记，及时帮
助解决居民的操心事烦心事，

把温暖送到居民心上。
（林宣）

"""


def _articles(page: str) -> list[tuple[str | None, str | None, str, str]]:
    return [
        (a.title, a.byline, a.paragraphs[0][:10], a.paragraphs[-1][-8:]) for a in unweaved_page_articles(page)
    ]


def test_the_two_columns_give_two_articles_in_reading_order():
    assert _articles(PAGE) == [
        ("平湖县青石镇“睦邻议事角”化解邻里“烦心事”", "王小川", "平湖县青石镇东林村党", "事不出镇的目标。"),
        ("南城区桂香街道枫林社区：网格员把温暖送上门", "林宣", "网格员是社区和居民之", "暖送到居民心上。"),
    ]


def _pairs(page: str) -> list[tuple[str, str]]:
    units = page_units(page)
    with data_dir_fixed():
        return [(units[a].text, units[b].text) for a, b in heads_between_blocks(units)]


def test_the_headline_between_the_first_blocks_opens_the_second_column():
    assert _pairs(PAGE) == [
        ("平湖县青石镇“睦邻议事角”化解邻里“烦心事”", "南城区桂香街道枫林社区：网格员把温暖送上门")
    ]


def test_a_subheading_under_a_finished_sentence_opens_no_column():
    ended = PAGE.replace("事角设在村文化广场旁，每周", "事角设在村文化广场旁。")
    assert _pairs(ended) == []


def test_a_line_reading_on_from_the_line_above_opens_no_column():
    on = PAGE.replace("南城区桂香街道枫林社区：\n网格员把温暖送上门", "三由村干部值守")
    assert _pairs(on) == []


def test_a_headline_shaped_line_with_no_blank_line_under_it_opens_no_column():
    glued = PAGE.replace("网格员把温暖送上门\n\n", "网格员把温暖送上门\n")
    assert _pairs(glued) == []


def test_a_block_stays_whole_in_one_column():
    # line 2 reads on from A's line (`每周` / `三由`), but it opens a block under B's first: the blocks decide
    lines = ["基层治理中发挥作用。", "三由村干部轮流值守，", "居民有事随时来说。", "网格员每天入户走访。"]
    problem = ColumnSplit(lines, "每周", "网格员是桥梁，在", [(0.0, 0.0)] * 4, 4, 1)
    with data_dir_fixed():
        assert by_blocks(problem, [True, False, True, False]) == [False, False, True, True]
