"""Layouts34's new layouts on a page printing no blank line (the perturbation `noblank`, invented here): a
round-up's column label and banner right over its first `■place　` item (the label and banner were read as a
headline over the item as its byline, the first item titled `一线传真`); a genre label right under a report's last
sentence over a headline and its `——` subtitle (`调查` glued into the byline of the report above); a 专版's
`协办单位：…` line over the first headline (read as its kicker). Negatives: a short line ending a sentence over a
headline is no label; a sponsor named inside a sentence is no furniture.
"""

from __future__ import annotations

from builder.ingest.copiedpages import is_copied_page_furniture
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page


def _articles(page: str):
    return segment(assemble(classify_page(page)))


_REPORT = (
    "鄂州“红色驿站”温暖户外劳动者\n"
    "本报记者 李明\n"
    "　　鄂州市今年建成“红色驿站”38个，为快递员\n"
    "和外卖骑手提供休息场所。\n"
    "　　驿站由社区党组织管理，已服务骑手9000余\n"
    "人次。\n"
)


def test_a_roundup_under_its_label_and_banner_with_no_blank_line():
    page = (
        _REPORT + "各地动态\n"
        "荆楚大地基层治理出新招\n"
        "■松滋市　松滋市推行“屋场恳谈”，组织党员到\n"
        "屋场听意见，收集建议310条。\n"
        "■公安县　公安县组建“渡口党小组”17个，守护\n"
        "群众出行安全。\n"
    )
    articles = _articles(page)
    assert [a.text[:6] for a in articles] == ["鄂州市今年建", "松滋市推行“", "公安县组建“"]
    assert articles[1].title != "各地动态" and articles[1].byline is None
    assert "荆楚大地" not in articles[0].text


def test_a_genre_label_right_under_a_finished_report():
    page = (
        _REPORT + "调研\n"
        "表格少了　时间多了\n"
        "——鄂州市鄂城区社区减负调研\n"
        "本报记者 周岚\n"
        "　　社区的表格多，一直是社区干部的烦心事。今年\n"
        "以来，鄂城区清理社区表格23类。\n"
    )
    articles = _articles(page)
    assert [a.title for a in articles] == ["鄂州“红色驿站”温暖户外劳动者", "表格少了　时间多了"]
    assert [a.byline for a in articles] == ["本报记者 李明", "本报记者 周岚"]
    assert articles[1].subtitle == "鄂州市鄂城区社区减负调研"


def test_a_special_pages_sponsor_lines_are_furniture():
    assert is_copied_page_furniture("协办单位：鄂州日报社")
    assert is_copied_page_furniture("主办单位：中共鄂州市委组织部　中共鄂州市委社会工作部")
    assert not is_copied_page_furniture("协办单位的党员也参与了服务。")
