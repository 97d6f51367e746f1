"""Practices (issue 14, heldout31 p06's kind): a quote right after a verb of guarding against (防止, 避免, 杜绝, 严防)
names the trouble the work prevents, never a practice; the practice named beside it stays. Invented sentences."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


@pytest.mark.parametrize(
    "body",
    [
        "镇里对台账实行总量控制，防止“台账之外另有台账”。",
        "县里整合政务应用，避免“平台之外另建平台”。",
        "街道对制度实行备案，杜绝“机制之外另设机制”。",
        "村里规范证明事项，严防“清单外的清单”。",
        "区里清理报表，谨防“一个事项多张台账”。",
    ],
)
def test_a_trouble_guarded_against_is_no_practice(body: str) -> None:
    assert extract_practices("", body) == []


def test_the_practice_beside_it_stays() -> None:
    body = "推行“清单准入制”，防止“台账之外另有台账”。"
    assert extract_practices("", body) == ["清单准入制"]
