"""Real R10's kind (issue 14), lines invented: a dateline byline whose bracket a full-width column wrapped, the
lead going on after it on the next line (`天山日报讯（记者张立新 库尔` / `勒记者站李青报道）走进…`). Before, the byline
was cut at the line's end (`天山日报讯（记者张立新 库尔`). Negatives (the rule
itself): a bracket holding no writer, one closing late on the next line."""

from __future__ import annotations

from builder.ingest.bylinerules import _closed_under_lead
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_TOP = "综合新闻\n2  ·  2026年2月20日\n\n驿站暖了骑手心\n\n"


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_a_dateline_wrapped_inside_its_bracket_over_the_lead_is_split_off_whole():
    page = (
        _TOP + "　　天山日报讯（记者张立新 库尔\n勒记者站李青报道）走进库尔勒市新城\n街道，驿站里暖意融融。\n"
    )
    [article] = _articles(page)
    assert article.byline == "天山日报讯（记者 张立新 库尔勒记者站李青报道）"
    assert article.paragraphs[0] == "走进库尔勒市新城街道，驿站里暖意融融。"


def _joined(first: str, second: str) -> bool:
    page = PageReader(f"{first}\n{second}\n")
    page.index = 1
    return _closed_under_lead(page, Line(first, 1, first.strip()))


def test_the_rule_takes_a_writers_bracket_closing_early_on_the_next_line_only():
    assert _joined("　　天山日报讯（记者张立 库", "车记者站李青报道）走进库车市新城")
    assert not _joined("　　天山日报讯（库车市新城", "街道供稿）走进驿站，暖意融融。")  # no writer
    assert not _joined(
        "　　天山日报讯（记者张立 库", "车市新城街道党工委副书记兼主任李青报道）走进"
    )  # closes late
