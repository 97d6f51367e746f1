"""Real R37 kind (invented lines): on a page that indents its paragraphs, a photo's caption of two lines with no
credit, set flush between two paragraphs (the one above ended short of the column, the one under it opens
indented). Unread, the caption stayed in the body as a paragraph of its own."""

from __future__ import annotations

from builder.ingest.workers import process_page

_CAPTION = "柳荫巷口的议事长廊是街坊们商量公共事务的好去处。"
_PAGE = [
    "柳溪街道：长廊里议出好日子",
    "",
    "　　本报讯（记者 孙一鸣）走进柳溪街道，巷",
    "口的长廊里常常坐满了街坊，大家围坐一起，",
    "商量修路、停车、绿化等身边事务。",
    "柳荫巷口的议事长廊是街坊们商量公共事务的",
    "好去处。",
    "　　“有事多商量，邻里少争执。”柳溪街道负",
    "责人说，长廊议事让居民的意见有了去处，也让",
    "街道的工作有了抓手。",
    "　　如今，长廊议事已在街道各个社区推开，",
    "成了居民家门口的“议事厅”。",
]


def _draft(tmp_path, lines: list[str]):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    return draft


def test_two_line_caption_between_paragraphs(tmp_path) -> None:
    draft = _draft(tmp_path, _PAGE)
    assert draft.captions == [{"text": _CAPTION, "credit": None}]
    assert "议事长廊是" not in draft.body
    assert "商量修路、停车、绿化等身边事务。\n\n“有事多商量" in draft.body


def test_paragraph_going_on_after_a_full_line_stays(tmp_path) -> None:
    # the sentence above ends at the column's edge: the flush lines go on with its paragraph
    page = [*_PAGE]
    page[4] = "商量修路、停车、绿化等事务，件件都落地。"
    draft = _draft(tmp_path, page)
    assert draft.captions == []
    assert "件件都落地。柳荫巷口的议事长廊是" in draft.body


def test_paragraph_going_on_after_half_width_figures_stays(tmp_path) -> None:
    # half-width figures make the line above look short: the flush lines go on with its paragraph
    page = [*_PAGE]
    page[4] = "商量修路等事务，已议定事项1260件。"
    draft = _draft(tmp_path, page)
    assert draft.captions == []


def test_paragraph_that_lost_its_indent_stays(tmp_path) -> None:
    # a paragraph's first line short of the column by its lost indent is no caption
    page = [*_PAGE]
    page[5:7] = ["柳荫巷口的议事长廊是街坊们商量公共", "事务的好去处。"]
    draft = _draft(tmp_path, page)
    assert draft.captions == []


def test_short_paragraph_with_a_figure_stays(tmp_path) -> None:
    page = [*_PAGE]
    page[5:7] = ["今年以来，长廊里已议定大小事务126件，", "办结率达九成。"]
    draft = _draft(tmp_path, page)
    assert draft.captions == []
