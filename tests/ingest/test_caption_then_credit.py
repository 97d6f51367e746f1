"""A photo caption printed without `图为` or a mark, one short sentence with its credit after a space on the same
line, between two paragraphs (invented lines, the layout of a real feature page):
`…开门是大家。”` / `“李奶奶家的客厅议事角”。 某某日报全媒体记者王小川摄` / blank / `成都市…`. Before, the
caption's sentence ran on in the paragraph above and the credit alone became a caption's text."""

from __future__ import annotations

from builder.ingest.pagelines import CAPTION, CREDIT, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.units import classify_page

_PAGE = """红马甲、小喇叭……走过老街的居民，
大多认得这群平均年龄68岁的“老街
姐妹”。她们常说，“街坊就是一家人。”
{line}

　　全区现有城乡社区126个，今年新建
议事角40个。
"""


def _kinds(line: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in assemble(classify_page(_PAGE.format(line=line)))]


def test_a_sentence_with_a_photographers_credit_after_a_space_is_a_caption():
    found = _kinds("“李奶奶家的客厅议事角”。 某某日报全媒体记者王小川摄")
    assert (CAPTION, "“李奶奶家的客厅议事角”。") in found
    assert (CREDIT, "某某日报全媒体记者王小川摄") in found
    assert all("客厅议事角" not in text for kind, text in found if kind == TEXT)
    assert _kinds("居民在议事角商量加装电梯。 老街社区供图")[1] == (CAPTION, "居民在议事角商量加装电梯。")


def test_a_bodys_last_sentence_with_a_credit_glued_or_in_brackets_stays_the_bodys():
    for line in ("今年已议定事项140余件。（王小川 摄）", "今年已议定事项140余件。老街社区供图"):
        found = _kinds(line)
        assert CAPTION not in [kind for kind, _ in found], line
        assert any(text.endswith("今年已议定事项140余件。") for kind, text in found if kind == TEXT), line


def test_inside_an_open_sentence_the_line_is_left_to_the_paragraph_rules():
    page = _PAGE.replace("。”\n{line}", "。”一位\n{line}")
    found = [(b.kind, b.text) for b in assemble(classify_page(page.format(line="老人说得好。 老街社区供图")))]
    assert (CAPTION, "老人说得好。") not in found
