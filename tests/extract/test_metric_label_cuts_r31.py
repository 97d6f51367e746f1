"""Metric labels cut or wrong on real published articles (r31 pages, issue 14 item 7): a label names the whole
counted thing, never a verb's first character glued to the noun, a level word's unit, the unit said again as its own
body, the deed closing the clause, the subject and verb before it, nor the figure of the households before people.
Invented sentences of the same shapes."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def found(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


def test_a_verbs_first_character_before_its_stop_is_no_part_of_the_noun() -> None:
    assert found("近日，128名入社村民拿到第一笔分红。") == [("入社村民", 128, "名")]
    assert found("当天，36名困难群众领到慰问品。") == [("困难群众", 36, "名")]
    # negatives: a noun ending in its head, or one no character short of a head, keeps every character
    assert found("15名网格员到村入户走访。") == [("网格员", 15, "名")]
    assert found("12名法律顾问到村坐班。") == [("法律顾问", 12, "名")]


def test_a_verb_of_entering_ends_the_noun_and_a_level_word_ends_no_noun() -> None:
    assert found("在换届中，512名致富能手进入村级班子。") == [("致富能手", 512, "名")]


def test_households_and_their_people_counted_bare() -> None:
    assert found("全村下辖3个自然村，186户642人，党员40名。") == [
        ("自然村", 3, "个"),
        ("户数", 186, "户"),
        ("人口", 642, "人"),
        ("党员", 40, "名"),
    ]
    assert found("该村有186户642人。") == [("户数", 186, "户"), ("人口", 642, "人")]
    # negative: the households and people of the groups counted right before name the groups
    assert found("全村下辖8个村民小组620户2300人。")[1:] == [
        ("村民小组户数", 620, "户"),
        ("村民小组人数", 2300, "人"),
    ]


def test_the_unit_said_again_as_its_own_body_counts_the_units() -> None:
    assert found("公司由辖区12个村村集体合资注册而成。") == [("村", 12, "个")]
    # negative: villages whose collective income is said keep their deed
    assert found("全县96个村集体经济收入达到2100万元。")[0] == ("集体经济收入的村", 96, "个")


def test_the_deed_closing_the_clause_is_no_part_of_the_counted() -> None:
    found_ = found("20名县级干部联系包抓11个乡镇示范带动。")
    assert found_ == [("县级干部", 20, "名"), ("乡镇", 11, "个")]


def test_a_subject_and_its_verb_of_applying_are_no_part_of_the_counted() -> None:
    assert found("该县申报省级扶持村级集体经济发展项目37个。") == [("省级扶持村级集体经济发展项目", 37, "个")]
    # negative: a group the counted are picked from is still cut off after the subject
    assert found("该县还从返乡青年、致富带头人中发展党员120余名。")[0][0] == "发展党员"
