"""A headline wrapped after its place's deed, its second line saying where people go (`回社区`, `进小区`,
`驻村`): no place of its own, so one headline, not a kicker over a headline (builder/ingest/headlinewraps.py;
heldout16 p04: `鹤城区「三张清单」让在职` / `党员回社区有活干`). Invented lines, and negatives."""

from __future__ import annotations

from builder.ingest.headlinewraps import wrapped_after_place
from builder.util.paths import data_dir_fixed
from tests.support.pages import page_articles

_LEAD = (
    "本报讯（记者 李静）益阳市赫山区推行“三张清单”，\n组织在职党员到社区报到服务，今\n年以来认领项目215个。\n"
)


def test_a_second_line_saying_where_people_go_reads_on():
    with data_dir_fixed():
        assert wrapped_after_place("赫山区「三张清单」让在职", "党员回社区有活干")
        assert wrapped_after_place("赫山区“红色代办”带干部", "下村解难题")


def test_a_second_line_naming_a_place_of_its_own_stays_a_headline_under_its_kicker():
    with data_dir_fixed():
        assert not wrapped_after_place("赫山区「三张清单」让在职", "金山社区党员有活干")
        assert not wrapped_after_place("赫山区「三张清单」让在职", "会龙山街道见实效")


def test_the_wrapped_headline_is_one_title():
    page = "\n赫山区「三张清单」让在职\n党员回社区有活干\n" + _LEAD
    (article,) = page_articles(page)
    assert (article.title, article.subtitle) == ("赫山区「三张清单」让在职党员回社区有活干", None)
