"""Real R37 kind (invented lines): a photo's caption of a lead sentence and then its own `图为…` sentence, three
lines set inside an open sentence (`…其` / caption / `中…`: 其中 across the caption). Before, only its last line
became a caption; the rest broke the sentence (`其柳溪镇…图为…中山区…`) and fed the summary and the metrics."""

from __future__ import annotations

from builder.ingest.workers import process_page

_CAPTION = "柳溪镇推进议事协商新模式，议定事项从12件增加到45件。图为工作人员为村民讲解政策。"
_PAGE = [
    "柳溪镇：议事协商进村入户",
    "",
    "　　本报讯（记者 孙一鸣）乡镇是基层治理",
    "的基本单元。某某县由18个乡镇组成，其",
    "柳溪镇推进议事协商新模式，议定事项",
    "从12件增加到45件。图为工作人员为村",
    "民讲解政策。",
    "中山区乡镇有11个。面积大的上百平方",
    "公里，小的仅几平方公里。",
    "　　可不管面积大小，乡镇工作都面临一个",
    "难题：事情多、人手少。",
    "　　现在，情况变了。",
]


def test_lead_and_marked_caption_inside_sentence(tmp_path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("\n".join(_PAGE) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    assert draft.captions == [{"text": _CAPTION, "credit": None}]
    assert "组成，其中山区乡镇有11个。" in draft.body
    assert "图为" not in draft.body and "议定事项" not in draft.body


def test_body_lines_with_a_picture_sentence_read_on_stay(tmp_path) -> None:
    # the lines read on from the open sentence: the body's, whatever sentence they hold
    page = [*_PAGE]
    page[3] = "的基本单元。某某县由18个乡镇组成，而"
    path = tmp_path / "p.txt"
    path.write_text("\n".join(page) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    assert all("议定事项" not in c["text"] for c in draft.captions)
