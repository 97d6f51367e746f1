"""A manuscript saved from a word processor (heldout29 p05's kind): the file's name on top (`…（修改稿二）.docx`)
and a note to the editors (`【请编辑审阅，批注见文末】`) were read as a piece of an article (a warning), the
comments' anchors stayed in the sentences (`…18处[批注1]，`) and the comments listed at the end went into the body
(their figures read as the article's); the captions kept the photo's number (`图1：…`). Lines invented in the kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.captionshapes import caption_words
from tests.support.pages import page_drafts

PAGE = [
    "城关街道议事长廊稿（修改稿三）.docx",
    "【请编辑审阅，批注见文末】",
    "",
    "城关街道：“议事长廊”议出小巷新面貌",
    "通讯员 钱芳 周宁",
    "",
    "　　城关街道地处老城区，辖区有老街巷40余条，常住人口2.6万人。",
    "　　街道党工委在小巷设立“议事长廊”12处[批注1]，每周由社区党组织召集居民议事（见图1）。"
    "今年以来共议定事项210余项[批注2]，办结率95%。",
    "",
    "图1：议事长廊里，居民代表围坐议事。（钱芳 摄）",
    "",
    "——————————————",
    "批注",
    "[批注1] 王林（编辑）：长廊数量与初稿的“10处”不一致，请核实。",
    "　　钱芳 回复：已核实，建成12处，另有3处在建。",
    "[批注2] 王林（编辑）：事项数请再核对。",
    "",
    "（本稿为内部修改稿，未经审定，请勿外传）",
]


def test_a_manuscripts_file_name_anchors_and_comments_are_no_article(tmp_path: Path) -> None:
    (draft,) = page_drafts(PAGE, tmp_path)
    assert (draft.title, draft.byline) == ("城关街道：“议事长廊”议出小巷新面貌", "通讯员 钱芳 周宁")
    assert "批注" not in draft.body and "回复" not in draft.body
    assert "议事长廊”12处，每周" in draft.body
    assert draft.captions == [{"text": "议事长廊里，居民代表围坐议事。", "credit": "钱芳 摄"}]
    assert not draft.review


@pytest.mark.parametrize(
    ("caption", "words"),
    [
        ("图1：居民代表围坐议事。", "居民代表围坐议事。"),
        ("图二　村民在田间劳作。", "村民在田间劳作。"),
        ("■村民在田间劳作。", "村民在田间劳作。"),
        ("图为村民在田间劳作。", "图为村民在田间劳作。"),
    ],
)
def test_a_captions_number_is_no_word_of_it(caption: str, words: str) -> None:
    assert caption_words(caption) == words
