"""A headline set vertically at the article's side, printed one character a line, with a blank line between it and
the reporter line under it (invented text of heldout24 p08). Before, the stack was read as a column label (page
furniture: it was known a headline only with a byline right under it) and the article took another line for its title.
"""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE, HEADLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_P08 = (
    "陇原党建　　2026年11月18日　　第6版　　基层减负\n\n"
    + "\n".join("秦州区为社区减负赋能")
    + "\n\n本报记者 马文静\n\n"
    "　　天水市秦州区针对社区事项多、牌子多、\n台账多的问题，今年推出“社区减负六条”，\n"
    "让社区干部从繁杂事务中解脱出来。\n"
    "　　一、清理挂牌。全区社区办公场所外的各\n类牌子由平均每个社区17块减少到3块。\n"
)


def test_a_vertical_headline_over_a_blank_line_and_its_byline_is_the_headline():
    units = classify_page(_P08)
    assert (HEADLINE, "秦州区为社区减负赋能") in [(u.kind, u.text) for u in units]
    found = segment(assemble(units))
    assert [(a.title, a.byline) for a in found] == [("秦州区为社区减负赋能", "本报记者 马文静")]


def test_a_stacked_label_over_a_blank_line_and_a_sentence_stays_furniture():
    units = classify_page("基\n层\n治\n理\n\n\n回民区以组织力引领城市基层治理。\n")
    assert (units[0].kind, units[0].text) == (FURNITURE, "基层治理")
