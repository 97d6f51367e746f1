"""The one reading of a number's clause and sentence (metric_text.clause_start/… ): metric_forms and
metric_skips read the same bounds, marks of either width (a copied web page prints `,` `;` `:`). Invented text."""

from __future__ import annotations

import pytest

from builder.extract import metric_forms, metric_skips
from builder.extract.metric_text import clause_end, clause_start, sentence_end, sentence_start
from builder.extract.numbers import find_quantities


def _number(text: str, digits: str):
    return next(q for q in find_quantities(text) if text[q.num_start : q.num_end] == digits)


@pytest.mark.parametrize("comma", ["，", ","])
def test_a_clause_is_bounded_by_a_comma_of_either_width(comma: str) -> None:
    text = f"听了赵大妈的意见{comma}社区新建停车位120个{comma}划线30处。"
    q = _number(text, "120")
    assert text[clause_start(text, q.num_start) : clause_end(text, q.end)] == "社区新建停车位120个"


@pytest.mark.parametrize("mark", ["；", ";", "。", "！", "?"])
def test_a_sentence_is_bounded_by_its_end_of_either_width(mark: str) -> None:
    text = f"全镇共有11个村{mark}收入不足10万元的村今年清零。"
    q = _number(text, "10")
    assert text[sentence_start(text, q.num_start) : sentence_end(text, q.end)] == "收入不足10万元的村今年清零"


def test_a_clause_longer_than_the_reach_is_cut_at_it() -> None:
    text = "一" * 50 + "新建停车位120个"
    q = _number(text, "120")
    assert clause_start(text, q.num_start) == q.num_start - 40
    assert sentence_start(text, q.num_start, None) == 0  # no reach: the paragraph's start


def test_one_persons_story_is_read_in_the_numbers_clause_whatever_the_commas_width() -> None:
    for text in ("听了赵大妈的意见,社区新建停车位120个。", "听了赵大妈的意见，社区新建停车位120个。"):
        assert not metric_skips.is_skipped(text, _number(text, "120"), [])
    text = "赵大妈家去年增收3万元。"  # one household's gain: skipped
    assert metric_skips.is_skipped(text, _number(text, "3"), [])


def test_a_bound_after_counted_units_is_read_in_the_same_clause_whatever_the_commas_width() -> None:
    for text in ("有11个村集体经济收入不足10万元。", "全镇有11个村,集体经济收入不足10万元。"):
        assert metric_forms.no_count(text, _number(text, "10")) is (text.find(",") < 0)
