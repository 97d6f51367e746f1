"""Figures of unlike things never stand side by side (reader review 31: "the figures set unlike things side by
side"). By kind, on invented lines in the shapes of the committed content's: a plan beside a result, a label
listing unlike things, organizations an award or an activity picks, the part of a whole beside the whole or
beside another part (where branches are built, whose stations, what complaints), a problem found or a pledge
kept beside requests, a figure of one body or one community in a larger unit's article beside places'
sizes, and one province alone in a chart comparing provinces."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import pytest

from builder.extract.metric_kinds import metric_kind
from builder.model import Metric
from builder.render.figurescope import BODY, counts_acting_unit, smaller_unit
from builder.render.indicatorrows import indicator_rows
from builder.render.indicators import classify, largest_figures
from tests.support.indicator_figures import INDICATORS, FigureEntry, figure, slug_of


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("规划建设户外劳动者服务站60个", "target"),  # planned, not built
        ("今年规划新建社区食堂12个", "target"),
        # negatives: built as planned, a plan's building done
        ("按规划建设户外劳动者服务站60个", "count"),
        ("完成规划建设任务8项", "count"),
        ("建设户外劳动者服务站60个", "count"),
    ],
)
def test_a_planned_count_is_a_target(quote: str, kind: str) -> None:
    assert metric_kind(Metric("服务站", 60, "个", False, quote)) == kind


@pytest.mark.parametrize(
    ("label", "unit", "quote", "slug"),
    [
        # things of their own listed and counted together: no one thing
        ("社区食堂、儿童之家、养老服务中心", "个", "建成社区食堂、“儿童之家”、养老服务中心30个", None),
        ("老年食堂、四点半课堂、便民服务站", "个", "建成老年食堂、四点半课堂、便民服务站21个", None),
        # negatives: each part one of the heads; short modifiers of the last part's thing
        ("党员突击队、志愿服务队", "支", "成立党员突击队、志愿服务队12支", "volunteer-teams-party-members"),
        ("货运、快递行业党委", "个", "成立货运、快递行业党委2个", "party-committees-sectors"),
    ],
)
def test_a_label_listing_unlike_things_counts_no_one_thing(
    label: str, unit: str, quote: str, slug: str | None
) -> None:
    assert slug_of(label, 30, unit, quote) == slug


@pytest.mark.parametrize(
    ("label", "quote", "slug"),
    [
        # an award, an honour, an activity, a change of type picks them: no count of those built
        ("小区党支部", "街道为首批8个小区党支部授牌", None),
        ("小区党支部", "5个小区党支部受到区委表彰", None),
        ("机关党组织", "推动15个机关党组织到小区开展志愿服务", None),
        ("小区党支部", "推动20个小区党支部由功能型转为实体型", None),
        # set up for one task: no standing organization
        ("临时党支部", "建立临时党支部17个", None),
        ("临时党小组", "成立临时党小组9个", None),
        # where they are built: each its own chart (a part is no whole, nor another part)
        ("小区党支部", "推动成立小区党支部310个", "party-branches-housing-estates"),
        ("网格党支部", "建立网格党支部150个", "party-branches-grids"),
        ("物业企业党支部", "建立物业企业党支部40个", "party-branches-property-companies"),
        ("“两新”组织党组织", "新组建“两新”组织党组织25个", "party-branches-emerging-sectors"),
        ("基层党组织", "全县共有基层党组织420个", "party-branches-all"),
        ("楼栋党小组", "划分楼栋党小组300个", "party-groups-buildings"),
        ("党小组", "党小组260个", "party-groups-all"),
        ("社区大党委", "社区“大党委”40个", "party-committees-joint"),
        # leads a patrol reports are no requests; pledges kept are no problems raised
        ("问题线索", "网格员巡查上报问题线索40个", None),
        ("承诺事项", "兑现承诺事项300件", None),
        ("群众诉求", "收集群众诉求500件", "issues-received"),  # negative
    ],
)
def test_organizations_compare_with_their_like(label: str, quote: str, slug: str | None) -> None:
    assert slug_of(label, 8, "个", quote) == slug


PLACES = (("某某省", "province"), ("某某市", "city"), ("某某区", "county"))


@pytest.mark.parametrize(
    ("quote", "label", "acting", "opening", "unit"),
    [
        # the sentence opens with a community by its name: its figure, in a district's article
        ("覆盖网格6个", "网格", "county", "青松社区共签约骑手3名，", ("青松社区", "community")),
        ("覆盖网格6个", "网格", "county", "某某区青松社区共签约骑手3名，", ("青松社区", "community")),
        # one body: a company, an association, a party branch
        ("现有党员9名", "党员", "city", "某某科技有限公司是一家高新企业，", ("某某科技有限公司", BODY)),
        ("某某公司党支部现有党员9名", "党员", "county", "", ("某某公司党支部", BODY)),
        ("下设3个党小组", "党小组", "township", "红枫苑党支部成立于2019年，", ("红枫苑党支部", BODY)),
        # negatives: a kind of community, every one, the acting unit's own clause, a unit setting bodies up, a
        # community's own article, a unit larger than the acting one
        ("覆盖网格6个", "网格", "county", "城市社区共签约骑手3名，", None),
        ("覆盖网格60个", "网格", "county", "各社区共签约骑手30名，", None),
        ("全区覆盖网格80个", "网格", "county", "青松社区共签约骑手3名，", None),
        ("街道通过成立合作社3个", "合作社", "county", "", None),
        ("现有党员45名", "党员", "community", "青松社区党支部成立于2019年，", None),
        ("现有党员9名", "党员", None, "某某科技有限公司是一家高新企业，", None),
    ],
)
def test_a_smaller_unit_as_the_sentence_subject(
    quote: str, label: str, acting: str | None, opening: str, unit: tuple[str, str] | None
) -> None:
    assert smaller_unit(quote, label, acting, PLACES, opening) == unit


def test_one_bodys_size_is_compared_with_no_place() -> None:
    """Two cities' articles each giving a company branch's members: no chart of party members (the companies'
    members are no city's); a city's own members beside another's are."""
    branch = [
        figure("党员", 9, "名", "某某公司党支部现有党员9名"),
        figure("党员", 12, "名", "某某合作社党支部有党员12名"),
    ]
    entries = {
        "a": FigureEntry(branch[0], level="city"),
        "b": FigureEntry(branch[1], level="city"),
    }

    def indicator_of(f: object) -> object:
        return classify(f, INDICATORS)  # type: ignore[arg-type]

    assert [r.indicator.slug for r in indicator_rows(entries, INDICATORS, indicator_of)] == []
    own = [figure("党员", 26000, "名", "全市有党员2.6万名"), figure("党员", 18000, "名", "全市有党员1.8万名")]
    entries = {"a": FigureEntry(branch[0], own[0], level="city"), "b": FigureEntry(own[1], level="city")}
    (rows,) = indicator_rows(entries, INDICATORS, indicator_of)
    assert [(slug, f.value) for slug, f in rows.rows] == [("a", 26000), ("b", 18000)]


def test_a_theme_rows_key_figure_is_its_own_units() -> None:
    """A city's row shows the city's members, not a company branch's larger figure of the same article, nor a
    community's grids in a district's row."""
    item = SimpleNamespace(level="city", locality=None)
    paragraphs = ["某某科技有限公司是一家高新企业，现有党员90名。全市共有党员60名。"]
    figures = [figure("党员", 90, "名", "现有党员90名"), figure("党员", 60, "名", "全市共有党员60名")]
    steps = [SimpleNamespace(name="某某市", rank="city")]
    own = partial(counts_acting_unit, item, steps, paragraphs)

    def indicator_of(f: object) -> object:
        return classify(f, INDICATORS)  # type: ignore[arg-type]

    assert largest_figures(figures, indicator_of)["party-members"].value == 90  # every figure: the company's
    assert largest_figures(figures, indicator_of, own)["party-members"].value == 60


def test_a_theme_of_one_province_draws_no_chart_comparing_provinces(fixture_site: Path) -> None:
    """A theme whose initiatives come from one province (besides those naming none) has no chart of the
    initiatives per province: one bar compares nothing; a theme of two provinces or more has one."""
    seen = set()
    for page in sorted((fixture_site / "themes").glob("*/index.html")):
        text = page.read_text(encoding="utf-8")
        block = text[
            text.index('id="by-province"') : text.index("</section>", text.index('id="by-province"'))
        ]
        links = re.findall(r'<a href="[^"]*"(?: id="[^"]*")?>(\S+?) \d+</a>', block)
        provinces = [name for name in links if name != "地区未标明"]
        if len(provinces) < 2:
            assert "<svg" not in block and "实践仅来自 1 个省份" in block, page
        else:
            assert '<svg class="chart"' in block and "实践仅来自" not in block, page
        seen.add(len(provinces) < 2)
    assert seen == {True, False}  # the fixture has themes of both kinds


def test_a_chart_of_provinces_charts_provinces_only(fixture_site: Path) -> None:
    """A theme's chart of the initiatives per province has a bar per province and none for the initiatives
    naming no region (地区未标明 is no province to compare): its caption counts them, and says what a bar
    counts (each initiative once, whatever its level)."""
    seen = 0
    for page in sorted((fixture_site / "themes").glob("*/index.html")):
        text = page.read_text(encoding="utf-8")
        block = text[
            text.index('id="by-province"') : text.index("</section>", text.index('id="by-province"'))
        ]
        if "<svg" not in block:
            continue
        labels = re.findall(r'class="chart-label"[^>]*>([^<]*)<', block)
        assert "地区未标明" not in labels, page
        linked = dict(re.findall(r'<a href="[^"]*"(?: id="[^"]*")?>(\S+?) (\d+)</a>', block))
        caption = re.search(r"<figcaption>(.*?)</figcaption>", block, flags=re.S)
        assert caption and "一项实践计一次，不论其层级" in caption.group(1), page
        if "地区未标明" in linked:
            seen += 1
            assert f"另有 {linked['地区未标明']} 项未标明地区，不在图中" in caption.group(1), page
    assert seen  # the fixture has a theme with initiatives naming no region beside two provinces


def test_a_theme_profile_says_the_bars_add_up_to_more_than_the_initiatives(fixture_site: Path) -> None:
    """An initiative of several themes is on several bars of a region's or a level's theme profile: the
    caption says what a bar counts and both numbers (the initiatives, the sum of the bars), never a caption
    naming the chart again."""
    checked = 0
    for page in sorted(
        [*(fixture_site / "regions").glob("*/index.html"), *(fixture_site / "levels").glob("*/index.html")]
    ):
        text = page.read_text(encoding="utf-8")
        if 'id="profile-title"' not in text or 'id="themes-chart-t"' not in text:
            continue
        block = text[
            text.index('id="profile-title"') : text.index("</figure>", text.index('id="profile-title"'))
        ]
        summed = sum(int(n) for n in re.findall(r'class="chart-value"[^>]*>(\d+) 项<', block))
        caption = re.search(r"<figcaption>(.*?)</figcaption>", block + "</figure>", flags=re.S)
        assert caption and "每条是带有该主题的实践数" in caption.group(1), page
        total = re.search(r"(\d+) 项实践", caption.group(1))
        assert total, page
        if summed > int(total.group(1)):
            assert f"共计 {summed} 次" in caption.group(1), page
            checked += 1
    assert checked
