"""Where a paragraph breaks, and where a line that looks like a heading is a wrapped line (issue 14).

Invented lines of the kinds the real pages and the corpus print:
- a heading-shaped line whose next line opens with a count (heldout2 d04 `截至目前，全区已创建“平安院落”` /
  `2180个，…`), ends on an adverb (heldout4 f06 `…今年已` / `培训…`) or on a figure (c03 `…店铺长4300余` / `名，…`);
- a reporter's name in brackets on a line of its own after the last sentence (`（方晓）`);
- on an indented page, a line with no indent after a sentence end that half-width figures made short;
- on a page with no indent and no blank line, a paragraph whose last line is full, then a dated opening.
"""

from __future__ import annotations

from builder.ingest.linejoin import opens_paragraph
from builder.ingest.pagelines import BYLINE, HEADING, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.units import classify_page


def _blocks(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in assemble(classify_page(page)) if b.kind in (TEXT, HEADING, BYLINE)]


_ABOVE = "本报讯（记者 方晓）\n桐庐县以院落为单元推进平安建设，\n由院落党小组长牵头开展治安巡逻。\n\n"


def test_a_line_whose_next_line_opens_with_a_count_is_no_heading():
    page = _ABOVE + "截至目前，全县已建成“红色驿站”\n320个，组建志愿服务队140\n支，服务群众2.1万人次。\n"
    assert _blocks(page)[-1] == (
        TEXT,
        "截至目前，全县已建成“红色驿站”320个，组建志愿服务队140支，服务群众2.1万人次。",
    )


def test_a_line_ending_on_an_adverb_or_on_a_figure_is_no_heading():
    for cut, rest in (
        ("每年举办“红管家”培训班，今年已", "培训楼栋长630人次。"),
        ("选聘楼栋长1.1万名、店铺长300余", "名，分片联系群众。"),
    ):
        page = _ABOVE + f"{cut}\n{rest}\n"
        assert _blocks(page)[-1] == (TEXT, cut + rest)


def test_a_reporters_name_on_a_line_of_its_own_closes_the_paragraph():
    page = _ABOVE.replace("\n\n", "\n（方晓）\n\n") + "近日，龙游县组织200名党员与独\n居老人结对。\n"
    assert _blocks(page)[1:] == [
        (TEXT, "桐庐县以院落为单元推进平安建设，由院落党小组长牵头开展治安巡逻。"),
        (BYLINE, "（方晓）"),
        (TEXT, "近日，龙游县组织200名党员与独居老人结对。"),
    ]


_INDENTED = (
    "本报讯（记者 方晓）\n"
    "　　桐庐县常庄街道吴庄村是一个普\n"
    "通的农业村，住户468户，耕地1902亩。\n"
    "得益于党支部领办合作社的成立，该村\n"
    "发展起了特色产业，村集体收入逐年增长。\n"
    "　　目前，合作社已吸纳农户230户，\n"
    "带动群众人均增收3000余元。\n"
)


def test_on_an_indented_page_a_full_line_with_no_indent_goes_on_with_the_paragraph():
    assert [text for kind, text in _blocks(_INDENTED) if kind == TEXT] == [
        "桐庐县常庄街道吴庄村是一个普通的农业村，住户468户，耕地1902亩。得益于党支部领办合作社的成立，"
        "该村发展起了特色产业，村集体收入逐年增长。",
        "目前，合作社已吸纳农户230户，带动群众人均增收3000余元。",
    ]


_FLAT = (
    "本报讯（记者 方晓）\n"
    "1月14日，桐庐县在城区打造了4个暖\n"
    "新驿站，为新就业群体提供饮水、充\n"
    "电、热饭等服务，现已全部揭牌启用。\n"
    "{opening}桐庐县与县开放大学共建新\n"
    "就业群体学院，首批学员120名。\n"
)


def test_on_a_page_marking_no_paragraph_a_dated_opening_after_a_full_line_starts_one():
    texts = [text for kind, text in _blocks(_FLAT.format(opening="1月19日，")) if kind == TEXT]
    assert [t[:6] for t in texts] == ["1月14日，", "1月19日，"]


def test_a_sentence_opening_with_no_sign_of_a_new_turn_stays_in_the_paragraph():
    texts = [text for kind, text in _blocks(_FLAT.format(opening="目前，")) if kind == TEXT]
    assert len(texts) == 1 and "启用。目前，桐庐县" in texts[0]


def test_paragraph_openings():
    assert all(
        opens_paragraph(t) for t in ("1月19日，市委…", "近年来，贵州…", "此外，驿站…", "据介绍，该村…")
    )
    assert not any(
        opens_paragraph(t) for t in ("目前，全县…", "2022年底，…", "1月19日上午", "一网统管，让诉求")
    )


def test_a_short_line_over_an_indented_line_is_a_heading_however_wide_the_indented_line():
    # `“邻里帮”让独居老人有人管` / `　　近日，桐庐县组织200名党员与`: the indent, not the width, says the next
    # line opens a paragraph (its half-width figures and indent leave it as wide as the line above)
    page = _ABOVE + "“邻里帮”让独居老人有人管\n　　近日，桐庐县组织200名党员与\n独居老人结对。\n"
    assert _blocks(page)[-2:] == [
        (HEADING, "“邻里帮”让独居老人有人管"),
        (TEXT, "近日，桐庐县组织200名党员与独居老人结对。"),
    ]
