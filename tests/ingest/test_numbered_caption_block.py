"""A group of photos' captions numbered with circled figures, printed together in a block under the headline
(`①…` / `②…` / `③…`, real R23 r23_04): captions (builder.ingest.numberedcaptions), never the lead's text.
Invented lines."""

from __future__ import annotations

from builder.ingest import pagelines as kinds
from tests.support.pages import page_units

HEAD = "2025年9月7日　星期日　　基层党建　　第4版\n\n青禾村：“我们的支书是代表”\n\n"


def units(body: str) -> list[tuple[str, str]]:
    return [(unit.kind, unit.text) for unit in page_units(HEAD + body)]


def test_a_block_of_numbered_short_lines_under_the_headline_is_captions() -> None:
    read = units(
        "①青禾村组织村民集中学习\n②青禾村安置点的新居\n\n　　“我们的支书是代表。”说起支书，村民们满是自豪。\n"
    )
    assert (kinds.CAPTION, "青禾村组织村民集中学习") in read
    assert (kinds.CAPTION, "青禾村安置点的新居") in read
    assert all("①" not in text and "安置点的新居" not in text for kind, text in read if kind == kinds.TEXT)


def test_a_numbered_list_in_a_body_stays_text() -> None:
    # items ending on a semicolon or a stop, or numbers out of order: a body's list
    for block in ("①建立议事会；\n②公开村务。\n", "①建立议事会\n③公开村务\n", "①建立议事会\n"):
        read = units("　　青禾村的做法有两条：\n\n" + block + "\n　　村民们满是自豪。\n")
        assert all(kind != kinds.CAPTION for kind, _text in read)


def test_a_list_of_short_items_a_sentence_introduces_stays_text() -> None:
    # short items ending no sentence, but after a paragraph ending on its colon: the list it introduces
    read = units(
        "　　青禾村总结出三条做法：\n\n①议题由村民提出\n②议事在院坝进行\n③结果向全村公开\n\n　　村民们满是自豪。\n"
    )
    assert all(kind != kinds.CAPTION for kind, _text in read)
    assert any("议题由村民提出" in text for kind, text in read if kind == kinds.TEXT)
