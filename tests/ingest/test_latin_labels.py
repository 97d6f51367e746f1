"""Column labels in Latin letters (builder/ingest/latinlabels.py), a series' part number (furniture.SERIES_TAG)
and a reporter's unit in brackets after the name (bylineshapes.is_byline_text): heldout16 p04 and p06 shapes,
invented lines, and negatives."""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.latinlabels import is_latin_label
from tests.support.pages import page_articles

_BODY = (
    "\n　　走进益阳市赫山区桃花仑街道金山\n小区，楼道干净、车辆有序，居民都说\n变化大。\n"
    "　　小区成立党支部后，推选5名党员\n进入业委会，物业费收缴率提高到90%。\n"
)


def test_latin_labels_are_told_by_their_capitals():
    assert is_latin_label("GRASSROOTS GOVERNANCE\u3000基层治理")
    assert is_latin_label("SHEQU ZHILI\u3000社区治理\u3000\u3000\u30002026年11月25日")
    assert is_latin_label("FOCUS\u3000聚焦")
    assert is_latin_label("COMMUNITY")


def test_short_or_lower_case_latin_is_no_label():
    assert not is_latin_label("APP")
    assert not is_latin_label("Community")
    assert not is_latin_label("CEO 王立新")
    assert not is_latin_label("社区治理")


def test_a_bilingual_label_over_the_head_is_no_headline():
    page = "GRASSROOTS GOVERNANCE\u3000基层治理\n\n赫山区“红色业委会”破解物业难题\n本报记者 李静\n" + _BODY
    (article,) = page_articles(page)
    assert article.title == "赫山区“红色业委会”破解物业难题"


def test_a_latin_label_between_kicker_and_headline_leaves_the_kicker_to_the_headline():
    page = "物业难题有了“解题人”\nCOMMUNITY\n小区里的“红色业委会”\n本报记者 李静\n" + _BODY
    (article,) = page_articles(page)
    assert (article.title, article.subtitle) == ("小区里的“红色业委会”", "物业难题有了“解题人”")


def test_a_series_part_number_over_the_headline_is_furniture():
    page = "基层治理新观察②\n赫山区“红色业委会”破解物业难题\n本报记者 李静\n" + _BODY
    (article,) = page_articles(page)
    assert (article.title, article.subtitle) == ("赫山区“红色业委会”破解物业难题", None)


def test_a_headline_numbered_as_a_series_part_right_over_its_byline_stays_the_headline():
    page = "小网格里的大民生①\n本报记者 李静\n" + _BODY
    (article,) = page_articles(page)
    assert (article.title, article.byline) == ("小网格里的大民生①", "本报记者 李静")


def test_a_reporters_unit_in_brackets_after_the_name_is_the_bylines():
    assert is_byline_text("通讯员 杨帆（鹤城区委组织部）")
    assert is_byline_text("通讯员 孙一鸣（京口区委社会工作部）")
    page = "赫山区“红色业委会”破解物业难题\n本报记者 李静\n通讯员 王芳（赫山区委组织部）\n" + _BODY
    (article,) = page_articles(page)
    assert article.byline == "本报记者 李静 通讯员 王芳（赫山区委组织部）"
    assert "王芳" not in article.blocks[0].text


def test_a_name_with_a_bracket_that_names_no_unit_or_goes_on_is_no_byline():
    assert not is_byline_text("记者 王立（右）")
    assert not is_byline_text("通讯员 杨帆（鹤城区委组织部）说，今年")
