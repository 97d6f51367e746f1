"""A photo's caption marked as one (`图为…`), set inside an open sentence of the text with its credit on a line of
its own under it, is one caption however long its one sentence runs, from its mark on: the sentence it cut goes on
whole, a figure joined to its unit again (`…设立了56` / caption / credit / `个这样的…`). Invented lines in the shape
of a real page (R14, open set: the caption's first line had stayed in the text, `设立了127图为昨天，…`)."""

from __future__ import annotations

from tests.support.pages import page_articles

_PAGE = (
    "2026年3月12日　星期四　　第6版\n\n"
    "快递小哥有了“暖蜂驿站”\n\n"
    "　　本报讯（记者 林晓风）青石县有快递员近\n"
    "3000人。柳岸区在快递网点集中的商圈、\n"
    "园区、地铁口等地，设立了56\n"
    "图为上周，一名快递员在给居民派件的同时，\n"
    "将社区文明公约也随件送达，让文明理念进入\n"
    "千家万户。\n"
    "（林川 摄）\n"
    "个这样的暖蜂驿站，提供饮水、充电、休息等服\n"
    "务，织成了一张温暖的服务网。\n"
)


def test_a_marked_caption_inside_a_sentence_is_one_caption_and_the_sentence_goes_on():
    (article,) = page_articles(_PAGE)
    assert "设立了56个这样的暖蜂驿站" in article.text
    assert "图为" not in article.text
    assert [photo.text for photo in article.captions] == [
        "图为上周，一名快递员在给居民派件的同时，将社区文明公约也随件送达，让文明理念进入千家万户。"
    ]
    assert article.captions[0].credit == "林川 摄"


# Negative: a line of the text that happens to begin with 图为 (`…导览地` / `图为居民…`: 地图 across the break).
def test_a_text_line_beginning_with_tu_wei_across_a_word_stays_text():
    page = _PAGE.replace(
        "设立了56\n图为上周，一名快递员在给居民派件的同时，\n",
        "立起了一块导览地\n图为居民和游客指路，一名快递员在给居民派件的同时，\n",
    )
    (article,) = page_articles(page)
    assert "导览地图为居民和游客指路" in article.text
