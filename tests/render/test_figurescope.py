"""The unit a figure counts when its sentence names one larger than the acting unit (builder.render.figurescope),
and /compare/ charting it at that unit's level. Invented lines in the shapes of real pages (R18, R19: a
subdistrict's volunteers and a district's waystations in communities' articles), with negatives: the acting
unit's own address, a same-level or smaller unit, a setting clause, a clause with its own subject."""

from __future__ import annotations

import re
from types import SimpleNamespace as NS
from typing import Any

import pytest

from builder.model import Metric
from builder.render.figures import figures_of
from builder.render.figurescope import counted_unit, enclosing_places, sentence_opening

# the units enclosing the acting ones of these lines (a region's steps and the locality's township)
PLACES = (
    ("宁夏回族自治区", "province"), ("银川市", "city"), ("金凤区", "county"), ("黄河东路街道", "township"),
    ("厦门市", "city"), ("思明区", "county"), ("梧村街道", "township"), ("莒县", "county"),
    ("城阳街道", "township"), ("茄子溪街道", "township"), ("望岳街道", "township"), ("中卫市", "city"),
    ("沙坡头区", "county"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "label", "acting", "opening", "unit"),
    [
        # the clause names the larger unit the figure counts
        ("目前茄子溪街道已有280名网格志愿者", "网格志愿者", "community", "", ("茄子溪街道", "township")),
        ("茄子溪街道各社区共有志愿者280名", "志愿者", "community", "", ("茄子溪街道", "township")),
        ("全市共划分网格3109个", "网格", "county", "", ("", "city")),
        ("全县16个社区建成食堂", "社区", "township", "", ("", "county")),
        ("银川市累计解决居民急难愁盼问题6000余件", "居民急难愁盼问题", "community", "", ("银川市", "city")),
        # the sentence's subject, when the figure's clause has none
        (
            "设立了127个新邻驿站",
            "新邻驿站",
            "community",
            "厦门市思明区在商圈、园区等地，",
            ("思明区", "county"),
        ),
        (
            "设立了127个新邻驿站",
            "新邻驿站",
            "township",
            "近年来，厦门市思明区在商圈等地，",
            ("思明区", "county"),
        ),
        # negatives: the acting unit's own address, its own level, a larger unit's figure at its own level
        ("莒县城阳街道桃园社区依托5个村街党支部", "村街党支部", "community", "", None),
        ("宁夏银川市金凤区黄河东路街道为12个小区党支部授旗", "小区党支部", "township", "", None),
        ("全市共划分网格3109个", "网格", "city", "", None),
        ("全村145名党员", "党员", "community", "", None),
        # the address going on down to the acting township; 全市 of a county-level city is the county's whole
        ("中卫市沙坡头区滨河镇将辖区12个社区细分为186个网格", "网格", "township", "", None),
        ("设立了12个驿站", "驿站", "community", "梧村街道滨中社区在商圈等地，", None),
        # a setting is no subject; a clause opening with the acting unit's word has its own subject
        ("设立了12个驿站", "驿站", "community", "在思明区委组织部指导下，", None),
        ("社区基金一小时内筹得善款5000元", "善款", "community", "望岳街道卫生中心开展义诊，", None),
        # 乡村 is a word, not a township; no level: nothing to compare against
        ("发展乡村产业带动就业50人", "就业", "community", "", None),
        ("目前茄子溪街道已有280名网格志愿者", "网格志愿者", None, "", None),
    ],
)
def test_the_unit_a_figure_counts(
    quote: str, label: str, acting: str | None, opening: str, unit: tuple[str, str] | None
) -> None:
    assert counted_unit(quote, label, acting, PLACES, opening) == unit


def test_the_whole_a_scope_word_names_is_the_innermost_unit_of_its_kind() -> None:
    """全市 in a county-level city's article (寿光市, in 潍坊市) is the county's whole: no larger unit."""
    places = (("山东省", "province"), ("潍坊市", "city"), ("寿光市", "county"))
    assert counted_unit("寿光市把全市划分为2316个网格", "网格", "county", places) is None
    assert counted_unit("全市共划分网格3109个", "网格", "county", (*places[:2], ("昌乐县", "county"))) == (
        "",
        "city",
    )


def test_the_whole_area_is_no_districts_whole() -> None:
    """全区域 is the whole area of the unit that speaks, not 全区 (a district); 全市域 is the city's whole."""
    assert counted_unit("社区全区域划分网格12个", "网格", "community") is None
    assert counted_unit("街道全区域覆盖网格员86名", "网格员", "township") is None
    assert counted_unit("全市域划分网格3109个", "网格", "county") == ("", "city")


