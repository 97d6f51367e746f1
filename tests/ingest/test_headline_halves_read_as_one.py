"""Real R38 kinds (invented lines): a headline read as a kicker over a headline of its own.
- Wrapped over two lines, the second opening on its predicate's adverb (`某某市20余万名党员和志愿者` / `已到社区报到`):
  one headline, whatever place the first line names; `已有…` may open a headline of its own.
- Two halves on one line apart by a space (`长征驿站成“娘家”　外卖小哥变身社区治理“移动探头”`): the second half's
  `变身社区` (a verb of becoming before a place's suffix) named no place, so the halves were taken for a kicker
  naming none over a headline opening with its place."""

from __future__ import annotations

import pytest

from builder.ingest.headlineplaces import place_words
from builder.ingest.headlinewraps import OWN_SUBJECT, reads_on
from builder.util.paths import data_dir_fixed
from tests.support.pages import page_articles

_BODY = (
    "　　记者昨日从某某市委组织部获悉，全市\n党员积极响应号召，踊跃到社区报到。\n"
    "　　目前，已报到党员3.2万余人，认领服\n务岗位5000多个。\n"
)
_ABOVE = (
    "骑手有了歇脚处\n\n　　今年以来，某某区在商圈建起骑手驿站，\n为骑手提供休息充电服务。（记者　王明）\n\n"
)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (f"某某市3万余名党员\n已到社区报到\n\n{_BODY}", "某某市3万余名党员已到社区报到"),
        (f"{_ABOVE}某某市3万余名党员\n已到社区报到\n\n{_BODY}", "某某市3万余名党员已到社区报到"),
        (
            f"小店成了“加油站”　快递小哥变身社区治理“移动探头”\n\n{_BODY}",
            "小店成了“加油站”快递小哥变身社区治理“移动探头”",
        ),
    ],
    ids=["wrapped-at-top", "wrapped-mid-page", "halves-on-one-line"],
)
def test_one_headline_no_kicker(page, title):
    article = page_articles(page)[-1]
    assert (article.title.replace("　", "").replace(" ", ""), article.subtitle) == (title, None)


def test_a_predicate_adverb_joins_but_a_headline_of_its_own_stays():
    with data_dir_fixed():
        assert reads_on("某某市3万余名党员", "已到社区报到")
        assert not reads_on("党建引领聚合力", "已有300名党员到社区报到")  # `已有…` opens a headline


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("快递小哥变身社区治理“移动探头”", []),
        ("党员扎根社区解民忧", []),
        ("红旗街道“一刻钟便民圈”越织越密", ["红旗"]),
    ],
    ids=["becoming", "going", "a-place"],
)
def test_a_verb_of_going_or_becoming_before_a_suffix_names_no_place(text, places):
    with data_dir_fixed():
        assert place_words(text) == places
        assert bool(OWN_SUBJECT.match(text)) is bool(places)
