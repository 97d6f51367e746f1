"""A reporter line naming a minority reporter by a transliterated name (heldout8 n03, issue 14): `本报记者
阿依古丽·买买提` (parts joined by `·`) or `本报记者 乌云其木格` (five syllables) was no reporter line, since a
name there was two to four characters; the byline was lost into the lead. Lines invented in the page's kinds.
"""

from __future__ import annotations

import pytest

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

PAGE = (
    "某某基层周刊\n第3版 · 访谈\n\n"
    "把服务送到牧民“毡房前”\n——访某某县委组织部部长李建国\n本报记者 阿依古丽·买买提\n\n"
    "今年以来，某某县推行“牧区党建\n+流动服务”模式。日前，记者就\n此采访了县委组织部部长李建国。\n"
)


def test_the_byline_under_the_subtitle():
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(PAGE)))
    assert (article.title, article.byline) == ("把服务送到牧民“毡房前”", "本报记者 阿依古丽·买买提")
    assert article.paragraphs[0].startswith("今年以来")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("本报记者 阿依古丽·买买提", True),
        ("本报记者 乌云其木格", True),
        ("记者 古丽米热 通讯员 张涛", True),
        ("本报记者 扎西多吉 通讯员 王芳", True),
        ("本报记者 张三", True),
        ("社区工作者阿依古丽·买买提", False),  # 工作者 is no role of a byline
        ("记者：为什么要把党支部建到小区？", False),  # an interview's question
        ("通讯员 努尔买买提 摄", False),  # a photo's credit
        ("记者走访了阿依古丽·买买提家", False),  # a sentence
    ],
)
def test_a_reporter_line_with_a_transliterated_name(line, byline):
    assert is_byline_text(line) is byline


def _article(page: str):
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(page)))
    return article


LEAD = "今年以来，某某县推行“牧区党建\n+流动服务”模式，覆盖全县牧点。\n"


def test_the_name_the_wrap_sent_to_the_next_line():
    # `本报记者` / `阿依古丽·买买提`: the role's names taken back from the line under it
    article = _article("把服务送到牧民“毡房前”\n本报记者\n阿依古丽·买买提\n\n" + LEAD)
    assert article.byline == "本报记者 阿依古丽·买买提"


def test_a_closing_credit_whose_bracket_the_wrap_cut():
    # `（记者 阿依古丽·` / `买买提）`: what the bracket holds, joined, is a role and a transliterated name
    page = "把服务送到牧民“毡房前”\n\n" + LEAD.rstrip("\n") + "\n（记者 阿依古丽·\n买买提）\n"
    article = _article(page)
    assert article.byline.replace(" ", "") == "记者阿依古丽·买买提"
    assert article.paragraphs[-1].endswith("覆盖全县牧点。")
