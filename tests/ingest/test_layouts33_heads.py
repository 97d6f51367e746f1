"""Layouts33's new printed layouts (issue 14; every line invented, of the same kinds as layouts33's pages):

- an editor's note printed flush right under a headline that stands apart after a finished report
  (`编者按：…` / the indented lead): the line over the note is the next report's headline, the note in no body;
- an interview's guest box (`【访谈嘉宾】` over a guest's name and post): furniture, never the headline;
- a reporter's reply printed under a reader's letter under its label (`记者回访` / its headline / its lead): the
  label is no reporter line (`记者` and a name), so it stays over the headline and signs nothing;
- a caption printed without its full stop (`图为…设备`) over its credit alone on the next line, between two lines
  of one sentence: the caption and its credit, the sentence read on across them;
- a figures box inside an article under a label naming its subject after a dot (`数说·…`) over bulleted rows of a
  label, a gap and a figure (`■…　68个`): furniture, no heading and no text of the body;
- a headline wrapped over two lines, the first only who acts by a place's short name and a quoted device
  (`青石“板凳会”`-like, a city's or county's name without its suffix) and the second what it does: one headline,
  no kicker over a headline;
- an interview's turns printed flush on a page marking its paragraphs by indents, each opened by its speaker and a
  colon (`记者：…？` a line, `李红梅：…` wrapped): each turn a paragraph of its own;
- on a page printing no blank line: the headline over an editor's note right under a finished report, the reply's
  label right under the letter's signature, a briefs column's spaced-out name (`简　讯`) over `◆` items whose
  heads name their city by its short name (`◆某某推行…` over `某某市在…`);
- a continuation's jump headline with its `（上接第1版）` on one line over a first line going on mid-sentence: the
  part's headline, never an untitled part of its own.
"""

from __future__ import annotations

import pytest

from tests.support.pages import page_drafts

_FIRST = [
    "青石周报　　2026年9月3日　　第2版",
    "",
    "青石镇“板凳夜话”拉近干群距离",
    "",
    "　　本报讯（记者 林海）入夏以来，某某县青石镇",
    "推行“板凳夜话”，镇村干部每周两晚到院坝里听",
    "群众说事，已收集意见210条。",
]


_NOTE_OPENING = ["编者按：学习不一定在会议室。白沙街道把课堂", "搬进楼栋，请党员讲身边事。一起来看看。"]
_NOTE_UNDER_LABEL = [
    "【编者按】",
    "学习不一定在会议室。白沙街道把课堂搬进楼栋，",
    "请党员讲身边事。一起来看看。",
]


# the other label (`编者的话`), alone on its line; a bracketed label opening the note's line without a colon
_NOTE_UNDER_OTHER_LABEL = ["【编者的话】", *_NOTE_UNDER_LABEL[1:]]
_NOTE_OPENING_BRACKETED = [
    "【编者按】学习不一定在会议室。白沙街道把课堂",
    "搬进楼栋，请党员讲身边事。一起来看看。",
]


