"""A roundup whose bullet (`●`) marks an item's headline over its byline elsewhere on the page: its other bulleted
headline-shaped lines are the headlines of its items too, not photo captions under the same mark
(headlinerules.marks_headlines, asked by headline_bullet and briefs.brief_bullet), and a phrase pair's second half
after the gap (`…：某某带头焕新颜 某某家园暖民心`) is the headline's own, no lead on its line (real R22 r22_03: the
second item was the first one's text). Negatives: a `●` caption on a page setting no marked headline over a byline
stays a caption; a bulleted line with a lead after its gap still splits."""

from __future__ import annotations

from builder.ingest.briefleads import headline_and_lead
from builder.ingest.headlinerules import marks_headlines
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_FIRST = "近日，某某市两个小区入选省级示范点。\n小区党支部通过打造红色阵地等举措，服务\n水平不断提升。\n"
_SECOND = (
    "●东湖街道明月社区：党员带头扫楼道 清洁家园暖人心\n"
    "为深化为民办实事活动，充分发挥党员作用，\n"
    "近日，某某市某某区东湖街道明月社区党委组\n"
    "织党员志愿者开展清洁家园行动。（王小红）\n"
)
_THIRD = (
    "●在职党员进社区服务群众\n"
    "□记者张华报道\n"
    "本报某某讯5月24日，某某区某某街道6个社区\n"
    "网格党支部举行联合党日活动。\n"
)


def test_a_bulleted_headline_of_a_roundup_item_opens_its_article() -> None:
    with data_dir_fixed():
        articles = segment(assemble(classify_page(_FIRST + _SECOND + _THIRD)))
    titles = [a.title for a in articles]
    assert "东湖街道明月社区：党员带头扫楼道 清洁家园暖人心" in titles
    assert "在职党员进社区服务群众" in titles


def test_a_page_setting_no_marked_headline_over_a_byline_marks_captions() -> None:
    lines = (
        _FIRST
        + "●志愿者在明月社区清扫楼道\n"
        + "●居民代表在议事会上发言\n"
        + "居民们纷纷表示，环境变好了。\n"
    ).split("\n")
    assert not marks_headlines(lines, "●")
    assert marks_headlines((_FIRST + _SECOND + _THIRD).split("\n"), "●")


def test_a_lead_after_the_gap_still_splits_from_its_headline() -> None:
    assert headline_and_lead("某某区社区食堂开进小区　某某市某某区近日在…") == (
        "某某区社区食堂开进小区",
        "某某市某某区近日在…",
    )
