"""A headline of phrases set apart by a space, opening with its place, wrapped before its last phrase (real R21
r21_01's kind, builder.ingest.headlinewraps): `某某区某某街道 网格架起沟通桥梁` / `助力居民“幸福满格”` over the
byline is one headline, not a headline and its subtitle. Invented lines; negatives: a spaced kicker naming no place
over a headline, a second line naming its own place, a second line set apart by a space of its own."""

from __future__ import annotations

from builder.ingest.headlinewraps import reads_on
from tests.support.pages import page_articles

_PAGE = [
    "2024年3月4日　星期一　　　　议事周刊　　　　010",
    "",
    "历下区东关街道 楼栋长架起连心桥",
    "助力居民“安心满格”",
    "某某商报记者 王青 李杨",
    "",
    "　　基层治理的成效，体现在群众的获得感",
    "上。在济南市历下区东关街道，一群楼栋长",
    "默默奉献，服务社区。",
]


def test_spaced_headline_wrapped_before_its_last_phrase_is_one_headline() -> None:
    articles = page_articles("\n".join(_PAGE))
    assert [a.title for a in articles] == ["历下区东关街道 楼栋长架起连心桥助力居民“安心满格”"]
    assert articles[0].subtitle is None


def test_kickers_and_headlines_of_their_own_stay_apart() -> None:
    assert reads_on("历下区东关街道 楼栋长架起连心桥", "助力居民“安心满格”")
    assert not reads_on("党建引领 服务升级", "打通服务群众最后一米")  # no place opens the kicker
    # the second line names a place of its own
    assert not reads_on("历下区东关街道 楼栋长架起连心桥", "助力东关社区“安心满格”")
    assert not reads_on("历下区东关街道 楼栋长架起连心桥", "助力居民 安心满格")
