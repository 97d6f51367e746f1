"""A paragraph naming its place in full inside a report on a page without bylines is no new report's lead when
it sums up the story above (`这就是…发生在江苏省南京市…的一件平常事。`) or when the report's headline names that county
by its stem (`江宁谷里社区：…` over `…南京市江宁区…`). Invented lines of the kind a real page showed (a report
opening on a resident's quotation, its place told only in its second paragraph): before, the report was cut
in two there, the second half a spurious article titled from its lead.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page


def _wrap(text: str, width: int = 16) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def _page(head2: str, place_paragraph: str) -> str:
    lines = ["社区·邻里", "", "城东社区：“板凳会”开到楼道口", ""]
    for para in (
        "近年来，城东社区党委把议事会开到楼道口，居民有事随时说、马上议。",
        "今年以来，社区共召开“板凳会”42场，解决停车、绿化等问题61件。",
    ):
        lines += _wrap(para)
    lines += ["", "", head2, ""]
    for para in (
        "“楼上漏水两个月了，找谁都没用。”居民周阿姨在调解室里说起烦心事。调解员王红当天就上门查看，三天后漏水修好了。",
        place_paragraph,
        "作为社区“老娘舅”调解室的调解员，王红每月要调解纠纷10余起。",
        "“调解员是化解矛盾的第一道关口。”区委政法委有关负责同志说。",
    ):
        lines += _wrap(para)
    return "\n".join(lines) + "\n"


def _titles(page: str) -> list[str]:
    return [a.title for a in segment(assemble(classify_page(page)))]


def test_a_paragraph_summing_up_where_the_story_happened_stays_in_its_report():
    page = _page("调解员当好“老娘舅”", "这就是上周发生在江苏省南京市江宁区谷里街道谷里社区的一件平常事。")
    assert _titles(page) == ["城东社区：“板凳会”开到楼道口", "调解员当好“老娘舅”"]


def test_a_county_its_headline_names_by_its_stem_is_the_reports_own_place():
    page = _page(
        "江宁谷里社区：调解员当好“老娘舅”", "在江苏省南京市江宁区谷里街道谷里社区，类似的事每周都有。"
    )
    assert _titles(page) == ["城东社区：“板凳会”开到楼道口", "江宁谷里社区：调解员当好“老娘舅”"]


def test_a_paragraph_opening_on_another_provinces_place_still_opens_a_report():
    page = _page("调解员当好“老娘舅”", "浙江省宁波市海曙区月湖街道，居民议事会每月开一次。")
    assert len(_titles(page)) == 3
