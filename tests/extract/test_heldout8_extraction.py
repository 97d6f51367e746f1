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


# -------------------------------------------------------------------- practices: a role people are made


def test_a_role_people_are_taken_in_as_is_named_like_one_taken() -> None:
    body = (
        "在东湖街道，社区党组织把物业企业负责人吸纳为社区“兼职委员”，全区已有38家物业企业负责人担任兼职委员。"
    )
    assert extract_practices("", body) == ["兼职委员"]
    assert extract_practices("", "村里把返乡大学生吸收为“村务助理”，参与村务管理。") == ["村务助理"]


def test_a_role_that_is_only_said_of_someone_stays_out() -> None:
    assert extract_practices("", "她被居民称为“贴心人”。网格员就是“大管家”。") == []
    assert extract_practices("", "要把群众的“急难愁盼”作为工作清单，多到田间地头听真话。") == []


# ------------------------------------------------------- practices: the people between a verb and the name


def test_the_people_a_practice_is_for_may_stand_between_its_verb_and_its_name() -> None:
    body = (
        "盘锦市兴隆台区渤海街道开展社区工作者“擂台比武”，围绕政策解答、矛盾调解、入户走访等内容现场比拼。"
        "街道还实施社区工作者“导师帮带”，由12名业务骨干结对帮带新入职人员40名。"
    )
    assert extract_practices("", body) == ["擂台比武", "导师帮带"]
    assert extract_practices("", "全镇推行党员“积分管理”，每月评比一次。") == ["积分管理"]


def test_people_before_a_quote_with_no_verb_of_doing_are_no_sign() -> None:
    assert extract_practices("", "社区工作者“白加黑”连轴转，党员“冲在前”。") == []
    assert extract_practices("", "这些党员“老面孔”成了居民的主心骨。") == []
