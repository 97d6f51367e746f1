"""Figure labels name the thing counted (last session's real misses, `党组织 2 次`, `先锋服务岗的党员`; R28: cases
counted by stage). Invented sentences.

- a count of times between who acts and what they did counts the deed after it (上级党组织2次到村调研指导);
- a post, station or team printed right after the members who staff it is counted whole (设立86个党员先锋服务岗),
  not read as a deed of the members (a verb opens a deed: 12名党员入驻服务站).
"""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def found(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


def test_a_count_of_times_before_a_deed_counts_the_deed() -> None:
    assert found("上级党组织2次到村调研指导。") == [("到村调研指导", 2, "次")]
    assert found("小区党组织3次上门协调，问题得到解决。") == [("上门协调", 3, "次")]
    # negatives: the deed before the count; a count ending its clause
    assert found("村党组织每年2次公开党务。") == [("公开党务", 2, "次")]
    assert found("由镇党组织牵头召开协调会2次。") == [("协调会", 2, "次")]


def test_a_post_after_its_members_is_counted_whole() -> None:
    assert found("全镇设立86个党员先锋服务岗。") == [("党员先锋服务岗", 86, "个")]
    assert found("全镇设立12个党员示范岗，每天轮流值班。")[0] == ("党员示范岗", 12, "个")
    # negatives: a verb opens the members' deed
    assert found("组织12名党员入驻服务站。") == [("入驻服务站的党员", 12, "名")]
    assert found("25名党员亮明身份。") == [("亮明身份的党员", 25, "名")]


def test_cases_keep_the_verb_of_the_stage_they_are_counted_at() -> None:
    # (a compare page set 矛盾纠纷 received beside 矛盾纠纷 resolved, the same label for unlike things)
    assert found("全镇共受理矛盾纠纷436件，成功化解402件。") == [
        ("受理矛盾纠纷", 436, "件"),
        ("化解矛盾纠纷", 402, "件"),
    ]
    assert found("截至9月底，化解矛盾纠纷318件。") == [("化解矛盾纠纷", 318, "件")]
    # negative: a case noun opening its clause has no verb to keep
    assert found("纠纷64起，其中58起当场达成协议。")[0] == ("纠纷", 64, "起")


def test_a_bare_rate_after_a_count_in_its_sentence_is_that_things_rate() -> None:
    # (a compare page showed three rows of one city · 办结率: a hotline's, a platform's and a mailbox's)
    text = "办理线上平台诉求315件，回复率100%，办结率98.1%。市长信箱来信量86件，回复率100%，办结率97.6%。"
    assert found(text) == [
        ("线上平台诉求", 315, "件"),
        ("线上平台诉求回复率", 100, "%"),
        ("线上平台诉求办结率", 98.1, "%"),
        ("市长信箱来信量", 86, "件"),
        ("市长信箱来信回复率", 100, "%"),
        ("市长信箱来信办结率", 97.6, "%"),
    ]
    assert found("共受理矛盾纠纷436件，成功化解402件，化解率达92.2%。")[2] == ("矛盾纠纷化解率", 92.2, "%")
    # negatives: the figure before names only the stage; a qualified rate; another sentence
    assert found("全年受理群众诉求1200件，办结1150件，办结率95.8%。")[2] == ("办结率", 95.8, "%")
    assert found("全年受理群众诉求1200件，群众满意率98%。")[1] == ("群众满意率", 98, "%")
    assert found("全年受理群众诉求1200件。办结率95.8%。")[1] == ("办结率", 95.8, "%")


def test_a_share_opening_its_clause_before_what_it_has_done() -> None:
    # (R28: the share was dropped, no label; 19家有党员的商会采取…，100%已建立党支部)
    body = "全县38家商会中，19家有党员的商会采取单独组建、联合组建等办法，100%已建立党支部。"
    assert ("已建立党支部的比例", 100, "%") in found(body)
    # negatives: a share of a group named with 中 keeps its own label; a share with its use after it
    assert found("新就业群体中，90%已加入工会。") == [("新就业群体中已加入工会的占比", 90, "%")]
    assert found("全国超过60%的社区建立了议事会。")[0][0] == "建立了议事会的社区"


def test_a_rate_after_a_count_of_households_or_times_names_the_deed_not_the_measure() -> None:
    # (a made measure label, 入户走访户数, gave 入户走访户数满意率)
    assert ("入户走访满意率", 98, "%") in found("今年开展入户走访1200户，满意率98%。")
    assert ("群众满意率", 99, "%") in found("全年走访群众3500人次，满意率99%。")
    # negative: a qualified rate keeps its own subject
    assert ("群众满意率", 97, "%") in found("今年开展入户走访1200户，群众满意率97%。")
