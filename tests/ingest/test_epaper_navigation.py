"""An e-paper page copied to text (builder/ingest/epaper.py): the site's controls and the page's table of
headlines are furniture (layouts19 p01)."""

from __future__ import annotations

from builder.ingest import pagelines as kinds
from builder.ingest.epaper import is_navigation_line
from builder.ingest.units import classify_page


def test_the_sites_controls_are_navigation_lines() -> None:
    for line in (
        "放大  缩小  默认",
        "上一版   下一版   返回目录",
        "上一篇  下一篇",
        "【放大】【缩小】",
        "上一版 | 下一版",
    ):
        assert is_navigation_line(line), line


def test_sentences_naming_the_controls_are_not() -> None:
    assert not is_navigation_line("上一版刊登的“楼道议事角”引起热议。")
    assert not is_navigation_line("返回目录后点击“红色代办员”")


_PAGE = """第A03版：基层治理
上一版   下一版   返回目录
本版标题导航
湖塘镇“楼道议事角”议出小区新面貌
镜湖区“红色代办员”跑出为民服务加速度

湖塘镇“楼道议事角”议出小区新面貌
本报记者 周敏 通讯员 钱立新
    近日，常州市武进区湖塘镇花园社区的一栋居民楼里，十几位居民围在楼道口的小桌旁，商量加装电梯的分摊方案。
"""


def test_the_table_of_headlines_is_furniture_and_the_article_opens_under_it() -> None:
    units = classify_page(_PAGE)
    assert [u.kind for u in units[:5]] == [kinds.FURNITURE] * 5
    assert (units[5].kind, units[5].text) == (kinds.HEADLINE, "湖塘镇“楼道议事角”议出小区新面貌")


def test_a_navigation_label_over_text_is_left_alone() -> None:
    page = "本版导航\n近日，湖塘镇花园社区的居民围坐在楼道口，商量加装电梯的分摊方案。\n"
    assert all(u.kind != kinds.FURNITURE for u in classify_page(page)[1:])
