"""Indicators that set only like things side by side: one rate per indicator (satisfaction is not completion),
one counted thing (the label's head: 推行“红色网格”的社区 counts 社区), one stage (requests received are not
problems solved), and no indicator of one initiative alone. The labels and quotes are those of content/ (from
the seeds) unless marked invented."""

from __future__ import annotations

from typing import Any

import pytest

from builder.model import Initiative
from builder.render.figures import Figure, figures_of
from builder.render.indicatorfile import parse_indicators
from builder.render.indicatorrows import indicator_rows
from builder.render.indicators import MIN_COMPARED, classify, label_head, stage_text
from tests.support.fixture_site import INITIATIVES
from tests.support.indicator_figures import INDICATORS, FigureEntry, figure, slug_of


@pytest.mark.parametrize(
    ("label", "value", "unit", "quote", "slug"),
    [
        # rates: four different measures, never one chart
        ("群众满意率", 98, "%", "群众满意率达98%", "satisfaction-rates"),
        # the sense of safety is not satisfaction with a service (invented, the shape of heldout pages' figures)
        ("群众安全感满意度", 98.2, "%", "群众安全感满意度达98.2%", "safety-ratings"),
        ("群众安全感", 97, "%", "群众安全感达到97%", "safety-ratings"),
        # visitors' satisfaction is not residents' (invented, the shape of a heldout page's 游客满意度)
        ("游客满意度", 97.2, "%", "景区游客满意度达97.2%", None),
        ("按期办结率", 100, "%", "及时受理率、按期办结率均为100%", "completion-rates"),
        ("及时受理率", 100, "%", "及时受理率、按期办结率均为100%", "response-rates"),
        ("办结率", 98.3, "%", "办结率达98.3%", "completion-rates"),
        ("调解成功率", 97.3, "%", "调解成功率达97.3%", "resolution-rates"),  # invented
        # the stage: received, settled; disputes apart from problems
        ("收集诉求", 687, "件", "收集诉求687件", "issues-received"),
        ("实际问题", 309, "项", "解决实际问题309项", "issues-resolved"),
        # pledges kept are the unit's own targets met, no problems residents raised
        ("承诺事项", 4632, "件", "完成加装电梯、物业服务提升等承诺事项4632件", None),
        ("矛盾纠纷", 51000, "件", "排化化解矛盾纠纷5.1万件", "disputes-resolved"),
        # the counted thing is the label's head
        ("红蜂驿站", 31, "个", "设立“红蜂驿站”31个", "waystations"),
        (
            "社区党群服务中心",
            122,
            "个",
            "并依托现有的122个社区党群服务中心作为活动阵地",
            "service-stations-party-mass",
        ),
        ("推行“红色网格”的社区", 132, "个", "推行“红色网格”的社区132个", None),  # invented: 社区, not 网格
        ("网格上报问题", 24000, "件", "网格上报问题24000件", "issues-received"),  # invented
        # hazards found on patrol are not requests; hazards removed are another stage (invented, heldout shapes)
        ("安全隐患", 1130, "处", "排查燃气、取暖等安全隐患1130处", "hazards-found"),
        ("隐患", 1160, "处", "网格员共排查各类隐患1160处", "hazards-found"),
        ("整改各类隐患", 1870, "处", "共排查整改各类隐患1870处", None),
        # removed by another verb, or no finding said (invented): not found on patrol
        ("整治安全隐患", 320, "处", "共整治安全隐患320处", None),
        ("治理隐患", 210, "个", "全街道已治理隐患210个", None),
        ("隐患", 30, "处", "辖区内隐患30处已全部销号", None),
        ("上报问题", 3700, "条", "今年已上报安全隐患、环境卫生等问题3700余条", "issues-received"),
        ("“邻里网格”", 32, "个", "划分“邻里网格”32个", "grids"),  # invented: closing quote aside
        # households per grid, not the households a grid worker visits a week (invented, the shape of heldout pages')
        ("基础网格", 500, "户", "以300—500户为标准划分基础网格", "grid-size"),
        ("入户走访户数", 20, "户", "每名网格员每周入户走访不少于20户", None),
        # an award is not an organization set up
        ("区级示范党支部", 49, "个", "区级示范党支部49个", None),
        # collective income: one village's income, an increase, a total over many villages are three things
        ("村集体增收", 361800, "元", "2024年分别为村集体增收36.18万元和42.45万元", "income-increases"),
        ("为村集体增收", 310000, "元", "全年为村集体增收31万元", "income-increases"),  # invented
        (
            "村集体经济收入总额",
            780000000,
            "元",
            "全市村集体经济收入总额达7.8亿元",
            "income-totals",
        ),  # invented
        ("村集体经济收入", 860000, "元", "村集体经济收入达86万元", "income"),  # invented
        # invented: the town's villages together, the scope only in the quote; a level reached is one village's
        ("村集体经济收入", 12000000, "元", "全镇村集体经济收入累计达到1200万元", "income-totals"),
        ("村集体经济收入", 860000, "元", "村集体经济收入增加到86万元", "income"),
        # so many villages together, or a total said in the label (invented, the shapes of real pages')
        (
            "行政村集体经济经营性收入",
            29750000,
            "元",
            "全区89个行政村集体经济经营性收入达2975万元",
            "income-totals",
        ),
        ("村集体经济收入", 57602000, "元", "该乡16个村集体经济收入累计达到5760.2万元", "income-totals"),
        ("村级集体经济总收入", 3755000, "元", "该市村级集体经济总收入375.5万元", "income-totals"),
        ("村集体收入", 1130000, "元", "2022年村集体收入达到113万元", "income"),  # one village's (negative)
        (
            "带动群众增收",
            5000000,
            "元",
            "带动群众增收500万元",
            None,
        ),  # invented: people's, not the collective's
        # kinds and batches are not the things themselves
        ("集中解决的高频问题", 18, "类", "集中解决高频问题18类", None),  # invented
    ],
)
def test_each_indicator_takes_one_thing(label: str, value: float, unit: str, quote: str, slug: str) -> None:
    assert slug_of(label, value, unit, quote) == slug


