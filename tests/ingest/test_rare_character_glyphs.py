"""A private-use code point inside a word (heldout30 p07, p08, issue 14): the glyph a font made for a rare character
of a name (`韩\ue1f2花`, `特约通讯员 王\ue0c5）`) is a character of the text, kept as printed in the body and the
byline; a symbol font's bullet or ornament (`\uf0a7 民生实事`, a rule of them) is still dropped
(builder/ingest/cidglyphs.py). Invented lines."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.cidglyphs import undo_cid_glyphs
from builder.ingest.workers import process_page


def test_a_rare_characters_glyph_inside_a_name_is_kept():
    assert undo_cid_glyphs("社区居民李\ue3a1芳是一名退休教师。") == "社区居民李\ue3a1芳是一名退休教师。"
    assert undo_cid_glyphs("\uf0a7 民生实事\n上\n\uf0a7\uf0a7\uf0a7\n下") == "民生实事\n上\n\n下"
    assert undo_cid_glyphs("党建\uf06c 引领") == "党建 引领"


def test_the_glyph_stays_in_the_byline_and_the_body(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "某某街道“共享议事厅”凝聚治理合力\n"
        "\n"
        "　　本报某某12月1日讯（记者 赵某 通讯员 钱\ue2b7）某某街道\n"
        "建成“共享议事厅”12处，居民周\ue3a1芳说，\n"
        "议事厅让大家有了说话的地方。\n",
        encoding="utf-8",
    )
    (draft,) = process_page(Path(page)).drafts
    assert draft.byline == "本报某某12月1日讯（记者 赵某 通讯员 钱\ue2b7）"
    assert "周\ue3a1芳" in draft.body
