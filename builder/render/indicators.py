"""Metrics: group free-form labels into a few comparable indicators, and format values for reading.

The rules are ordered: the first indicator whose rule matches a metric wins (网格党支部 is a party
organization, not a grid; 报到党员 are members reporting to communities, not party members in general).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.model import Metric

PERSON_UNITS = frozenset({"人", "名", "位", "户", "人次"})
COUNT_UNITS = frozenset(
    {"个", "支", "家", "处", "座", "所", "间", "项", "件", "条", "次", "批", "类", "种", "场"}
)


@dataclass(frozen=True)
class Indicator:
    slug: str
    zh: str
    en: str
    pattern: re.Pattern[str]  # searched in the label
    units: frozenset[str] | None = None  # only metrics in these units (None: any)
    exclude: re.Pattern[str] | None = None  # a label matching this is not in the indicator
    quote: re.Pattern[str] | None = None  # also required in the quote, if given


def _re(text: str) -> re.Pattern[str]:
    return re.compile(text)


INDICATORS: tuple[Indicator, ...] = (
    Indicator("reporting-members", "在职党员到社区报到", "Members reporting to communities", _re("报到")),
    Indicator(
        "reporting-members",
        "在职党员到社区报到",
        "Members reporting to communities",
        _re("党员"),
        units=PERSON_UNITS,
        quote=_re("报到"),
    ),
    Indicator(
        "grid-workers",
        "网格员与楼栋长",
        "Grid workers and building heads",
        _re("网格员|网格长|楼栋长|单元长|楼长|网格指导员|网格管理员"),
    ),
    Indicator(
        "party-organizations",
        "党组织",
        "Party organizations",
        _re("党组织|党支部|党委|党总支|党小组|党工委|大工委|联合党"),
        exclude=_re("书记|委员|覆盖率"),
    ),
    Indicator(
        "grids", "网格", "Grids", _re("网格"), units=COUNT_UNITS, exclude=_re("化|治理|事项|服务站|驿站|群")
    ),
    Indicator(
        "service-stations",
        "服务站点与阵地",
        "Service stations and centres",
        _re("驿站|服务站|服务点|服务中心|阵地|站点|之家|党群服务|暖心|服务室"),
        units=COUNT_UNITS,
    ),
    Indicator("coverage", "覆盖率", "Coverage rates", _re("覆盖"), units=frozenset({"%"})),
    Indicator(
        "volunteers",
        "志愿者与志愿队伍",
        "Volunteers and volunteer teams",
        _re("志愿|义警|义工"),
    ),
    Indicator(
        "issues-resolved",
        "解决问题与诉求",
        "Problems and requests resolved",
        _re("问题|诉求|纠纷|矛盾|难题|实事|事项|工单|微心愿|心愿|项目"),
        units=COUNT_UNITS,
        exclude=_re("精简|减少|压减|清理"),
    ),
    Indicator("party-members", "党员", "Party members", _re("党员"), units=PERSON_UNITS),
    Indicator(
        "community-workers",
        "社区工作者",
        "Community workers",
        _re("社区工作者|社工|社会工作人才"),
        units=PERSON_UNITS,
    ),
    Indicator("funds", "资金投入", "Funds (yuan)", _re(".*"), units=frozenset({"元"})),
    Indicator(
        "people-served",
        "服务群众",
        "People served",
        _re("服务|惠及|受益|群众|居民|帮扶|就业"),
        units=PERSON_UNITS,
    ),
    Indicator(
        "reduction-rates",
        "精简与减负比例",
        "Reduction rates",
        _re("精简|减少|压减|减负|清理"),
        units=frozenset({"%"}),
    ),
    Indicator(
        "resolution-rates",
        "办结、化解与满意率",
        "Completion, resolution and satisfaction rates",
        _re("完成率|办结率|受理率|落实率|化解率|成功率|解决率|满意率|满意度|回复率|响应率"),
        units=frozenset({"%"}),
        exclude=_re("同比|下降|增长|提升"),
    ),
)
BY_SLUG: dict[str, Indicator] = {}
for _indicator in INDICATORS:  # several rules may feed one indicator; the first gives its labels
    BY_SLUG.setdefault(_indicator.slug, _indicator)


def classify(metric: Metric) -> Indicator | None:
    """The comparable indicator a metric belongs to, or None."""
    text = metric.label
    for indicator in INDICATORS:
        if indicator.units is not None and metric.unit not in indicator.units:
            continue
        if indicator.exclude is not None and indicator.exclude.search(text):
            continue
        if indicator.pattern.search(text) and (
            indicator.quote is None or indicator.quote.search(metric.quote)
        ):
            return BY_SLUG[indicator.slug]
    return None


def unit_family(unit: str) -> str:
    """Units that can share one axis: persons (人/名/位), counts (个/支/家…), %, 元, or the unit itself."""
    if unit in ("人", "名", "位"):
        return "人"
    if unit in COUNT_UNITS:
        return "个"
    return unit


def format_number(value: float | int) -> str:
    """226 -> '226'; 96.4 -> '96.4'; 23000000 -> '23,000,000'; never scientific notation."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, float):
        if value.is_integer():
            value = int(value)
        else:
            text = f"{value:,.4f}".rstrip("0").rstrip(".")
            return text
    return f"{value:,}"


def format_metric(metric: Metric) -> str:
    """'约 600 人', '96.4%', '226 个'."""
    number = format_number(metric.value)
    unit = metric.unit or ""
    joined = f"{number}{unit}" if unit == "%" else f"{number} {unit}".rstrip()
    return f"约 {joined}" if metric.approx else joined


def key_metrics(metrics: list[Metric], limit: int = 3) -> list[Metric]:
    """Up to `limit` metrics for a comparison row: those in a comparable indicator first, file order kept."""
    ranked = sorted(range(len(metrics)), key=lambda i: (classify(metrics[i]) is None, i))
    return [metrics[i] for i in ranked[:limit]]