@pytest.mark.parametrize(
    "note",
    [_NOTE_OPENING, _NOTE_UNDER_LABEL, _NOTE_UNDER_OTHER_LABEL, _NOTE_OPENING_BRACKETED],
    ids=["note-opening", "label-alone", "other-label-alone", "bracketed-label-opening"],
)
def test_a_headline_over_an_editors_note_opens_the_next_report(tmp_path, note):
    page = [
        *_FIRST,
        "",
        "白沙街道：楼栋里办起“红色课堂”",
        *note,
        "　　本报讯（通讯员 周洁）白沙街道近日在14个",
        "楼栋开设“红色课堂”，由退休党员轮流授课。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["青石镇“板凳夜话”拉近干群距离", "白沙街道：楼栋里办起“红色课堂”"]
    assert drafts[1].byline == "本报讯（通讯员 周洁）"
    assert drafts[1].body.startswith("白沙街道近日在14个楼栋")
    assert "学习不一定" not in drafts[0].body + drafts[1].body
    assert "白沙街道" not in drafts[0].body


def test_an_interviews_guest_box_is_no_headline(tmp_path):
    page = [
        "青石周报　　2026年9月3日　　第2版",
        "",
        "让老街坊说了算",
        "",
        "【访谈嘉宾】",
        "李红梅　某某市某某区白沙街道党工委书记",
        "",
        "本报记者 林海",
        "　　白沙街道推行“街坊议事会”已满一年。记者",
        "就此采访了街道党工委书记李红梅。",
        "记者：为什么要办“街坊议事会”？",
        "李红梅：街巷里的事，街坊最清楚。一年来，议",
        "事会共商议事项86件。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["让老街坊说了算"]
    assert drafts[0].byline == "本报记者 林海"
    assert "党工委书记李红梅。" in drafts[0].body
    assert "访谈嘉宾" not in drafts[0].body


def test_a_reporters_reply_label_under_a_letter_signs_nothing(tmp_path):
    page = [
        "读者来信",
        "",
        "小区路灯坏了谁来修",
        "",
        "编辑同志：",
        "　　我家小区的路灯坏了两个多月，晚上出门很不",
        "方便，希望有人管一管。",
        "　　（某某市某某区白沙街道 读者 陈立）",
        "",
        "记者回访",
        "白沙街道：路灯修好了",
        "　　接到来信后，记者来到白沙街道。街道已组织",
        "物业公司修好路灯12盏。",
        "　　（本报记者 林海）",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["小区路灯坏了谁来修", "白沙街道：路灯修好了"]
    assert drafts[1].byline == "本报记者 林海"


def test_an_unstopped_caption_over_its_credit_inside_a_sentence(tmp_path):
    page = [
        "青石镇“板凳夜话”拉近干群距离",
        "",
        "　　本报讯（记者 林海）入夏以来，某某县青石镇推行“板凳夜",
        "话”，镇村干部每周两晚到院坝里听群众说事、",
        "图为镇村干部在院坝里听取群众意见",
        "本报记者 林海 摄",
        "帮群众办事，已收集意见210条。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["青石镇“板凳夜话”拉近干群距离"]
    assert "听群众说事、帮群众办事" in drafts[0].body
    assert "图为" not in drafts[0].body
    assert [(c["text"], c["credit"]) for c in drafts[0].captions] == [
        ("图为镇村干部在院坝里听取群众意见", "本报记者 林海 摄")
    ]


# (a row's bullet is any of a list's or a brief column's, ornaments.ITEM_BULLETS: `■`, `○`, `•`, `★` …)
@pytest.mark.parametrize("bullet", ["■", "○", "•"])
def test_a_dotted_figures_box_of_bulleted_rows_is_no_part_of_the_body(tmp_path, bullet):
    page = [
        "青石镇“板凳夜话”拉近干群距离",
        "",
        "　　本报讯（记者 林海）入夏以来，某某县青石镇推行“板凳夜",
        "话”，已收集群众意见210条。",
        "",
        "数说·板凳夜话",
        f"{bullet}收集群众意见　210条",
        f"{bullet}参与群众　1300余人次",
        f"{bullet}满意度　95%",
        "",
        "　　镇党委书记说，下一步将把“板凳夜话”开到每个村。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["青石镇“板凳夜话”拉近干群距离"]
    assert "1300" not in drafts[0].body
    assert "95%" not in drafts[0].body
    assert drafts[0].body.rstrip().endswith("开到每个村。")


def test_a_short_named_place_and_its_device_over_what_it_does_is_one_headline(tmp_path):
    page = [
        "某某周报　　2026年9月3日　　第2版",
        "",
        "烟台“渔港夜校”",
        "点亮渔民学习路",
        "",
        "本报记者 林海",
        "　　今年以来，烟台市在沿海渔村开办“渔港夜校”，已",
        "开课120期，培训渔民3600余人次。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [(d.title, d.subtitle) for d in drafts] == [("烟台“渔港夜校”点亮渔民学习路", None)]


def test_each_speakers_turn_of_an_interview_is_a_paragraph(tmp_path):
    page = [
        "让老街坊说了算",
        "",
        "本报记者 林海",
        "　　白沙街道推行“街坊议事会”已满一年。记者就此采",
        "访了街道党工委书记李红梅。",
        "　　议事会由街道党工委牵头，每月在街巷里开一次，",
        "街坊们围坐在一起商量事。",
        "　　议事会的议题由街坊们自己提，办没办成由街坊们",
        "自己评。",
        "记者：效果怎么样？",
        "李红梅：街巷里的事，街坊最清楚。一年来，议事会共",
        "商议事项86件，办成实事54件，街坊们有事都愿意来",
        "议事会上说一说。",
        "记者：下一步呢？",
        "李红梅：把议事会开到每条街巷，让更多街坊参与进来",
        "商量事。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["让老街坊说了算"]
    assert drafts[0].body.strip().split("\n\n")[3:] == [
        "记者：效果怎么样？",
        "李红梅：街巷里的事，街坊最清楚。一年来，议事会共商议事项86件，办成实事54件，街坊们有事都愿意来议事会上说一说。",
        "记者：下一步呢？",
        "李红梅：把议事会开到每条街巷，让更多街坊参与进来商量事。",
    ]


def test_a_headline_over_an_editors_note_right_under_a_finished_report(tmp_path):
    page = [
        *(line for line in _FIRST if line),
        "白沙街道：楼栋里办起“红色课堂”",
        *_NOTE_OPENING,
        "　　本报讯（通讯员 周洁）白沙街道近日在14个",
        "楼栋开设“红色课堂”，由退休党员轮流授课。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["青石镇“板凳夜话”拉近干群距离", "白沙街道：楼栋里办起“红色课堂”"]
    assert "学习不一定" not in drafts[0].body + drafts[1].body


def test_a_reply_label_right_under_the_letters_signature(tmp_path):
    page = [
        "读者来信",
        "",
        "小区路灯坏了谁来修",
        "",
        "编辑同志：",
        "　　我家小区的路灯坏了两个多月，晚上出门很不",
        "方便，希望有人管一管。",
        "　　（某某市某某区白沙街道 读者 陈立）",
        "记者回访",
        "白沙街道：路灯修好了",
        "　　接到来信后，记者来到白沙街道。街道已组织",
        "物业公司修好路灯12盏。",
        "　　（本报记者 林海）",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [(d.title, d.byline) for d in drafts] == [
        ("小区路灯坏了谁来修", "某某市某某区白沙街道 读者 陈立"),
        ("白沙街道：路灯修好了", "本报记者 林海"),
    ]


def test_a_spaced_briefs_name_and_short_named_heads_on_a_page_without_blank_lines(tmp_path):
    page = [
        "青石镇“板凳夜话”拉近干群距离",
        "　　本报讯（记者 林海）入夏以来，某某县青石镇推行“板凳夜",
        "话”，镇村干部每周两晚到院坝里听群众说事，已收集意见210条。",
        "简　讯",
        "◆烟台推行“渔港夜校”",
        "　　烟台市在沿海渔村开办“渔港夜校”，已开课120期。",
        "◆常德开通“红色热线”",
        "　　常德市开通“红色热线”，今年已受理群众来电860个。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == [
        "青石镇“板凳夜话”拉近干群距离",
        "烟台推行“渔港夜校”",
        "常德开通“红色热线”",
    ]


def test_a_jump_headline_and_its_marker_on_one_line(tmp_path):
    page = [
        "某某周报　　2026年9月3日　　第2版",
        "",
        "青石“板凳会”（上接第1版）",
        "决的事，当场交给村干部",
        "办理，限期办结。",
        "　　今年以来，青石镇共开",
        "“板凳会”120场，收集",
        "群众意见建议300余条。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [d.title for d in drafts] == ["青石“板凳会”"]
    assert "上接" not in drafts[0].body
