"""Real articles (issue 14, R17): the standing terms of the farm year and of rural policy (“三夏”生产, “三农”发展)
and an idiom quoted for how something is done (“见缝插针”种植) are no practices; a village's living environment
improved (人居环境, 村容村貌, 和美乡村) is rural work; the title of the press's reporting tour (“…”主题采访活动走进某村,
R16) is the paper's, not the place's practice. Invented sentences of each kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from builder.extract.practices import extract_practices
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_the_farm_years_seasons_and_rural_policys_name_are_no_practices() -> None:
    body = (
        "全县“三夏”生产有序推进，截至10日已收小麦12万亩。"
        "村党支书说，要把村里的做法带到会上，为全省“三农”发展出一份力。"
    )
    assert extract_practices("", body) == []
    # negative: a named practice in the same lines stays
    named = body + "村里推行“田保姆”服务，合作社统一收割。"
    assert extract_practices("", named) == ["田保姆"]


def test_an_idiom_quoted_for_how_something_is_done_is_no_practice() -> None:
    body = "在村里的药园里，“见缝插针”种植的80多种草药长势喜人，村民“对症下药”解决了销路难题。"
    assert extract_practices("", body) == []


def test_a_villages_living_environment_improved_is_rural_work(vocab: dict[str, Label]) -> None:
    title = "“三清一改”让山村换新颜"
    body = (
        "近年来，某镇以“三清一改”为抓手，对6个自然村实施人居环境整治，村容村貌焕然一新。"
        "从道路硬化到垃圾分类，一个个项目让村民住得更舒心。镇里还组建宣讲团进村宣讲。"
    )
    assert T.score_themes(title, [], body, vocab, [])[0] == "rural-revitalization"
    # negative: a city estate's clean-up names none of these words
    estate = "某社区对老旧小区实施环境整治，楼道焕然一新，居民住得更舒心。"
    assert T.theme_scores("", [], estate, vocab).get("rural-revitalization", 0) == 0


def test_the_title_of_a_reporting_tour_is_no_practice() -> None:
    body = "葡萄园、老油坊……“奋进新时代在西岭”主题采访活动走进某区某村。村里推行“积分超市”，村民踊跃参与。"
    assert extract_practices("", body) == ["积分超市"]
    assert extract_practices("", "“奋进新时代在西岭”采访团一行来到村里。") == []
