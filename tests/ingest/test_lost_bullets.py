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


def test_a_question_mark_ending_a_wrapped_question_stays() -> None:
    """Review finding: a half-width `?` the wrap set at a line's start, ending the question above, was dropped."""
    for page in (
        "　　老楼加装电梯，社区协商到底能不能解决\n? 记者走访了临江街道",
        "　　居民最关心的是，停车难的问题怎么破\n? 街道给出了答案",
        "　　“议事会开了以后，电梯装得上吗”\n? 王大妈问",
    ):
        assert drop_lost_bullets(page, None) == (page, None)


def test_a_label_under_a_line_that_asks_nothing_loses_its_bullet() -> None:
    for page, label in (
        ("　　全区已建成议事亭36个\n? 社区协商", "社区协商"),  # a line cut mid-sentence, no question in it
        ("老旧小区停车难怎么破？\n? 社区协商", "社区协商"),  # a finished question over the label
        ("　　社区协商到底能不能解决\n\ufffd 社区协商", "社区协商"),  # the replacement mark is no question's
    ):
        assert drop_lost_bullets(page, None)[0].split("\n")[1] == label


def test_a_label_under_a_line_with_a_word_that_only_looks_like_asking_loses_its_bullet() -> None:
    # review: 几乎, 这么, 哪怕, 谁都, 好几, 多少年来 ask nothing
    for above in (
        "　　全区几乎每个小区都",
        "　　议事亭建得这么快靠的是",
        "　　哪怕是下雨天居民也",
        "　　说起老书记，村里谁都",
        "　　街道先后开了好几次",
        "　　多少年来这条巷子",
    ):
        assert drop_lost_bullets(above + "\n? 社区协商", None)[0].split("\n")[1] == "社区协商", above
