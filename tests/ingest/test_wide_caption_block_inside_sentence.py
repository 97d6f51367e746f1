"""Real R38 kind (invented lines): a photo's caption of three sentences, set across columns (each line wider than
the body's column) inside an open sentence of a quote, its credit glued to its last line (`…生活环境。　记者 某某
摄`), the quote going on under it. Before, only the credit became a caption: the caption's sentences stayed in the
body, cutting the quote in two, and its figure (`6个老旧小区`) became a metric of the report."""

from __future__ import annotations

from builder.ingest.workers import process_page

_CAPTION = (
    "5月8日，在某某区某某镇的老旧小区和平小区内，志愿者正在清理楼道。"
    "目前，该镇已在辖区7个老旧小区组建了“红色管家”，对小区环境进行整治。"
    "工作人员修补路面、加装路灯，为居民营造整洁的环境。"
)
_PAGE = [
    "“红色管家”让老旧小区换新颜",
    "",
    "　　今年以来，某某市把“红色管",
    "家”作为党建引领基层治理的重",
    "要抓手，老旧小区面貌发生了可",
    "喜的变化。",
    "　　“多亏街道为我们着想，",
    "5月8日，在某某区某某镇的老旧小区和平小",
    "区内，志愿者正在清理楼道。目前，该镇已在",
    "辖区7个老旧小区组建了“红色管家”，对小区",
    "环境进行整治。工作人员修补路面、加装路灯，",
    "为居民营造整洁的环境。　记者　李明　摄",
    "请来了‘红色管家’，楼道再也",
    "不乱了！”居民王大爷说。如今，",
    "小区里停车有序，环境干净整洁。",
]


def _draft(tmp_path, page: list[str]):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(page) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    return draft


def test_a_caption_of_several_sentences_set_wider_inside_a_sentence(tmp_path) -> None:
    draft = _draft(tmp_path, _PAGE)
    assert draft.captions == [{"text": _CAPTION, "credit": "记者 李明 摄"}]
    assert "为我们着想，请来了‘红色管家’" in draft.body
    assert "清理楼道" not in draft.body


def test_wide_lines_with_no_credit_stay_the_body(tmp_path) -> None:
    # no credit closes the lines: nothing tells a caption (a column set wider for a few lines stays text)
    page = [*_PAGE]
    page[11] = "为居民营造整洁的环境。"
    draft = _draft(tmp_path, page)
    assert "清理楼道" in draft.body
