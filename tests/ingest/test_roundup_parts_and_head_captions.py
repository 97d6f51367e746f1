"""heldout14 p06's kinds (issue 14), lines invented: a city's round-up (综述) whose parts stand under marked lines
naming its counties (`◆江夏区：…`), read as three briefs of their own; and a photo caption set between the two
lines of the round-up's wrapped headline, which cut the headline in two (its first half an article of its own).
Negatives: a brief column's marked items (after a blank line, or over their dateline), a marked line naming a
place outside the report's, a caption under a whole headline."""

from __future__ import annotations

from builder.ingest.headcaptions import captions_out_of_heads
from builder.ingest.pagelines import HEADING, HEADLINE
from tests.support.pages import page_articles, page_units

_TOP = "江城晚报  2026年7月8日  第5版  基层治理\n\n"
_HEAD = "武汉“红色网格”兜住城乡\n千家万户事\n本报记者 程明\n\n"
_LEAD = "　　今年以来，武汉市推动“红色网格”\n提质扩面，全市划分城乡网格4860\n个。\n"
_PARTS = (
    "◆江夏区：网格员有了“任务清单”\n　　江夏区为网格员制定“任务清单”，\n明确走访、巡查等18项职责。\n"
    "◆黄陂区：网格延伸到湾组\n　　黄陂区把网格延伸到自然湾组，\n划分农村网格2100个。\n"
)


def _units(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in page_units(page)]


_articles = page_articles


def test_marked_lines_naming_the_reports_counties_are_its_subheadings():
    units = _units(_TOP + _HEAD + _LEAD + _PARTS)
    assert (HEADING, "江夏区：网格员有了“任务清单”") in units
    assert (HEADING, "黄陂区：网格延伸到湾组") in units
    assert len(_articles(_TOP + _HEAD + _LEAD + _PARTS)) == 1


def test_brief_items_and_places_outside_the_report_are_no_subheadings():
    apart = _PARTS.replace("◆黄陂区", "\n◆黄陂区")  # an item after a blank line
    dated = _PARTS.replace("◆黄陂区：网格延伸到湾组\n", "◆黄陂区：网格延伸到湾组\n本报讯（记者 李青）\n")
    elsewhere = _PARTS.replace("◆黄陂区", "◆南山区").replace("　　黄陂区", "　　南山区")
    for parts, item in (
        (apart, "黄陂区：网格延伸到湾组"),
        (dated, "黄陂区：网格延伸到湾组"),
        (elsewhere, "南山区：网格延伸到湾组"),
    ):
        assert (HEADING, item) not in _units(_TOP + _HEAD + _LEAD + parts)


def test_a_caption_between_a_headlines_two_lines_goes_under_the_head():
    lines = [
        "武汉“红色网格”兜住城乡",
        "△江夏区网格员入户走访独居老人。  通讯员 刘畅 摄",
        "千家万户事",
        "本报记者 程明",
        "",
        "　　今年以来，…",
    ]
    numbers = list(range(1, 7))
    captions_out_of_heads(lines, numbers)
    assert lines[:4] == ["武汉“红色网格”兜住城乡", "千家万户事", "本报记者 程明", ""]
    assert lines[4].startswith("△江夏区") and numbers[4] == 2
    page = (
        _TOP
        + "武汉“红色网格”兜住城乡\n△江夏区网格员入户走访独居老人。  通讯员 刘畅 摄\n千家万户事\n本报记者 程明\n\n"
    )
    units = _units(page + _LEAD)
    assert (HEADLINE, "武汉“红色网格”兜住城乡") not in units or (HEADLINE, "千家万户事") not in units


def test_a_caption_under_a_whole_headline_or_inside_a_body_stays():
    for lines in (
        [
            "武汉“红色网格”兜住城乡千家万户事",
            "本报记者 程明",
            "△江夏区网格员入户走访。",
            "",
            "　　今年以来，…",
        ],
        ["　　今年以来，武汉市推动网格", "△江夏区网格员入户走访。", "提质扩面。", "", "　　下一步，…"],
    ):
        before = list(lines)
        captions_out_of_heads(lines, list(range(1, len(lines) + 1)))
        assert lines == before
