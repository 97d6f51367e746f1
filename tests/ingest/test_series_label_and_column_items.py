"""Three kinds of damage around a page's labels (shapes seen on a real R26 page; every line here is invented):

- a series label glued to the headline by a bar (`新时代文明实践丨某区“…”队，`): page furniture, not the
  title's words; a label naming a place (`某市某县丨…`) is the headline's own place and stays
  (serieslabels.series_labels_off);
- a column label over a headline of two clauses wrapped after its comma (`志愿服务` / blank / `某区“…”队，` /
  `点亮…`): the label is furniture, not a headline of its own (toplabels);
- a brief column's name set after a finished article (`■社区速递`): the paragraph under it opens the column's
  first item, whatever its lead opens with, not the article above (briefs._under_brief_label).
"""

from __future__ import annotations

from builder.ingest.serieslabels import series_labels_off
from builder.util.paths import data_dir_fixed
from tests.support.pages import page_articles

_HEAD = "志愿服务\n\n新时代文明实践丨怀柔“四色”志愿服务队，\n守护社区平安之光\n\n"
_BODY = (
    "近日，在怀柔区泉河街道某某社区，伴随\n着志愿者们的宣言，“四色”志愿服务队\n正式成立。服务队由80余名党员组成。\n\n"
    "服务队成立后，将发挥党员先锋模范作\n用，推进城市基层治理。\n\n"
)
_BRIEF = (
    "\n■社区速递\n\n为推进党建引领社区治理，日前，某某市\n某某县青竹街道某某社区成立了“和弦\n"
    "志愿者服务队”。现场，百余名党员来到\n社区党群服务中心宣誓。\n"
)


def test_a_series_label_before_a_bar_is_dropped_a_place_kept():
    with data_dir_fixed():
        lines = [
            "新时代文明实践丨怀柔“四色”志愿服务队，",
            "石家庄行唐丨党建引领聚合力",
            "基层治理丨一张网兜起千家事",
        ]
        series_labels_off(lines)
    assert lines == ["怀柔“四色”志愿服务队，", "石家庄行唐丨党建引领聚合力", "基层治理丨一张网兜起千家事"]


def test_a_column_label_over_a_headline_wrapped_at_its_comma_is_no_headline():
    (article,) = page_articles(_HEAD + _BODY)
    assert article.title == "怀柔“四色”志愿服务队，守护社区平安之光"
    assert article.paragraphs[0].startswith("近日") and not any(p == "志愿服务" for p in article.paragraphs)


def test_a_brief_column_name_after_a_finished_article_opens_a_new_item():
    first, brief = page_articles(_HEAD + _BODY + _BRIEF)
    assert first.title == "怀柔“四色”志愿服务队，守护社区平安之光"
    assert not any("宣誓" in p for p in first.paragraphs)
    assert brief.paragraphs[0].startswith("为推进党建引领社区治理")


def test_a_headline_wrapped_under_a_brief_column_name_stays_one_headline():
    page = (
        _HEAD
        + _BODY
        + "\n■社区速递\n\n密云区“三张清单”让在职\n党员回社区有活干\n本报讯 密云区推行需求清单，组织机关\n党员到社区报到。\n"
    )
    titles = [article.title for article in page_articles(page)]
    assert titles[-1] == "密云区“三张清单”让在职党员回社区有活干"
