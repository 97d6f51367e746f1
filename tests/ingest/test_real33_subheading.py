"""A subheading as wide as its column (issue 14, real R33 p3's kind; every line invented): a phrase of two quoted
halves (`从“…”到“…”`) alone between a paragraph's last line, which ends its sentence and fills the column, and an
indented paragraph. No paragraph ends without its sentence end, so it is the heading over the next paragraph, not
the paragraph above's last words."""

from __future__ import annotations

from tests.support.pages import page_drafts


def test_a_subheading_of_two_quoted_halves_as_wide_as_the_column(tmp_path):
    page = [
        "东湖社区：骑手驿站暖人心",
        "本报记者　陈立",
        "　　清晨，骑手小王走进东湖社区的",
        "“骑手驿站”，接了一杯热水。“以",
        "前只能在路边啃面包。”他笑着说。",
        "　　驿站隔壁的活动室里，社区正为",
        "骑手们办一场健康讲座，医生教大",
        "家几个等单时能做的拉伸动作。",
        "从“无人问津”到“处处有家”",
        "　　东湖社区位于某某市某某区，周",
        "边商圈密集，每天有上百名骑手在",
        "此穿梭。",
    ]
    (draft,) = page_drafts(page, tmp_path)
    assert "## 从“无人问津”到“处处有家”\n\n东湖社区位于" in draft.body
    assert "拉伸动作。\n\n## 从" in draft.body
