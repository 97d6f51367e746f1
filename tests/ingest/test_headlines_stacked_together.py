"""Headlines printed together on top, one right under the other, over their bodies; a page number glued to a
column label; a closing credit the wrap cut in two (real damaged text).

heldout5 g08 (GBK): `08　　各地传真` (the page number and the column label on one line) was taken as the title;
the three headlines stand on three consecutive lines over three bodies with no byline between them, and the
first body ends `…5300余件。（本报记者 艾力` / `通讯员 王芳）`. Before, g08 gave one article titled `08各地传真`.
"""

from __future__ import annotations

from pathlib import Path

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.pagefurniture import page_furniture
from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, TEXT, Line, PageReader
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.titles import find_place
from builder.ingest.units import classify_page

_G08 = (Path(__file__).parents[1] / "corpus" / "heldout5" / "g08.txt").read_text(encoding="gbk")


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_three_headlines_printed_together_on_top_are_the_pages_headlines_over_their_bodies():
    headlines = [u.text for u in classify_page(_G08) if u.kind == HEADLINE]
    assert headlines == [
        "哈密市“红色网格”连起治理“神经元”",
        "五指山市“村民夜校”办到田间地头",
        "淮光社区“新市民之家”让外来务工人员安心",
    ]
    found = _articles(_G08)
    assert (found[0].title, found[0].byline) == (
        "哈密市“红色网格”连起治理“神经元”",
        "本报记者 艾力 通讯员 王芳",
    )
    assert found[0].text.startswith("哈密市在全市132个社区")
    assert found[0].text.endswith("问题5300余件。")
    assert [a.title for a in found] == headlines  # each over its own body (a flat page: articlestarts)
    assert found[1].text.startswith("五指山市在全市各村开办")
    assert found[2].text.startswith("蚌埠市龙子湖区延安街道淮光社区")
    assert found[2].text.endswith("代办各类事项930件。")
    assert all("艾力" not in a.text and "各地传真" not in a.text for a in found)


def test_a_page_number_with_its_column_label_beside_it_heads_the_page_as_furniture():
    units = classify_page(_G08)
    assert (units[0].kind, units[0].text) == (FURNITURE, "08\u3000\u3000各地传真")
    assert all(u.kind != HEADLINE or "各地传真" not in u.text for u in units)
    # heldout5 g03: `02　　　　　　要闻`
    assert classify_page("02\u3000\u3000\u3000要闻\n\n" + _G08.split("\n", 1)[1])[0].kind == FURNITURE


def test_a_number_and_a_word_after_the_first_text_are_no_page_label():
    reader = PageReader("哈密市在全市推行。\n12 个社区\n")
    reader.add_text("哈密市在全市推行。", Line("哈密市在全市推行。", 1, "哈密市在全市推行。"))
    reader.index = 2
    assert not page_furniture(reader, Line("12 个社区", 2, "12 个社区"))


def _kinds(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page)]


def test_lines_together_on_top_that_are_one_headline_or_name_no_place_of_their_own_are_no_stack():
    body = "\n\n哈密市在全市132个社区推行“红色网格”治理，\n把社区划分为1048个网格。\n今年以来解决问题5300余件。\n"
    wrapped = "万秀区“红色管家”\n进驻老旧小区" + body  # one headline wrapped over two lines
    kicker = "186个村建农村合作社\n昌乐村级集体实力大为增强" + body  # a kicker over its headline
    unnamed = "哈密市“红色网格”连起治理“神经元”\n五指山市“村民夜校”办到田间地头" + body  # 五指山市: no body
    for page in (wrapped, kicker, unnamed):
        assert [text for kind, text in _kinds(page) if kind == HEADLINE] != page.split("\n")[:2]


def test_a_closing_credit_the_wrap_cut_in_two_is_the_articles_byline():
    units = _kinds(_G08)
    assert (BYLINE, "（本报记者 艾力 通讯员 王芳）") in units
    assert (TEXT, "问题5300余件。") in units
    # with text under its second half, the line is no closing credit
    page = _G08.replace("通讯员 王芳）\n", "通讯员 王芳）\n各网格还建立了台账。\n")
    assert all(kind != BYLINE for kind, _ in _kinds(page))


def test_a_closing_credit_glued_to_the_last_sentence_may_name_roles():
    assert split_closing_names("…问题5300余件。（本报记者 艾力通讯员 王芳）") == (
        "…问题5300余件。",
        "（本报记者 艾力通讯员 王芳）",
    )
    assert split_closing_names("…问题5300余件。（记者 李雪 通讯员 王芳）")[1] == "（记者 李雪 通讯员 王芳）"
    assert split_closing_names("…他说（本报记者在现场看到的情况）")[1] is None


def test_zai_quanshi_after_a_city_is_no_county():
    place = find_place("五指山市在全市各村开办")
    assert (place.group("city"), place.group("county")) == ("五指山市", None)
    assert find_place("桂林市全州县推行")["county"] == "全州县"
    assert find_place("哈密市在全市132个社区")["county"] is None
