"""A big one-shot build's site index makes its entries again one after the other, each distinct region step
one object shared by every initiative on it (indexes.laid_out), so that forked page workers reading every
initiative's card copy few pages (bench/RESULTS.md, session 33): the entries stay equal, in their order."""

from __future__ import annotations

import pytest

import builder.render.indexes as indexes
from builder.content.loader import Vocabulary
from builder.model import Initiative, Region, Source
from builder.render.indexes import Entry, build_index, laid_out
from builder.render.markdown import render_body
from builder.render.regions import region_steps


def _item(n: int, county: str = "西湖区", code: str = "330106") -> Initiative:
    return Initiative(
        title=f"社区议事会第{n}次协商",
        slug=f"yishi-{n}",
        source=Source(file=f"{n:03d}.txt", part=1),
        body=f"居民代表第{n}次围坐一堂，商议停车难题。",
        region=Region(province="浙江省", city="杭州市", county=county, code=code),
        themes=["self-governance"],
    )


def test_laid_out_entries_are_equal_and_share_each_region_step() -> None:
    items = [_item(1), _item(2), _item(3, "上城区", "330102")]
    entries = {i.slug: Entry(i, region_steps(i.region), render_body(i.body)) for i in items}
    made = laid_out(entries)
    assert list(made) == list(entries) and made == entries
    assert all(made[s] is not entries[s] and made[s].body is entries[s].body for s in entries)
    one, two, three = made.values()
    assert [a is b for a, b in zip(one.steps, two.steps, strict=True)] == [True, True, True]
    assert (
        one.steps[:2] == three.steps[:2] and one.steps[0] is three.steps[0] and one.steps[2] != three.steps[2]
    )
    assert entries["yishi-1"].steps[0] is not entries["yishi-2"].steps[0]


@pytest.mark.parametrize("least", [1, 1000])
def test_an_index_of_many_initiatives_is_laid_out(monkeypatch: pytest.MonkeyPatch, least: int) -> None:
    monkeypatch.setattr(indexes, "LAID_OUT", least)
    index = build_index([_item(1), _item(2)], Vocabulary({}, {}), {})
    one, two = index.entries.values()
    assert (one.steps[0] is two.steps[0]) == (least == 1)
