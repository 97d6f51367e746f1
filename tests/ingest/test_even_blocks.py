"""R15 kind (invented lines): two 13-character columns read across in blocks of ten lines on a page printing no
blank line, the left one an article under its two-line headline, the right one an item of its own with no headline
(its lead names a city the left one never names); the left column ends first with a short last line, the right one
running on alone. Negatives: the columns printed one after the other, a page printing blank lines, a right column
naming no place of its own (read apart, but no item of its own)."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.evenblocks import unweave_even_blocks
from builder.ingest.workers import process_page
from builder.util.paths import data_dir_fixed

_MASTHEAD = "基层党建　　第3版　　2024年10月14日　星期三"
_HEAD = ["某区试点在职党员进社区", "“网上报到”"]
_A = [
    "　　实行“双报到”，引导在",
    "职党员在社区发挥作用，是某",
    "区委组织部创新社会治理加强",
    "基层建设的一项重要工作。",
    "　　为此，某区委组织部建立",
    "“一单一表一卡”制度，要求",
    "在职党员主动到社区报到。如",
    "今这项工作又有了新的创",
    "新，针对年轻党员多、手机普",
    "遍使用的特点，某区委组织部",
    "从今年起在两个街道试点党员",
    "通过手机客户端以“网上报到”",
    "的方式与社区建立联系，并参",
    "与社区发布的各项志愿活动。",
    "　　某月某日，某区委组织部",
    "专门对两个街道的社区书记开",
    "展实务培训，介绍操作流程，",
    "并让大家理解“网上报",
    "到”带来的便利。",
    "　　下一步，某区委组织部将",
    "在全区推行“网上报到”，在",
    "试点中不断完善。",
]
_B = [
    "　　每到周末清晨，江苏省南",
    "京市玄武区某某社区的居民都",
    "会看到一群党员志愿者手拿扫",
    "把和垃圾袋，认真清扫小区道",
    "路，把垃圾一个个捡起来。",
    "　　“参加社区环保志愿活动",
    "已经十多年了，看到垃圾就会",
    "习惯性地清理。”社区第一党",
    "支部的老党员告诉记者，退休",
    "后回到社区开展志愿活",
    "动，感到很充实、很幸福。",
    "　　社区党委书记介绍，社区",
    "有党员五百多名，下设十多个",
    "党支部，多个党员志愿服务队",
    "为居民提供教育、文化、娱乐",
    "等服务，更好地满足了居民日",
    "常生活需求。",
    "　　社区还开设了党群服务中",
    "心，让党员志愿者开展活动、",
    "服务居民，居民们都说这里",
    "像家一样温暖。书记说，还将",
    "继续完善服务设施。",
]


def _across(left: list[str], right: list[str], length: int = 10) -> list[str]:
    """The lines as the extraction read them: `length` lines of the left column, as many of the right, …"""
    lines, at = [], 0
    while at < max(len(left), len(right)):
        lines += left[at : at + length] + right[at : at + length]
        at += length
    return lines


def _page(left: list[str], right: list[str]) -> str:
    return "\n".join([_MASTHEAD, *_across(left, right)]) + "\n"


def _texts(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_columns_read_across_in_long_blocks_are_read_apart_with_a_rule_between_two_items():
    with data_dir_fixed():
        text, numbers = unweave_even_blocks(_page(_HEAD + _A, _B))
    assert numbers is not None
    stripped = [line.strip() for line in _HEAD + _A]
    assert _texts(text) == [_MASTHEAD, *stripped, "━━━━━━", *[line.strip() for line in _B]]


def test_the_item_with_no_headline_is_an_article_of_its_own(tmp_path: Path):
    page = tmp_path / "p01.txt"
    page.write_text(_page(_HEAD + _A, _B), encoding="utf-8")
    drafts = process_page(page).drafts
    assert len(drafts) == 2
    assert drafts[0].title.replace(" ", "") == "某区试点在职党员进社区“网上报到”"


def test_columns_one_after_the_other_or_a_page_printing_blank_lines_are_left_as_they_are():
    after = "\n".join([_MASTHEAD, *_HEAD, *_A, *_B]) + "\n"
    blank = _page(_HEAD + _A, _B).replace("基层建设的一项重要工作。\n", "基层建设的一项重要工作。\n\n")
    with data_dir_fixed():
        for page in (after, blank):
            assert unweave_even_blocks(page)[0] == page


def test_a_right_column_naming_no_place_of_its_own_is_read_apart_with_no_rule():
    right = ["　　每到周末清晨，小区的居", "民都能看到党员志愿者们的身", *_B[2:]]
    with data_dir_fixed():
        text, _ = unweave_even_blocks(_page(_HEAD + _A, right))
    assert "━━━━━━" not in text
    assert _texts(text)[-1] == right[-1].strip()
