"""R16 kind (invented lines): a video report printed as text ends with its production credits under its last
sentence (`编导/摄像 柯一鸣`, `制作/包装 阿依达娜·买买提依明`, `部分素材由社区提供`), and the next report's
short headline, naming no place, stands after a gap. The credits were read as a headline and its kicker, and
the headline after them as text. They are furniture (they sign the report, as the page's editors' credits do),
and furniture glued under a finished body leaves it finished: the headline after the gap opens the next report.
Negatives: phrases opening with a role's word (`制作精良`, `策划活动`) are no credits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.videocredits import is_video_credit
from builder.ingest.workers import process_page
from tests.support.pages import TWO_VIDEO_REPORTS


@pytest.mark.parametrize(
    "line",
    [
        "编导/摄像 柯一鸣",
        "制作/包装 阿依达娜·买买提依明",
        "统筹：张三 李四",
        "部分素材由社区提供",
        "视频素材由柳岸街道提供",
    ],
)
def test_production_credits(line: str):
    assert is_video_credit(line)


@pytest.mark.parametrize("line", ["制作精良", "策划活动", "视频拍摄", "编导柯一鸣在社区", "制作 精良的产品"])
def test_words_opening_with_a_role_are_no_credit(line: str):
    assert not is_video_credit(line)


def test_the_credits_sign_and_the_next_headline_opens(tmp_path: Path):
    page = tmp_path / "p01.txt"
    page.write_text(TWO_VIDEO_REPORTS, encoding="utf-8")
    drafts = process_page(page).drafts
    assert [draft.title for draft in drafts] == ["春风满怀青石巷", "特殊的“门牌图”"]
    assert not any(word in draft.body for draft in drafts for word in ("编导", "制作", "素材"))


@pytest.mark.parametrize("line", ["文字/周明远", "视频/王立 文字/李晓", "摄像 王明"])
def test_a_role_and_its_name_joined_by_a_slash(line: str):
    assert is_video_credit(line)


@pytest.mark.parametrize("line", ["视频/拍摄", "统筹 协调", "文字 记录"])
def test_roles_alone_or_a_role_and_a_word_are_no_credit(line: str):
    assert not is_video_credit(line)


# the first report of TWO_VIDEO_REPORTS, a paragraph after its credits
_PARAGRAPH_AFTER = (
    TWO_VIDEO_REPORTS.split("\n\n\n")[0] + "\n\n　　另据了解，青石巷社区还将举\n办民族团结进步宣讲活动。\n"
)


def test_a_paragraph_after_the_credits_is_no_headline(tmp_path: Path):
    page = tmp_path / "p01.txt"
    page.write_text(_PARAGRAPH_AFTER, encoding="utf-8")
    titles = [draft.title for draft in process_page(page).drafts]
    assert "另据了解，青石巷社区还将举办民族团结进步宣讲活动。" not in titles
    assert titles[0] == "春风满怀青石巷"
