"""Punctuation the layout did not hang (builder/ingest/unhung.py): closing marks opening a line go back to the
line above (layouts19 p04, pdftotext -layout)."""

from __future__ import annotations

from builder.ingest.unhung import hang_punctuation


def test_a_comma_or_full_stop_opening_a_line_goes_back_up() -> None:
    page = "    队员在巡查中发现的问题通过网格\n平台上报，由相关部门第二天跟进处理\n。一年来，夜间网格队共排查整改消防"
    text, printed = hang_punctuation(page, None)
    assert (
        text
        == "    队员在巡查中发现的问题通过网格\n平台上报，由相关部门第二天跟进处理。\n一年来，夜间网格队共排查整改消防"
    )
    assert printed == [1, 2, 3]


def test_a_line_holding_only_the_last_marks_is_dropped() -> None:
    page = "居民陈姨说：“以前有意见不知道找谁说，现在下楼就能说上话\n。”\n\n柳南区组建“夜间网格队”"
    text, printed = hang_punctuation(page, [4, 5, 6, 7])
    assert text == "居民陈姨说：“以前有意见不知道找谁说，现在下楼就能说上话。”\n\n柳南区组建“夜间网格队”"
    assert printed == [4, 6, 7]


def test_lines_opening_otherwise_or_under_a_finished_sentence_stay() -> None:
    page = "点排查消防隐患、化解邻里纠纷。\n“红色代办员”累计上门服务\n（上接第一版）\n——记某某社区书记"
    assert hang_punctuation(page, None) == (page, None)
    after_blank = "大家正在讨论\n\n，由社区党员"  # no line right above to take it
    assert hang_punctuation(after_blank, None) == (after_blank, None)


def test_a_headline_stacked_one_character_a_line_keeps_its_marks() -> None:
    page = "“\n议\n”\n出\n好\n日\n子"  # heldout3 e05: the closing quote is the stack's own line
    assert hang_punctuation(page, None) == (page, None)


def test_a_closing_quote_after_a_full_stop_goes_back_up() -> None:
    page = "居民陈姨说：“以前有意见不知道找谁说，现在下楼就能说上话。\n”居民们都说好。"
    text, _printed = hang_punctuation(page, None)
    assert text == "居民陈姨说：“以前有意见不知道找谁说，现在下楼就能说上话。”\n居民们都说好。"


def test_opening_bracket_after_a_sentence_goes_down_to_the_credit_it_opens():
    text = "游客约28万人次，带动群众增收2100余万元。（\n记者 某某）\n\n某县推行“村务晒单”"
    assert (
        hang_punctuation(text, None)[0]
        == "游客约28万人次，带动群众增收2100余万元。\n（记者 某某）\n\n某县推行“村务晒单”"
    )


def test_opening_bracket_inside_a_sentence_or_not_closed_below_stays():
    for text in (
        "社区成立了议事会（\n简称“议事会”）负责协商",
        "增收2100余万元。（\n记者某某在现场看到，（一）",
    ):
        assert hang_punctuation(text, None)[0] == text
