"""A headline's slogan is no practice; a room named after a category of people is the whole name (issue 14, real
articles). Invented sentences of the kind, and the negatives."""

from __future__ import annotations

import pytest

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


def test_a_headline_predicate_the_body_never_prints_is_its_slogan() -> None:
    body = "县里建成综治中心，群众反映的问题在中心一站解决，办事只跑一地。"
    assert extract_practices("心结“一站就解” 诉求“只跑一地”", body) == []


def test_a_headline_name_or_formula_without_an_adverb_stays() -> None:
    body = "社区把网格员和民警编在一起，群众有事在微信群里说。"
    assert extract_practices("“网格+警格”守护平安", body) == ["网格+警格"]
    assert extract_practices("“邻里微网群”让服务上门", body) == ["邻里微网群"]


def test_the_same_predicate_printed_in_the_body_with_a_mechanism_word_stays() -> None:
    body = "街道推行“马上就办”工作机制，群众诉求当天回应。"
    assert "马上就办" in extract_practices("“马上就办”解民忧", body)


def test_what_something_became_for_people_is_a_likeness() -> None:
    body = "如今，“红布包”不仅是服务的象征，更成为倾听民声、传递温暖的“流动服务站”。"
    assert "流动服务站" not in extract_practices("", body)


def test_a_unit_that_became_a_named_brand_with_a_mechanism_word_stays() -> None:
    body = "社区党群服务中心成为全市首批的“邻里驿站”服务品牌。"
    assert "邻里驿站" in extract_practices("", body)


def test_troubles_counted_by_numerals_are_no_name() -> None:
    body = "服务中心整合八个部门，进一扇门解“千家愁”，群众少跑腿。社区推行“万千忧”，不是名字。"
    assert extract_practices("", body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # R15 r15_05 (invented of the same kind): an ideal held or a mood fostered is a motto, no practice
        ("老支书几十年如一日，守着“为人民服务”的初心。", []),
        ("村里形成“邻里守望、互帮互助”的良好风尚。", []),
        ("村里传承“自力更生、艰苦奋斗”的精神，修通了山路。", []),
        # a mechanism named before 的 and what it does: still a name
        ("社区推行“邻里议事会”的做法，每月召开一次会议。", ["邻里议事会"]),
    ],
)
def test_an_ideal_held_or_a_mood_fostered_is_no_practice(body: str, expected: list[str]) -> None:
    assert extract_practices("某社区党建引领", body) == expected
