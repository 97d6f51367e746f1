"""A headline of two halves wrapped after the comma between them, set apart over its byline (`某县在全市首创…，` /
`设置…党委` / bare names): one headline, its first half no line of text ending on a comma
(bylinedheads._comma_cut_over_byline; real R22 r22_01). Negatives: a text line ending on a comma with no blank
over it, and a long line, stay text."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_ABOVE = "某某乡推动社区治理新模式，不断提高辖区群\n众幸福指数。\n"
_UNDER = "王小红\n“小林，我来交申请材料，现在就能办吗？”\n近日，在某某县某某村党群服务中心，村民来\n办事。\n"


def _articles(page: str) -> list[tuple[str | None, str]]:
    with data_dir_fixed():
        return [(a.title, a.text) for a in segment(assemble(classify_page(page)))]


def test_a_headline_wrapped_after_its_comma_over_its_byline_is_one_headline() -> None:
    page = _ABOVE + "\n某某县在全市首创打破村界，\n设置十二个中心村党委\n" + _UNDER
    titles = [title for title, _ in _articles(page)]
    assert "某某县在全市首创打破村界，设置十二个中心村党委" in titles


def test_a_text_line_ending_on_a_comma_with_no_blank_over_it_stays_text() -> None:
    page = _ABOVE + "某某县在全市首创打破村界，\n设置十二个中心村党委\n" + _UNDER
    assert "某某县在全市首创打破村界，设置十二个中心村党委" not in [title for title, _ in _articles(page)]
