"""A marked caption set between a wrapped headline's two lines, its lead opening with its dateline right under
the head (`卡若区“双联户”` / `△… 李刚 摄` / `织密平安防护网` / `本报讯（记者 … 通讯`, heldout16 p07): the caption
goes over the lead and the headline is one (builder/ingest/headcaptions.py). Invented lines, and a negative."""

from __future__ import annotations

from tests.support.pages import page_articles

_ABOVE = "　　“大家心气更足了。”罗敏说。\n\n扫码看视频\n\n"
_LEAD = "本报讯（记者 王平 通讯\n员 李刚）林芝市巴宜区深化“双联户”\n创建，全区编入联户单位１２０个。\n"


def test_the_caption_between_the_headline_lines_goes_over_the_dated_lead():
    page = _ABOVE + "巴宜区“双联户”\n△巴宜区联户长入户宣讲。李刚 摄\n守护平安家园\n" + _LEAD
    article = page_articles(page)[-1]
    assert article.title == "巴宜区“双联户”守护平安家园"
    assert [(p.text, p.credit) for p in article.captions] == [("巴宜区联户长入户宣讲。", "李刚 摄")]
    assert article.byline == "本报讯（记者 王平 通讯员 李刚）"


def test_a_text_line_under_the_head_leaves_the_caption_where_it_is():
    page = (
        _ABOVE
        + "巴宜区“双联户”\n△巴宜区联户长入户宣讲。李刚 摄\n守护平安家园\n林芝市巴宜区深化“双联户”创建，\n全区编入联户单位１２０个。\n"
    )
    assert all(a.title != "巴宜区“双联户”守护平安家园" for a in page_articles(page))
