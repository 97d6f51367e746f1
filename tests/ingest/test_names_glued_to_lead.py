"""R15 kinds (invented lines): a byline glued to the lead after a (full-width) space: two bare names under the
headline, or a correspondent's line opening the page's first body under its head. Negatives: phrases under a
headline that are no names, one bare name, a correspondent's line inside an open sentence."""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE
from tests.support.pages import page_units

_HEAD = "红色服务进小区\n\n"
_MASTHEAD = "2024年1月1日　星期一　　第3版\n\n"


def _bylines_and_first_text(page: str) -> tuple[list[str], str]:
    units = page_units(page)
    bylines = [unit.text for unit in units if unit.kind == BYLINE]
    return bylines, next(unit.text for unit in units if unit.kind == "text")


def test_bare_names_glued_to_the_lead_under_the_headline_are_the_byline():
    page = _HEAD + "王海燕 李思远　每天早上8点，在\n某小区内，志愿者们巡查停车秩序。\n"
    assert _bylines_and_first_text(page) == (["王海燕 李思远"], "每天早上8点，在")


def test_a_correspondents_line_glued_to_the_lead_opening_the_page_is_the_byline():
    page = _MASTHEAD + "　　通讯员 赵明亮　今年以来，\n某镇着力打造“智慧网格”。\n"
    assert _bylines_and_first_text(page) == (["通讯员 赵明亮"], "今年以来，")


def test_phrases_one_name_or_a_line_inside_an_open_sentence_are_no_byline():
    phrases = _HEAD + "党建引领 服务居民　今年以来，某社区\n开展志愿服务。\n"
    one_name = _HEAD + "王海燕　每天早上8点，在某小区内，\n志愿者们巡查停车秩序。\n"
    inside = _MASTHEAD + "　　某镇今年以来组织\n通讯员 赵明亮　等人走访，了解\n民情。\n"
    for page in (phrases, one_name, inside):
        assert not any(unit.kind == BYLINE for unit in page_units(page)), page