def test_a_unit_not_enclosing_the_acting_one_is_not_known() -> None:
    """Only the acting unit's own enclosing units are read (no gazetteer): another county's name is not."""
    assert counted_unit("目前茄子溪街道已有280名网格志愿者", "网格志愿者", "community", ()) is None
    assert counted_unit("全街道已有280名网格志愿者", "网格志愿者", "community", ()) == ("", "township")


def test_the_units_enclosing_the_acting_one() -> None:
    steps = [("重庆市", "province"), ("大渡口区", "county")]
    assert enclosing_places(steps, "茄子溪街道新港社区") == (*steps, ("茄子溪街道", "township"))
    assert enclosing_places(steps, "茄子溪街道") == tuple(steps)  # the acting unit itself
    assert enclosing_places(steps, "新港社区") == tuple(steps)
    assert enclosing_places(steps, None) == tuple(steps)


def test_the_opening_of_the_quote_sentence() -> None:
    paragraphs = ("前一句。厦门市思明区在商圈等地，设立了127个新邻驿站，织成一张网。",)
    assert sentence_opening(paragraphs, "设立了127个新邻驿站") == "厦门市思明区在商圈等地，"
    assert sentence_opening(paragraphs, "不在文中") == ""


def test_compare_charts_a_figure_at_the_level_of_the_unit_it_counts() -> None:
    """A community's article giving its subdistrict's volunteers: the bar stands in the township group under
    the subdistrict's name, not among the communities' own counts."""
    from builder.render.comparesections import compare_section

    def figure(label: str, value: int, quote: str) -> Any:
        (found,) = figures_of([Metric(label, value, "名", False, quote)])
        return found

    labels = {"township": NS(zh="乡镇街道"), "community": NS(zh="社区村")}
    ix: Any = NS(
        entries={
            "a": NS(place="新港社区", item=NS(level="community", locality="茄子溪街道新港社区")),
            "b": NS(place="甲社区", item=NS(level="community")),
            "c": NS(place="乙街道", item=NS(level="township")),
        },
        level_labels=labels,
        level_label=lambda key: labels[key],
    )
    rows: Any = NS(
        indicator=NS(zh="志愿者", unit="人", slug="volunteers", kind="count", level=None),
        rows=[
            ("a", figure("网格志愿者", 280, "目前茄子溪街道已有280名网格志愿者")),
            ("c", figure("志愿者", 150, "街道组建志愿者150名")),
            ("b", figure("志愿者", 40, "社区有志愿者40名")),
        ],
        levels=(),  # not found by the site index: found from each row's initiative
    )
    section = compare_section(ix, rows, None)
    chart = str(section.chart)
    groups = re.findall(r'<p class="chart-group">(\S+) <span class="count">(\d+) 项</span></p>', chart)
    assert groups == [("乡镇街道", "2"), ("社区村", "1")]
    assert "茄子溪街道 · 网格志愿者" in chart and "新港社区" not in chart
    assert [(place, level) for _, _, place, level in section.table] == [
        ("茄子溪街道", "township"),
        ("乙街道", "township"),
        ("甲社区", "community"),
    ]


@pytest.mark.parametrize(
    ("label", "place", "short"),
    [
        # the row's place already says it (invented labels in the shapes of real pages')
        ("湖东街道在职报到党员", "湖东街道", "在职报到党员"),
        ("龙泉街道信访总量同比下降", "成华区龙泉街道", "信访总量同比下降"),
        ("该市村级集体经济总收入", "凭祥市", "村级集体经济总收入"),
        ("全区网格", "西岗区", "网格"),
        # negatives: a unit word that is part of the thing, another place, nothing left
        ("社区食堂", "新港社区", "社区食堂"),
        ("社区党员", "半山花园社区", "社区党员"),
        ("柳班村集体经济收入", "凭祥市", "柳班村集体经济收入"),
        ("湖东街道", "湖东街道", "湖东街道"),
        # review: a scope word of another kind than the row's place says whose figure it is (全市 under a
        # community: the city's), and 全区域 is no 全区
        ("全市网格", "新港社区", "全市网格"),
        ("全区域网格覆盖率", "西岗区", "全区域网格覆盖率"),
    ],
)
def test_a_chart_row_says_its_place_once(label: str, place: str, short: str) -> None:
    from builder.render.comparesections import short_label

    assert short_label(label, place) == short
