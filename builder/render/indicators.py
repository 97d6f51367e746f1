"""Comparable indicators: which figures can stand side by side, read from `indicators.yaml` (the default in
builder/data/, laid over by content/_data/indicators.yaml, read by builder.render.indicatorfile; the file's
comments say how to edit it).

An indicator takes one kind of figure (builder.extract.metric_kinds) in one unit family, so that no chart or
table mixes a count with a rate, money with a ratio, or persons with organizations; and one counted thing: a
label's head (its last word, notes in brackets and closing quotes aside: 推行“红色网格”的社区 counts 社区, not
网格) is what `heads` names, and `labels` the words one of which it holds besides (the stage: 收集诉求 are
requests received, 已办结诉求 requests settled). The first indicator of the file that takes a figure wins.

A size (a count, a sum, a total: SIZED_KINDS) stands once per initiative in an indicator: its largest, so that a
whole is never charted beside its own parts (党员145名 with 四星党员27名, 五星党员11名 of the same community;
网格250个 with 微网格140个). A count of a rated or honoured subset (四星党员, 优秀党支部, 示范网格: RATED) is
no count of the things themselves and belongs to no count indicator.

An indicator whose figures can count unlike things under one name (党组织覆盖率 of enterprises and of social
organisations, cuts of WeChat groups and of nameplates, money raised and money spent) lists its `facets`: the
qualifiers that make figures alike. Each facet is an indicator of its own (`<slug>-<facet>`, charted apart); a
figure no facet names is in none of them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from builder.render.figures import Figure
from builder.render.figurescope import RANK

MIN_COMPARED = 2  # initiatives an indicator needs figures from to be shown on /compare/
PERSON_UNITS = frozenset({"人", "名", "位"})
SIZED_KINDS = frozenset({"count", "money", "total"})  # sizes that grow with the acting unit
# a subset picked by a rating or an honour (四星党员, 五星级党支部, 优秀共产党员, 先进党组织, 示范网格, 标兵)
RATED = re.compile(r"[一二三四五两]星|星级|优秀|先进|模范|标兵|示范|表彰")
COUNT_UNITS = frozenset({"个", "支", "家", "处", "座", "所", "间", "项", "件", "条", "张", "块"})
# 类, 种 and 批 count kinds and batches, not the things themselves (高频问题18类): each is a family of its own


@dataclass(frozen=True)
class Indicator:
    slug: str
    zh: str
    en: str
    kind: str  # one of metric_kinds.KINDS
    unit: str  # the unit family (unit_family) it takes, as shown
    labels: re.Pattern[str] | None  # searched in the label (with `heads`: as well as the head)
    quote: re.Pattern[str] | None = None  # or searched in the quote
    exclude: re.Pattern[str] | None = None  # a label matching this is not in the indicator
    themes: tuple[str, ...] = ()  # the theme tables whose key-figures column shows it
    heads: re.Pattern[str] | None = None  # the counted thing: the label ends with one of these
    # the level of the one unit each figure counts whatever unit acts (a village's collective income, in a
    # county's article too): one chart, not one per acting level
    level: str | None = None
    # a facet's qualifier (searched in the label, or when no facet of its indicator is named there in the
    # clause before it: stage_text), and every facet's of its indicator
    facet: re.Pattern[str] | None = None
    facets_any: re.Pattern[str] | None = None
    # people a deed picks (发动49名党员兼职网格员, 由245名党员组成, 身着马甲的党员来到…): words of the figure's
    # clause that make it no count of those a unit has
    deeds: re.Pattern[str] | None = None
    # what a theme table's key-figures cell calls it: a facet's own name (网格员), not its indicator's too
    cell_zh: str = ""
    # with `level`: the indicator of a figure whose subject is a unit above that level (全镇, 该县, N个村: the
    # villages' income together), not one unit's (in_scope)
    totals: str = ""
    # the theme /compare/ lists it under: a facet's own first theme, else its file entry's first
    home_theme: str = ""

    def takes(self, figure: Figure) -> bool:
        if not self._takes(figure):
            return False
        return self.facet is None or bool(self.facet.search(facet_text(figure, self.facets_any)))

    def _takes(self, figure: Figure) -> bool:
        if figure.kind != self.kind or unit_family(figure.unit) != self.unit:
            return False
        label = figure.label
        if self.exclude is not None and self.exclude.search(label):
            return False
        if self.kind in ("count", "total") and RATED.search(label):
            return False
        if self.deeds is not None and picked_by_deed(figure, self.deeds):
            return False
        if self.heads is not None:
            if not self.heads.search(label_head(label)) or names_unlike_things(label, self.heads):
                return False
            return self.labels is None or bool(self.labels.search(stage_text(figure)))
        assert self.labels is not None
        return bool(self.labels.search(label) or (self.quote and self.quote.search(figure.quote)))


_NOTES = re.compile(r"(?:（[^（）]*）|\([^()]*\)|[”’」』\"'\s])+$")


_CLAUSES = re.compile(r"[，,；;。！？!?]")


def stage_text(figure: Figure) -> str:
    """The label with what its quote says before it in the same clause (`排化化解矛盾纠纷5.1万件`, label
    `矛盾纠纷` -> `排化化解矛盾纠纷`): where the verb of the stage (received, settled) is."""
    label = figure.label
    for clause in _CLAUSES.split(figure.quote):
        at = clause.find(label)
        if at >= 0:
            return clause[: at + len(label)]
    return label


# a size before 的 (63支622人的“青城义警”队伍) says how big they are, not what they did
_SIZE_OF = re.compile(r"\d[余多]?[人名位个支户]$")
_QUOTE_MARKS = re.compile(r"[“”‘’「」『』\"']")
# a 的 naming whose people they are (全村的党员, 辖区内的党员, 社区的志愿者): the unit's own, picked by no deed
_POSSESSOR = re.compile(
    r"(?:村|社区|县|市|区|旗|州|盟|省|镇|乡|街道|苏木|嘎查|小区|网格|辖区|楼栋)[内里中]?$"
)


def picked_by_deed(figure: Figure, deeds: re.Pattern[str]) -> bool:
    """Whether the figure's clause says what its people did or were made to do (`deeds`, before the label
    or after it: 发动49名快递行业党员兼职网格员, 由245名党员组成…服务队), or picks them by a phrase ending in 的
    (百余名身着志愿马甲的党员; not the unit's own 的, 全村的党员, nor a size's, 622人的…队伍): they are some of a
    unit's people, not its count."""
    label = _QUOTE_MARKS.sub("", figure.label)
    for clause in _CLAUSES.split(_QUOTE_MARKS.sub("", figure.quote)):  # 联系88个“两企三新”党组织
        at = clause.find(label)
        if at >= 0:
            before, after = clause[: at + len(label)], clause[at + len(label) :]
            owner = before[: -len(label) - 1]
            if before.endswith("的" + label) and not (_POSSESSOR.search(owner) or _SIZE_OF.search(owner)):
                return True
            return bool(deeds.search(before) or deeds.search(after))
    return False


