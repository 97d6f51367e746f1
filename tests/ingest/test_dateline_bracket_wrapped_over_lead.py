"""Real R10's kind (issue 14), lines invented: a dateline byline whose bracket a full-width column wrapped, the
lead going on after it on the next line (`天山日报讯（记者张立新 库尔` / `勒记者站李青报道）走进…`). Before, the byline
was cut at the line's end (`天山日报讯（记者张立新 库尔`). Negatives (the rule
itself): a bracket holding no writer, one closing late on the next line."""

from __future__ import annotations

from builder.ingest.bracketbylines import _closed_under_lead
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


def test_a_dateline_wrapped_over_a_whole_line_of_its_writers_is_split_off_whole():
    """Real R13's kind, lines invented: a narrow column wraps the bracket over three lines, the middle one all
    writers (`…讯（闽江` / `日报记者 王小林 通讯员 李明 张` / `晓红 文/摄）提起…`). Before, the middle line was
    read as a headline between a byline's halves and the byline lost it (`…讯（闽江 晓红 文/摄）`)."""
    page = (
        _TOP
        + "　　闽江新闻网3月2日讯（闽江\n日报记者 王小林 通讯员 李明 张\n晓红 文/摄）提起鼓楼区温泉街道\n"
        + "的老党员，居民总是赞不绝口。\n"
    )
    [article] = _articles(page)
    assert article.byline == "闽江新闻网3月2日讯（闽江日报记者 王小林 通讯员 李明 张晓红 文/摄）"
    assert article.paragraphs[0] == "提起鼓楼区温泉街道的老党员，居民总是赞不绝口。"


def _joined3(first: str, second: str, third: str) -> bool:
    page = PageReader(f"{first}\n{second}\n{third}\n")
    page.index = 1
    return _closed_under_lead(page, Line(first, 1, first.strip()))


def test_the_middle_line_must_be_writers_only():
    assert _joined3("　　闽江新闻网3月2日讯（闽江", "日报记者 王小林 通讯员 李明 张", "晓红 文/摄）提起")
    # a headline printed between the byline's halves: no role word, left to byline_cut_by_headline
    assert not _joined3("　　本报讯（记者 马晓燕 通讯员", "家门口的驿站暖人心", "张蕊）“家门口…")
    # a sentence on the middle line
    assert not _joined3("　　闽江新闻网3月2日讯（闽江", "日报记者王小林说，今年以来", "晓红 文/摄）提起")
