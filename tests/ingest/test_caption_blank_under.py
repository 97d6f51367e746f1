"""Real R27 kind (invented lines): on a page that indents its paragraphs and sets blank lines between them, a photo's
caption (one short sentence, no credit) dropped inside a sentence, with a blank line under it (`…不然我` /
`居民在窗口排队办理手续。` / blank / `的工钱…`). It was read as the end of a paragraph and stayed in the body,
the sentence cut in two."""

from __future__ import annotations

from builder.ingest.workers import process_page

_PAGE = [
    "石桥街道：“小调解”化解大纠纷",
    "",
    "　　在某某市石桥街道，化解邻里纠纷一直是社",
    "区工作的重点。",
    "",
    "　　“多亏了老周的调解小组帮忙，不然我",
    "居民在窗口排队办理手续。",
    "",
    "的工钱到现在也拿不回来，真是谢谢了。”去年10",
    "月，",
    "街道一家商场拖欠装修工人工钱，调解员周师傅",
    "当天赶到现场。",
    "",
    "　　目前，石桥街道已组建调解团队12支，今年",
    "以来化解各类纠纷360余起。",
]


def _draft(tmp_path, lines):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    return draft


def test_caption_inside_a_sentence_with_a_blank_line_under_it(tmp_path):
    draft = _draft(tmp_path, _PAGE)
    assert draft.captions == [{"text": "居民在窗口排队办理手续。", "credit": None}]
    assert "不然我的工钱到现在也拿不回来，真是谢谢了。”" in draft.body


def test_on_a_page_without_indents_the_short_line_ends_its_paragraph(tmp_path):
    flat = [line.lstrip("　") for line in _PAGE]
    flat[6] = "居民在窗口排队办理手续了。"
    flat[5] = "“多亏了老周的调解小组帮忙。"
    draft = _draft(tmp_path, flat)
    assert draft.captions == []
    assert "居民在窗口排队办理手续了。" in draft.body
