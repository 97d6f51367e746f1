"""Real R37 kind (invented lines): a photo's credit closed by a file-photo mark in brackets (`通讯员某某供图（资料图）`,
`某某 摄（资料照片）`) on its own line under the caption, between two paragraphs. Unread, the credit became a heading
and its caption stayed in the body."""

from __future__ import annotations

import pytest

from builder.ingest.captionshapes import is_credit_text, split_inline_credit
from builder.ingest.workers import process_page

_PAGE = [
    "柳溪镇：调解员走进田埂",
    "",
    "　　本报讯（记者 孙一鸣）今年以来，某某县柳",
    "溪镇组织调解员走村入户，全镇已化解纠纷126",
    "件，调解成功率达到95%。",
    "在田埂上为村民讲解土地政策的柳溪镇调解员老王和老李。",
    "通讯员王小禾供图（资料图）",
    "　　据介绍，柳溪镇地处两县交界，土地纠纷多",
    "发。如今，镇里的调解员每周进村，把矛盾化解",
    "在萌芽状态。",
]


@pytest.mark.parametrize(
    "credit",
    ["通讯员王小禾供图（资料图）", "王小禾 摄（资料照片）", "某某县融媒体中心供图(资料图片)"],
)
def test_credit_with_file_photo_mark_is_a_credit(credit: str) -> None:
    assert is_credit_text(credit)


def test_credit_with_file_photo_mark_glued_to_caption() -> None:
    assert split_inline_credit("调解员在田埂上讲解政策。通讯员王小禾供图（资料图）") == (
        "调解员在田埂上讲解政策。",
        "通讯员王小禾供图（资料图）",
    )


def test_file_photo_mark_alone_in_a_sentence_is_no_credit() -> None:
    assert not is_credit_text("这张照片由他提供（资料图）显示")
    assert not is_credit_text("他们说，这是一张供图（资料图），")


def test_caption_over_credit_with_file_photo_mark(tmp_path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("\n".join(_PAGE) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    assert draft.captions == [
        {
            "text": "在田埂上为村民讲解土地政策的柳溪镇调解员老王和老李。",
            "credit": "通讯员王小禾供图（资料图）",
        }
    ]
    assert "资料图" not in draft.body and "讲解土地政策" not in draft.body
