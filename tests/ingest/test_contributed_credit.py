"""A magazine's 典型案例 (tests/corpus/heldout35 p02): a column label, the headline, and under it the bracketed credit
of the unit that contributed the case (`（某某区委组织部供稿）`), then the case in `【案例】`/`【做法】` sections.
Before, the headline, the credit and the first section label were read as one heading and the case got a title
made from its lead; now the headline is the title and the credit, without its brackets, the byline."""

from __future__ import annotations

from builder.ingest.bylineshapes import contributed_by
from builder.ingest.pagelines import BYLINE, HEADLINE
from builder.ingest.units import classify_page

# invented lines, laid out as such pages print them
_PAGE = (
    "城乡治理·案例　　　　　　　　　　　　　　　　　　　17\n\n"
    "典型案例\n"
    "青石镇：“院坝协商会”协出邻里新气象\n"
    "{credit}\n"
    "【案例】\n"
    "　　某某县青石镇地处山区，村落分散，\n"
    "留守老人多、公共设施少，群众办事难\n"
    "的问题一度较为突出。\n"
    "【做法】\n"
    "　　镇党委在全镇21个村推行“院坝协\n"
    "商会”，由村党组织书记召集，每月在\n"
    "院坝里商量村里的大事小情。\n"
)


def _kinds(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page)]


def test_a_contributed_credit_under_the_headline_is_its_byline():
    units = _kinds(_PAGE.format(credit="（青石县委组织部供稿）"))
    assert (HEADLINE, "青石镇：“院坝协商会”协出邻里新气象") in units
    assert (BYLINE, "青石县委组织部供稿") in units


def test_only_a_bracketed_contribution_credit_is_one():
    assert contributed_by("（青石县委组织部供稿）") == "青石县委组织部供稿"
    assert contributed_by("（本报记者 王某）") is None
    assert contributed_by("青石县委组织部供稿，特此说明。") is None


def test_a_bracketed_aside_under_a_line_is_no_byline():
    units = _kinds(_PAGE.format(credit="（青石县委组织部）"))
    assert BYLINE not in [kind for kind, _ in units]
