"""The page's last credit set right over the editors' footer, on a page printing no blank line
(builder/ingest/closingcredits.py): `■记者 … 通讯员 …` under the last sentence, `责任编辑：…　校对：…` under it,
signs the article above (heldout16 p02 shape: it was read as an article with no text, and the report kept its
bare dateline `本报11月18日讯` as its byline). Invented page, and a negative."""

from __future__ import annotations

from tests.support.pages import page_articles

_PAGE = (
    "城乡周报　2026年3月6日　第2版\n"
    "“三个一”盘活\n"
    "闲置村小学\n"
    "本报3月4日讯 安康市汉滨区大河镇\n"
    "把闲置的村小学改成党群服务站，\n"
    "全镇9所旧校舍已有7所用了起来。\n"
    "镇党委书记说，今年还要再改2所。\n"
)


def test_a_marked_credit_over_the_footer_signs_the_last_article():
    page = _PAGE + "■记者 韩冬 通讯员 马琳\n责任编辑：吴青　校对：孙可\n"
    (article,) = page_articles(page)
    assert article.byline == "记者 韩冬 通讯员 马琳"
    assert "韩冬" not in "".join(b.text for b in article.blocks)


def test_a_reporter_line_over_more_text_does_not_sign_the_text_above():
    page = _PAGE + "■记者 韩冬 通讯员 马琳\n大河镇还把旧操场改成了停车场，\n方便村民办事。\n"
    assert page_articles(page)[0].byline != "记者 韩冬 通讯员 马琳"
