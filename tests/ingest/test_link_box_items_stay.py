"""A `新闻链接` / `相关链接` box listing places as `■place　…` items (invented page) keeps its items in the box: they
were let out of the sidebar as round-up items and became articles of their own (labelleditems, segment._PageCut's
`opens`). Items under a box after a report with no byline are the box's too."""

from __future__ import annotations

import pytest

from tests.support.pages import restored_page_articles


@pytest.mark.parametrize("label", ["新闻链接", "新闻背景"])
def test_a_link_boxs_place_items_stay_in_the_box(label: str):
    page = (
        "荆门推广“小院议事”\n\n"
        "　　今年以来，荆门市在城乡推广“小院议事”，\n"
        "全市已建成议事小院850个。\n\n"
        f"{label}\n\n"
        "■钟祥市　钟祥市去年在12个村试点小院议事，\n"
        "收集意见400余条。\n"
        "■京山市　京山市把议事结果张榜公布，接受\n"
        "群众监督。\n\n"
        "沙洋县党员干部下沉一线\n\n"
        "本报记者 方舟\n"
        "　　沙洋县组织800名党员干部下沉到村，帮助\n"
        "群众解决急难愁盼问题。\n"
    )
    articles = restored_page_articles(page)
    assert [a.title for a in articles] == ["荆门推广“小院议事”", "沙洋县党员干部下沉一线"]
    assert not any("钟祥市去年" in a.text for a in articles[1:])
