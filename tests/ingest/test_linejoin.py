"""A figure the wrap cut between its digits is one figure (issue 14, heldout4 f01 and f07).

The lines are the damaged ones of tests/corpus/heldout4 and tests/corpus/pages: `…划分为2` / `316个`,
`…达到96` / `.5%`, `…纠纷12` / `.8万件`, `…达到95` / `%。`.
"""

from __future__ import annotations

import pytest

from builder.ingest.linejoin import figure_goes_on, join_cost
from builder.ingest.pagelines import HEADING, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.units import classify_page

# heldout4 f01: the sentence's first line, as long as the column, then a line cut in `96` / `.5%`, whose
# half-width digits make it look two characters short (like a paragraph's indented first line).
_F01_FOOT = (
    "网格员每天巡查大棚区，收集菜农在\n用电、用水、农资采购等方面的诉求，\n能当场解决的当场解决，不能解决\n"
    "的通过“网格吹哨、部门报到”机制\n上报。\n今年以来，全市网格员累计收集各类\n诉求1.2万余件，办结率达到96\n.5%。\n"
)
# heldout4 f07: the same, cut in `95` / `%。`, after a caption and before a jump mark.
_F07_FOOT = (
    "调解室与司法所、派出所建立“三所联\n动”机制，重大纠纷由三方共同调处。\n"
    "图为上杭县一村“乡贤调解室”调解员正在调\n解土地纠纷。上杭县委政法委供图\n"
    "去年以来，全县“乡贤调解室”共受理\n纠纷1380件，调解成功率达到95\n%。\n（下转第8版）\n"
)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("晓彤）潍坊市寿光市把全市划分为2", "316个网格，每个网格配备一名专"),  # heldout4 f01
        ("诉求1.2万余件，办结率达到96", ".5%。"),  # heldout4 f01
        ("纠纷1380件，调解成功率达到95", "%。"),  # heldout4 f07
        ("1至9月，全省共排查化解矛盾纠纷12", ".8万件，调解成功率达97.3%，同比"),  # pages c02
        ("诉求1.", "2万余件"),
    ],
)
def test_a_figure_cut_between_its_digits_goes_on(before, after):
    assert figure_goes_on(before, after)
    assert join_cost(before, after) < 0


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("联系着8", "户村民"),  # a unit after the figure: the join rule's, not one figure
        ("种植富8", "硒蔬菜"),
        ("全市网格员累计收集各类", "诉求1.2万余件"),
        ("办结率达到96.5%。", "5"),  # a sentence ended: a page number after it is no figure of it
        ("第3", "版"),
    ],
)
def test_a_line_not_ending_in_a_figure_cut_by_the_wrap(before, after):
    assert not figure_goes_on(before, after)


def test_join_costs_of_figures_are_those_of_the_number_rule():
    assert join_cost("划分为2", "316个") == -3.0
    assert join_cost("达到96", ".5%。") == -2.0
    assert join_cost("联系着8", "户村民") == -2.0
    assert join_cost("种植富8", "硒蔬菜") == 1.0


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (_F01_FOOT, "今年以来，全市网格员累计收集各类诉求1.2万余件，办结率达到96.5%。"),
        (_F07_FOOT, "去年以来，全县“乡贤调解室”共受理纠纷1380件，调解成功率达到95%。"),
    ],
)
def test_a_line_before_a_line_cut_in_a_figure_is_no_heading(page, sentence):
    blocks = [(b.kind, b.text) for b in assemble(classify_page(page))]
    assert (TEXT, sentence) in blocks
    assert not any(kind == HEADING for kind, _ in blocks)


def test_a_line_opening_with_a_count_goes_on_from_a_line_ending_in_a_word():
    # heldout10 p03 (three columns in blocks of one to three lines): `…开展志愿活动` / (two other columns' lines)
    # / `680场，累计发放积分23`: a count with its measure word opens no sentence, it goes on with the noun
    assert join_cost("5200余名，开展志愿活动", "680场，累计发放积分23") == -1.0
    assert join_cost("全区成立物业行业党委，在4", "5家物业企业建立党组织，组") == -3.0  # (the figure rule)
    # after a mark (a quote closed, a sentence ended) a count may stand on its own line
    assert join_cost("全区已创建“平安院落”", "2180个，") == 0.5
    assert join_cost("议事会共收集居民诉求860条。", "680场活动") == 0.0
