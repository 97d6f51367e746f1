"""A page's head line opening with its bare page number, the column label and the date after gaps (R19 r19_03's
kind: `5　　乡村治理　　　　2020年11月26日　星期四`): furniture. Before: the line was read as the page's first
headline, and the real headline under it lost its place. Invented lines of the kind; negatives: a number and a
year inside a sentence's line, a number and a label with no date."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from tests.support.pages import page_articles


def test_number_label_and_date_is_furniture():
    assert is_furniture_line("7　　基层党建　　　　2024年6月3日　星期一")
    assert is_furniture_line("12  2025年1月8日  星期三")


def test_numbers_and_years_in_text_are_not():
    assert not is_furniture_line("12　　全村有2020年以来的")
    assert not is_furniture_line("全村 12  2020年以来")
    assert not is_furniture_line("5　　乡村治理")


def test_headline_under_the_head_line_titles_the_report():
    page = "\n".join(
        [
            "7　　基层党建　　　　2024年6月3日　星期一",
            "",
            "青禾县“一村一警”守护平安",
            "本报记者 林一帆",
            "",
            "　　近日，青禾县推行“一村一警”机",
            "制，全县126个村都有了驻村民警。",
        ]
    )
    assert [a.title for a in page_articles(page)] == ["青禾县“一村一警”守护平安"]


def test_numbered_table_rows_of_dates_stay_text():
    """A numbered table row of a step and its date (no weekday) is text, not the page's head line."""
    assert not is_furniture_line("1　　摸底排查　　2023年5月1日")
    assert not is_furniture_line("2    全面推开    2023年8月1日")
    page = "\n".join(
        [
            "青禾县“一村一警”守护平安",
            "本报记者 林一帆",
            "",
            "　　近日，青禾县推行“一村一警”机制，全县126个",
            "村都有了驻村民警。工作分三步推进：",
            "1　　摸底排查　　2023年5月1日",
            "2　　全面推开　　2023年8月1日",
            "　　县公安局负责人说，下一步将继续完善机制。",
        ]
    )
    text = "".join(block.text for article in page_articles(page) for block in article.blocks)
    assert "全县126个" in text and "摸底排查" in text and "全面推开" in text


def test_folio_before_paper_date_and_spaced_editor_is_furniture():
    """heldout34 p07's kind: the folio first, then the paper's name, the date and its weekday after wide spaces,
    the editor's two-character name spaced out (`责任编辑：某　某`)."""
    assert is_furniture_line("9　　　　　　青禾社区报　2025年3月4日　星期二　　　　责任编辑：林　一")
    assert is_furniture_line("9　　　　青禾社区报　2025年3月4日　星期二")
    assert is_furniture_line("第9版　　青禾社区报　2025年3月4日　星期二　　责任编辑：林　一")
    assert is_furniture_line("青禾社区报　2025年3月4日　星期二　　责任编辑：林　一")


def test_body_line_opening_with_a_number_and_spaces_stays_text():
    assert not is_furniture_line("3　　个网格员分头走访了独居老人")
    assert not is_furniture_line("12　　户居民报名，青禾社区报　2025年3月4日")


def test_headline_under_a_folio_first_head_is_kept():
    page = "\n".join(
        [
            "9　　　　　　青禾社区报　2025年3月4日　星期二　　　　责任编辑：林　一",
            "",
            "平安乡村行",
            "青禾县“一村一警”守护平安",
            "",
            "本报记者 林一帆",
            "　　近日，青禾县推行“一村一警”机",
            "制，全县126个村都有了驻村民警。",
        ]
    )
    articles = page_articles(page)
    assert [a.title for a in articles] == ["青禾县“一村一警”守护平安"]
    assert "林一帆" in (articles[0].byline or "")
