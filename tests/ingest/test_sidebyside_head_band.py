"""Real R27 kind (invented lines): a page printed by a layout extraction (`pdftotext -layout`) with two reports side
by side under the page's head band, its date at the far left and its label and number at the far right
(`2021年1月4日 星期一        …        综合新闻 3`). The band was cut at the column edge: its right piece opened
the right column, and the right report's headline ran into its lead (two reports merged)."""

from __future__ import annotations

from builder.ingest.sidebyside import layout_columns, unfold_columns
from builder.ingest.workers import process_page

_LEFT = [
    "石桥乡：干部进农家",
    "冬日送暖到门口",
    "",
    "　　本报讯（通讯员 林小禾）上月",
    "20日，在某某县石桥乡，乡村干部",
    "分成12个小组，带着棉被和药品走",
    "进农家，一天时间便走访了7个村",
    "140余户困难群众。",
    "　　去年以来，该乡组建了19支服务",
    "队，把412户困难群众纳入结对。",
]
_RIGHT = [
    "修好“连心路”，",
    "走出“幸福道”",
    "",
    "　　杏林社区有15条背街小巷，2100",
    "户住户，道路多年失修。近年来，",
    "社区召开议事会9次，推出“居民",
    "出点子、单位出资金”的做法，修好",
    "巷道4.2公里。",
]


def _page() -> list[str]:
    rows = max(len(_LEFT), len(_RIGHT))
    left = _LEFT + [""] * (rows - len(_LEFT))
    right = _RIGHT + [""] * (rows - len(_RIGHT))
    pad = max(layout_columns(x) for x in left) + 4
    band = "2021年1月4日 星期一" + " " * 44 + "综合新闻 3"
    return [band, ""] + [
        (a + " " * (pad - layout_columns(a)) + b).rstrip() for a, b in zip(left, right, strict=True)
    ]


def test_the_head_band_stays_whole_over_the_columns():
    lines = unfold_columns("\n".join(_page())).split("\n")
    assert lines[0].startswith("2021年1月4日 星期一") and lines[0].endswith("综合新闻 3")
    assert lines.index("修好“连心路”，") > lines.index("队，把412户困难群众纳入结对。")


def test_the_right_report_keeps_its_headline(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(_page()) + "\n", encoding="utf-8")
    drafts = process_page(path).drafts
    assert [d.title for d in drafts] == ["石桥乡：干部进农家冬日送暖到门口", "修好“连心路”，走出“幸福道”"]
