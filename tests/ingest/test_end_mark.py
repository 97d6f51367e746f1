"""The mark ending an article after its last sentence (heldout12 p05: `…3400余件。（完）`) is furniture: left in,
the sentence stayed open, and the next article's headline and dateline were read inside it (the last paragraph
and the next lead glued into one, the byline lost). Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.textrules import remove_continuation_markers
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def test_an_end_mark_closes_its_article():
    page = (
        "某某周刊\n\n书院街道“邻里节”聚人心\n本报记者　陈静\n"
        "　　孝感市孝南区书院街道举办“邻里节”，\n今年共办活动56场。（完）\n\n"
        "城关镇推行“院坝会”\n本报讯（通讯员　王芳　记者　李强）\n"
        "　　城关镇把议事会开到院坝里，今年已\n议定事项120件。\n"
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert [(a.title, a.byline) for a in articles] == [
        ("书院街道“邻里节”聚人心", "本报记者　陈静"),
        ("城关镇推行“院坝会”", "本报讯（通讯员　王芳　记者　李强）"),
    ]
    assert articles[0].paragraphs[-1].endswith("今年共办活动56场。")


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("今年共办活动56场。（完）", "今年共办活动56场。"),
        ("“我们会做下去。”(完)", "“我们会做下去。”"),
        ("办结率99.2%。（记者 某某）（完）", "办结率99.2%。（记者 某某）"),  # after a closing credit
        ("工作是否完（完）", "工作是否完（完）"),  # no sentence before it: text
        ("（完）成了任务。", "（完）成了任务。"),  # not at the line's end
    ],
)
def test_only_an_end_mark_after_a_sentence_is_removed(line, cleaned):
    assert remove_continuation_markers(line) == cleaned
