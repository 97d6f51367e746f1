"""A closing credit with roles after an article's last sentence on its line, and a sidebar's label set off by
`｜` (real damaged text).

heldout5 g07 (CRLF): `…今年已投入补贴资金186` / `万元。（本报记者 梁宇）` / blank / `短评｜让老城在商量中焕新` /
comment … `焕发新活力。（文远）`. Before, the credit, the sidebar's label and the comment ran on in the
article's last paragraph, and the comment's `（文远）` became the article's byline.
"""

from __future__ import annotations

from pathlib import Path

from builder.ingest.pagelabels import SIDEBAR_LABEL
from builder.ingest.pagelines import BYLINE, SIDEBAR, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_G07 = (Path(__file__).parents[1] / "corpus" / "heldout5" / "g07.txt").read_text(encoding="utf-8")
_TAIL = _G07.replace("\r\n", "\n")[_G07.replace("\r\n", "\n").index("赤坎区“长者饭堂”覆盖全部社区") :]


def _kinds(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page)]


def test_a_closing_credit_with_roles_after_the_last_sentence_on_its_line_is_the_byline():
    units = _kinds(_TAIL)
    assert (TEXT, "万元。") in units
    assert (BYLINE, "（本报记者 梁宇）") in units
    article = segment(assemble(classify_page(_G07.replace("\r\n", "\n"))))[-1]
    assert (article.title, article.byline) == ("赤坎区“长者饭堂”覆盖全部社区", "本报记者 梁宇")
    assert article.text.endswith("今年已投入补贴资金186万元。")
    assert "短评" not in article.text and "文远" not in article.text


def test_a_credit_with_text_going_on_under_it_is_left_to_the_paragraph():
    page = _TAIL.replace("万元。（本报记者 梁宇）\n", "万元。（本报记者 梁宇）\n这一做法已在全市推开。\n")
    assert (BYLINE, "（本报记者 梁宇）") not in _kinds(page)


def test_a_sidebars_label_may_be_set_off_by_a_bar():
    assert (SIDEBAR, "短评｜让老城在商量中焕新") in _kinds(_TAIL)
    assert SIDEBAR_LABEL.match("短评 让“院坝会”常开常新")
    assert not SIDEBAR_LABEL.match("链接社区资源，服务群众。")
