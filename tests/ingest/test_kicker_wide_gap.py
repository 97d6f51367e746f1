"""A kicker and a headline naming no place on one line, a wide gap between them (issue 14, heldout7 m01).

`党建引领物业焕新      老小区里的“红色管家”` stood two blank lines over its body, under the page's furniture: it was
taken as a heading (the body needed one blank line under a headline) and glued into one title. A page's first
headline may stand two blank lines over its body. The headline names no place but the practice its body is about,
in quotes; the kicker is plain words quoting nothing, set off by a wide gap: the kicker is the subtitle. One
space between halves, or quotes in both, is one headline (`小网格 大民生`, `老人吃上“暖心饭” 年轻人当起“跑腿员”`).
"""

from __future__ import annotations

import pytest

from builder.ingest.kickers import split_kicker_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# heldout7 m01's head, as printed: furniture, the kicker and headline on one line, two blank lines, the body
M01_HEAD = (
    "第 5 版    城市治理\n2026年3月18日  星期三\n\n\n"
    "党建引领物业焕新      老小区里的“红色管家”\n\n\n"
    "清晨六点半，无锡市梁溪区崇安寺街道\n新生路社区的“红色管家”服务站已经\n"
    "亮起了灯。党员物业管家周建华打开工\n作日志，逐项核对当天要处理的报修单。\n\n"
    "（本报记者 钱晓峰 通讯员 顾佳）\n"
)


def _articles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.title, a.subtitle) for a in segment(assemble(classify_page(page)))]


def test_the_kicker_before_a_wide_gap_is_the_subtitle():
    assert _articles(M01_HEAD) == [("老小区里的“红色管家”", "党建引领物业焕新")]


def test_a_headline_of_two_halves_two_blank_lines_over_its_body_stays_whole():
    page = M01_HEAD.replace("党建引领物业焕新      老小区里的“红色管家”", "小网格 大民生")
    assert _articles(page) == [("小网格 大民生", None)]


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("党建引领物业焕新      楼道里的“红色管家”", ("党建引领物业焕新", "楼道里的“红色管家”")),
        ("文明实践润民心\u3000一碗“暖心饭”暖了老人胃", ("文明实践润民心", "一碗“暖心饭”暖了老人胃")),
        ("文明实践润民心 一碗“暖心饭”暖了老人胃", None),  # one space: the halves of one headline
        ("老人吃上“暖心饭”    年轻人当起“跑腿员”", None),  # the first half quotes a name too
        ("文明实践润民心    一碗热饭暖了老人胃", None),  # no named practice in the second half
        ("小网格    大民生", None),
    ],
)
def test_which_wide_gaps_set_off_a_kicker(line, split):
    assert split_kicker_line(line) == split
