"""The key-figures column of the theme tables (_theme_row.html): for each of the theme's indicators, the
initiative's largest figure in it, found once per initiative (Entry.key_figures, indicators.largest_figures)
instead of classifying every figure again for every row and column (issue 16: `Indicator.takes` ran 392 000
times in a cold build of 1 000 initiatives)."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from builder.content.loader import load_vocabulary
from builder.model import Initiative
from builder.render.figures import Figure
from builder.render.figurescope import counts_acting_unit, figure_subject_level
from builder.render.indexes import Entry, build_index
from builder.render.indicatorfile import load_indicators
from builder.render.indicators import (
    KEY_COLUMNS,
    SIZED_KINDS,
    Indicator,
    classify,
    filled_columns,
    in_scope,
    key_figures,
    largest_figures,
    theme_indicators,
)
from tests.support.repo import REPO_CONTENT, ROOT


def _by_classifying(
    figures: list[Figure],
    columns: tuple[Indicator, ...],
    indicators: tuple[Indicator, ...],
    entry: Entry | None = None,
) -> list[tuple[Indicator, Figure | None]]:
    """The column's definition, stated cell by cell (what the rows did before Entry.key_figures): for each
    column, the largest of the figures it takes, the first of equal ones. A figure is taken by the indicator it
    classifies to, or, its subject being a larger unit (in_scope), by that one's total; of `entry`'s figures, a
    size (SIZED_KINDS) that an indicator of no level counts of a larger or smaller unit than the initiative's
    own (counts_acting_unit: 全市的网格 in a township's article) is no key figure of its row."""
    if entry is None:
        taken_by = {id(f): classify(f, indicators) for f in figures}
        own = {id(f): True for f in figures}
    else:
        paragraphs = entry.item.body.split("\n")
        subject = partial(figure_subject_level, entry.item, entry.steps, paragraphs)
        taken_by = {id(f): in_scope(classify(f, indicators), f, indicators, subject) for f in figures}
        own = {id(f): counts_acting_unit(entry.item, entry.steps, paragraphs, f) for f in figures}
    cells: list[tuple[Indicator, Figure | None]] = []
    for column in columns:
        sized = column.kind in SIZED_KINDS and not column.level
        taken = [f for f in figures if taken_by[id(f)] is column and (own[id(f)] or not sized)]
        cells.append((column, max(taken, key=lambda f: float(f.value)) if taken else None))
    return cells


def test_every_theme_row_of_the_committed_content_shows_the_largest_figure(
    committed: list[Initiative],
) -> None:
    """Every indicator of every theme, not only the first KEY_COLUMNS defined (a page shows the first its rows
    fill): a cell of each row is the largest figure the definition above gives."""
    index = build_index(committed, load_vocabulary(REPO_CONTENT), {})
    shown = filtered = 0
    for theme, slugs in index.themes.items():
        columns = theme_indicators(theme, index.indicator_defs)
        for slug in slugs:
            entry = index.entries[slug]
            cells = key_figures(entry.key_figures, columns)
            assert cells == _by_classifying(entry.figures, columns, index.indicator_defs, entry), (
                theme,
                slug,
            )
            shown += sum(figure is not None for _, figure in cells)
            filtered += cells != _by_classifying(entry.figures, columns, index.indicator_defs)
    assert shown >= 10  # the committed content fills the column (the comparison above is not vacuous)
    assert filtered >= 1  # a row whose cells the scope and own-unit filters change (they are exercised)


def _grid_workers(value: float, label: str) -> Figure:
    return Figure(label, value, "名", False, f"配备{label}{value:g}名", "count")


def test_of_equal_figures_the_first_is_the_key_figure() -> None:
    """Two counts of grid workers told with the same number (as an article gives 专职网格员 and 兼职网格员 both
    as 120名): the first of the figures, in their shown order, as max() took it."""
    indicators = load_indicators()
    figures = [
        _grid_workers(120, "专职网格员"),
        _grid_workers(120, "兼职网格员"),
        _grid_workers(35, "楼栋长"),
        Figure("网格", 36, "个", False, "划分网格36个", "count"),
    ]
    largest = largest_figures(figures, lambda f: classify(f, indicators))
    assert largest["grid-workers-grid"] is figures[0]
    assert largest["grid-workers-building"] is figures[2]  # building heads: a facet of their own
    assert largest["grids"] is figures[3]
    columns = theme_indicators("grid-governance", indicators)[:KEY_COLUMNS]
    assert key_figures(largest, columns) == _by_classifying(figures, columns, indicators)
    assert [figure for _, figure in key_figures({}, columns)] == [None] * len(columns)


def test_a_column_no_row_of_the_table_fills_is_not_printed() -> None:
    """A theme table shows the indicators at least one of its rows gives a figure in (`网格 —` on every row
    said nothing); none filled: no key-figures column at all. A facet's cell names the facet alone."""
    indicators = load_indicators()
    columns = theme_indicators("grid-governance", indicators)[:KEY_COLUMNS]
    grids = largest_figures(
        [Figure("网格", 36, "个", False, "划分网格36个", "count")], lambda f: classify(f, indicators)
    )
    assert [c.slug for c in filled_columns(columns, [{}, grids])] == ["grids"]
    assert filled_columns(columns, [{}, {}]) == ()
    assert [c.cell_zh for c in columns] == ["", "网格员"]


_KEY_CELL = re.compile(
    r'<td data-label="关键数据"( class="none")?><ul class="key-metrics">(.*?)</ul></td>', re.S
)
_KEY_ITEM = re.compile(r"<li( class=\"none\")?>(.*?)</li>", re.S)


def test_a_card_leaves_out_the_indicators_its_initiative_has_no_figure_for(content_site: Path) -> None:
    """On a phone each row is a card: `网格 —` `网格员 —` on every card of an initiative that counts neither
    read as noise (seen at 390 px). An indicator with no figure is marked `none`, and so is the whole cell of
    an initiative with none; the narrow-screen style hides them, the wide table keeps its dashes."""
    marked = kept = 0
    for page in sorted((content_site / "themes").glob("*/index.html")):
        for cell_none, items in _KEY_CELL.findall(page.read_text(encoding="utf-8")):
            shown = [(none, text) for none, text in _KEY_ITEM.findall(items)]
            for none, text in shown:
                assert bool(none) == ("<strong>" not in text), (page, text)
            assert bool(cell_none) == all(none for none, _ in shown), (page, items)
            marked += bool(cell_none)
            kept += not cell_none
    assert marked and kept  # the committed content has rows of both kinds
    css = (ROOT / "theme" / "static" / "site.css").read_text(encoding="utf-8")
    narrow = css[css.index("@media (max-width: 44rem)") :]
    assert ".compare-table td.none, .compare-table .key-metrics li.none { display: none; }" in narrow


def test_a_column_no_row_fills_takes_no_place_of_one_a_row_does() -> None:
    """A theme with more indicators than the column shows (KEY_COLUMNS): the first ones the table's rows fill,
    not the first ones defined (an indicator of rate changes listed before the count of disputes resolved hid
    the count on a page no row of which gave a rate's change)."""
    indicators = load_indicators()
    every = theme_indicators("grid-governance", indicators)
    assert len(every) > KEY_COLUMNS
    last = every[-1]
    row = {last.slug: Figure("x", 1, "个", False, "x1个", "count")}
    assert [c.slug for c in filled_columns(every, [row], KEY_COLUMNS)] == [last.slug]
    assert filled_columns(every[:KEY_COLUMNS], [row]) == ()  # the first two defined: none filled
