"""A count before a 、-list whose whole has a count of its own (metric_after.label_after): a count of places
(个) counts the place unit opening the list (15个村（社区）土地、房屋等资源71项 -> 村（社区）); a count of people
(名) counts the first people listed, never the place their name begins with (30名村民代表、党员等群众100余人 ->
村民代表, not 村). A place unit owning what a 有-clause counts is named whole (乡镇有干部 -> 乡镇干部)."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics
from builder.util.paths import data_dir_fixed


def _labels(text: str) -> list[tuple[float, str, str]]:
    with data_dir_fixed():
        return [(m.value, m.unit, m.label) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("该村组织30名村民代表、党员等群众100余人参加议事。", (30, "名", "村民代表")),
        ("社区组织20名社区工作者、网格员等力量100余人入户走访。", (20, "名", "社区工作者")),
        ("镇里选派20名村干部、党员等骨干60人参加培训。", (20, "名", "村干部")),
    ],
)
def test_a_count_of_people_counts_the_first_listed_not_the_place_their_name_opens_with(
    text: str, first: tuple[int, str, str]
) -> None:
    assert _labels(text)[0] == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("全镇15个村（社区）土地、房屋等资源71项纳入平台。", (15, "个", "村（社区）")),
        ("共有5个小区物业、业委会等主体30家参与。", (5, "个", "小区")),
        ("1300余名快递小哥、外卖骑手、网约车司机等新就业群体参加活动。", (1300, "名", "新就业群体")),
    ],
)
def test_a_count_of_places_counts_the_unit_and_a_list_without_its_own_count_is_its_whole(
    text: str, first: tuple[int, str, str]
) -> None:
    assert _labels(text)[0] == first


def test_the_place_owning_what_is_counted_is_named_whole() -> None:
    assert _labels("全县乡镇有干部560名。") == [(560, "名", "乡镇干部")]
    assert _labels("淮光社区有居民3200户。") == [(3200, "户", "社区居民")]
