"""A list of names in a report (review rv34b #5's kind, listparagraphs.names_row; invented lines): under its
heading glued to the sentence above (`…宣读了嘉奖通报。优秀调解员`), rows of names set apart by spaces
(`马强　朱丽`), then the report goes on in an indented paragraph. The rows and the paragraph under them were glued
into the sentence (`…优秀调解员马强　朱丽会议号召…`). Each row is a paragraph of its own, the heading too, and
the paragraph under them starts anew. Negative: names parted by `、` inside a sentence stay the sentence's."""

from __future__ import annotations

import pytest

from tests.support.pages import page_articles

_HEAD = "北塘镇嘉奖一批人民调解员\n\n　　本报讯（记者 宋某）6月2日，北塘镇召开\n调解工作会议，嘉奖一批人民调解员。\n"
_AFTER = "　　会议号召，各村要学习先进，把矛盾\n化解在家门口。\n"


@pytest.mark.parametrize(
    "rows", [["马强　朱丽　韩冬"], ["马强　朱丽", "韩冬　潘月"]], ids=["one-row", "two-rows"]
)
def test_rows_of_names_stay_rows_under_their_heading(rows: list[str]) -> None:
    page = _HEAD + "会上宣读了嘉奖通报。优秀调解员\n" + "\n".join(rows) + "\n" + _AFTER
    (article,) = page_articles(page)
    paragraphs = article.text.split("\n")
    assert paragraphs[-2 - len(rows) :] == [
        "优秀调解员",
        *rows,
        "会议号召，各村要学习先进，把矛盾化解在家门口。",
    ]
    assert paragraphs[-3 - len(rows)].endswith("会上宣读了嘉奖通报。")


def test_names_parted_by_commas_inside_a_sentence_stay_in_it() -> None:
    page = _HEAD + "会上，马强、朱丽、韩冬\n三人受到嘉奖。\n" + _AFTER
    (article,) = page_articles(page)
    assert "会上，马强、朱丽、韩冬三人受到嘉奖。" in article.text
