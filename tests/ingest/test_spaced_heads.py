"""A headline printed spaced out, a space (ASCII or full width) between every two characters, is closed up before
the lines are read (spacedheads.close_spaced_heads): over its byline, a dateline or an indented lead. The
perturbation harness's `spaced_head` on heldout16 p04 (a kicker glued to half the spaced headline, the byline read
as the headline) and heldout11 p06. Negatives: labels printed spaced out (`特 别 报 道`, `党 建 · 基 层 治 理`,
`记 者 手 记`) stay as printed, and so does a spaced line over a headline or a line of text that is no lead."""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.spacedheads import close_spaced_heads
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_LEAD = "　　走进怀化市鹤城区迎丰街道舞水华府小区，一面墙上贴着议事公告。"


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
def test_a_spaced_headline_over_its_byline_is_closed_up(space: str) -> None:
    lines = ["物业难题有了“解题人”", space.join("小区里的“红色业委会”"), "本报记者 唐静", "", _LEAD]
    close_spaced_heads(lines)
    assert lines[1] == "小区里的“红色业委会”"


def test_a_spaced_headline_reads_as_the_headline_under_its_kicker() -> None:
    page = f"物业难题有了“解题人”\n{' '.join('小区里的“红色业委会”')}\n本报记者 唐静\n\n{_LEAD}\n"
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(page)))
    assert article.title == "小区里的“红色业委会”" and article.byline == "本报记者 唐静"


@pytest.mark.parametrize(
    "spaced, under",
    [
        ("黄 河 口 边 议 事 忙", ["", _LEAD]),  # a headline over a blank line and its lead
        ("黄　河　口　边　议　事　忙", ["本报讯（记者 王立）近日，东营市垦利区…"]),  # over its dateline
    ],
)
def test_a_spaced_headline_over_a_lead_or_dateline_is_closed_up(spaced: str, under: list[str]) -> None:
    lines = [spaced, *under]
    close_spaced_heads(lines)
    assert lines[0] == "黄河口边议事忙"


@pytest.mark.parametrize(
    "spaced, under",
    [
        ("特 别 报 道", ["", _LEAD]),  # a label (4 characters, known)
        ("党 建 · 基 层 治 理", ["", _LEAD]),  # a label with its middle dot
        ("记 者 手 记", ["", _LEAD]),  # a sidebar's label
        ("基 层 治 理 新 观 察", ["", "黄河口边议事忙", "", _LEAD]),  # a label over a headline
        ("黄 河 口 边 议 事 忙", ["东营市垦利区的村民说"]),  # over a line of text, no lead
    ],
)
def test_labels_and_lines_over_no_body_stay_as_printed(spaced: str, under: list[str]) -> None:
    lines = [spaced, *under]
    close_spaced_heads(lines)
    assert lines[0] == spaced


@pytest.mark.parametrize(
    "spaced, closed",
    [
        ("林 间 有 路   山 村 可 期", "林间有路 山村可期"),  # a phrase pair: the wider gap kept as one space
        ("林　间　有　路　　山　村　可　期", "林间有路 山村可期"),  # full-width spaces
        ("黄 河 口 边 议 事 忙", "黄河口边议事忙"),  # every gap alike: closed up
        ("黄 河 口 边 议 事   忙", "黄河口边议事忙"),  # a wider gap before one letter alone parts no phrase
    ],
)
def test_a_spaced_phrase_pair_keeps_its_gap(spaced: str, closed: str) -> None:
    lines = [spaced, "", _LEAD]
    close_spaced_heads(lines)
    assert lines[0] == closed


def test_a_spaced_phrase_pair_under_a_kicker_naming_its_place_is_the_headline() -> None:
    """A kicker naming its place and what it does over a spaced phrase pair (real R22 r22_02): the pair is the
    headline, not the second line of one headline the column wrapped."""
    page = (
        "                    湖北宜昌分类推进乡村治理\n\n"
        "            村 美 民 富   治 理 有 方\n\n"
        "        走进宜昌市某某区的几个村子，议事会每月开一次，村民的\n"
        "    事情有人管、有人问，群众说话有了去处。\n"
    )
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(page)))
    assert article.title == "村美民富 治理有方" and article.subtitle == "湖北宜昌分类推进乡村治理"
