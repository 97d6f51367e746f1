"""A page whose extraction lost every blank line: a blank line put back before each head (builder.ingest.blanklines).

Invented lines of the kinds real R11 r11_01 and heldout15 p05 show: a closing credit between one article's last
sentence and the next headline, a dateline glued to the end of its headline, a headline over a lead naming its
place in full; negatives: a subheading over an indented paragraph, a page with its blank lines, heads cutting
open sentences (interleaved columns).
"""

from __future__ import annotations

from builder.ingest.blanklines import restore_blank_lines
from tests.support.pages import page_articles

_TOP = ["东湖社区周报", "2026年4月9日  第2版  社区治理"]

_FIRST = [
    "桐柏镇：“板凳会”议出邻里和气",
    "　　近日，青禾县桐柏镇在各村推行",
    "“板凳会”，每月组织村民围坐议事，",
    "已议定修路、清淤等事项46件。",
    "　　镇党委有关负责人介绍，“板凳会”",
    "让村民的事由村民商量着办。",
]

_SECOND_LEAD = [
    "　　湖南省永安市石溪街道新桥社区",
    "有居民3200户，社区党委组建“楼",
    "栋管家”队伍，帮助居民解决难题。",
    "　　今年以来，“楼栋管家”已上门",
    "服务居民1800人次。",
]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def _articles(text: str):
    restored, _ = restore_blank_lines(text, None)
    return page_articles(restored)


def test_closing_credit_then_headline_gets_a_blank_line_under_the_credit() -> None:
    page = _page(_TOP, _FIRST, ["■周晓 林岚", "楼栋管家 暖心为民"], _SECOND_LEAD)
    restored, printed = restore_blank_lines(page, None)
    lines = restored.split("\n")
    at = lines.index("■周晓 林岚")
    assert lines[at + 1] == "" and lines[at + 2] == "楼栋管家 暖心为民"
    assert printed is not None and len(printed) == len(lines)
    assert printed[at + 2] == page.split("\n").index("楼栋管家 暖心为民") + 1  # still its printed line
    first, second = _articles(page)
    assert "楼栋管家" in (second.title or "")
    assert "周晓" in (first.byline or "") and not (second.byline or "")


def test_dateline_glued_to_the_headline_is_set_on_its_own_line() -> None:
    page = _page(_TOP, _FIRST, ["永安市“楼栋管家”守护千家万户本报讯（记者 赵明）"], _SECOND_LEAD)
    restored, _ = restore_blank_lines(page, None)
    assert "\n\n永安市“楼栋管家”守护千家万户\n本报讯（记者 赵明）\n" in restored
    _first, second = _articles(page)
    assert second.title == "永安市“楼栋管家”守护千家万户"
    assert "赵明" in (second.byline or "")


def test_headline_whose_lead_names_its_place_in_full() -> None:
    page = _page(_TOP, _FIRST, ["湖南永安“楼栋管家”守护千家万户"], _SECOND_LEAD)
    restored, _ = restore_blank_lines(page, None)
    assert "\n\n湖南永安“楼栋管家”守护千家万户\n" in restored
    assert len(_articles(page)) == 2


def test_subheading_over_an_indented_paragraph_is_left_alone() -> None:
    # a short unindented line under a finished sentence over an indented paragraph, no credit, no byline, and
    # a place the article above already named: the report's subheading
    page = _page(
        _TOP, _FIRST, ["桐柏镇议事有章法"], ["　　议事前，村干部先上门听意见，", "再把事项列成清单。"]
    )
    assert restore_blank_lines(page, None) == (page, None)


def test_round_up_parts_headed_by_their_townships_are_left_alone() -> None:
    # a county's round-up whose parts open with their township or village and a lead naming it: subheadings,
    # not new articles (a new article's head names a county, a city or a province afresh)
    parts = [
        "桐柏镇：板凳会议出好办法",
        "　　桐柏镇把板凳会开到田间地头，村民",
        "有事就来说，今年议定修路事项12件。",
        "石桥村：老党员当起召集人",
        "　　石桥村由老党员担任板凳会召集人，",
        "每月固定一天开会，村民满意度明显提高。",
    ]
    page = _page(_TOP, _FIRST, parts)
    assert restore_blank_lines(page, None) == (page, None)


def test_page_with_its_blank_lines_is_unchanged() -> None:
    page = _page(_TOP, [""], _FIRST, ["■周晓 林岚", "", "楼栋管家 暖心为民"], _SECOND_LEAD)
    assert restore_blank_lines(page, None) == (page, None)


def test_heads_cutting_open_sentences_are_left_to_the_column_modules() -> None:
    # interleaved columns: a headline set right under a line whose sentence goes on elsewhere
    page = _page(
        _TOP,
        _FIRST[:3],
        ["“红色驿站”", "让骑手有了家", "　　在青禾县城区，“红色驿站”每天"],
        _FIRST[3:],
        ["■周晓 林岚", "楼栋管家 暖心为民"],
        _SECOND_LEAD,
    )
    assert restore_blank_lines(page, None) == (page, None)


def test_printed_numbers_grow_with_the_inserted_lines() -> None:
    page = _page(_TOP, _FIRST, ["■周晓 林岚", "楼栋管家 暖心为民"], _SECOND_LEAD)
    numbers = [n * 10 for n in range(1, len(page.split("\n")) + 1)]
    restored, printed = restore_blank_lines(page, numbers)
    assert printed is not None and len(printed) == len(restored.split("\n")) == len(numbers) + 1
    assert [n for n, line in zip(printed, restored.split("\n"), strict=True) if line] == numbers


_FLAT_FIRST = [
    "桐柏镇：“板凳会”议出邻里和气",
    "近日，青禾县桐柏镇在各村推行“板凳",
    "会”，每月组织村民围坐议事，已议定",
    "修路、清淤等事项46件。",
    "镇党委有关负责人介绍，“板凳会”让",
    "村民的事由村民商量着办。",
]
_FLAT_SECOND = [
    "湖南省永安市石溪街道新桥社区有居民",
    "3200户，社区党委组建“楼栋管家”队",
    "伍，帮助居民解决难题。",
]


def test_flat_page_a_credit_and_a_short_headline_over_a_full_line() -> None:
    # no indent, no blank line: the sentence's line and the head stand short of the column
    page = _page(_TOP, _FLAT_FIRST, ["■周晓 林岚", "楼栋管家 暖心为民"], _FLAT_SECOND)
    restored, _ = restore_blank_lines(page, None)
    assert "■周晓 林岚\n\n楼栋管家 暖心为民\n" in restored


def test_flat_page_a_full_line_ending_a_sentence_is_no_head() -> None:
    # the line under a full line ending its sentence goes on with the paragraph, even when it has no comma
    lines = ["镇党委有关负责人介绍，村民的事由村民。", "■周晓 林岚", "楼栋管家 暖心为民"]
    page = _page(_TOP, _FLAT_FIRST[:4], lines, _FLAT_SECOND)
    assert restore_blank_lines(page, None) == (page, None)
