"""Side-by-side columns (builder.ingest.sidebyside) whose right column sets a line in from its edge by a few
columns: two headlines side by side, the right one centred (`…4台电梯      　  晋安寿山村：…`), or a photo's
caption indented inside the right column's paragraph (real R25 r25_02, a GBK pdftotext -layout page: the right
article was lost, read inside the left one in pieces). Invented lines. Negatives: a page head set out in spaces
(two gaps) over the columns, a line whose left part reaches the edge."""

from __future__ import annotations

from builder.ingest.sidebyside import cut_past_edge, unfold_columns
from tests.support.pages import side_by_side_row

EDGE = 32


def row(left: str, right: str = "") -> str:
    return side_by_side_row(left, right, EDGE)


PAGE = [
    "第5版        城乡社区              2026年3月2日",
    "",
    row("  青禾县加装电梯", "  桐柏村：小积分换来"),
    row("同日竣工", "大文明"),
    row("", "本报记者 周晓"),
    row("    今年以来，青禾县在各", ""),
    row("老旧小区加装电梯12台，居", "    “我要用积分换一袋"),
    row("民上下楼方便了。", "  村民在积分超市兑换物品。"),
    row("    群众说，有事好商量了。", "米。”村民李芳说。"),
    row("楼道里装上了扶手，老人们", "    村里划分了9个网格，"),
    row("出门也放心了。", "每个网格选出1名网格员。"),
    row("    明年还将再装20台。", "网格员入户记积分，每月"),
    row("", "公示一次。"),
]


def test_a_centred_headline_and_an_indented_caption_stay_in_the_right_column() -> None:
    lines = [line.strip() for line in unfold_columns("\n".join(PAGE)).split("\n") if line.strip()]
    assert lines[0].startswith("第5版")  # the page head stays whole
    right = lines.index("桐柏村：小积分换来")
    assert lines[1:right] == [
        "青禾县加装电梯",
        "同日竣工",
        "今年以来，青禾县在各",
        "老旧小区加装电梯12台，居",
        "民上下楼方便了。",
        "群众说，有事好商量了。",
        "楼道里装上了扶手，老人们",
        "出门也放心了。",
        "明年还将再装20台。",
    ]
    assert lines[right:] == [
        "桐柏村：小积分换来",
        "大文明",
        "本报记者 周晓",
        "“我要用积分换一袋",
        "村民在积分超市兑换物品。",
        "米。”村民李芳说。",
        "村里划分了9个网格，",
        "每个网格选出1名网格员。",
        "网格员入户记积分，每月",
        "公示一次。",
    ]


def test_only_one_gap_resuming_just_past_the_edge_is_cut() -> None:
    assert cut_past_edge(row("民上下楼方便了。", "  村民在积分超市兑换物品。"), EDGE) is not None
    assert cut_past_edge(PAGE[0], EDGE) is None  # two gaps: a page head
    wide = "老旧小区加装电梯12台居民上下楼" + "   " + "村民在积分超市兑换物品。"  # left part at the edge
    assert cut_past_edge(wide, EDGE) is None
    far = row(
        "民上下楼方便了。", " " * 12 + "村民在积分超市兑换物品。"
    )  # a blank column's width past the edge
    assert cut_past_edge(far, EDGE) is None
