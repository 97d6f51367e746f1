"""A headline's slogan is no practice; a room named after a category of people is the whole name (issue 14, real
articles). Invented sentences of the kind, and the negatives."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_a_headline_slogan_whose_numeral_opens_an_ordinary_word_is_no_practice() -> None:
    body = "连日雨雪，全市30家暖心驿站开放暖气，骑手们也加入了扫雪队伍。"
    assert extract_practices("寒潮里的“双向奔赴” 暖心驿站温暖骑手", body) == []


def test_the_same_quote_printed_in_the_body_or_a_policy_shaped_name_stays() -> None:
    body = "社区与骑手“双向奔赴”，“双向奔赴”行动已开展三个月。"
    assert "双向奔赴" in extract_practices("寒潮里的“双向奔赴”", body)
    assert extract_practices("“双报到”让党员回到社区", "在职党员到社区报到。") == ["双报到"]


def test_a_room_named_after_a_category_of_people_is_the_whole_name() -> None:
    body = "村里建了“五老”调解室。这些“五老”人员义务调解邻里纠纷。"
    assert extract_practices("", body)[0] == "五老调解室"


def test_a_room_after_a_longer_name_keeps_the_name() -> None:
    body = "社区成立了“老娘舅”调解队，化解邻里纠纷。"
    assert extract_practices("", body) == ["老娘舅"]
