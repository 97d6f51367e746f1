"""heldout32 p04's kind: a reporter's stay diary. A bracketed column label (`【蹲点日记】`) over a headline of two
halves parted by a comma (`在某村，看…`), the headline standing apart over its byline: the label is furniture, the
headline the article's. The closing stay credit repeating the byline's reporter with the days and place of the
stay (`（本报记者 某某 3月2日至6日蹲点某村）`) names no one new: the byline stays the opening one (invented text)."""

from __future__ import annotations

from builder.ingest.captionshapes import credit_names
from builder.ingest.pagelines import FURNITURE, HEADLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = """某某日报　　2026年3月9日　　第6版　　基层·一线

【蹲点日记】
在青石村，看高山茶叶“串”起新路子

本报记者 钱某某
　　初春时节，记者来到某某县青石镇青石村，
在这个以高山茶叶闻名的村子住了5天。

3月2日　晴　4℃
　　一大早，记者跟着村党支部书记走进茶叶
加工车间，30多名村民正忙着分拣。村里推行
“党支部+合作社”模式，全村种植茶叶2100亩。

3月6日　小雨
　　临别时，村干部给记者算了一笔账：今年村
集体经济收入达到88万元，比前年多了一倍。

（本报记者 钱某某 3月2日至6日蹲点青石村）
"""


def test_a_bracketed_label_over_a_headline_of_two_halves_apart_over_its_byline_is_furniture():
    units = classify_page(_PAGE)
    assert [u.kind for u in units[1:3]] == [FURNITURE, HEADLINE]
    assert units[2].text == "在青石村，看高山茶叶“串”起新路子"


def test_a_closing_stay_credit_repeating_the_bylines_reporter_names_no_one_new():
    (article,) = segment(assemble(classify_page(_PAGE)))
    assert article.title == "在青石村，看高山茶叶“串”起新路子"
    assert article.byline == "本报记者 钱某某"


def test_a_stay_note_after_a_credits_names_is_no_name():
    assert credit_names("本报记者 钱某某 3月2日至6日蹲点青石村") == "本报记者 钱某某"
    assert credit_names("记者 周某 11月30日至12月3日驻村采访") == "记者 周某"
    assert credit_names("本报记者 钱某某") == "本报记者 钱某某"
