"""Two columns of different widths read in turns (issue 14; a real page's kind, never stored: these lines are
invented). A 14-character column beside a 17-character one, each paragraph's first line indented, read in
blocks of six lines; the two headlines printed together over both columns. The lines' widths (by display
width, or by characters where half-width digits make a line look narrower) tell the columns apart."""

from __future__ import annotations

from builder.ingest.interleave_widths import split_by_width, two_widths, unweave_widths
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed
from tests.support.columns import HANGING_ALL, column_lines

LEFT_TEXT = [
    "本报讯（记者 某某）“李大爷，最新的医保政策我给您带来了！”近日，某某县某某乡桂花村的青石板路上，"
    "志愿者的绿挎包装满“惠民政策”，正为独居老人开展宣讲。",
    "“别小看这个包，这可是某某乡最温暖的文明载体。”志愿者笑着说。这段时间，志愿者们背着它穿梭于"
    "社区楼道、田间地头，让党群关系更密切。",
    "据了解，某某乡“绿挎包”志愿服务项目启动以来，已开展300余场活动，解答政策200余次，解决问题200余个。",
]
RIGHT_TEXT = [
    "10月9日，在兴国县城区第29网格，红安新居保障房物业送来的一面锦旗格外醒目。这不仅是谢意，"
    "更是对网格化治理成效的认可。工作中，网格有效发挥协调作用，累计组织300余人次干部职工整治小区环境。",
    "近年来，兴国县开展一系列基层社会治理工作，县城内的85个小网格整合成城区33个大网格，再结合25个"
    "乡镇网格，形成了全县58个大网格的综合治理体系，集中整治脏乱差问题。",
]


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    """Half-width digits: two to a full character, as a column holds them."""
    return [
        line
        for paragraph in paragraphs
        for line in column_lines(paragraph, width, indent="  ", hanging=HANGING_ALL, half_width_digits=True)
    ]


LEFT, RIGHT = _wrap(LEFT_TEXT, 14), _wrap(RIGHT_TEXT, 17)


def _in_turns(left: list[str], right: list[str], block: int = 6) -> list[str]:
    out: list[str] = []
    for at in range(0, max(len(left), len(right)), block):
        out += left[at : at + block] + right[at : at + block]
    return out


HEAD = "基层周刊\n2026年3月20日 第7版\n\n“绿挎包”播撒文明种子\n兴国创新基层社会治理工作\n\n"
PAGE = HEAD + "\n".join(_in_turns(LEFT, RIGHT, block=4)) + "\n"


def test_the_two_widths_are_found_and_each_line_goes_to_its_column():
    assert two_widths([line.strip() for line in LEFT + RIGHT if not line.startswith(" ")]) in (
        (14.0, 17.0),
        (17.0, 14.0),
    )
    lines = _in_turns(LEFT, RIGHT)
    columns = split_by_width(lines)
    assert columns is not None
    assert [lines[i] for i in columns[0]] == LEFT and [lines[i] for i in columns[1]] == RIGHT


def test_each_headline_printed_together_on_top_goes_over_its_column_and_two_articles_are_read():
    text, numbers = unweave_widths(PAGE)
    blocks = text.split("\n\n")
    assert blocks[1].startswith("“绿挎包”播撒文明种子\n  本报讯") and blocks[2].startswith(
        "兴国创新基层社会治理工作\n  10月9日"
    )
    page_lines = PAGE.split("\n")
    assert all(
        page_lines[n - 1] == line for line, n in zip(text.split("\n"), numbers or [], strict=True) if line
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(text)))
    assert [a.title for a in articles] == ["“绿挎包”播撒文明种子", "兴国创新基层社会治理工作"]
    assert (
        articles[1].paragraphs[1].startswith("近年来，兴国县") and "25个乡镇网格" in articles[1].paragraphs[1]
    )


def test_columns_of_one_width_and_a_column_read_as_printed_stay_as_they_are():
    same = _in_turns(_wrap(LEFT_TEXT, 14), _wrap(RIGHT_TEXT, 14))
    assert split_by_width(same) is None  # one width: left to interleave_rows and interleave
    printed = "\n".join([*LEFT, "", *RIGHT])
    assert unweave_widths(printed) == (printed, None)
