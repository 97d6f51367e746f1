"""Real set R33: a word of two characters a speaker stresses in single quotes inside quoted speech (“修水管这种
‘大活’街道干，换灯泡这个‘小事’就咱志愿者管。”) is no named practice, whatever follows it; a longer name quoted inside
speech is still read (“我们推行‘楼栋夜话’…”). Invented sentences."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


@pytest.mark.parametrize(
    "body",
    [
        "　　“修水管这种‘大活’街道干，换灯泡这个‘小事’就咱志愿者管。”社区书记王某说。",
        "　　“别看是‘小活’，咱党员也要带头干。”老刘笑着说。",
    ],
)
def test_a_word_stressed_in_speech_is_no_practice(body):
    assert extract_practices("", body) == []


def test_a_name_quoted_in_speech_is_still_read():
    body = "　　“去年我们推行‘楼栋夜话’，居民有事当面说。”社区书记王某说。"
    assert extract_practices("", body) == ["楼栋夜话"]
