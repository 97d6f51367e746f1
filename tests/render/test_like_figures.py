"""A chart compares like figures only: an indicator's facets (the qualifier: the bodies covered, the thing cut,
the money's stage) chart apart, a unit written 人（次） is 人次, and a size compares only within a level where two
initiatives give one. Invented lines in the shapes of real pages."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import pytest

from builder.render.figures import Figure
from builder.render.indicatorfile import parse_indicators
from builder.render.indicatorrows import indicator_rows
from builder.render.indicators import classify, unit_family
from tests.support.indicator_figures import INDICATORS, FigureEntry, figure, slug_of


@pytest.mark.parametrize(
    ("label", "value", "unit", "quote", "slug"),
    [
        # the bodies covered: enterprises, social organisations, office buildings apart
        ("非公企业党组织覆盖率", 100, "%", "全县非公企业党组织覆盖率达100%", "coverage-enterprises"),
        ("非公有制企业党组织覆盖率", 96.2, "%", "非公有制企业党组织覆盖率达96.2%", "coverage-enterprises"),
        (
            "社会组织党组织覆盖率",
            100,
            "%",
            "实现非公企业党组织覆盖率、社会组织党组织覆盖率两个100%",
            "coverage-social-organizations",
        ),
        ("商务楼宇党组织覆盖率", 92, "%", "商务楼宇党组织覆盖率达92%", "coverage-buildings"),
        # a coverage naming no body covered compares with none of them (negative)
        ("党组织覆盖率", 98, "%", "党的组织覆盖率达98%", None),
        # the thing cut: WeChat groups, nameplates, certificates apart
        ("工作微信群精简率", 60.5, "%", "各类工作微信群精简率达60.5%", "reductions-work-groups"),
        ("撤牌减少", 38.2, "%", "清理撤牌3200块、减少38.2%", "reductions-nameplates"),
        ("出具证明同比减少", 52, "%", "出具证明同比减少52%", "reductions-certificates"),
        ("会议数量同比压减", 30, "%", "会议数量同比压减30%", "reductions-meetings"),
        # a cut of nothing named compares with none (negative)
        ("精简率", 40, "%", "精简率达40%", None),
        # money raised, spent, secured apart: the label first, else its clause
        ("资金", 860000, "元", "募集资金86万元", "funds-raised"),
        ("资金", 1200000, "元", "拨付资金120万元用于改造", "funds-spent"),
        ("投入金额", 35000, "元", "投入3.5万元对小区进行绿化", "funds-spent"),
        ("专项资金", 5000000, "元", "获得上级专项资金500万元", "funds-secured"),
        ("资金", 90000, "元", "资金9万元", None),
        # donations raised apart from relief paid out; turnover, output, tourism income apart
        ("捐款", 52000, "元", "爱心人士捐款5.2万元", "aid-donations"),
        ("救助金", 30000, "元", "发放救助金3万元", "aid-relief"),
        ("年营业额", 1.4e8, "元", "年营业额1.4亿元", "turnover-sales"),
        ("旅游收入", 2.6e7, "元", "全年旅游收入2600万元", "turnover-tourism"),
        ("产值", 5e8, "元", "实现产值5亿元", "turnover-output"),
        # income per person, tourism income and a village's revenue grow apart (a village's 旅游收入同比增长16% is no
        # province's 人均可支配收入同比增长8.3%)
        ("村民人均收入同比增长", 12, "%", "村民人均收入同比增长12%", "growth-income-per-person"),
        (
            "沿边群众人均可支配收入同比增长",
            8.3,
            "%",
            "沿边群众人均可支配收入同比增长8.3%",
            "growth-income-per-person",
        ),
        ("旅游收入同比增长", 16, "%", "全村旅游收入同比增长16%", "growth-tourism-income"),
        ("村集体经济收入同比增长", 25, "%", "村集体经济收入同比增长25%", "growth-income"),
        ("销售额同比增长", 20, "%", "农产品销售额同比增长20%", "growth-sales"),
        # (reader review 31) party-mass service centres, outdoor workers' stations, convenience points apart
        ("党群服务站", 210, "处", "建成小区党群服务站210处", "service-stations-party-mass"),
        ("户外劳动者服务站", 35, "个", "建设户外劳动者服务站35个", "service-stations-outdoor-workers"),
        ("便民服务点", 60, "处", "增设便民服务点60处", "service-stations-convenience"),
        # party members' teams, volunteer police, all the teams
        ("党员志愿服务队", 20, "支", "组建党员志愿服务队20支", "volunteer-teams-party-members"),
        ("平安义警队伍", 11, "支", "组建平安义警队伍11支", "volunteer-teams-police"),
        ("志愿服务队伍", 900, "支", "志愿服务队伍发展到900支", "volunteer-teams-all"),
        # complaints about property apart from petitions of every kind
        ("物业投诉量同比下降", 20, "%", "物业投诉量同比下降20%", "complaint-declines-property"),
        ("信访量同比下降", 15, "%", "全县信访量同比下降15%", "complaint-declines-petitions"),
    ],
)
def test_a_facet_charts_only_like_figures(label: str, value: float, unit: str, quote: str, slug: str) -> None:
    assert slug_of(label, value, unit, quote) == slug


def test_a_facet_named_in_the_label_wins_over_the_clause() -> None:
    """社会组织党组织覆盖率 quoted after 非公企业党组织覆盖率、 in one clause: its own label names its body."""
    quote = "实现全区非公企业党组织覆盖率、社会组织党组织覆盖率三个100%"
    assert slug_of("非公企业党组织覆盖率", 100, "%", quote) == "coverage-enterprises"
    assert slug_of("社会组织党组织覆盖率", 100, "%", quote) == "coverage-social-organizations"


def test_facets_are_indicators_of_their_own() -> None:
    found = parse_indicators(
        {
            "indicators": [
                {
                    "slug": "cuts", "zh": "精简", "en": "Cuts", "kind": "change", "unit": "%", "labels": ["精简"],
                    "themes": ["burden-reduction"],
                    "facets": [
                        {"slug": "groups", "zh": "微信群", "en": "WeChat groups", "words": ["微信群"]},
                        {"slug": "forms", "zh": "表格", "en": "Forms", "words": ["表格", "报表"]},
                        {"slug": "meetings", "words": ["会议"], "themes": ["meetings"]},
                    ],
                },
                {"slug": "grids", "kind": "count", "unit": "个", "labels": ["网格"]},
            ]
        }
    )  # fmt: skip
    assert [(i.slug, i.zh, i.en) for i in found] == [
        ("cuts-groups", "精简：微信群", "Cuts: WeChat groups"),
        ("cuts-forms", "精简：表格", "Cuts: Forms"),
        ("cuts-meetings", "精简：meetings", "Cuts: meetings"),
        ("grids", "grids", "grids"),
    ]
    # a theme table's column is one facet: the indicator's themes go to the first, or a facet names its own
    assert [i.themes for i in found] == [("burden-reduction",), (), ("meetings",), ()]
    groups = figure("微信群精简率", 70, "%", "微信群精简率达70%")
    forms = figure("报表精简", 50, "%", "各类报表精简50%")
    assert [classify(f, found).slug for f in (groups, forms)] == ["cuts-groups", "cuts-forms"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "facets",
    [[], "微信群", [{"slug": "x"}], [{"zh": "微信群", "words": ["微信群"]}], [{"slug": "x", "words": ["("]}]],
)
def test_a_broken_facet_names_the_indicator(facets: Any) -> None:
    data = {
        "indicators": [{"slug": "cuts", "kind": "change", "unit": "%", "labels": ["精简"], "facets": facets}]
    }
    with pytest.raises(ValueError, match=r"indicator 'cuts'"):
        parse_indicators(data)


def test_a_bracketed_time_is_the_unit_written_out() -> None:
    assert unit_family("人（次）") == unit_family("人(次)") == unit_family("人次") == "人次"
    assert unit_family("户（次）") == "户次"
    # negatives: persons are no visits, and a bracket that says something else is kept
    assert unit_family("人") == unit_family("名") == "人"
    assert unit_family("次") == "次"
    assert unit_family("人（户）") == "人（户）"


def _slugs(entries: dict[str, FigureEntry]) -> dict[str, list[str]]:
    found = indicator_rows(entries, INDICATORS, lambda f: classify(f, INDICATORS))  # type: ignore[arg-type]
    return {r.indicator.slug: [s for s, _ in r.rows] for r in found}


def test_a_size_compares_only_where_two_initiatives_give_one_at_a_level() -> None:
    """A city's grids beside a county's compare nothing (each level has one); a second county makes the
    indicator; a rate compares across levels (negative)."""
    city = FigureEntry(
        figure("网格", 3100, "个", "划分网格3100个"), figure("办结率", 98, "%", "办结率达98%"), level="city"
    )
    county = FigureEntry(
        figure("网格", 335, "个", "划分网格335个"), figure("办结率", 96, "%", "办结率达96%"), level="county"
    )
    rows = _slugs({"a": city, "b": county})
    assert "grids" not in rows and rows["completion-rates"] == ["a", "b"]
    rows = _slugs(
        {"a": city, "b": county, "c": FigureEntry(figure("网格", 250, "个", "划分网格250个"), level="county")}
    )
    assert rows["grids"] == ["a", "b", "c"]


def test_a_larger_unit_named_in_the_clause_stands_at_its_level() -> None:
    """全县 in a community's article counts the county: beside a county's own figure it compares."""
    community = FigureEntry(figure("网格", 1200, "个", "全县共划分网格1200个"), level="community")
    county = FigureEntry(figure("网格", 335, "个", "划分网格335个"), level="county")
    assert _slugs({"a": community, "b": county})["grids"] == ["a", "b"]
    own = FigureEntry(figure("网格", 12, "个", "社区划分网格12个"), level="community")
    assert "grids" not in _slugs({"a": own, "b": county})  # negative: the community's own grids


def test_a_level_with_one_figure_is_written_out_without_a_bar() -> None:
    from builder.render.comparesections import compare_section

    def stations(value: int) -> Figure:
        return figure("服务站", value, "个", f"建成服务站{value}个")

    ix: Any = SimpleNamespace(
        entries={
            "a": SimpleNamespace(place="甲县", item=SimpleNamespace(level="county")),
            "b": SimpleNamespace(place="乙县", item=SimpleNamespace(level="county")),
            "c": SimpleNamespace(place="丙市", item=SimpleNamespace(level="city")),
        },
        level_labels=["province", "city", "county", "township", "community"],
        level_label=lambda key: SimpleNamespace(zh={"county": "县级", "city": "市级"}[key]),
    )
    rows: Any = SimpleNamespace(
        indicator=SimpleNamespace(zh="服务站", unit="个", slug="stations", kind="count", level=None),
        rows=[("c", stations(90)), ("a", stations(30)), ("b", stations(20))],
        levels=(),  # not found by the site index: found from each row's initiative
    )
    chart = str(compare_section(ix, rows).chart)
    city, county = chart.split('<p class="chart-group">县级')
    assert "<svg" not in city and "chart-bar" not in city
    assert re.search(r'<p class="chart-alone">丙市 · 服务站 <strong>90个</strong>', city)
    assert county.count('class="chart-bar"') == 2  # negative: two of a level are charted


@pytest.mark.parametrize(
    ("label", "value", "quote", "slug"),
    [
        ("网格党支部", 492, "建立网格党支部492个", "party-branches-grids"),
        ("小区党支部", 9, "在条件成熟的楼盘成立了9个小区党支部", "party-branches-housing-estates"),
        # organizations a deed picks: contacted, come from, reporting
        ("两新党组织", 88, "书记联系88个“两新”党组织", None),
        ("两企三新党组织", 88, "副书记联系88个“两企三新”党组织", None),
        ("基层党组织", 18, "来自辖区18个基层党组织的党员", None),
        ("单位党组织", 26, "已有26个单位党组织全部到社区报到", None),
    ],
)
def test_organizations_a_deed_picks_are_no_count_of_those_built(
    label: str, value: int, quote: str, slug: str
) -> None:
    assert slug_of(label, value, "个", quote) == slug


@pytest.mark.parametrize(
    ("label", "value", "quote", "slug"),
    [
        # the people a unit has
        ("党员", 145, "全村145名党员", "party-members"),
        ("党员", 670, "社区有党员670名", "party-members"),
        ("志愿者", 5180, "全市共有5180名志愿者", "volunteers"),
        ("网格志愿者", 280, "目前街道已有280名网格志愿者", "volunteers"),
        # people a deed picks: what they were made to do, before or after them, or a phrase ending in 的
        ("快递行业党员", 49, "发动49名快递行业党员兼职网格员", None),
        ("党员", 245, "成立了由245名党员组成的社区服务队", None),
        ("党员干部", 2867, "将2867名机关党员干部编入网格", None),
        ("党员", 100, "百余名身着红马甲的党员来到广场", None),
        ("志愿者", 40, "社区与共建单位40名志愿者联合开展了整治行动", None),
        ("党员", 154, "154名党员分别担任网格长", None),
        ("社区工作者", 717, "为100个社区新补充社区工作者717人", None),
        ("社区工作者", 912, "全区现有社区工作者912名", "community-workers"),
    ],
)
def test_people_a_deed_picks_are_no_count_of_a_units_people(
    label: str, value: int, quote: str, slug: str
) -> None:
    assert slug_of(label, value, "名", quote) == slug


def test_broken_deeds_name_the_indicator() -> None:
    data = {
        "indicators": [{"slug": "members", "kind": "count", "unit": "人", "heads": ["党员"], "deeds": ["("]}]
    }
    with pytest.raises(ValueError, match=r"indicator 'members': deeds"):
        parse_indicators(data)


@pytest.mark.parametrize(
    ("label", "quote", "slug"),
    [
        ("村集体经济收入", "村集体经济收入达到113万元", "income"),
        ("村集体收入", "某村连续5年村集体收入超过200万元", "income"),  # each year's
        # paid out to villagers, or summed over years: no year's income
        ("村集体收益", "300万余元村集体收益分到1512名村民手中", None),
        ("村集体经济收入", "近五年村集体经济收入累计达到860万元", None),
    ],
)
def test_a_villages_income_is_one_years_kept(label: str, quote: str, slug: str) -> None:
    assert slug_of(label, 1130000, "元", quote) == slug


def test_teams_that_took_part_in_one_event_are_no_count_of_teams() -> None:
    assert slug_of("党员志愿者服务队", 9, "支", "组建9支党员志愿者服务队") == "volunteer-teams-party-members"
    assert (
        slug_of("青城义警队伍", 63, "支", "组建63支622人的“青城义警”队伍") == "volunteer-teams-police"
    )  # a size 的
    assert slug_of("社区志愿服务队", 30, "支", "近30支社区志愿服务队共同参加了此次活动") is None
