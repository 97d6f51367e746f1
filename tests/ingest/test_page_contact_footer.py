"""The page's contact line at its foot (its mailbox or hotline for contributions) is page furniture, also with
an ornament before it (`□本版投稿邮箱：…`), the page number after a gap (`本版邮箱：…　　　3`), or glued to the last
sentence of the text above (`…陈阿姨说。□本版投稿邮箱：…`) on a page printing no blank line: the last article ends
at its sentence, no broken paragraph. Invented lines in the shape of real pages (R14, open set)."""

from __future__ import annotations

import pytest

from tests.support.pages import page_articles

_PAGE = (
    "2026年3月12日　星期四　　第5版\n"
    "社区里的热心人\n"
    "　　本报讯（记者 林晓风）青石县柳岸街道\n"
    "荷塘社区的志愿者们每周为独居老人送\n"
    "餐上门。\n"
    "　　“有了他们，我们心里踏实。”居民\n"
    "陈阿姨说。{glued}\n"
    "{footer}"
)


@pytest.mark.parametrize(
    ("glued", "footer"),
    [
        ("", "□本版投稿邮箱：hetang@example.org\n"),
        ("", "\n本版邮箱：hetang@example.org　　　　　　3\n"),
        ("□本版投稿邮箱：hetang@example.org", ""),
        ("本版投稿邮箱：hetang@example.org　　5", ""),
        ("■本报新闻热线：0571-85550000", ""),
    ],
)
def test_the_pages_contact_line_is_no_text_of_the_last_article(glued, footer):
    (article,) = page_articles(_PAGE.format(glued=glued, footer=footer))
    assert article.text.endswith("居民陈阿姨说。")
    assert "邮箱" not in article.text and "热线" not in article.text


# Negatives: a number or a mailbox the text itself gives its readers stays in the text.
@pytest.mark.parametrize(
    "glued",
    ["居民有需要可拨打服务热线：0571-85550000", "意见可发至社区邮箱：hetang@example.org"],
)
def test_a_contact_the_text_gives_its_readers_stays_in_it(glued):
    page = _PAGE.format(glued="", footer="").replace("陈阿姨说。", f"陈阿姨说。{glued}")
    (article,) = page_articles(page)
    assert article.text.endswith(glued)
