"""One resident's story is no summary only when the resident is named (村民王晓梅就利用…, 居民李某在…); residents
as a body doing something (居民纷纷利用…, 村民自发在…) is the deed the article reports. Invented lines."""

from __future__ import annotations

import pytest

from builder.extract.summary import summarize


@pytest.mark.parametrize(
    "lead",
    [
        "村民自发在村口建起议事亭，每月议事一次，已议定修路等事项12件。",
        "居民纷纷利用周末时间参与楼道清理，清出杂物30余车。",
    ],
)
def test_residents_as_a_body_doing_the_deed_are_a_summary(lead: str) -> None:
    assert summarize("桃源村议事亭", lead + "\n\n另段。") == lead


@pytest.mark.parametrize("name", ["王晓梅", "李某", "张某某"])
def test_one_named_residents_story_is_not(name: str) -> None:
    body = (
        "青石镇桃源村调解员上门调解两户村民的宅基地纠纷，讲清政策，促成双方签订协议。\n\n"
        f"村民{name}就利用调解室的空余时间学习法律知识，帮邻居写起了协议。"
    )
    assert name not in summarize("桃源村调解宅基地纠纷", body)
