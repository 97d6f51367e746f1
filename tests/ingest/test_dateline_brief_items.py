"""In a column of briefs (`简　讯`) printing no headline over most items, nor gaps nor indents between them, an item
opening with the paper's dateline and its writers in brackets (`本报讯（记者…通讯员…`, maybe after a bullet, `■本报讯
（…）连日来，…`) right under the finished item above opens an item of its own: its byline the dateline, its title
made from its lead. Invented lines in the shape of a real 简讯 column (R14, open set)."""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from tests.support.pages import page_articles

_COLUMN = (
    "2026年3月27日　星期五　　第2版　　要闻·简讯\n\n"
    "简　　讯\n\n"
    "柳岸镇“邻里话室”\n"
    "解决群众“烦心事”\n"
    "　　青石县柳岸镇荷塘村党支部积极\n"
    "探索“党建+乡村治理”模式，打造\n"
    "“邻里话室”调解志愿服务队，已解\n"
    "决群众大小纠纷20余起。（林小川）\n"
    "本报讯（记者王立春通讯员陈晓梅\n"
    "周海）3月23日，在石湾县杏林镇\n"
    "大竹村调解室，调解员董海和同事\n"
    "对一起土地纠纷进行调解，最终调\n"
    "解成功。\n"
    "近年来，杏林镇坚持探索多元化解\n"
    "矛盾纠纷的新方法。\n"
    "■本报讯（记者林晓风）连日来，全市\n"
    "各单位党员干部分别到所联系村，开\n"
    "展“院坝议事会”活动。\n"
    "据悉，此类活动已举办23场。\n"
)


def test_each_dateline_item_of_a_brief_column_is_an_article():
    found = page_articles(_COLUMN)
    assert [a.byline for a in found] == [
        "林小川",
        "本报讯（记者 王立春 通讯员 陈晓梅周海）",
        "本报讯（记者 林晓风）",
    ]
    assert found[0].text.endswith("已解决群众大小纠纷20余起。")
    assert found[1].text.startswith("3月23日，在石湾县杏林镇") and found[1].text.endswith("新方法。")
    assert found[2].text.startswith("连日来，全市各单位")


def test_a_bulleted_dateline_with_its_lead_is_no_byline_line():
    assert not is_byline_text("■本报讯（记者林晓风）连日来，全市")
    assert is_byline_text("■本报讯（记者林晓风）")
    assert is_byline_text("■记者 林晓风 报道")


# Negative: a sentence of the item opening with the paper's reporters (`本报记者在…看到，`) is no dateline.
def test_a_sentence_opening_with_the_papers_reporters_opens_no_item():
    page = _COLUMN.replace("解成功。\n", "解成功。\n本报记者在大竹村看到，调解室\n墙上挂满了锦旗。\n")
    found = page_articles(page)
    assert len(found) == 3
    assert "本报记者在大竹村看到，调解室墙上挂满了锦旗。" in found[1].text
