"""The head of tests/corpus/heldout6 k01 (issue 14): a column label with the page number, a kicker with a space of
its own printed on its headline's line, and a byline of bare names one of which is a long Mongolian name.

Before: the title was `党建引领物业提质东胜区“红色物业”…`, the subtitle the column label `第2版·基层治理` and the byline
`乌云其木格  高建军` was taken for the lead's text (a name of five characters was no name).
"""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# k01's head and lead, as printed
K01 = (
    "2026年3月12日  星期四\n第2版 · 基层治理\n\n"
    "党建引领 物业提质    东胜区“红色物业”让老旧小区焕新颜\n\n乌云其木格  高建军\n\n"
    "鄂尔多斯市东胜区有老旧小区１２６\n个，不少小区曾长期处于无物业管理\n状态。2023年以来，区委组织部\n"
    "牵头推行“红色物业”，推动社区党\n组织、业主委员会和物业服务企业“\n三方联动”，让老旧小区管理有了“\n主心骨”。\n"
)


def test_the_kicker_the_headline_and_the_long_names_byline():
    (article,) = segment(assemble(classify_page(K01)))
    assert (article.title, article.subtitle, article.byline) == (
        "东胜区“红色物业”让老旧小区焕新颜",
        "党建引领 物业提质",
        "乌云其木格 高建军",
    )
    assert article.paragraphs[0].startswith("鄂尔多斯市东胜区有老旧小区")


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("第2版 · 基层治理", True),  # a page number and its column label joined by `·`
        ("第2版·基层治理", True),
        ("第 4 版 | 黑 土 · 网 格", True),
        ("党建引领 · 新就业群体", False),  # no page number, date or credit: not furniture by this rule
        ("新甘肃·甘肃日报记者", False),
    ],
)
def test_a_page_number_joined_to_its_column_label_by_a_middle_dot(line, furniture):
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("乌云其木格  高建军", True),  # Mongolian and Han
        ("王晓丹  李墨", True),
        ("格桑卓玛", True),  # Tibetan
        ("阿不都热合曼 买买提艾力", True),  # Uyghur
        ("阿依古丽·买买提", True),  # parts joined by `·`
        ("党建引领 物业提质", False),  # a kicker's phrases: their characters are no syllables of a name
        ("携手共建 美好家园", False),
        ("问题日益增多", False),
    ],
)
def test_a_transliterated_name_of_four_characters_or_more_in_a_line_of_bare_names(line, names):
    assert bool(LINE_SHAPE["bare_names"].match(line)) is names


def test_a_kicker_of_two_phrases_stays_headline_shaped():
    assert is_headline_shape("党建引领物业提质")