def test_the_head_and_the_stage_of_a_label() -> None:
    assert (
        label_head("到居住地社区开展“五亮五做”的在职党员（岑巩县）") == "到居住地社区开展“五亮五做”的在职党员"
    )
    assert label_head("“邻里网格”") == "“邻里网格"
    assert label_head("楼栋长（单元长）") == "楼栋长"
    assert stage_text(figure("矛盾纠纷", 51000, "件", "排化化解矛盾纠纷5.1万件")) == "排化化解矛盾纠纷"
    assert stage_text(figure("解决问题", 4, "个", "解决社区党建和管理服务工作中的问题4个")) == "解决问题"


def test_no_indicator_compares_one_initiative_with_itself() -> None:
    """Two figures of one initiative are no comparison: the indicator is left out of /compare/ until a
    second initiative gives one."""
    waystation = figure("红蜂驿站", 31, "个", "设立“红蜂驿站”31个")
    other = figure("红色驿站", 54, "个", "对全区54个红色驿站进行升级改造")

    def of(f: Figure):
        return classify(f, INDICATORS)

    alone = indicator_rows({"a": FigureEntry(waystation, other, level="county")}, INDICATORS, of)
    assert "waystations" not in [r.indicator.slug for r in alone]
    both = indicator_rows(
        {"a": FigureEntry(waystation, level="county"), "b": FigureEntry(other, level="county")},
        INDICATORS,
        of,
    )
    (rows,) = [r for r in both if r.indicator.slug == "waystations"]
    assert [s for s, _ in rows.rows] == ["b", "a"] and MIN_COMPARED == 2


def test_the_fixture_site_compares_only_like_things() -> None:
    """Every indicator of the fixture's figures holds figures of one kind, one unit family and of two
    initiatives at least."""
    items: list[Initiative] = INITIATIVES
    entries = {}
    for item in items:
        entries[item.slug] = FigureEntry(*figures_of(item.metrics), level=item.level or "")
    rows = indicator_rows(entries, INDICATORS, lambda f: classify(f, INDICATORS))
    assert rows
    for found in rows:
        assert len({slug for slug, _ in found.rows}) >= MIN_COMPARED
        assert {f.kind for _, f in found.rows} == {found.indicator.kind}