def facet_text(figure: Figure, facets_any: re.Pattern[str] | None) -> str:
    """Where a figure's qualifier is read: its label when it names one of its indicator's facets
    (`社会组织党组织覆盖率`, quoted after `非公企业党组织覆盖率、`), else its clause up to the label
    (`募集资金`, label `资金`)."""
    if facets_any is not None and facets_any.search(figure.label):
        return figure.label
    return stage_text(figure)


def label_head(label: str) -> str:
    """A label without the notes in brackets and the closing quotes at its end (`到居住地社区…的在职党员（岑巩县）`
    -> `…的在职党员`, `“邻里网格”` -> `“邻里网格`): its last word is the thing counted."""
    return _NOTES.sub("", label) or label


# a modifier listed before the thing its last part names (道路货运、律师、物业行业党委; 城市、农村社区): short
_MODIFIER_MAX = 4


def names_unlike_things(label: str, heads: re.Pattern[str]) -> bool:
    """Whether a label lists things of their own (`社区居民食堂、四点半学堂、社区居家养老服务中心` 44个): a part
    before the last that ends in none of the indicator's heads and is no short modifier of the last part's
    thing (律师、物业行业党委). Their sum counts no one thing: no indicator of one counted thing takes it."""
    *listed, _ = _QUOTE_MARKS.sub("", label).split("、")
    return any(len(part) > _MODIFIER_MAX and not heads.search(part) for part in listed)


_ONCE_NOTE = re.compile(r"[(（]次[)）]$")


def unit_family(unit: str) -> str:
    """Units that can share one axis: persons (人/名/位), counts (个/支/家…), %, 元, or the unit itself, a
    bracketed 次 read as written out (人（次） is 人次)."""
    unit = _ONCE_NOTE.sub("次", unit)
    if unit in PERSON_UNITS:
        return "人"
    if unit in COUNT_UNITS:
        return "个"
    if unit == "％":
        return "%"
    return unit


_GROUPED: list[tuple[tuple[Indicator, ...], dict[tuple[str, str], tuple[Indicator, ...]]]] = []


