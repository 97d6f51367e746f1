"""Kinds heldout37 (issue 14, round h37c) showed in themes, metrics and practices, each in invented text:
a meeting's account of the work done since a time is a report (not a demand counted half); a 红色驿站 serving
residents is no riders' rest stop; a count right after as many quoted names restates them; boxes (盒) are counted;
a way the text says the work is not (也不是“…”, 不搞“…”) is no practice; a facility named by the care it gives is a
generic noun."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.metrics import extract_metrics
from builder.extract.practice_unquoted import unquoted_practices
from builder.extract.practices import extract_practices
from builder.extract.themes import score_themes, theme_scores
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_a_meetings_account_of_work_done_since_a_time_counts_in_full(vocab: dict[str, Label]) -> None:
    done = "全县各村推行“院坝会”议事制度，村里大事都拿到院坝里商量。"
    plain = theme_scores("", [], done, vocab)["consultative-self-governance"]
    account = theme_scores("", [], f"会议指出，今年以来，{done}", vocab)
    assert account["consultative-self-governance"] == plain
    demand = theme_scores("", [], f"会议指出，要在{done}", vocab)
    assert demand["consultative-self-governance"] == plain / 2  # what a meeting asks is no work done


def test_a_red_post_serving_residents_is_no_riders_rest_stop(vocab: dict[str, Label]) -> None:
    title = "某镇“红色驿站”为群众办实事"
    body = (
        "某镇依托村党群服务中心建成“红色驿站”6个，为群众提供政策咨询、代办证件等服务。"
        "今年以来，驿站累计服务群众8000人次，帮助群众解决困难120余件。"
        "每个驿站安排1名党员值班，群众反映的问题当天登记、限时答复。"
        "驿站还为独居老人提供助餐、理发等便民服务，为留守儿童开设课后托管班。"
    )
    assert "new-employment-groups" not in score_themes(title, [], body, vocab)
    riders = body.replace("群众", "外卖骑手和快递员")
    assert "new-employment-groups" in score_themes(title, [], riders, vocab)


def _counts(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


@pytest.mark.parametrize(
    "body",
    [
        "学习平台设置“掌上学”“集中学”“入户学”三种方式，全年组织学习120场。",
        "服务队推出“代买”、“代办”和“代缴”3项服务，全年上门服务450人次。",
    ],
    ids=["three-ways", "three-services-digits"],
)
def test_a_count_after_as_many_quoted_names_restates_them(body: str) -> None:
    found = _counts(body)
    assert all(value > 3 for value, _unit in found) and len(found) == 1


def test_classes_divided_into_and_a_count_after_fewer_names_stay() -> None:
    assert (3.0, "类") in _counts("社区将重点人群分为“红色”“黄色”“绿色”三类，实行分类管理。")
    assert (5.0, "个") in _counts("镇里建成“幸福驿站”“连心驿站”等5个驿站。")


def test_boxes_filled_or_given_out_are_counted() -> None:
    assert (40.0, "盒") in _counts("为迎接检查，每个村要整理档案资料40盒。")
    assert (300.0, "盒") in _counts("志愿者为独居老人送去月饼300余盒。")


@pytest.mark.parametrize(
    "body",
    [
        "整改也不是“一改了之”，对反弹的问题要一抓到底。",
        "推进工作不搞“一刀切”，各村按实际确定清单。",
        "治理并非“一拆了之”，还要管好拆后的空地。",
        "整治不能“一关了之”，还要帮商户找出路。",
    ],
    ids=["not-this-way", "no-one-cut", "is-not", "must-not"],
)
def test_a_way_the_work_is_said_not_to_be_is_no_practice(body: str) -> None:
    assert extract_practices("", body) == []


def test_a_way_put_in_place_stays_a_practice() -> None:
    assert extract_practices("", "各村推行“一事一议”，村里大事由村民商量决定。") == ["一事一议"]


def test_a_facility_named_by_the_care_it_gives_is_generic() -> None:
    assert unquoted_practices("社区腾退闲置用房，建成社区养老驿站，提供助餐服务。", frozenset()) == []
    assert unquoted_practices("街道打造社区助餐驿站，每天为老人送餐。", frozenset()) == []
    own = "社区建成夕阳红养老驿站。如今，夕阳红养老驿站每天接待老人40多人。"
    assert unquoted_practices(own, frozenset()) == ["夕阳红养老驿站"]
