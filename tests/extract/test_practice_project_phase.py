"""A project's phase printed between its quoted name and what it runs (issue 14, real R33 p3's kind; invented
sentences): `在某某街道“老来有伴”三期老年手工小组活动现场` names the project 老来有伴 as `“老来有伴”老年手工小组` does; the
phase (一期/三期/第二期) is no word of the clause after the name."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


@pytest.mark.parametrize(
    "sentence",
    [
        "在某某街道“老来有伴”三期老年手工小组活动现场，老人们正在剪纸。",
        "社区开办的“老来有伴”第二期老年手工小组，报名的老人坐满了教室。",
    ],
)
def test_a_quoted_project_name_before_its_phase_is_a_practice(sentence):
    assert extract_practices("", sentence) == ["老来有伴"]
