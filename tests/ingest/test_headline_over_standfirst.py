"""Real R36 p03's kind (issue 14), lines invented: on a page whose paragraphs are all indented, a feature's headline
apart between blank lines over its standfirst, an UNINDENTED paragraph standing alone, itself over the feature's
first section heading. Before, the headline was read as a subheading of the report above (it names no place) and
the feature merged into it. Negatives: the same heading over an indented paragraph, and a page setting every
paragraph flush, keep it a subheading."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_ABOVE = (
    "第05版　　　　乡村振兴\n\n"
    "某某县推进村级议事协商\n小事有人管　大事有人议\n\n"
    "　　近年来，某某县聚焦村级事务，推动议事\n协商向村民小组延伸，村里面貌焕然一新。\n\n"
    "议事会开到田埂边\n\n"
    "　　在河湾村，村党支部每月召开一次议事\n会，群众提出的意见当场记录、限期办理。\n"
    "　　今年以来，全县共收集意见建议三百余\n条，办结率达到九成以上。\n\n"
)
_HEAD = "跟着村医走一天\n\n"
_STANDFIRST = (
    "药箱不离手，山路走成了熟路。村里的老人\n说起她，总是竖起大拇指。本次蹲点日记，\n"
    "记者跟随一名乡村医生走村入户，看她怎样\n把健康送到群众家门口。\n\n"
)
_SECTION = (
    "清晨出门的第一站\n\n"
    "　　早上七点，她背起药箱出了门。第一\n站是独居的王大爷家，量血压、问饮食。\n"
    "　　“您这两天头还晕吗？”她一边问，一\n边把药分好装进小盒子里。\n"
)


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_a_heading_over_an_unindented_standfirst_on_an_indented_page_opens_a_feature() -> None:
    articles = _articles(_ABOVE + _HEAD + _STANDFIRST + _SECTION)
    assert [a.title for a in articles] == ["小事有人管　大事有人议", "跟着村医走一天"]
    assert articles[1].paragraphs[0].startswith("药箱不离手")


def test_the_heading_over_an_indented_paragraph_or_on_a_flush_page_stays_a_subheading() -> None:
    assert len(_articles(_ABOVE + _HEAD + "　　" + _STANDFIRST + _SECTION)) == 1
    flush = (_ABOVE + _HEAD + _STANDFIRST + _SECTION).replace("\n　　", "\n")
    assert len(_articles(flush)) == 1
