"""Kinds the eighth held-out pages showed in what is extracted from a found article (issue 14): the lines of
tests/corpus/heldout8 (invented) and negatives of the same shape that must keep their reading."""

from __future__ import annotations

from builder.extract.practices import extract_practices

# ------------------------------------------------------------------------------------- practices: nicknames


def test_a_person_called_by_a_familiar_prefix_and_the_office_is_no_practice() -> None:
    body = "早上七点，福工社区党委书记刘淑芬已经走进了辖区的老楼院。她坚持“敲门行动”，逐户走访。"
    assert extract_practices("“老书记”的三本账", body) == ["敲门行动"]
    assert extract_practices("", "村民都叫他“老支书”，大事小情都找他。") == []
    assert extract_practices("", "镇里评选出10名“好支书”。") == []


def test_a_named_room_or_a_brand_of_such_a_person_stays_a_practice() -> None:
    body = "建立“老书记工作室”，组建“银发先锋”志愿服务队。村里推行“有事找书记”，还设立“小楼长”岗位。"
    assert extract_practices("", body) == ["老书记工作室", "银发先锋", "有事找书记", "小楼长"]
    assert extract_practices("", "镇里成立“书记领办”调解室。") == ["书记领办"]