def _rows_of(entries: dict[str, FigureEntry]) -> dict[str, list[tuple[str, str, float]]]:
    found = indicator_rows(entries, INDICATORS, lambda f: classify(f, INDICATORS))  # type: ignore[arg-type]
    return {r.indicator.slug: [(s, f.label, f.value) for s, f in r.rows] for r in found}


def test_a_whole_is_never_charted_beside_its_parts() -> None:
    """A size stands once per initiative in an indicator, its largest: a community's 党员 and its rated
    members, a county's grids and its micro-grids are one fact (invented lines, the shapes of real pages)."""
    rows = _rows_of(
        {
            "a": FigureEntry(
                figure("党员", 145, "名", "全村145名党员"),
                figure("网格", 250, "个", "划分网格250个"),
                figure("微网格", 140, "个", "微网格140个"),
            ),
            "b": FigureEntry(
                figure("党员", 115, "名", "小区党支部有党员115名"), figure("网格", 30, "个", "划分网格30个")
            ),
        }
    )
    assert rows["party-members"] == [("a", "党员", 145), ("b", "党员", 115)]
    assert rows["grids"] == [("a", "网格", 250), ("b", "网格", 30)]


def test_rates_of_one_initiative_stay_side_by_side() -> None:
    """Two rates of one initiative are two measures, not a whole and a part: both stay (negative)."""
    rows = _rows_of(
        {
            "a": FigureEntry(
                figure("非公企业党组织覆盖率", 100, "%", "非公企业党组织覆盖率100%"),
                figure("社会组织党组织覆盖率", 90, "%", "社会组织党组织覆盖率90%"),
            ),
            "b": FigureEntry(
                figure("非公有制企业党组织覆盖率", 95.6, "%", "非公有制企业党组织覆盖率达95.6%"),
                figure("社会组织党组织覆盖率", 83.4, "%", "社会组织党组织覆盖率达83.4%"),
            ),
        }
    )
    assert [s for s, _, _ in rows["coverage-enterprises"]] == ["a", "b"]
    assert [s for s, _, _ in rows["coverage-social-organizations"]] == ["a", "b"]


@pytest.mark.parametrize(
    ("label", "value", "unit", "quote", "slug"),
    [
        # a rated or honoured subset is no count of the things themselves (invented)
        ("四星党员", 27, "名", "27名四星党员", None),
        ("五星级党支部", 6, "个", "评出五星级党支部6个", None),
        ("优秀党员", 12, "名", "表彰优秀党员12名", None),
        ("先进网格", 8, "个", "评选先进网格8个", None),
        # members who did something are not the members a unit has (the label keeps the deed)
        ("亮明身份的党员", 25, "名", "引导25名党员亮明身份", None),
        ("参加了志愿服务活动的志愿者", 280, "名", "280余名志愿者参加了志愿服务活动", None),
        ("志愿者", 5180, "名", "共有5180名志愿者", "volunteers"),  # negative: the volunteers themselves
        # negatives: the plain counts
        ("党员", 145, "名", "全村145名党员", "party-members"),
        ("直管党员", 53, "人", "直管党员53人", "party-members"),
        ("网格党支部", 12, "个", "划分12个网格党支部", "party-branches-grids"),
        # applicants are not new members
        ("入党积极分子", 206, "名", "培养入党积极分子206名", "membership-applicants"),
        ("发展党员", 126, "名", "发展党员126名", "new-members"),
    ],
)
def test_a_qualified_subset_is_not_the_plain_count(
    label: str, value: float, unit: str, quote: str, slug: str | None
) -> None:
    assert slug_of(label, value, unit, quote) == slug


