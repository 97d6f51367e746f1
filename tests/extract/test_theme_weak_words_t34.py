"""Themes an article got from one weak word (issue 14, session 34): each kind of weak evidence in invented text,
and the evidence the same words give when the article is about that work."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.themes import PLAN_FACTOR, score_themes, theme_scores
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_a_plaque_on_a_members_home_is_no_signboard_cut(vocab: dict[str, Label]) -> None:
    # the sign marks who a member is (党员家庭挂牌, 挂牌经营户, 门口挂着牌子): no burden reduction
    body = (
        "某县推行“党员示范户”，由党员家庭挂牌承担护林防火、政策宣传等任务。"
        "目前全县已挂牌党员示范户150户，党员经营户门口都挂着牌子。"
    )
    assert "burden-reduction" not in theme_scores("", [], body, vocab)
    # signboards counted and cut are
    cut = "全县清理村级组织挂牌，平均每村由14块减少到5块，摘除各类牌子900余块。"
    assert "burden-reduction" in score_themes("", [], cut, vocab)


def test_an_industry_of_factories_is_no_village_trade(vocab: dict[str, Label]) -> None:
    # 产业集群, 产业工人: firms and their workers, not the countryside's economy
    body = "开发区电子信息产业集群企业多，园区党委为产业工人开设夜校，已培训产业工人900人次。"
    assert "rural-revitalization" not in theme_scores("", [], body, vocab)
    assert "rural-revitalization" in theme_scores("", [], "村里发展茶叶产业，带动农户增收。", vocab)


def test_a_term_running_into_a_communitys_name_is_not_read(vocab: dict[str, Label]) -> None:
    # the 社 of 合作社 opens the 社区 of the community 新合作 (新合作社区): no cooperative
    body = "在某街道新合作社区，老人每天到服务站量血压、理发。社区开设助餐、助浴等服务。"
    assert "rural-revitalization" not in theme_scores("", [], body, vocab)
    assert "rural-revitalization" in theme_scores("", [], "村党支部领办合作社，社员每年分红。", vocab)
    assert "rural-revitalization" in theme_scores("", [], "合作社区域内的茶园由社员管护。", vocab)


def test_a_person_by_office_named_once_brings_no_theme(vocab: dict[str, Label]) -> None:
    # a canteen's report: the grid worker who carries a meal up once is no grid governance
    title = "某区“爱心饭堂”开到老人身边"
    body = (
        "某区在城区社区建起“爱心饭堂”16家，让辖区老人吃上热乎饭。\n\n"
        "饭堂由社区党组织牵头、爱心企业运营，行动不便的老人还可以由网格员送餐上门。\n\n"
        "开办以来，饭堂累计服务老人5万人次。"
    )
    assert "grid-governance" in theme_scores(title, [], body, vocab)  # it scores, and is dropped
    assert score_themes(title, [], body, vocab) == ["livelihood-services"]
    # who a measure serves, named once: no workforce theme
    burden = (
        "某区清理社区工作微信群、政务应用程序40个，社区填报表格减少一半，社区工作者入户走访时间明显增加。"
    )
    assert "community-workforce" not in score_themes("", [], burden, vocab)


def test_the_office_said_again_or_its_work_described_keeps_the_theme(vocab: dict[str, Label]) -> None:
    # the grid workers counted (a kind of sentence), or named twice: the article reports their work
    title = "某区“爱心饭堂”开到老人身边"
    counted = "某区建起“爱心饭堂”16家，老人吃饭有了着落。全区120名网格员每天为行动不便的老人送餐上门。"
    assert "grid-governance" in score_themes(title, [], counted, vocab)
    twice = (
        "某区建起“爱心饭堂”16家，老人吃饭有了着落。网格员每天为行动不便的老人送餐上门。"
        "网格员还把老人的需求记入台账，交给社区跟进。"
    )
    assert "grid-governance" in score_themes(title, [], twice, vocab)


def test_a_meetings_demands_count_as_plans(vocab: dict[str, Label]) -> None:
    # a meeting report: what the meeting asks (会议要求，各地要…) is not work done, it counts PLAN_FACTOR
    done = "某区把党组织建在网格上，推动在职党员到网格报到。"
    asked = "会议要求，各地要把党组织建在网格上，推动在职党员到网格报到。"
    done_score = theme_scores("", [], done, vocab)["organization-system"]
    asked_score = theme_scores("", [], asked, vocab)["organization-system"]
    assert asked_score == pytest.approx(PLAN_FACTOR * done_score)
    stressed = "会议强调，要把党组织建在网格上。"
    assert theme_scores("", [], stressed, vocab)["organization-system"] == pytest.approx(asked_score)