def _of_kind(indicators: tuple[Indicator, ...]) -> dict[tuple[str, str], tuple[Indicator, ...]]:
    """The indicators by (kind, unit family), each group in file order: only those can take a figure (made
    once for the tuple a build classifies against: 150 000 figures at N=10 000, each tried on ~40)."""
    if _GROUPED and _GROUPED[0][0] is indicators:
        return _GROUPED[0][1]
    grouped: dict[tuple[str, str], list[Indicator]] = defaultdict(list)
    for indicator in indicators:
        grouped[(indicator.kind, indicator.unit)].append(indicator)
    made = {key: tuple(group) for key, group in grouped.items()}
    _GROUPED[:] = [(indicators, made)]
    return made


def classify(figure: Figure, indicators: tuple[Indicator, ...]) -> Indicator | None:
    """The comparable indicator a figure belongs to, or None (a part of a total given too belongs to none):
    the first of the file that takes it, among those of its kind and unit family."""
    if not figure.counted:
        return None
    group = _of_kind(indicators).get((figure.kind, unit_family(figure.unit)), ())
    return next((indicator for indicator in group if indicator.takes(figure)), None)


def classified(entry: Any, indicators: tuple[Indicator, ...]) -> list[Indicator | None]:
    """`classify` of each of a site-index entry's figures against `indicators`, as the index found them
    (Entry.classified: positions in `indicators`), or found again when it holds none."""
    found = getattr(entry, "classified", ())
    if len(found) != len(entry.figures):
        return [classify(f, indicators) for f in entry.figures]
    return [indicators[n] if n >= 0 else None for n in found]


def in_scope(
    indicator: Indicator | None,
    figure: Figure,
    indicators: tuple[Indicator, ...],
    subject_level: Callable[[Figure], str | None],
) -> Indicator | None:
    """The indicator of a figure once its subject is read (`subject_level`: figurescope.subject_level of the
    figure in its initiative): a figure of an indicator of one unit's (`level`, one village's income) whose
    clause or sentence names a unit above that level as its subject (全镇, 该县, 安化县) is their total, in
    the indicator's `totals` (compared level by level), unless that one keeps its label out (村均: an average
    per village is one village's)."""
    if indicator is None or not indicator.totals or indicator.level not in RANK:
        return indicator
    total = next((i for i in indicators if i.slug == indicator.totals), None)
    if total is None or (total.exclude is not None and total.exclude.search(figure.label)):
        return indicator
    level = subject_level(figure)
    return total if level is not None and RANK[level] < RANK[indicator.level] else indicator


KEY_COLUMNS = 2  # the indicators a theme table's key-figures column shows at most


def theme_indicators(theme: str, indicators: tuple[Indicator, ...]) -> tuple[Indicator, ...]:
    """The indicators a theme's comparison table may show in its key-figures column, in indicators.yaml's order:
    a page shows the first KEY_COLUMNS of them its rows fill (`filled_columns`), the same on every row."""
    return tuple(i for i in indicators if theme in i.themes)


def filled_columns(
    columns: tuple[Indicator, ...], rows: Iterable[Mapping[str, Figure]], limit: int | None = None
) -> tuple[Indicator, ...]:
    """The indicators of `columns` that at least one row of a table gives a figure in (`rows`: each row's
    `largest_figures`): a column no row fills says nothing, and is not printed (none: no column at all); the
    first `limit` of them, so that an indicator no row fills never takes the place of one a row does."""
    filled: set[str] = set()
    for largest in rows:
        filled.update(largest)
    return tuple(c for c in columns if c.slug in filled)[:limit]


def largest_figures(
    figures: list[Figure],
    indicator_of: Callable[[Figure], Indicator | None],
    own: Callable[[Figure], bool] | None = None,
) -> dict[str, Figure]:
    """Indicator slug -> an initiative's largest figure in that indicator (the first of equal ones), made
    once per initiative (builder.render.indexes.Entry.key_figures) for the key-figures column of every theme
    table it is a row of. `indicator_of`: `classify` against the site's indicators (memoized); `own`: whether
    a figure counts the acting unit itself (figurescope.counts_acting_unit): a size (SIZED_KINDS) of a larger
    or smaller unit (全市的网格, a company's members) is no key figure of the row's place."""
    largest: dict[str, Figure] = {}
    for figure in figures:
        indicator = indicator_of(figure)
        if indicator is None:
            continue
        if own is not None and indicator.kind in SIZED_KINDS and not indicator.level and not own(figure):
            continue
        best = largest.get(indicator.slug)
        if best is None or float(figure.value) > float(best.value):
            largest[indicator.slug] = figure
    return largest


def key_figures(
    largest: Mapping[str, Figure], columns: tuple[Indicator, ...]
) -> list[tuple[Indicator, Figure | None]]:
    """For each indicator of `columns`, the initiative's largest figure in it (None: it gives none);
    `largest`: its `largest_figures`."""
    return [(column, largest.get(column.slug)) for column in columns]
