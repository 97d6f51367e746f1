"""A document typed in GBK (an in-house bulletin, heldout30 p06) prints a subtitle's dashes as two box-drawing rules
(`──…的实践`) and signs each article with a department of a party committee under its headline (`中共某某市委
社会工作部`, `某某旗委组织部　王慧`): the subtitle and the byline, never one title of three lines
(builder/ingest/ocrdamage.py, bylineshapes.py). Invented lines, and negatives."""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "把议事会开到村民院坝里\n"
    "──青溪县推行“院坝议事会”的实践\n"
    "中共青溪县委社会工作部\n\n"
    "　　今年以来，青溪县在各村推行“院坝议事会”，\n"
    "每月由村党支部召集村民商议村中大事，已\n"
    "解决修路、饮水等问题120余件。\n\n"
    "石桥镇机关干部“包片”联系群众\n"
    "石桥镇党委组织部　周明\n\n"
    "　　石桥镇把全镇划分为18个片区，每个片区\n"
    "由一名机关干部包片联系，今年走访群众3200余户。\n"
)


def test_box_drawn_subtitle_and_department_bylines():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [(a.title, a.subtitle, a.byline) for a in articles] == [
        ("把议事会开到村民院坝里", "青溪县推行“院坝议事会”的实践", "中共青溪县委社会工作部"),
        ("石桥镇机关干部“包片”联系群众", None, "石桥镇党委组织部\u3000周明"),
    ]


def test_department_lines_are_bylines_and_sentences_are_not():
    assert is_byline_text("中共青溪县委社会工作部")
    assert is_byline_text("某某旗委组织部　王慧")
    assert not is_byline_text("市委组织部")
    assert not is_byline_text("把县委组织部的工作做到家")
    assert not is_byline_text("青溪县委组织部牵头，")
