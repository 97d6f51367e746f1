"""A headline glued to its `——` subtitle on ONE line (`某镇“议事会”议出致富路——老手艺带动村民增收`, layouts38 p01,
invented here): the whole line was the title and the subtitle was lost. The headline is the part before the dashes,
the subtitle the part after them. Negative: a dash inside a paragraph's line, and a line of a quote's attribution,
stay text.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_the_dashes_part_a_headline_and_its_subtitle_on_one_line():
    page = (
        "桐庐县“合伙茶园”种出好光景——山区老茶树变身致富树\n"
        "本报讯（记者 方清远）\n"
        "　　杭州市桐庐县在18个村推行“合伙茶园”，\n"
        "村集体与茶农合伙经营，户均增收8000元。\n\n"
        "新登镇“夜话会”夜夜有人来——村里事大家说了算\n\n"
        "　　杭州市富阳区新登镇在各村开起“夜话会”，\n"
        "已商定村务事项96件。\n"
    )
    articles = _articles(page)
    assert [(a.title, a.subtitle) for a in articles] == [
        ("桐庐县“合伙茶园”种出好光景", "山区老茶树变身致富树"),
        ("新登镇“夜话会”夜夜有人来", "村里事大家说了算"),
    ]
    assert articles[0].byline == "本报讯（记者 方清远）"


def test_a_dash_inside_text_stays_text():
    page = (
        "桐庐县“合伙茶园”种出好光景\n"
        "本报讯（记者 方清远）\n"
        "　　杭州市桐庐县在18个村推行“合伙茶园”，村集体\n"
        "与茶农合伙经营——村里出地茶农出力，\n"
        "户均增收8000元。“日子越过越有奔头。”\n"
        "——茶农　王某某\n"
    )
    articles = _articles(page)
    assert len(articles) == 1
    assert articles[0].subtitle is None
    assert "村里出地茶农出力" in articles[0].text
