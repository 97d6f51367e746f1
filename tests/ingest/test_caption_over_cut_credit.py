"""Real R23 r23_01's kind, lines invented: between two paragraphs of an indented page, a photo's caption set flush
over two lines, its credit cut by the wrap (`…柳岸村村民围坐议事（资料照片）。　桐柏` / `镇供图`). Before, the lines
stayed in the body (`…照片）。桐柏镇供图` glued to the paragraph above). Negative: the same lines with a flush
line going on under them (a paragraph's lines)."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

ABOVE = [
    "青禾县推行院落议事",
    "",
    "　　本报讯（记者 林立）青禾县在各村",
    "推行院落议事，议定事项46件。",
    "　　“有事大家商量着办。”柳岸村党",
    "支部书记王川说。",
    "　　议事点设在村民院落里，每月开",
    "一次会。",
]
PHOTO = ["青禾县柳岸村村民围坐议事（资", "料照片）。　桐柏", "镇供图"]
BELOW = [
    "　　今年以来，全县已有126个村",
    "建起院落议事点。",
    "　　下一步，青禾县将把院落议事向",
    "城镇小区延伸。",
]


def _article(lines: list[str]):
    with data_dir_fixed():
        [article] = segment(assemble(classify_page("\n".join(lines))))
    return article


def test_the_caption_and_its_cut_credit_leave_the_body() -> None:
    article = _article([*ABOVE, *PHOTO, *BELOW])
    assert [(photo.text, photo.credit) for photo in article.captions] == [
        ("青禾县柳岸村村民围坐议事（资料照片）。", "桐柏镇供图")
    ]
    assert not any("供图" in paragraph for paragraph in article.paragraphs)


def test_lines_a_flush_line_goes_on_under_are_no_caption() -> None:
    article = _article([*ABOVE, *PHOTO, "建起院落议事点。", *BELOW])
    assert not article.captions
