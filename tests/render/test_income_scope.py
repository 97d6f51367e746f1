"""A village-collective-income figure whose subject is a unit above a village (全镇, 该县, a county by its name)
is a total over many villages (income-totals, compared level by level), never one village's; one village's
(its subject a village, by name or 该村) and an average per village (村均) stay in `income`. Invented lines."""

from __future__ import annotations

import pytest

from builder.render.figurescope import counted_place, smaller_unit, subject_level
from builder.render.indicators import classify, in_scope
from tests.support.indicator_figures import INDICATORS, FigureEntry, figure, slug_of

PLACES = (("某某省", "province"), ("某某市", "city"), ("青山县", "county"))


@pytest.mark.parametrize(
    ("quote", "label", "opening", "level"),
    [
        # the sentence's subject, by a demonstrative (the county) or a village's
        (
            "去年村级集体经济经营性收入超过900万元",
            "村级集体经济经营性收入",
            "目前，该县已成立村级集体经济合作社120家，",
            "county",
        ),
        (
            "去年村级集体经济收入达18.6万元",
            "村级集体经济收入",
            "该村党支部牵头成立果蔬专业合作社，",
            "community",
        ),
        ("今年村集体经济收入达30万元", "村集体经济收入", "石门村党支部领办合作社，", "community"),
        # the clause's own: a scope word, an enclosing unit's name, a village's name
        ("全乡村集体经济收入达500万元", "村集体经济收入", "", "township"),
        ("青山县村级集体经济收入达2000万元", "村级集体经济收入", "", "county"),
        ("柳河村集体经济收入达40万元", "集体经济收入", "", "community"),
        # no subject named: None (the acting unit's reading stands)
        ("村集体经济收入达25万元", "村集体经济收入", "", None),
    ],
)
def test_the_subject_of_a_figure(quote: str, label: str, opening: str, level: str | None) -> None:
    assert subject_level(quote, label, PLACES, opening) == level


@pytest.mark.parametrize(
    ("label", "quote", "subject", "slug"),
    [
        ("村级集体经济经营性收入", "去年村级集体经济经营性收入超过900万元", "county", "income-totals"),
        ("村集体经济收入", "今年村集体经济收入达30万元", "township", "income-totals"),
        # one village's, or no subject read: a village's
        ("村级集体经济收入", "去年村级集体经济收入达18.6万元", "community", "income"),
        ("村级集体经济收入", "去年村级集体经济收入达18.6万元", None, "income"),
        # an average per village is one village's, whatever unit speaks
        ("村均收入", "村均收入达12.5万元", "county", "income"),
        ("村均集体经济收入", "村均集体经济收入达12.5万元", "county", "income"),
    ],
)
def test_a_total_over_villages_is_no_villages_income(
    label: str, quote: str, subject: str | None, slug: str
) -> None:
    made = figure(label, 100000, "元", quote)
    found = in_scope(classify(made, INDICATORS), made, INDICATORS, lambda f: subject)
    assert found is not None and found.slug == slug


def test_a_towns_whole_with_its_business_income_is_a_total() -> None:
    """全镇村集体经济经营性收入: a word between 集体经济 and 收入 keeps the scope word's total a total."""
    assert (
        slug_of("村集体经济经营性收入", 3000000, "元", "全镇村集体经济经营性收入达300万元") == "income-totals"
    )


def test_a_towns_whole_in_a_countys_article_counts_a_township() -> None:
    """全镇 in a county's article is one township's whole: compared with townships', not the county's."""
    assert smaller_unit(
        "全镇村集体经济经营性收入达300万元", "村集体经济经营性收入", "county", PLACES, ""
    ) == (
        "",
        "township",
    )


@pytest.mark.parametrize(
    ("level", "quote", "label", "counted"),
    [
        # a scope word one level or more below the acting unit: its units' whole, named from the acting place
        ("province", "全市村集体经济收入达5000万元", "村集体经济收入", ("某地下辖市州", "city")),
        ("city", "全县村集体经济收入达2000万元", "村集体经济收入", ("某地下辖县区", "county")),
        ("county", "全镇村集体经济收入达300万元", "村集体经济收入", ("某地下辖乡镇街道", "township")),
    ],
)
def test_a_scope_word_below_the_acting_unit_is_named_from_it(
    level: str, quote: str, label: str, counted: tuple[str, str]
) -> None:
    """A province's article saying 全市…, a city's saying 全县… (any scope word below the acting unit, not only a
    township's): counted_place names the unit without failing (a build of a generated corpus had stopped with
    KeyError: 'county')."""
    entry = FigureEntry(figure(label, 100000, "元", quote), level=level)
    assert counted_place(entry, entry.figures[0]) == counted
