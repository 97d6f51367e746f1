"""A headline wrapped after a verb that holds or raises something (issue 14, review of 6b97369; heldout14 p06's
kind, lines invented): `黄石“红色网格”一网兜起` / `城乡千家事`. Once the caption set between the two lines was
moved out (`headcaptions`), the first line was still read as a kicker over a headline `城乡千家事` (subtitle and
title both wrong). The verb's object is on the next line: one headline. Negatives: a kicker ending on what it says
(`从一碗面说起`), a kicker naming no action (`小巷里的“大管家”`), a second line with its own place and colon."""

from __future__ import annotations

import pytest

from builder.ingest.headlinewraps import reads_on
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("黄石“红色网格”一网兜起", "城乡千家事"),
        ("“红色物业”撑起", "老旧小区新生活"),
        ("一根网线串起", "邻里温情"),
        ("党员先锋岗守住", "群众安全线"),
        ("“红色网格”托起", "民生幸福"),
    ],
)
def test_a_verb_and_its_object_on_the_next_line_are_one_headline(first: str, second: str) -> None:
    assert reads_on(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("从一碗面说起", "城西街道：小食堂暖了老人心"),
        ("小巷里的“大管家”", "李大姐的一天"),
        ("一网兜起", "城西区：网格员走进千家万户"),
        ("一网兜起", "——城西区网格化治理见闻"),
    ],
)
def test_a_kicker_or_a_headline_of_its_own_is_no_wrap(first: str, second: str) -> None:
    assert not reads_on(first, second)


def test_the_wrapped_headline_titles_its_article() -> None:
    page = (
        "江城晚报  2026年7月8日  第5版  基层治理\n\n"
        "宜都“红色网格”一网兜起\n城乡千家事\n本报记者 程明\n\n"
        "　　今年以来，宜都市推动“红色网格”\n提质扩面，全市划分城乡网格486\n个。\n"
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert [(a.title, a.subtitle) for a in articles] == [("宜都“红色网格”一网兜起城乡千家事", None)]
