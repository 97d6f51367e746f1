"""A proof sheet (校样) saved as text (builder/ingest/proofsheets.py, heldout28 p01's kind, invented lines): its margin
line numbers, a column of their own, are dropped wherever they fall (between a headline and its lead, inside a
sentence and a figure); its stamp, its proofreaders' line and the place left for a photo are furniture."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.proofsheets import drop_margin_numbers
from tests.support.pages import page_drafts

_PAGE = [
    "【三校样】　南岭社区报　第3版　基层治理　　责编：林晓　　2026-05-20 22:10　　签发：______",
    "",
    "江城区：“楼栋议事会”议出小区新面貌",
    "",
    "10",
    "20",
    "30",
    "40",
    "　　本报讯（记者 黄海燕 通讯员 陈",
    "伟）江城区是阳江市的中心城区，辖区有住宅小区",
    "312个。区委推行“楼栋议事会”，小事不出楼栋。",
    "　　目前，全区已成立“楼栋议事会”640个，今年以",
    "来议定事项2300余件，居民满意率提高到9",
    "10",
    "20",
    "30",
    "6%。",
    "（图略）",
    "　　区委组织部负责人说，下一步将在全区推广这一做法。",
    "",
    "校对：罗敏　　一校 ✓　二校 ✓　三校 ☐　　（校样，不得外传）",
]


def test_margin_numbers_are_dropped_and_lines_keep_their_numbers() -> None:
    assert drop_margin_numbers("标题\n5\n10\n15\n正文", None) == ("标题\n正文", [1, 5])
    assert drop_margin_numbers("标题\n  10\n　20\n30\n正文", [3, 4, 5, 6, 7]) == ("标题\n正文", [3, 7])


def test_numbers_counting_otherwise_stay() -> None:
    for page in ("标题\n1\n2\n3\n正文", "标题\n5\n10\n正文", "标题\n2\n4\n8\n正文", "标题\n7\n12\n17\n正文"):
        assert drop_margin_numbers(page, None) == (page, None), page


def test_proof_stamps_and_photo_places_are_furniture() -> None:
    for line in (
        "【二校样】　某某日报　第2版　要闻　　签发：________",
        "校对：王芳　一校 √　二校 √　三校 □",
        "（校样，请勿外传）",
        "〔图片位置：待定〕",
        "（图略）",
        "【配图】",
    ):
        assert is_furniture_line(line), line
    for line in ("一校√以后，他说。", "（图片由社区提供）", "图为居民在议事。"):
        assert not is_furniture_line(line), line


def test_the_proofs_head_byline_and_figures_read_on(tmp_path) -> None:
    (draft,) = page_drafts(_PAGE, tmp_path)
    assert draft.title == "江城区：“楼栋议事会”议出小区新面貌"
    assert draft.byline == "本报讯（记者 黄海燕 通讯员 陈伟）"
    assert draft.body.startswith("江城区是阳江市的中心城区")
    assert "提高到96%。" in draft.body
    assert (
        "图略" not in draft.body and "校样" not in draft.body and "10" not in draft.body.replace("2300", "")
    )