def test_an_indicator_of_one_unit_each_is_one_chart() -> None:
    """`level: community`: a village's collective income in a county's or a township's article is still one
    village's, charted with the others, not in a group of its acting level (invented lines)."""
    from types import SimpleNamespace as NS

    from builder.render.comparesections import compare_section
    from builder.render.indexes import IndicatorRows

    (income,) = [i for i in INDICATORS if i.slug == "income"]
    assert income.level == "community"
    labels = {"county": NS(zh="县级"), "community": NS(zh="社区村")}
    ix: Any = NS(
        entries={
            "a": NS(place="甲县", item=NS(level="county")),
            "b": NS(place="乙村", item=NS(level="community")),
        },
        level_labels=labels,
        level_label=lambda key: labels[key],
    )
    rows = IndicatorRows(
        income,
        [
            ("a", figure("柳班村集体经济收入", 570000, "元", "柳班村集体经济收入57万元")),
            ("b", figure("村集体经济收入", 860000, "元", "村集体经济收入达86万元")),
        ],
    )
    section = compare_section(ix, rows, None)
    assert not section.by_level and 'class="chart-group"' not in str(section.chart)
    assert "（县级）" not in str(section.chart)


def test_an_indicator_level_must_be_a_level() -> None:
    entry = {"slug": "x", "kind": "money", "unit": "元", "labels": ["集体"], "level": "village"}
    with pytest.raises(ValueError, match="level must be one of"):
        parse_indicators({"indicators": [entry]})


def test_compare_lists_an_indicator_under_its_first_theme() -> None:
    """/compare/ groups the indicators by theme: the first of an entry's `themes`, a facet's own first theme
    when it names one (else its indicator's), no theme at all: none (listed last, under 其他指标)."""
    found = parse_indicators(
        {
            "indicators": [
                {
                    "slug": "a",
                    "kind": "count",
                    "unit": "个",
                    "heads": ["站"],
                    "themes": ["x-theme", "y-theme"],
                },
                {"slug": "b", "kind": "count", "unit": "人", "heads": ["员"]},
                {
                    "slug": "c",
                    "kind": "count",
                    "unit": "个",
                    "heads": ["支部"],
                    "themes": ["x-theme"],
                    "facets": [
                        {"slug": "own", "words": ["小区"], "themes": ["z-theme"]},
                        {"slug": "none", "words": ["网格"], "themes": []},
                        {"slug": "plain", "words": ["楼宇"]},
                    ],
                },
            ]
        }
    )
    assert [(i.slug, i.home_theme) for i in found] == [
        ("a", "x-theme"),
        ("b", ""),
        ("c-own", "z-theme"),
        ("c-none", "x-theme"),
        ("c-plain", "x-theme"),
    ]


def test_a_facet_naming_the_thing_counted_is_named_alone() -> None:
    """A facet's page, chart and region chip read `小区党支部`, `便民服务点`: not `党支部与基层党组织：小区党支部` nor
    `党群服务中心与服务站点：党群服务中心与站点` (the same words twice, read at 390 px on /regions/); a facet naming no
    head of its indicator (`非公企业` of a coverage rate, `捐款` of aid) keeps the indicator's name before it. The
    English names are written to follow the indicator's, so they always do."""
    found = parse_indicators(
        {
            "indicators": [
                {
                    "slug": "stations",
                    "zh": "党群服务中心与服务站点",
                    "en": "Service centres and stations",
                    "kind": "count",
                    "unit": "个",
                    "heads": ["服务中心", "服务站", "服务点"],
                    "facets": [
                        {"slug": "party", "zh": "党群服务中心与站点", "en": "Party-mass", "words": ["党群"]},
                        {"slug": "convenience", "zh": "便民服务点", "en": "Convenience", "words": ["便民"]},
                        {"slug": "other", "zh": "其他", "en": "Other", "words": ["爱心"]},
                    ],
                },
                {
                    "slug": "coverage",
                    "zh": "党组织覆盖率",
                    "en": "Coverage",
                    "kind": "share",
                    "unit": "%",
                    "labels": ["覆盖率"],
                    "facets": [{"slug": "firms", "zh": "非公企业", "en": "Firms", "words": ["非公"]}],
                },
            ]
        }
    )
    names = {i.slug: (i.zh, i.en) for i in found}
    assert names["stations-party"] == ("党群服务中心与站点", "Service centres and stations: Party-mass")
    assert names["stations-convenience"][0] == "便民服务点"
    assert names["stations-other"][0] == "党群服务中心与服务站点：其他"
    assert names["coverage-firms"] == ("党组织覆盖率：非公企业", "Coverage: Firms")
