"""Real R24 kinds (invented lines): a `短评` printed beside a report by a layout extraction that pads the left column
with ideographic spaces, by characters, before its gap; the report's reporter line (a site and its app) under
the commentary (wider than the left column), over a photo credit; an untitled brief after it, closed by its credit."""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.read import clean_text
from builder.ingest.sidebyside import unfold_columns
from builder.ingest.workers import process_page

_LEFT = [
    "为进一步做好社区服务，完善邻里议事机",
    "制，充分调动“楼长”参与社区事务",
    "的积极性，3月12日，青松社区召开",
    "楼长座谈会。会上，社区书记肯定了“楼长”",
    "一年来在社区工作中作出的成绩和贡",
    "献，并为评出的36名优秀楼长颁发证",
    "书，希望大家继续当好社区的帮手。",
]
_RIGHT = [
    "短评",
    "楼长更要有干劲",
    "基层治理，人是关键。",
    "楼长来自居民，最懂",
    "居民。用好激励，才能",
    "让更多人站出来。",
    "（小文）",
]


def _beside(left: list[str], right: list[str]) -> list[str]:
    width = max(map(len, left))
    pads = {
        0: "",
        1: "　",
    }  # a line one character short padded by an ideographic space, as the extraction did
    return [
        f"{a}{pads.get(width - len(a), '  ' * (width - len(a)))}    {b}" if b else a
        for a, b in zip(left, right, strict=False)
    ]


_PAGE = [
    "社区版                2026年3月14日",
    "",
    "青松社区：召开优秀楼长座谈会",
    "",
    *_beside(_LEFT, _RIGHT),
    "",
    "某某省新闻网 某某APP记者 周一鸣 通讯员 林小禾",
    "图片来源：青松社区",
    "",
    "■ 本地简讯",
    "",
    "近日，某某市东城区建设街道柳岸社区72岁",
    "的楼长陈大伯，把收集的8条建议反映给社区，",
    "得到答复。（郑禾）",
]


def test_ideographic_padding_keeps_its_two_columns_in_a_gap_only():
    assert clean_text("左栏末尾　    右栏") == "左栏末尾      右栏"
    assert clean_text("周报　2026年") == "周报 2026年"  # one ideographic space between words: one space
    assert clean_text("　　段首缩进") == "  段首缩进"
    assert (
        clean_text("左栏末尾       　　右栏缩进") == "左栏末尾         右栏缩进"
    )  # the right column's indent


def test_comment_beside_report_is_read_after_it():
    unfolded = unfold_columns(clean_text("\n".join(_PAGE))).split("\n")
    assert unfolded.index("短评") > unfolded.index(_LEFT[-1])
    assert "青松社区：召开优秀楼长座谈会" in unfolded
    assert (
        unfolded[unfolded.index("青松社区：召开优秀楼长座谈会") + 1] == ""
    )  # the blank under the headline kept


def test_site_and_app_reporter_line():
    assert is_byline_text("某某省新闻网 某某APP记者 周一鸣 通讯员 林小禾")
    assert not is_byline_text("某某日报 今天记者采访了他们")


def test_reporter_line_under_the_comment_signs_the_report(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(_PAGE) + "\n", encoding="utf-8")
    drafts = process_page(path).drafts
    assert len(drafts) == 2
    assert drafts[0].title == "青松社区：召开优秀楼长座谈会"
    assert drafts[0].byline == "某某省新闻网 某某APP记者 周一鸣 通讯员 林小禾"
    assert drafts[1].byline == "郑禾"
