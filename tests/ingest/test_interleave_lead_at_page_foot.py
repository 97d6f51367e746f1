"""A headline-shaped line cutting a paragraph mid-sentence over the page's last line, an indented one: the
search for a second column's headline cut into the first column's block (interleave_starts._headlines_cut_in)
finds that lead at the page's foot, with no line under it, and must not read past the page's end (it raised
IndexError, and the page was skipped with `could not segment this page`). Invented lines."""

from __future__ import annotations

from tests.support.pages import unweaved_page_articles


def test_a_lead_on_the_pages_last_line_is_read() -> None:
    page = "\n".join(
        [
            "青溪社区：老楼换新颜",
            "",
            "本报记者 李文",
            "",
            "　　青溪社区位于城区东部，常住居民四千余人。近年来，社区党委把老旧小区改造作为民生实事来抓。",
            "　　改造到底难在哪里？钱从哪里来",
            "居民们议论纷纷",
            "　　社区党委召开协商会，请居民代表一起商量。",
        ]
    )
    articles = unweaved_page_articles(page)
    assert articles and articles[0].title == "青溪社区：老楼换新颜"
    assert "请居民代表一起商量" in "\n".join(unit.text for unit in articles[-1].blocks)
