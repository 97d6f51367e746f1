"""A column's label behind a mark, set apart under the headline and over the byline (heldout23 p01: `□城乡社区`):
furniture, not a kicker glued to the headline (`城乡社区：夷陵区…`)."""

from builder.ingest.pagelines import FURNITURE, HEADLINE
from builder.ingest.units import classify_page

_PAGE = (
    "某区“小区议事厅”让居民的事居民商量着办\n\n\n{label}\n\n"
    "　　本报讯（记者 某某 通讯员 某某）今年以来，某区在城区小区全面推行“小区议事厅”。\n"
)


def _kinds(label: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(_PAGE.format(label=label))]


def test_a_marked_label_under_the_headline_is_furniture():
    kinds = _kinds("□城乡社区")
    assert (HEADLINE, "某区“小区议事厅”让居民的事居民商量着办") in kinds
    assert (FURNITURE, "城乡社区") in kinds and (HEADLINE, "城乡社区") not in kinds


def test_an_unmarked_second_headline_is_left_to_the_headline_rules():
    assert (HEADLINE, "城乡社区") in _kinds("城乡社区")
