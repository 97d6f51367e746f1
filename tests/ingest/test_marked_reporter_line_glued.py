"""A reporter line opening with a mark (`■`, `●`, `◎`: an evening paper's) glued to the lead after a space, or
alone on its line: the byline without its mark, then the text. Invented lines of the kind a real page showed
(`◎记者 name 今年以来，…` under the headline): before, `◎`/`●` read it as a photo caption's mark and the
byline was lost into a caption, and `■` took the lead's first words into the byline.
"""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_LEAD = "今年以来，河西街道柳林\n社区党委把议事会开到楼栋里，居\n民的急事当天就有回音，已办结诉\n求120件。\n"


def _article(first_lines: str):
    page = "社区·邻里\n\n楼栋议事会　开到家门口\n\n" + first_lines + _LEAD
    found = segment(assemble(classify_page(page)))
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("mark", ["■", "●", "◎"])
def test_a_marked_reporter_line_glued_to_the_lead(mark):
    article = _article(f"{mark}记者 田小川 ")
    assert article.byline == "记者 田小川"
    assert article.text.startswith("今年以来，河西街道柳林社区党委")


def test_a_marked_reporter_line_alone_on_its_line():
    article = _article("◎本报记者 田小川\n")
    assert article.byline == "本报记者 田小川"
    assert article.text.startswith("今年以来，河西街道柳林社区党委")
