"""A serial's part ends with `（未完待续）` and a notice of its next part (`下期预告：…敬请关注本报…《…（下）》。`,
heldout29 p06's kind): the mark was read as a closing credit and glued to the byline (`本报记者 某某 未完待续`), the
notice stayed in the body. Both are furniture. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.textrules import remove_continuation_markers
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

PAGE = (
    "某某周报　　2026年5月6日　星期三　　第3版\n\n"
    "基层治理调研行·某某篇\n"
    "田坎上的“议事桌”（上）\n"
    "本报记者 钱明 孙丽\n\n"
    "　　在某某县的山村，村民有事爱在田坎上\n商量。去年起，县里推行“田坎议事”。\n"
    "　　一年来，全县共召开议事会3200余场，\n办结率91%。\n"
    "　　（未完待续）\n"
    "下期预告：议定的事，如何落到实处？\n敬请关注本报5月13日第3版《田坎上的\n“议事桌”（下）》。\n\n\n"
    "城关镇推行“院坝会”\n本报讯（通讯员　王芳　记者　李强）\n"
    "　　城关镇把议事会开到院坝里，今年已\n议定事项120件。\n"
)


def test_a_serials_end_mark_and_next_part_notice_are_furniture():
    with data_dir_fixed():
        articles = segment(assemble(classify_page(PAGE)))
    assert [(a.title, a.byline) for a in articles] == [
        ("田坎上的“议事桌”（上）", "本报记者 钱明 孙丽"),
        ("城关镇推行“院坝会”", "本报讯（通讯员　王芳　记者　李强）"),
    ]
    assert articles[0].paragraphs[-1] == "一年来，全县共召开议事会3200余场，办结率91%。"


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("办结率91%。（未完待续）", "办结率91%。"),
        ("办结率91%。(待续)", "办结率91%。"),
        ("“我们会做下去。”（续完）", "“我们会做下去。”"),
        ("（待续）的故事", "（待续）的故事"),
    ],
)
def test_a_serials_end_mark_after_a_sentence_is_removed(line, cleaned):
    assert remove_continuation_markers(line) == cleaned
