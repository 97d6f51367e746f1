"""Real R27 kind (invented lines): a file photo's caption over the next article's headline, its credit `资料图`
glued to the caption's sentence with no space (`…查看秧苗长势。资料图`). Unread, the caption and the headline ran
into the article above as one paragraph (the headline lost, two reports merged)."""

from __future__ import annotations

from builder.ingest.captionshapes import is_credit_text, split_inline_credit
from builder.ingest.workers import process_page

_PAGE = [
    "要闻·基层",
    "",
    "柳溪镇：“板凳议事”议出新路子",
    "",
    "　　本报讯（记者 孙一鸣）今年以来，某某县柳",
    "溪镇在各村推行“板凳议事”，村民围坐一起商",
    "量修路、治水等大小事务，全镇已议定事项126",
    "件，办结率达到95%。",
    "",
    "",
    "青禾村党支部书记王立（左）与种植大户查看",
    "秧苗长势。资料图",
    "",
    "青禾村种出致富新门道",
    "",
    "　　“跟着支部干，心里有底。”近日在某某县青",
    "禾村，村民赵大姐对记者说。去年以来，村党支",
    "部领办合作社，带动200余户村民种植优质稻。",
]


def test_file_photo_credit_is_a_credit():
    assert is_credit_text("资料图")
    assert is_credit_text("资料图片")
    assert split_inline_credit("青禾村党支部书记王立（左）与种植大户查看秧苗长势。资料图") == (
        "青禾村党支部书记王立（左）与种植大户查看秧苗长势。",
        "资料图",
    )
    assert split_inline_credit("他说这些都是资料图") == ("他说这些都是资料图", None)  # no sentence before it
    assert not is_credit_text("资料图显示")


def test_caption_over_headline_with_file_photo_credit(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(_PAGE) + "\n", encoding="utf-8")
    drafts = process_page(path).drafts
    assert [d.title for d in drafts] == ["柳溪镇：“板凳议事”议出新路子", "青禾村种出致富新门道"]
    assert "资料图" not in drafts[0].body + drafts[1].body
    assert drafts[1].captions == [
        {"text": "青禾村党支部书记王立（左）与种植大户查看秧苗长势。", "credit": "资料图"}
    ]
