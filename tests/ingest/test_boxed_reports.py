"""R25 r25_04's kind, lines invented: a short report printed in a drawn box between two articles (a sidebar:
`┌──┐` / `│　　本报讯（记者 …）…│` / … / `└──┘`). Before, the box's lines, bars and all, were glued to the next
article (the report lost, the next article titled from a barred line). Negatives: a box of lines ending no
sentence (a list of phone numbers), a table drawn in boxes."""

from __future__ import annotations

from builder.ingest.boxedheads import unbox_reports
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BOX = [
    "┌─────────────────┐",
    "│　　本报讯（记者 林立）5月6日│",
    "│，青禾县召开基层治理现场推进会，│",
    "│推广“院落议事”做法。　　　　　│",
    "│　　会议要求各乡镇年内实现院落议│",
    "│事全覆盖。　　　　　　　　　　　│",
    "└─────────────────┘",
]


def test_the_frame_goes_blank_the_bars_go_and_the_indents_stay():
    lines = list(_BOX)
    unbox_reports(lines)
    assert lines == [
        "",
        "　　本报讯（记者 林立）5月6日",
        "，青禾县召开基层治理现场推进会，",
        "推广“院落议事”做法。",
        "　　会议要求各乡镇年内实现院落议",
        "事全覆盖。",
        "",
    ]


def test_the_bars_go_whatever_space_stands_outside_them():
    lines = ["\u3000" + line + "\u3000" for line in _BOX]
    unbox_reports(lines)
    assert lines[1:3] == ["　　本报讯（记者 林立）5月6日", "，青禾县召开基层治理现场推进会，"]


def test_a_boxed_report_between_two_articles_is_an_article_of_its_own():
    first = ["　　本报讯（记者 王川）日前，溪口镇推行", "“屋场夜话”，村干部晚上进院落听民意。"]
    last = [
        "柳岸社区：楼道议事解民忧",
        "",
        "　　近日，柳岸社区把议事桌搬进楼道，",
        "居民当场议定了加装扶手的方案。",
    ]
    page = "\n".join(["第2版　　乡村治理　　2026年5月8日", "", *first, "", *_BOX, "", *last])
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert len(articles) == 3
    assert articles[1].byline == "本报讯（记者 林立）"
    assert articles[2].title == "柳岸社区：楼道议事解民忧"


def test_a_box_ending_no_sentence_or_a_table_in_boxes_is_left_as_printed():
    for lines in (
        [
            "┌────────┐",
            "│便民服务电话│",
            "│社区服务站 5551│",
            "│物业值班室 5552│",
            "│派出所 5553│",
            "└────────┘",
        ],
        ["┌────────┐", "│社区│3个│", "│村│5个。│", "│小区│8个│", "│网格│12个│", "└────────┘"],
    ):
        before = list(lines)
        unbox_reports(lines)
        assert lines == before
