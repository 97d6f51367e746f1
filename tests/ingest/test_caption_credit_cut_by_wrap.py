"""A caption set inside a sentence, its credit naming three photographers cut by the wrap: the caption's last line
ends its sentence and then holds the credit's first characters (`…盛汤端菜。某媒` / `体记者 某某某 某某某 某某 摄`),
the rest longer than two names' with the spaces between the names (photolines.credit_line counts it without them).
The caption and its whole credit go to the captions, and the sentence reads on across them (real R31b: the
caption's lines and the credit's head were left inside the body, `…玉米近日，…拉家常。龙媒炒绿豆…`). Negative: with
no credit under it, a line ending one sentence and opening the next stays the body's."""

from __future__ import annotations

from tests.support.pages import page_drafts

_LEAD = [
    "某社区“暖心食堂”开张",
    "",
    "　　近日，青禾县桐柏街道某社区的“暖心食堂”",
    "正式开张，为辖区老人提供午餐。",
    "　　中午时分，食堂里飘出饭菜香，红烧冬",
]
_CAPTION = [
    "近日，青禾县某社区的老人们在暖心食堂里用餐，",
    "志愿者们正忙着为老人盛汤端菜。青媒",
    "体记者 林一川 方晓青 王强 摄",
]
_REST = [
    "瓜、清炒豆芽、番茄蛋汤……菜品荤素搭配，",
    "老人们吃得很开心。",
]


def test_a_caption_whose_credit_the_wrap_cut_leaves_the_sentence_whole(tmp_path) -> None:
    (draft,) = page_drafts(_LEAD + _CAPTION + _REST, tmp_path)
    assert draft.captions == [
        {
            "text": "近日，青禾县某社区的老人们在暖心食堂里用餐，志愿者们正忙着为老人盛汤端菜。",
            "credit": "青媒体记者 林一川 方晓青 王强 摄",
        }
    ]
    assert "红烧冬瓜、清炒豆芽" in draft.body
    assert "青媒" not in draft.body


def test_a_line_ending_a_sentence_with_no_credit_under_it_stays_text(tmp_path) -> None:
    page = [*_LEAD[:3], "正式开张，为辖区老人提供午餐。社区", "还组建了志愿服务队，每天为老人送餐。"]
    (draft,) = page_drafts(page, tmp_path)
    assert draft.captions == []
    assert "社区还组建了志愿服务队" in draft.body
