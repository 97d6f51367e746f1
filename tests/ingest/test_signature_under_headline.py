"""One name standing alone between blank lines right under its headline (heldout11 p05, a commentary):
`莫让…压弯基层` / blank / `李思远` / blank / `　　近年来，…`. The name is the commentary's signature, its byline; it was
read as the first line of the body. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BODY = (
    "　　近年来，各类考核表格越来越\n多，一些村干部一天要填十几张\n表，成了新负担。\n"
    "　　减负的关键在做减法，该合并\n的表格坚决合并。\n"
)


def _one(page: str):
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(page)))
    return article


def test_a_name_between_blank_lines_under_the_headline_is_the_byline():
    article = _one(f"评　论\n\n别让“表格负担”累倒村干部\n\n赵明远\n\n{_BODY}")
    assert (article.title, article.byline) == ("别让“表格负担”累倒村干部", "赵明远")
    assert article.paragraphs[0].startswith("近年来")


@pytest.mark.parametrize(
    ("name", "after"),
    [
        ("结语", "\n" + _BODY),  # no surname: a word, maybe a heading
        ("赵明远", _BODY),  # no gap under it
        ("赵明远", "\n近年来，各类考核表格越来越\n多，成了新负担。\n"),  # no paragraph's indent after the gap
    ],
)
def test_a_word_or_a_name_not_standing_apart_is_no_signature(name, after):
    article = _one(f"别让“表格负担”累倒村干部\n\n{name}\n{after}")
    assert article.byline != name


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("一个老街区的“新生”\n——某某区某某街道更新纪实\n\n", "欧阳明远"),  # under a subtitle, apart (R38)
        ("别让“表格负担”累倒村干部\n\n", "司马文"),
        ("别让“表格负担”累倒村干部\n", "上官清和"),  # right under the headline
    ],
    ids=["under-subtitle", "apart", "right-under"],
)
def test_a_name_of_a_two_character_surname_is_the_byline(head, name):
    """A name opening with a two-character surname (欧阳 司马 上官) runs to four characters; it is a byline like
    `赵明远`, never the body's subheading (R38: `欧阳小文` under a feature's subtitle became `## 欧阳小文`)."""
    article = _one(f"{head}{name}\n\n{_BODY}")
    assert article.byline == name
    assert article.paragraphs[0].startswith("近年来")
