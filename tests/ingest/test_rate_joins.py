"""A rate opening a line goes on from a line ending on a change or share that wants it (heldout25 p01: `…同比增长`
/ an unmarked caption with its credit / `23.5%，…`): the caption starts where the sentence is left for it, not a
line earlier. Invented lines."""

from __future__ import annotations

from builder.ingest.linejoin import join_cost


def test_a_rate_goes_on_from_a_change_that_wants_it():
    assert join_cost("游客12.6万人次，同比增长", "18.4%，带动民宿") < 0
    assert join_cost("全县群众满意度达", "97.5%。") < 0
    assert join_cost("今年1至9月，全镇接待", "18.4%，带动民宿") >= 0  # (接待 wants visitors, not a rate)


def test_an_unmarked_caption_inside_a_sentence_after_a_change(tmp_path):
    from builder.ingest.workers import process_page

    lines = [
        "青溪县甲镇：“红色讲解员”带火小镇",
        "",
        "　　青溪县甲镇党委把党员培养成“红色",
        "讲解员”，让红色故事讲出来。",
        "　　今年1至9月，全镇接待",
        "游客12.6万人次，同比增长",
        "甲镇“红色讲解员”为学生讲",
        "解革命故事。",
        "甲镇供图",
        "18.4%，带动民宿等经营户42户。",
    ]
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    assert draft.captions == [{"text": "甲镇“红色讲解员”为学生讲解革命故事。", "credit": "甲镇供图"}]
    assert "游客12.6万人次，同比增长18.4%" in draft.body
