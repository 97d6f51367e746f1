"""Heads real pages printed around a headline (R23): a continuation's jump headline over `（上接…）`, with the
subheading of its text under it, is the title (not the subheading: jumplines._jump_headline,
headlines._continued_heading); a column's label in square brackets over the headline (`【…】`) is no subtitle;
a headline's second half opening with a unit word the work qualifies (`激发社区治理活力`) is no second headline
(textrules._opens_headline). Invented lines; and the negatives."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.textrules import split_headlines
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BODY = (
    "　　“阿姨，我来看看您家的灶台咋点不\n"
    "着火了。”近日，某某街道十二社区网格\n"
    "员李某接到独居老人的求助电话，\n"
    "说是家里的燃气灶点不着火了。\n"
)


def _articles(page: str) -> list[tuple[str | None, str | None]]:
    with data_dir_fixed():
        return [(a.title, a.subtitle) for a in segment(assemble(classify_page(page)))]


def test_a_jump_headline_over_its_jump_line_titles_the_continuation_not_its_subheading() -> None:
    page = "第4版　　　　基层党建　　　　2025年9月7日\n\n织密服务“一张网” 共建和美家园\n（上接第1版）\n\n"
    assert _articles(page + "居民有需求\n社区有服务\n" + _BODY) == [("织密服务“一张网” 共建和美家园", None)]


def test_a_headline_over_its_body_with_no_jump_line_keeps_its_own_title() -> None:
    page = "第4版　　　　基层党建　　　　2025年9月7日\n\n居民有需求 社区有服务\n\n"
    assert [title for title, _ in _articles(page + _BODY)] == ["居民有需求 社区有服务"]


def test_a_bracketed_column_label_over_a_headline_is_no_subtitle() -> None:
    page = "\n【石榴花开 同心共建】\n某某社区：党建赋能“石榴籽”\n\n" + _BODY
    assert _articles(page) == [("某某社区：党建赋能“石榴籽”", None)]
    page = "\n共建和美家园\n某某社区：党建赋能“石榴籽”\n\n" + _BODY  # (a kicker in no brackets stays one)
    assert _articles(page) == [("某某社区：党建赋能“石榴籽”", "共建和美家园")]


def test_a_unit_word_the_work_qualifies_opens_no_second_headline() -> None:
    line = "某某区某某街道：用好党建“红色引擎” 激发社区治理活力"
    assert split_headlines(line) == [line]
    assert split_headlines("某某新区：党旗高扬聚合力 宿松县“一村一辅警”守护平安") == [
        "某某新区：党旗高扬聚合力",
        "宿松县“一村一辅警”守护平安",
    ]


def test_a_headline_the_column_cut_inside_a_word_is_one_headline_not_a_kicker_over_one() -> None:
    page = "\n家门口的“四点半”课堂回应家长关\n切见实效\n本报记者 王某\n" + _BODY
    assert _articles(page) == [("家门口的“四点半”课堂回应家长关切见实效", None)]
    page = (
        "\n深化党建引领基层治理\n“红色管家”让老旧小区焕新颜\n本报记者 王某\n" + _BODY
    )  # (whole words: a kicker)
    assert _articles(page) == [("“红色管家”让老旧小区焕新颜", "深化党建引领基层治理")]
