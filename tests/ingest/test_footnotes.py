"""Notes printed under a rule at an article's end (builder/ingest/footnotes.py, heldout27 p08 kind, invented lines):
furniture, in no body; numbered lines elsewhere stay text."""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE, TEXT
from tests.support.pages import page_units

_PAGE = [
    "幸福巷社区：“楼长制”管好楼里事",
    "",
    "　　幸福巷社区推行“楼长制”1，每栋楼由1名党员担任楼长。",
    "　　社区党委书记说，楼长制让邻里更亲了。",
    "——————",
    "1 “楼长制”由幸福巷社区党委于2024年推出。",
    "② 楼长由居民推选产生。",
    "",
    "",
    "和平村：“积分超市”兑出新风尚",
    "",
    "　　和平村推行积分制，做法有三条：",
    "1 每月评议一次。",
]


def test_notes_under_the_closing_rule_are_furniture() -> None:
    units = page_units("\n".join(_PAGE))
    kinds = {unit.text: unit.kind for unit in units}
    assert kinds["1 “楼长制”由幸福巷社区党委于2024年推出。"] == FURNITURE
    assert kinds["② 楼长由居民推选产生。"] == FURNITURE
    assert kinds["1 每月评议一次。"] == TEXT  # a numbered line under no rule
