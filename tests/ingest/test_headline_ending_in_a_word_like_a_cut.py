"""A headline the column wrapped after a word ending in a character that usually cuts a phrase (heldout9 q09
`大湾村“党员+农户”结对` / `种出致富茶` / `本报通讯员 汪洪涛`, issue 14): `结对` (pairing) ends in 对, read as the
preposition, so the first line was no headline: it went on the article above as a broken paragraph and the
title was `种出致富茶`. Words that end in 对 but are deeds (结对, 配对, 比对, 核对) end a headline's line;
the preposition (`针对`, `…对`) still cuts it. Lines invented in the kind of the page.
"""

from __future__ import annotations

import pytest

from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

PAGE = (
    "某某区“红色物业”托管无主楼院\n刘晓峰 任静\n"
    "某某市某某区成立物业行业党委，引\n导物业企业托管无主楼院。物业费收\n缴率达到85%。\n\n"
    "小岭村“党员+农户”结对\n种出致富茶\n本报通讯员 汪洪涛\n"
    "某某县某某乡小岭村地处山区腹地，\n全村有茶园4200亩。\n"
)


@pytest.mark.parametrize("line", ["小岭村“党员+农户”结对", "某某社区“一老一小”配对", "数据比对"])
def test_a_deed_ending_in_dui_ends_a_headline(line):
    assert is_headline_shape(line)


@pytest.mark.parametrize("line", ["某某街道针对", "党员干部对", "推动治理与", "聚焦群众的"])
def test_a_cut_phrase_still_is_no_headline(line):
    assert not is_headline_shape(line)


def test_the_wrapped_headline_is_one_title():
    with data_dir_fixed():
        articles = segment(assemble(classify_page(PAGE)))
    assert [a.title for a in articles] == ["某某区“红色物业”托管无主楼院", "小岭村“党员+农户”结对种出致富茶"]
    assert articles[0].paragraphs[-1].endswith("收缴率达到85%。")
    assert articles[1].byline == "本报通讯员 汪洪涛"
