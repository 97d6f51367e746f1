"""Two columns the extraction read across in runs of TWO lines, cut mid-sentence (issue 14, corpus page c23).

Headline A and the first line of its `本报讯（…` byline, headline B and its byline, then two lines of each in
turn: B's head fills a run of its own, so the line after it (`李航）郑州市…`) is A's again, and a figure of B
(`…志愿服务4600`) is followed by one of A (`312场，…`) that reads on from it as well as B's own `余人次`. Each
article comes out whole, its sentences intact, also when each byline stands whole on its line (both heads fill
a run of their own, and the first column ends a line before the second); the same articles printed one after
the other are left as they are.
"""

from __future__ import annotations

from pathlib import Path

from builder.ingest.interleave import deinterleave
from builder.ingest.units import classify_page
from tests.support.columns import column_lines
from tests.support.pages import unweaved_page_articles

C23 = Path(__file__).resolve().parents[1] / "corpus" / "pages" / "c23.txt"


def _articles(page: str) -> list[tuple[str | None, str | None, str]]:
    articles = unweaved_page_articles(page)
    return [(a.title, a.byline, "".join(a.paragraphs)) for a in articles]


def _columns(page: str) -> tuple[list[str], list[str]]:
    """The page's lines after its head, in the runs of two they were printed in: A's, B's."""
    lines = page.splitlines()[3:]
    runs = [lines[i : i + 2] for i in range(0, len(lines), 2)]
    return [x for r in runs[0::2] for x in r], [x for r in runs[1::2] for x in r]


def test_runs_of_two_lines_each_article_whole():
    page = C23.read_text(encoding="utf-8")
    (title_a, byline_a, text_a), (title_b, byline_b, text_b) = _articles(page)
    column_a, column_b = _columns(page)
    assert (title_a, byline_a) == ("花园路街道“周末议事会”议出社区新变化", "本报讯（记者 韩雪 通讯员 李航）")
    assert text_a == "".join(column_a[1:]).removeprefix("本报讯（记者 韩雪 通讯员李航）")
    assert (title_b, byline_b) == ("涪城区“党员积分卡”激活流动党员队伍", "本报记者 王璐")
    assert text_b == "".join(column_b[2:])
    assert "4600余人次" in text_b and "议事会312场" in text_a


def test_the_same_articles_printed_one_after_the_other_stay_in_order():
    page = C23.read_text(encoding="utf-8")
    column_a, column_b = _columns(page)
    sequential = "\n".join(["第 6 版", "基 层 党 建", "", *column_a, "", *column_b]) + "\n"
    units = classify_page(sequential)
    assert deinterleave(units) == units
    assert [title for title, _, _ in _articles(sequential)] == [column_a[0], column_b[0]]


def _wrap(text: str, width: int) -> list[str]:
    """Column lines of `width` characters, punctuation hanging at a line's end as typesetters set it."""
    return column_lines(text, width, indent="")


def test_runs_of_two_lines_with_each_byline_whole_on_its_line():
    column_a, column_b = _columns(C23.read_text(encoding="utf-8"))
    text_a = "".join(column_a[1:]).removeprefix("本报讯（记者 韩雪 通讯员李航）")
    a = [column_a[0], "本报讯（记者 韩雪 通讯员 李航）", *_wrap(text_a, 13)]
    b = column_b[:2] + _wrap("".join(column_b[2:]), 13)
    rows = [line for i in range(0, max(len(a), len(b)), 2) for line in a[i : i + 2] + b[i : i + 2]]
    page = "\n".join(["第 6 版", "基 层 党 建", "", *rows]) + "\n"
    assert [(title, text) for title, _, text in _articles(page)] == [
        (column_a[0], text_a),
        (column_b[0], "".join(column_b[2:])),
    ]
