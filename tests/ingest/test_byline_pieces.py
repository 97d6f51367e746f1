"""Bylines printed in pieces and heads printed in part (heldout27 p06 and p08 kinds, invented lines): a byline one
character a line (builder/ingest/bylinepieces.py), a transliterated name cut at its middle dot, the writer's and the
photographer's credits with their roles (`文/本报记者 …　图/通讯员 …`), a headline set as artwork with only its
`——` subtitle printed (headlines.assign_titles)."""

from __future__ import annotations

from builder.ingest.bylinepieces import bylines_in_pieces_joined
from builder.ingest.bylineshapes import is_byline_text, unslash_names
from tests.support.pages import page_drafts

_PAGE = [
    "2026年5月20日　星期三　　某某基层报　　第3版",
    "",
    "　　　　　　——铜仁市碧江区坝黄镇宋家坝村“板凳会”见闻",
    "",
    "文/本报记者 吴兰　图/通讯员 杨松",
    "",
    "　　初夏傍晚，碧江区坝黄镇宋家坝村的晒坝上摆开了板凳，",
    "村民们围坐一起，商量修建产业路的事。",
    "　　村党支部把全村划为9个片区，每月召开一次板凳会。",
    "",
    "",
    "文明实践在身边",
    "北门街道：“楼道管家”管好楼里事",
    "",
    "本",
    "报",
    "记",
    "者",
    "周",
    "敏",
    "",
    "　　北门街道老旧小区多，街道在每栋楼选出“楼道管家”，",
    "协助社区开展巡查。今年以来，管家们上报问题860余件。",
    "",
    "",
    "和睦巷社区：“巷邻会”议出邻里情",
    "",
    "本报记者 买买提·",
    "吐尔逊　通讯员 李芳",
    "　　和睦巷社区地处老城区，社区党委推行“巷邻会”，",
    "每月召开一次，今年以来化解矛盾纠纷52起。",
]


def test_a_writer_and_photographer_credit_with_roles_is_a_byline() -> None:
    for line in (
        "文/本报记者 吴兰　图/通讯员 杨松",
        "文／记者 王芳 李明　图／本报记者 张强",
        "文/黎海燕 图/覃立新",
    ):
        assert is_byline_text(line), line
        assert unslash_names(line) == line  # the credits keep their slashes


def test_a_byline_in_pieces_is_set_on_one_line() -> None:
    lines = ["标题", "记", "者", "周", "敏", "　　正文。", "本报记者 买买提·", "吐尔逊　通讯员 李芳", "正文"]
    numbers = list(range(1, 10))
    bylines_in_pieces_joined(lines, numbers)
    assert lines == ["标题", "记者 周敏", "　　正文。", "本报记者 买买提·吐尔逊　通讯员 李芳", "正文"]
    assert numbers == [1, 2, 6, 7, 9]
    column = ["基", "层", "实", "践"]  # a column label stacked: no byline, left to the label rule
    bylines_in_pieces_joined(column, [1, 2, 3, 4])
    assert column == ["基", "层", "实", "践"]


def test_heads_with_bylines_in_pieces_and_a_headline_not_printed(tmp_path) -> None:
    first, second, third = page_drafts(_PAGE, tmp_path)
    assert first.subtitle == "铜仁市碧江区坝黄镇宋家坝村“板凳会”见闻"
    assert not first.title.startswith("——")  # made from the lead: the headline was artwork
    assert first.byline == "文/本报记者 吴兰 图/通讯员 杨松"
    assert (second.title, second.subtitle) == ("北门街道：“楼道管家”管好楼里事", "文明实践在身边")
    assert second.byline == "本报记者 周敏"
    assert third.byline == "本报记者 买买提·吐尔逊 通讯员 李芳"
