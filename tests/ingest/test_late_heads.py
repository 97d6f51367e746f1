"""A headline and its byline printed after the first lines of their own body (heldout12 p08): the page opens
with a body and no headline, then the head stands in the middle of a sentence, and the line under it goes on
with the word the line above it began (`…收` / head / `集意见建议…`). The head goes back over its body: one
article, its first lines its own, no spurious article opening mid-word. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.interleave import deinterleave
from builder.ingest.lateheads import lift_late_heads
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_MASTHEAD = "江汉基层报\n2026年6月25日　第8版\n\n"
_LEAD = "　　孝感市孝南区书院街道在辖区\n7个社区推行“单元长”制度，选\n出单元长310名。\n"
_HEAD = "书院街道“单元长”管好小单元\n本报记者　陈静\n"


def _articles(page: str) -> list[tuple[str | None, str | None, list[str]]]:
    with data_dir_fixed():
        articles = segment(assemble(deinterleave(lift_late_heads(classify_page(page)))))
    return [(a.title, a.byline, a.paragraphs) for a in articles]


def test_a_head_inside_the_first_lines_of_its_body_goes_over_it():
    page = (
        _MASTHEAD
        + _LEAD
        + "　　单元长每周走访住户，收\n"
        + _HEAD
        + "集意见建议，今年以来共办结\n居民诉求980条。\n"
    )
    assert _articles(page) == [
        (
            "书院街道“单元长”管好小单元",
            "本报记者\u3000陈静",
            [
                "孝感市孝南区书院街道在辖区7个社区推行“单元长”制度，选出单元长310名。",
                "单元长每周走访住户，收集意见建议，今年以来共办结居民诉求980条。",
            ],
        )
    ]


@pytest.mark.parametrize(
    "page",
    [
        # the line above the head ends its sentence: the head opens the next article
        _MASTHEAD + _LEAD + _HEAD + "　　今年以来，街道共办结居民\n诉求980条。\n",
        # the line under the head does not read on from the line above it
        _MASTHEAD
        + _LEAD
        + "　　单元长每周走访住户，收\n"
        + _HEAD
        + "　　今年以来，街道共办结居民\n诉求980条。\n",
    ],
)
def test_a_head_not_cutting_its_body_stays(page):
    with data_dir_fixed():
        units = classify_page(page)
        assert lift_late_heads(units) is units
