"""A brief column's name under a bullet (heldout18 p06 kind: `■简讯` between two blank lines after a finished
article): the column's label, never a closing credit naming a reporter `简讯`."""

from tests.support.pages import page_articles

_PAGE = """\
海城区“海上网格”护航渔船平安
本报记者 陈海 通讯员 庞雪

　　海城区把网格从陆地延伸到海上，渔船出海有人管。

■简讯

鲁朗镇：“党员示范户”带富一方
林芝市巴宜区鲁朗镇引导党员带头发展“家庭旅馆”，评选“党员示范户”35户。（巴桑次仁）
"""


def test_a_bulleted_brief_column_label_is_no_reporter():
    first, brief = page_articles(_PAGE)
    assert first.byline == "本报记者 陈海 通讯员 庞雪"
    assert brief.title == "鲁朗镇：“党员示范户”带富一方"
    assert brief.byline == "巴桑次仁"
    assert not any("简讯" in p for p in first.paragraphs + brief.paragraphs)


def test_a_bulleted_pair_of_names_is_still_read_as_reporters():
    page = _PAGE.replace("■简讯", "■ 曹天伟 高庆贺")
    assert any("曹天伟 高庆贺" in (article.byline or "") for article in page_articles(page))
