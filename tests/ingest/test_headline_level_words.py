"""A two-phrase headline whose second phrase opens with a verb and a level word (`壮大村级…`, `推进县级…`) is one
headline, not two printed side by side (builder.ingest.textrules.split_headlines): 村级, 县级 name the level
something is done at, no place ending there (`壮大村`). Invented lines of the shape real r03 shows (a headline
opening with its province and city, long enough for two whole headlines, over its lead)."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.textrules import split_headlines
from tests.support.pages import page_drafts


def test_a_level_word_opens_no_second_headline() -> None:
    for headline in (
        "湖北宜城市支部领航 壮大村级合作经济",
        "安徽桐城市党建引领 推进县级融媒改革",
        "广东英德市组织赋能 健全镇级便民服务",
    ):
        assert split_headlines(headline) == [headline], headline


def test_a_place_opening_the_second_phrase_still_opens_a_headline() -> None:
    assert split_headlines("青禾县：议事会议出邻里和气 柳岸镇“板凳会”守护乡村平安") == [
        "青禾县：议事会议出邻里和气",
        "柳岸镇“板凳会”守护乡村平安",
    ]


def test_the_whole_headline_titles_its_report(tmp_path: Path) -> None:
    lines = [
        "青禾县：深化“三联”机制推进乡村振兴",
        "",
        "　　近年来，青禾县坚持把发展特色产",
        "业作为推动乡村振兴的重要抓手，全",
        "县96个村集体经济收入达到2100",
        "万元。",
        "",
        "",
        "湖北宜城市支部领航 壮大村级合作经济",
        "",
        "　　位于国道沿线的湖北宜城市板桥",
        "镇东岗村，全村下辖4个自然村，",
        "党员36名，以柑橘种植为主。",
        "　　2019年，新一届两委班子上任后，",
        "把村发展的方向调整到产业上面来。",
    ]
    first, second = page_drafts(lines, tmp_path)
    assert first.title == "青禾县：深化“三联”机制推进乡村振兴"
    assert second.title == "湖北宜城市支部领航 壮大村级合作经济"
    assert second.body.startswith("位于国道沿线")
