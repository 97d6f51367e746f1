"""A label of ordinary text opening two flush lines of a page (`时间：…`, `主要做法：…`, `地点：…`) is no speaker
taking turns (speakerturns._TURN: a questioner or a person's name only): on a page marking its paragraphs by
indents, a flush line it opens after a short finished line goes on the paragraph above, as any flush line does.
Every line invented."""

from __future__ import annotations

import pytest

from tests.support.pages import page_drafts


def _evening_school(label: str) -> list[str]:
    """A report on an indented page, two of its flush lines opened by `label` and a colon."""
    return [
        "夜校开进居民楼",
        "",
        "本报记者 林海",
        "　　白沙街道今年在12个小区开办“楼栋夜校”，请退休",
        "教师给居民上课。每周开课两次。",
        f"{label}：每周二、周四晚上，在各小区党群服务站，",
        "居民可扫码报名。",
        "　　夜校开设政策解读、手机使用等课程，已有",
        "860余名居民参加。课程表贴在楼道。",
        f"{label}：居民可随时提出想学的内容，由街道统一",
        "安排老师。",
        "　　街道党工委书记说，夜校让居民在家门口就能学。",
    ]


@pytest.mark.parametrize("label", ["时间", "主要做法", "地点"])
def test_a_label_opening_two_flush_lines_is_no_speakers_turn(tmp_path, label):
    paragraphs = page_drafts(_evening_school(label), tmp_path)[0].body.strip().split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith(
        f"每周开课两次。{label}：每周二、周四晚上，在各小区党群服务站，居民可扫码报名。"
    )
