"""Two exports joined by `cat` (heldout30 p04, issue 14): the second one's byte-order mark (U+FEFF) where the first
one ended, mid-line after its foot line or opening the line under its last sentence, opens a document of its own:
the text after it never continues the paragraph before it (builder/ingest/read.py). A mark anywhere else (debris,
the hostile battery's) is dropped as before. Invented lines."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.read import clean_text
from builder.ingest.workers import process_page

_FIRST = (
    "\ufeff青山镇：“网格夜访”走进千家万户\n"
    "本报记者 刘洋\n"
    "\n"
    "　　青山镇把全镇划分为48个网格，网格员\n"
    "每周两次夜访群众，今年已收集诉求\n"
    "620余条。\n"
    "\n"
)


def test_the_headline_after_a_mark_in_the_first_exports_foot_line_opens_an_article(tmp_path):
    second = (
        "来源：青山日报　2026年11月2日　第2版　（责任编辑：赵某）\ufeff河口村“积分超市”激发村民热情\n"
        "本报记者 孙涛 通讯员 马丽\n"
        "\n"
        "　　河口村今年开办“积分超市”，村民参加\n"
        "志愿服务可积分兑换生活用品，已兑换\n"
        "3200余次。\n"
    )
    page = tmp_path / "joined.txt"
    page.write_bytes((_FIRST + second).encode("utf-8"))
    drafts = process_page(Path(page)).drafts
    assert [(d.title, d.byline) for d in drafts] == [
        ("青山镇：“网格夜访”走进千家万户", "本报记者 刘洋"),
        ("河口村“积分超市”激发村民热情", "本报记者 孙涛 通讯员 马丽"),
    ]


def test_a_mark_opening_the_line_under_a_finished_sentence_breaks_the_paragraph():
    text = "村里办起了食堂。\n\ufeff兴隆镇：老人吃上热乎饭\n"
    assert clean_text(text) == "村里办起了食堂。\n\n兴隆镇：老人吃上热乎饭\n"
    assert clean_text("村里办起了食堂。\ufeff兴隆镇") == "村里办起了食堂。\n\n兴隆镇"


def test_a_mark_inside_a_sentence_or_under_an_open_one_is_dropped():
    assert clean_text("关心关爱\n\ufeff新就业群体，") == "关心关爱\n新就业群体，"
    assert clean_text("小区怎么改\ufeff、小区谁来管") == "小区怎么改、小区谁来管"
    assert clean_text("工作思路，\ufeff\n以妇女为") == "工作思路，\n以妇女为"
