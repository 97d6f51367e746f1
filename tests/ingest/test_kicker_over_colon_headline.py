"""heldout14 p02's kind (issue 14), lines invented: a profile's three-deck head, one kicker phrase naming no place
over a headline that opens by naming who before a colon, its `——记…` subtitle under it (`秦岭深处的“领头人”` /
`刘振华：把村里的山货卖出山` / `——记…`). Before, the kicker was glued into the title. Negatives: a kicker that
names a place (a second headline printed with it), a headline with no colon, a kicker with a colon of its own."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_TOP = "陇南日报  2026年4月15日  第4版\n人  物\n\n"
_BODY = "\n　　清晨五点，陇南市武都区安化镇\n桃坪村党支部书记赵建国已经站在村里\n的花椒加工厂门口。\n"


def _heads(head: str):
    with data_dir_fixed():
        [article] = segment(assemble(classify_page(_TOP + head + _BODY)))
    return article.title, article.subtitle


def test_one_kicker_phrase_over_a_colon_headline_and_its_subtitle():
    title, _ = _heads(
        "大山深处的“当家人”\n赵建国：把村里的花椒卖出山\n——记武都区安化镇桃坪村党支部书记赵建国\n"
    )
    assert title == "赵建国：把村里的花椒卖出山"


def test_a_kicker_naming_a_place_or_a_headline_with_no_colon_is_left_as_before():
    for head in (
        "安化镇的“当家人”\n赵建国：把村里的花椒卖出山\n——记武都区安化镇桃坪村党支部书记赵建国\n",
        "大山深处的“当家人”\n赵建国把村里的花椒卖出山\n——记武都区安化镇桃坪村党支部书记赵建国\n",
        "大山深处：“当家人”\n赵建国：把村里的花椒卖出山\n——记武都区安化镇桃坪村党支部书记赵建国\n",
    ):
        title, _ = _heads(head)
        assert title != head.split("\n")[1]
