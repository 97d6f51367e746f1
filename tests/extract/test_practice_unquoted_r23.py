"""Practices (issue 14, real pages R13–R23): names printed without quotes that the reports still treat as their
practice, and quotes that are no practice. Invented sentences of each kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


def practices(body: str, title: str = "") -> list[str]:
    return extract_practices(title, body)


@pytest.mark.parametrize(
    ("title", "body", "name"),
    [
        (
            "青山区：民情地图助力精准服务",
            "社区干部打开民情地图找到老人家。各小区都绘了民情地图，哪户有困难一目了然。",
            "民情地图",
        ),
        (
            "党支部领办合作社带富一方",
            "石桥村党支部领办合作社流转土地800亩。如今，党支部领办合作社已成了村里的主心骨。",
            "党支部领办合作社",
        ),
        # after a verb of using or doing in the headline, once again in the body is enough
        (
            "依托民情议事平台 社区为居民解难题",
            "近日，东坡社区依托区里的民情议事平台，邀请居民代表讨论加装电梯。",
            "民情议事平台",
        ),
    ],
)
def test_a_headline_subject_the_body_prints_twice_again_is_a_practice(
    title: str, body: str, name: str
) -> None:
    assert name in practices(body, title)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # printed once more only: no name
        ("民情地图助力精准服务", "社区干部打开民情地图找到老人家。"),
        # a generic team after its place, not the headline's subject
        ("红星社区党员志愿者服务队：有需要就有我们", "志愿者服务队每周巡楼。志愿者服务队还帮老人买菜。"),
        # a place's unit
        ("城关镇平台上线", "城关镇平台上线后很受欢迎。城关镇平台每天有人留言。"),
    ],
)
def test_a_headline_word_printed_once_a_generic_team_or_a_place_is_no_practice(title: str, body: str) -> None:
    assert practices(body, title) == []


def test_a_verb_of_doing_and_a_unit_cut_no_name_from_the_words_after_a_quote() -> None:
    title = "石门县推行“指尖议”村务协商平台"
    assert practices("村里推行“指尖议”村务协商平台，村民扫码就能议事。", title) == ["指尖议"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # the text says it is a name
        ("去年起，一项名为“片区共治”的改革在街道落地。", ["片区共治"]),
        # a numeral code explained in a bracket, then the mechanism word
        ("收益按照“433”（即40%用于公益事业，30%用于扩大生产，30%分给村民）的机制分配。", ["433"]),
        # negatives: a place renamed, a bare numeral code with no mechanism word
        ("社区更名为“和美社区”。", []),
        ("收益按照“433”（即40%用于公益事业，30%用于扩大生产，30%分给村民）分配。", []),
    ],
)
def test_a_quote_named_as_such_or_a_code_explained_before_its_mechanism(body: str, names: list[str]) -> None:
    assert practices(body) == names


@pytest.mark.parametrize(
    "body",
    [
        # what someone is to the people around
        "在乡亲们眼中，老周也是村里的“大管家”，谁家有事都找他。",
        "她是大家心中的“贴心人”。",
        # the secretary of the area the quote names: a person's office
        "全县划为若干“片区”，各“片区”党委书记是第一责任人。",
    ],
)
def test_what_someone_is_called_or_a_units_secretary_is_no_practice(body: str) -> None:
    assert practices(body) == []


def test_a_brand_set_up_after_is_still_a_practice() -> None:
    # is…的 with a verb of doing: the unit's brand set up, kept
    assert practices("这是社区打造的“红色驿站”。") == ["红色驿站"]
    # a brand's own secretary: the brand ending decides
    assert practices("“红色驿站”党支部书记介绍了情况。") == ["红色驿站"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # a team set up in batches: the count after the verb is no part of the name, the name may be long
        ("五年来，区里已组建三批红柳绿色志愿服务队，队伍达30支。", ["红柳绿色志愿服务队"]),
        # negatives: a generic team in batches, a venue named by who it serves
        ("街道组建3支党员志愿服务队，常态化开展服务。", []),
        ("社区设立新就业群体服务驿站，为骑手提供热水。", []),
    ],
)
def test_a_team_set_up_in_batches_is_named_without_its_count(body: str, names: list[str]) -> None:
    assert practices(body) == names


def test_a_quote_the_report_keeps_coming_back_to_is_a_practice() -> None:
    body = (
        "一位快递员在墙上留下自己的“小愿望”。社区收到这个“小愿望”后立即联系站点。"
        "社区还广泛征集骑手的“小愿望”，目前共收到“小愿望”20余份。"
    )
    assert practices(body) == ["小愿望"]


@pytest.mark.parametrize(
    "body",
    [
        # a likeness printed twice only
        "他是居民的“贴心人”。大家都说，有了这个“贴心人”，心里踏实。",
        # a problem named again and again
        "解决小区的“停车难”问题。这个“停车难”问题拖了十年，如今群众的“停车难”问题终于解决。",
    ],
)
def test_a_likeness_printed_twice_or_a_problem_repeated_is_no_practice(body: str) -> None:
    assert practices(body) == []


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # what a unit did, named and then told as a deed on so many things
        ("东湖社区“拆墙并院”，将5个小院连成一片，成立联合党支部。", ["拆墙并院"]),
        # negatives: no count in the deed, not a unit doing it
        ("西湖社区“主动作为”，把服务送到家门口。", []),
        ("过去邻里之间“各扫门前雪”，把2处公共楼道当成堆物间。", []),
    ],
)
def test_a_units_deed_named_then_told_is_a_practice(body: str, names: list[str]) -> None:
    assert practices(body) == names


@pytest.mark.parametrize("title", ["织密党建“一张网” 共创幸福家园", "拧成“一股绳” 共建美丽乡村"])
def test_one_thing_of_a_kind_in_a_headline_is_a_likeness(title: str) -> None:
    assert practices("社区网格员每天走访独居老人，帮助解决实际困难。", title) == []


def test_one_thing_of_a_kind_the_body_prints_stays() -> None:
    # printed in the body too: the body decides
    assert practices("社区打造“一张网”，把党员编入网格。", "织密“一张网”") == ["一张网"]
