"""A theory essay (heldout34 p02's kind, invented here): a column label, the headline, the author's bare name
standing apart, then a `【关键词】…` field line over the body. The name was no signature (no indented paragraph
right after its gap) and the field line was read as the headline; the name is the byline, the field line
furniture. Negative: a lone name over an unindented line that is no field line stays no byline."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_HEAD = (
    "理论周刊　　　　2026年3月4日　星期三　　第9版\n\n观　察\n\n以清单管理推动基层治理提质增效\n\n周明远\n\n"
)
_BODY = (
    "　　清单管理，是基层治理的重要抓手。近年来，某省\n"
    "推行乡镇履职事项清单，梳理出事项3000余项。\n"
    "　　清单要管用。各地对清单外事项实行准入审核，\n"
    "退回事项900余件。\n"
)


def test_name_over_a_field_line_signs_the_essay():
    articles = segment(assemble(classify_page(_HEAD + "【关键词】清单管理　基层治理\n\n" + _BODY)))
    assert [(a.title, a.byline) for a in articles] == [("以清单管理推动基层治理提质增效", "周明远")]
    assert "关键词" not in articles[0].text


def test_name_over_an_unindented_line_is_no_signature():
    units = classify_page(_HEAD + "清单管理是抓手\n\n" + _BODY)
    assert [u.kind for u in units if u.text == "周明远"] != ["byline"]
