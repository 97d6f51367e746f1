"""Kinds of damage the perturbation harness (tests/corpus/perturb.py) found new instances of on the open sets.

Each test is an invented instance of a kind a set already printed, printed another way (a page head under the
page number at the foot, a column label with no gap under the masthead, a page line cutting a headline, full-width
digits), with negatives: the lines the rule must not change.
"""

from __future__ import annotations

import pytest

from builder.ingest.pagelines import FURNITURE, TEXT
from builder.ingest.runningheads import drop_page_lines_in_text
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

_FOOT = "2026年5月12日 星期二  第3版  责任编辑 王某"
_BODY = "辽宁：村级组织工作事务清单“瘦身”\n\n本报讯 辽宁省委组织部日前印发通知，全省共摘除牌子2万块。\n"


@pytest.mark.parametrize("number", ["5", "— 5 —", "12"])
def test_a_page_number_over_the_pages_foot_line_is_furniture(number):
    # heldout12 p06/p08 with a foot line under their page number: `…全覆盖。` / blank / `5` / foot line; the
    # `5` was kept as a paragraph of its own (a broken paragraph)
    units = classify_page(f"{_BODY}\n{number}\n{_FOOT}\n")
    assert [u.kind for u in units[-2:]] == [FURNITURE, FURNITURE]


def test_a_figure_cut_off_over_the_foot_line_stays_text():
    page = "辽宁：村级组织工作事务清单“瘦身”\n\n本报讯 辽宁省委组织部日前印发通知，共摘除牌子\n2\n" + _FOOT
    assert [u.kind for u in classify_page(page) if u.text == "2"] == [TEXT]


def test_a_number_over_more_text_is_no_page_number():
    page = f"{_BODY}\n3\n\n个村的牌子已摘除。\n{_FOOT}"
    assert FURNITURE not in [u.kind for u in classify_page(page) if u.text == "3"]


@pytest.mark.parametrize("label", ["社区", "人  物", "乡村"])
def test_a_column_label_under_the_masthead_over_the_headline_with_no_gap_is_furniture(label):
    # heldout10 p05 / heldout14 p02 with no blank line: `闽东社区报` / date line / `社区` / headline…; `社区` was
    # read as a place kicker (a word for a kind of place names none), `人  物` as the headline
    page = f"闽东社区报\n第6版　2026年7月15日\n{label}\n蕉南街道：“一线工作法”解民忧\n本报记者 林雪晴\n　　宁德市蕉城区蕉南街道推行“一线工作法”，机关干部每周到社区坐班两天。"
    units = classify_page(page)
    assert [u.kind for u in units[:4]] == [FURNITURE, FURNITURE, FURNITURE, "headline"]


@pytest.mark.parametrize("kicker", ["金润社区", "浙江新昌", "天水市麦积区"])
def test_a_place_over_a_headline_stays_its_kicker(kicker):
    page = f"闽东社区报\n第6版　2026年7月15日\n\n{kicker}\n“一线工作法”解民忧\n本报记者 林雪晴\n　　宁德市蕉城区蕉南街道推行“一线工作法”，机关干部每周到社区坐班两天。"
    assert FURNITURE not in [u.kind for u in classify_page(page) if u.text == kicker]


# ---------------------------------------------------------------- a page line cutting open text (runningheads)

_HEAD_CUT = [
    "东湖社区周报",
    "2026年4月9日　第2版",
    "",
    "桐柏镇“板凳会”议出邻里和气",
    "本报记者 周晓",
    "　　近日，青禾县桐柏镇在各村推行“板凳会”，已议定修路、清淤等事项46件。",
    "",
    "石溪村“古民居管家”守护千年",
    _FOOT,
    "古村落",
    "本报记者 林岚",
    "　　永安市石溪镇石溪村保存有明清古民居124幢，村党支部组建“古民居管家”",
    _FOOT,
    "队伍，帮助村民修缮老屋。",
]


def test_a_page_line_cutting_a_headline_or_a_sentence_is_dropped():
    # heldout9 q04 / heldout12 p05 with the page line between a headline's two lines: two heads, one article lost
    text, printed = drop_page_lines_in_text("\n".join(_HEAD_CUT), None)
    assert text.split("\n")[7:11] == ["石溪村“古民居管家”守护千年", "古村落", "本报记者 林岚", _HEAD_CUT[11]]
    assert printed is not None and printed[8] == 10  # `古村落` is still the 10th printed line
    assert text.split("\n")[-1] == "队伍，帮助村民修缮老屋。" and _FOOT not in text


def test_a_page_line_under_a_finished_sentence_or_in_the_head_stays():
    page = [
        "东湖社区周报",
        _FOOT,
        "石溪村“古民居管家”守护千年古村落",
        "　　永安市石溪镇石溪村保存有明清古民居。",
        _FOOT,
        "下一篇标题在这里",
    ]
    assert drop_page_lines_in_text("\n".join(page), None) == ("\n".join(page), None)


def test_the_headline_cut_by_a_page_line_is_one_headline(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(_HEAD_CUT), encoding="utf-8")
    titles = [draft.title for draft in process_page(path).drafts]
    assert titles == ["桐柏镇“板凳会”议出邻里和气", "石溪村“古民居管家”守护千年古村落"]


# ------------------------------------------------------- a page's label over its first headline, no gap anywhere

_NO_GAP_BODY = "海岛村的“领头雁”\n本报记者 苏雅琴\n　　清晨六点，晋江市金井镇围头村党委书记洪志远已经来到村口的海滩。\n　　围头村三面环海，全村有1230户。"


@pytest.mark.parametrize("label", ["乡村振兴·人物", "三农·乡村治理"])
def test_a_two_part_label_on_a_page_with_no_blank_line_is_furniture(label):
    # heldout17 p06 / p02 with no blank line: the label was glued to the headline (`乡村振兴·人物海岛村的“领头雁”`)
    units = classify_page(f"{label}\n{_NO_GAP_BODY}")
    assert (units[0].kind, units[1].kind, units[1].text) == (FURNITURE, "headline", "海岛村的“领头雁”")


def test_two_phrases_under_the_masthead_on_a_page_with_no_blank_line_are_furniture():
    # heldout16 p05 with no blank line: `党建引领　基层善治` was read as the first headline
    units = classify_page(f"城乡治理报　　　第5版\n党建引领　基层善治\n{_NO_GAP_BODY}")
    assert [u.kind for u in units[:3]] == [FURNITURE, FURNITURE, "headline"]


def test_a_two_part_label_with_a_gap_elsewhere_and_none_under_it_is_no_furniture():
    units = classify_page(f"乡村振兴·人物\n{_NO_GAP_BODY}\n\n第二篇的标题在这里\n　　正文。")
    assert units[0].kind != FURNITURE


@pytest.mark.parametrize("byline", ["本报记者 赵雪松", "王立新 张丽华"])
def test_a_byline_of_two_words_under_the_masthead_stays_a_byline(byline):
    # heldout9 q08 with no blank line: `龙江基层报　第3版　党建·基层` / date / `本报记者 赵雪松` / lead
    page = f"龙江基层报　第3版　党建·基层\n2026年8月12日\n{byline}\n牡丹江市西安区组织全区63个机\n关企事业单位党组织到社区报到。"
    assert FURNITURE not in [u.kind for u in classify_page(page) if u.text == byline]
