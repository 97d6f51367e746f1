"""R14 kind (invented lines): a page printing no blank line at all, its date line, then a column's label of a few
characters (`党员在社区`: where its people serve, no place's name), then the first headline wrapped over two lines
and its byline. The label was read as a place kicker (it ends in 社区) and joined to the headline by a colon.
A clause of people and where they are (`…在社区`, `…在村`) names no place, and a label shorter than either
headline line under it, right under the page's head band, is the column's label (furniture). Negatives: a place
name over the headline stays its kicker; a village whose name ends so stays a place; a label over a headline
of one line is left to the rules before."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.lineshapes import is_place_kicker
from builder.ingest.workers import process_page

_PAGE = """2026年3月6日　星期五　　第4版　　责任编辑　林　青
{label}
青禾二中党员进社区
结对帮扶活动暖人心
　　本报讯（通讯员 柯一鸣）今年以来，
青禾二中组织党员到柳岸街道河湾社区
开展结对帮扶，每月至少两次上门服务，
为居民讲政策、修家电、辅导课业。
　　河湾社区党委书记说，学校党员来了
以后，社区的服务队伍壮大了不少。
"""


def _heads(tmp_path: Path, label: str) -> list[str]:
    """Each article's subtitle (a kicker is one) and title, together."""
    page = tmp_path / "p01.txt"
    page.write_text(_PAGE.format(label=label), encoding="utf-8")
    return [f"{draft.subtitle or ''}{draft.title}" for draft in process_page(page).drafts]


@pytest.mark.parametrize("line", ["党员在社区", "干部在村", "民警在社区"])
def test_people_and_where_they_are_name_no_place(line):
    assert not is_place_kicker(line)


@pytest.mark.parametrize("line", ["河湾社区", "青禾县柳岸镇", "某某镇自在村"])
def test_place_names_stay_kickers(line):
    assert is_place_kicker(line)


@pytest.mark.parametrize("label", ["党员在社区", "干部在一线"])
def test_the_label_is_no_part_of_the_headline(tmp_path: Path, label: str):
    (heads,) = _heads(tmp_path, label)
    assert heads.startswith("青禾二中党员进社区") and label not in heads


def test_a_place_over_the_headline_stays_its_kicker(tmp_path: Path):
    (heads,) = _heads(tmp_path, "河湾社区")
    assert heads.startswith("河湾社区：青禾二中党员进社区")
