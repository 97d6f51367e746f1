"""A theme told only by one counted result in a tally of other results (issue 14, session 35): a report of other
work that also counts the disputes it settled is no dispute-resolution report; the same count standing in a
sentence of its own, or a tally of that work's own results, is. Nor is a theme named by one item of a list of duties
or services among items of other work (a tower's service station offering consultation, mediation and training); a
list whose items name no theme alone, read with its sentence (a station offering water, charging and rest to
residents), tells its theme; so does the same work said in a sentence of its own."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.themes import score_themes, tallied_in_passing, theme_scores
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


_TITLE = "某镇把党支部建在果园合作社上"
_LEAD = (
    "某镇党委在全镇12个果品合作社成立党支部，由党员技术员带领社员统一种植、统一销售，"
    "合作社年销售收入达到3000万元，村集体经济年增收80万元。\n\n"
    "合作社党支部还组织党员结对帮扶，带动农户发展果树种植。\n\n"
)


def test_a_counted_result_said_apart_or_the_works_own_tally_stays(vocab: dict[str, Label]) -> None:
    apart = _LEAD + "合作社党支部还设立调解室，党员调解员上门化解果园地界纠纷，今年以来共调解纠纷16起。"
    assert "dispute-resolution" in score_themes(_TITLE, [], apart, vocab)
    # a mediation report's own tally: every clause counts its work
    title = "某街道“和事堂”化解邻里纠纷"
    body = (
        "某街道在各社区设立“和事堂”，由退休法官、老党员担任调解员，就地化解邻里矛盾纠纷。\n\n"
        "今年以来，共受理矛盾纠纷326起，调解成功311起。"
    )
    assert score_themes(title, [], body, vocab)[0] == "dispute-resolution"


def test_a_part_of_the_count_before_is_no_result_of_its_own(vocab: dict[str, Label]) -> None:
    # 其中…: who among those counted; the theme it names is the scheme's, not a side result
    title = "某区“技能夜校”开到村口"
    body = "某区开设“技能夜校”，培训学员1500人次，其中脱贫户260人。"
    assert "rural-revitalization" in score_themes(title, [], body, vocab)


_TOWER_TITLE = "某区“楼宇党建”点亮商务楼"
_TOWER_LEAD = (
    "某区在辖区38栋商务楼宇成立楼宇党委，把楼宇内的非公企业党组织纳入统一管理，"
    "新建非公企业党支部46个，发展新党员130名。\n\n"
    "楼宇党委还组织企业党员亮身份、作表率，带动企业参与社区共建。\n\n"
)


_TOWER_SERVICES = "楼宇党委在每栋楼设立“红色驿站”，为企业员工提供政策咨询、矛盾调解、技能培训等服务。"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            _TITLE,
            _LEAD + "今年以来，合作社党支部共举办技术培训45场，帮扶困难农户120户，调解果园地界纠纷16起。",
        ),
        # one item of a list of services among items of other work
        (_TOWER_TITLE, _TOWER_LEAD + _TOWER_SERVICES),
        # one item of a list and one counted result among others: still on the side of the work
        (_TOWER_TITLE, _TOWER_LEAD + _TOWER_SERVICES + "今年以来，共举办技能培训56场，调解劳资纠纷27起。"),
    ],
    ids=["tallied", "list-item", "list-item-and-tally"],
)
def test_work_on_the_side_brings_no_theme(title: str, body: str, vocab: dict[str, Label]) -> None:
    assert "dispute-resolution" in theme_scores(title, [], body, vocab)  # it scores, and is dropped
    assert "dispute-resolution" not in score_themes(title, [], body, vocab)


def test_the_same_work_said_apart_stays(vocab: dict[str, Label]) -> None:
    apart = (
        _TOWER_LEAD
        + "楼宇党委在每栋楼设立“红色驿站”，为企业员工提供政策咨询、技能培训等服务。"
        + "驿站还设立调解室，由党员律师上门化解企业与员工的劳资纠纷。"
    )
    assert "dispute-resolution" in score_themes(_TOWER_TITLE, [], apart, vocab)


def test_a_list_whose_items_name_no_theme_alone_tells_it(vocab: dict[str, Label]) -> None:
    # 饮水、充电、休息: no item alone is a term; read with its sentence, residents' daily needs met
    title = "某镇“红色驿站”方便游客又暖居民"
    body = (
        "某镇在古镇各街口设立“红色驿站”12个，由社区党员轮流值守，为游客指路。\n\n"
        "驿站还为居民提供饮水、充电、休息等服务，今年累计服务游客和居民8万人次。"
    )
    assert "livelihood-services" in theme_scores(title, [], body, vocab)
    assert not tallied_in_passing("livelihood-services", (title, "", body), vocab)


def test_a_tally_of_one_themes_work_alone_keeps_it(vocab: dict[str, Label]) -> None:
    # every clause counts dispute work: no deed of another theme makes it a side result
    title = "某县网格员天天在村里转"
    body = (
        "某县把全县划分为180个网格，每个网格配备一名专职网格员，每天入户走访。\n\n"
        "今年以来，网格员化解邻里矛盾38起，调处宅基地纠纷21起，调解物业纠纷17起。"
    )
    assert "dispute-resolution" in score_themes(title, [], body, vocab)
