"""A closing credit whose roles are set one a line (builder/ingest/closingcredits.py): `本报记者 某某 某某` over
`本报通讯员 某某` at the page's foot or over a blank line and the next head signs the article above as one byline
(real R36 p02: the second role line, opening with the paper's own `本报`, was read as an article with no text and
the report kept no byline). Invented page, and a negative."""

from __future__ import annotations

from tests.support.pages import page_articles

_REPORT = (
    "平川县：“田间课堂”办到地头\n"
    "\n"
    "　　开春以来，平川县在12个乡镇开设“田间\n"
    "课堂”，请农技员到地头讲授春播技术。\n"
    "　　县农业农村局说，全县已办课堂86场，\n"
    "听课农户3400余人次。\n"
)
_CREDIT = "　　本报记者　韩冬　马琳\n本报通讯员　吴青\n"


def test_role_lines_at_the_page_foot_sign_the_article_above():
    (article,) = page_articles(_REPORT + _CREDIT)
    assert " ".join(article.byline.split()) == "本报记者 韩冬 马琳 本报通讯员 吴青"
    assert "吴青" not in "".join(b.text for b in article.blocks)


def test_role_lines_over_the_next_head_sign_the_article_above():
    page = (
        _REPORT
        + _CREDIT
        + "\n大河镇“积分超市”兑出好风气\n\n　　大河镇去年开设“积分超市”，\n村民凭积分兑换日用品。\n"
    )
    first, second = page_articles(page)
    assert " ".join(first.byline.split()) == "本报记者 韩冬 马琳 本报通讯员 吴青"
    assert second.title == "大河镇“积分超市”兑出好风气"


def test_a_role_line_under_the_credit_that_goes_on_with_text_is_not_taken():
    page = _REPORT + "　　本报记者　韩冬　马琳\n本报通讯员说，课堂还将办到山区村。\n"
    assert "本报通讯员" not in (page_articles(page)[0].byline or "")
