"""Each indicator's rows across the initiatives (moved out of indicators.py, which says which figures an indicator
takes): every initiative's figures in the first indicator that takes them (in_scope), largest first; a size
(SIZED_KINDS) once per initiative, its largest; an indicator compared level by level (a size with no level of its
own) with the level of the unit each row counts (IndicatorRows.levels), left out when no level has figures of two
initiatives; an indicator of one initiative's figures alone (MIN_COMPARED) left out. What an edit or an earlier
build already found for an initiative is taken again (digest serve's memo, a one-shot build's StoredDerived)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from builder.render.figures import Figure
from builder.render.figurescope import BODY, counted_level, entry_subject_level
from builder.render.indicators import MIN_COMPARED, SIZED_KINDS, Indicator, in_scope
from builder.render.valuedigest import value_digest

if TYPE_CHECKING:
    from builder.render.indexes import Entry


@dataclass
class IndicatorRows:
    indicator: Indicator  # one kind, one unit family: every row can share the chart
    rows: list[tuple[str, Figure]]  # (initiative slug, figure), largest first
    # an indicator compared level by level (SIZED_KINDS with no level of its own): the level of the unit each
    # row's figure counts (figurescope.counted_level), as `_rows` found them; () for any other. Its pages
    # and /compare/'s card count and group every row by it: read here, not found again from each row's
    # initiative (its body's paragraphs) on every page (bench/RESULTS.md, session 33)
    levels: tuple[str, ...] = ()


def _taken(
    entry: Entry, indicators: tuple[Indicator, ...], indicator_of: Callable[[Figure], Indicator | None]
) -> list[tuple[str, Figure]]:
    """(indicator slug, figure) for each of an initiative's figures that an indicator takes (in_scope), in
    order."""
    scope = partial(entry_subject_level, entry)
    return [
        (indicator.slug, f)
        for f in entry.figures
        if (indicator := in_scope(indicator_of(f), f, indicators, scope)) is not None
    ]


def indicator_rows(
    entries: Mapping[str, Entry],
    indicators: tuple[Indicator, ...],
    indicator_of: Callable[[Figure], Indicator | None],
    memo: Any = None,
    derived: Any = None,
) -> list[IndicatorRows]:
    """Every counted figure in the first indicator that takes it; indicators in file order, largest first.
    `memo` (digest serve's IdentityMemo, builder.render.session): the figures each unchanged Entry gave
    the last build, so that only an edited initiative's figures are classified again, and the last build's
    rows themselves when every initiative's are the same (IdentityMemo.reuse). `derived` (a one-shot
    build's, storedbuild.StoredDerived.get): those an earlier build found for an initiative of the same bytes
    and the same indicators."""
    if memo is None and derived is not None:
        name = f"indicator figures {value_digest(indicators).hex()}"
        taken = [
            (slug, derived(entry.item, name, lambda e=entry: _taken(e, indicators, indicator_of)))
            for slug, entry in entries.items()
        ]
        by_level = _by_level(indicators)
        levels = [  # made from the initiative alone, as its figures are: not again on every one-shot build
            derived(entry.item, f"{name} levels", lambda e=entry, t=figures: _levels_of(e, t, by_level))
            for entry, (_, figures) in zip(entries.values(), taken, strict=True)
        ]
        return _rows(taken, indicators, levels)
    if memo is None:
        taken = [(slug, _taken(entry, indicators, indicator_of)) for slug, entry in entries.items()]
        return _rows(taken, indicators, _levels(entries, taken, _by_level(indicators)))
    taken = [
        (slug, memo.get("indicator figures", (entry,), lambda e=entry: _taken(e, indicators, indicator_of)))
        for slug, entry in entries.items()
    ]
    by_level = _by_level(indicators)
    levels = [
        memo.get("indicator levels", (entry,), lambda e=entry, t=figures: _levels_of(e, t, by_level))
        for entry, (_, figures) in zip(entries.values(), taken, strict=True)
    ]
    return memo.reuse("indicator rows", (taken, levels, indicators), lambda: _rows(taken, indicators, levels))


def _by_level(indicators: tuple[Indicator, ...]) -> frozenset[str]:
    """The slugs of the indicators compared level by level: sizes (SIZED_KINDS) with no level of their own."""
    return frozenset(i.slug for i in indicators if i.kind in SIZED_KINDS and not i.level)


def _levels_of(entry: Entry, taken: list[tuple[str, Figure]], by_level: frozenset[str]) -> tuple[str, ...]:
    """The level of the unit each figure of `taken` counts (figurescope.counted_level), for those of an
    indicator compared level by level ("" for the others: their level is never asked)."""
    return tuple(counted_level(entry, figure) if slug in by_level else "" for slug, figure in taken)


def _levels(
    entries: Mapping[str, Entry], taken: list[tuple[str, list[tuple[str, Figure]]]], by_level: frozenset[str]
) -> list[Any]:
    return [_levels_of(entries[slug], figures, by_level) for slug, figures in taken]


def _rows(
    taken: list[tuple[str, list[tuple[str, Figure]]]],
    indicators: tuple[Indicator, ...],
    levels: list[Any],
) -> list[IndicatorRows]:
    """indicator_rows from each initiative's (slug, the figures indicators take), in site order, and the
    level each of those figures counts (`levels`, in the same order: one body's, BODY, left out); a sized
    indicator (SIZED_KINDS) keeps each initiative's largest figure only (the first of equal ones); an indicator that compares
    nothing is left out: figures of one initiative alone (MIN_COMPARED), or a sized one (compared level by
    level) with no level that two initiatives give figures at."""
    grouped: dict[str, list[tuple[str, Figure]]] = defaultdict(list)
    level_of: dict[tuple[str, int], str] = {}
    for (slug, figures), at_levels in zip(taken, levels, strict=True):
        for (indicator, figure), level in zip(figures, at_levels, strict=True):
            if level == BODY:  # one body's size (a company's members) is no place's: compared with none
                continue
            grouped[indicator].append((slug, figure))
            level_of[(slug, id(figure))] = level
    result: list[IndicatorRows] = []
    for indicator in indicators:
        rows = grouped.pop(indicator.slug, None)
        if rows and len({slug for slug, _ in rows}) >= MIN_COMPARED:
            rows.sort(key=lambda p: (-float(p[1].value), p[0], p[1].label))
            levels: tuple[str, ...] = ()
            if indicator.kind in SIZED_KINDS:
                rows = _largest_of_each(rows)
                if not indicator.level and not _compared_at_a_level(rows, level_of):
                    continue
                if not indicator.level:
                    levels = tuple(level_of[(slug, id(figure))] for slug, figure in rows)
            result.append(IndicatorRows(indicator, rows, levels))
    return result


def _compared_at_a_level(rows: list[tuple[str, Figure]], level_of: dict[tuple[str, int], str]) -> bool:
    """Whether two initiatives' figures (one each) count units of one level: a size compares only there."""
    counts = Counter(level_of[(slug, id(figure))] for slug, figure in rows)
    return max(counts.values(), default=0) >= MIN_COMPARED


def _largest_of_each(rows: list[tuple[str, Figure]]) -> list[tuple[str, Figure]]:
    """Rows sorted largest first -> the first of each initiative (its largest figure)."""
    seen: set[str] = set()
    return [row for row in rows if row[0] not in seen and not seen.add(row[0])]
