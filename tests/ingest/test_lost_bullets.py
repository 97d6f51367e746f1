"""A label's bullet lost to the page's encoding (builder/ingest/lostbullets.py, heldout20 p02, invented)."""

from __future__ import annotations

from builder.ingest.lostbullets import drop_lost_bullets


def test_a_labels_lost_bullet_is_dropped() -> None:
    page = "辽沈基层周刊  2026年8月11日\n? 网格治理新观察\n\n亮。\n\n? 社区协商\n振兴区临江街道：老楼加装电梯“议”出来"
    text, printed = drop_lost_bullets(page, None)
    assert text.split("\n")[1] == "网格治理新观察" and text.split("\n")[5] == "社区协商"
    assert printed is None


def test_other_question_marks_stay() -> None:
    for page in (
        "老旧小区停车难怎么破?\n居民说?",  # a question's mark
        "? 社区协商会上，居民提出了三个问题。",  # a sentence after it
        "?社区协商",  # no space after it
        "?? 社区协商",
    ):
        assert drop_lost_bullets(page, None) == (page, None)
