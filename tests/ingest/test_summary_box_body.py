"""An editor's `核心提示：` box right under a headline is furniture up to the next blank line, or up to the article's
body when it follows the box with no blank line: an indented line or a byline (review finding: 1664f8f took every line
to the page's end, at most 8, as the box, and the article under it was lost). Invented page."""

from __future__ import annotations

from tests.support.pages import page_articles


def _text(article) -> str:
    return "".join(block.text for block in article.blocks)


_BOX_THEN_BODY = "\n".join(
    [
        "",
        "社区议事厅建起来了",
        "",
        "核心提示：居民有事就来议事厅商量，今年已议定事项20件。",
        "　　本报讯（记者 李明）近日，某某社区议事厅",
        "正式启用，群众有事就近商量。",
        "　　今年以来，社区已召开议事会12次，解决停车",
        "难等问题20件。",
        "",
    ]
)


def test_a_summary_box_ends_where_the_body_starts():
    [article] = page_articles(_BOX_THEN_BODY)
    assert article.title == "社区议事厅建起来了"
    assert "核心提示" not in _text(article) and "今年已议定事项" not in _text(article)
    assert "正式启用，群众有事就近商量。" in _text(article)
    assert "难等问题20件。" in _text(article)


def test_a_summary_box_of_two_lines_over_a_blank_is_furniture():
    page = "\n".join(
        [
            "",
            "社区议事厅建起来了",
            "",
            "核心提示：居民有事就来议事厅商量，今年已",
            "议定事项20件。",
            "",
            "本报讯（记者 李明）近日，某某社区议事厅正式启用，群众有事就近商量。",
            "",
        ]
    )
    [article] = page_articles(page)
    assert "核心提示" not in _text(article) and "议定事项20件" not in _text(article)
    assert "群众有事就近商量。" in _text(article)
