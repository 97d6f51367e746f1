"""Real R38 kind (invented sentences): a wish quoted as someone's words (`一位“想让乡亲们住上新房”的好书记`), or the
life it wants for people in the headline (`“让乡亲们住上新房”的好书记`), was taken for a named practice."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices
from builder.util.paths import data_dir_fixed


def _practices(title: str, body: str) -> list[str]:
    with data_dir_fixed():
        return extract_practices(title, body)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("", "某某村的变化，全靠一位“想让乡亲们住上新房”的好书记。"),
        ("某某县：“让乡亲们住上新房”的好书记", "某某村的变化，全靠一位想让乡亲们住上新房的好书记。"),
        ("", "村里有位“盼着年轻人回乡创业”的好书记，建起了“创业小院”。"),
    ],
    ids=["wish-in-body", "life-in-headline", "hope"],
)
def test_a_quoted_wish_is_no_practice(title, body):
    assert all("让" not in name and "盼" not in name for name in _practices(title, body))


def test_a_named_practice_beside_it_stays():
    assert _practices("", "村里有位“盼着年轻人回乡创业”的好书记，建起了“创业小院”。") == ["创业小院"]
