"""A headline wrapped after its first words in a narrow column, over its byline (heldout12 p06):
`党建引领` / `“小区微治理”` / `■中共…组织部`. A quoted name alone names who acts and nothing done, so it is
no headline of its own, and the short words over it are the headline's first words, not a column label (it
was furniture, and the title the quoted name alone). A label word over a whole headline stays a label.
Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BODY = "　　孝感市孝南区把楼栋作为基层\n治理的最小单元，全区建立楼栋\n党小组156个。\n"


def _titles(head: str) -> list[str | None]:
    page = f"江汉党建导刊\n2026年6月18日　第5版\n{head}■中共孝感市孝南区委组织部\n{_BODY}"
    with data_dir_fixed():
        return [a.title for a in segment(assemble(classify_page(page)))]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("党建引领\n“楼栋微治理”\n", "党建引领“楼栋微治理”"),
        (
            "社区治理\n孝南区“楼栋党小组”管好小单元\n",
            "孝南区“楼栋党小组”管好小单元",
        ),  # a label over a whole headline
    ],
)
def test_short_words_over_a_quoted_name_alone_begin_the_headline(head, title):
    assert _titles(head) == [title]
