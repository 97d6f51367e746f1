"""An OCR'd page's damage to a headline block (heldout29 p04's kind): the subtitle's `——` read as the character 一
(`一一记某某村党支部书记…`) was taken for the title, the headline for a kicker; a glyph missing from the font printed
`□` in a reporter's name (`本报记者 王□`) made the byline a headline. Lines invented in the kind.
"""

from __future__ import annotations

from builder.ingest.ocrdamage import ocr_dashed_subtitles
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

PAGE = (
    "某某党建　　2026年3月4日　星期三　　第5版\n\n"
    "李春生：带着乡亲种出“致富果”\n"
    "一一记某某县石门镇柳坪村党支部书记李春生\n"
    "本报记者 赵海 通讯员 钱丽\n\n"
    "　　早春的柳坪村，果园里一片忙碌，村党支部\n书记李春生正给村民讲剪枝技术。\n"
    "　　柳坪村有农户380户，村集体经济收入达\n到52万元。\n\n\n"
    "城南街道“红色代办员”跑出好口碑\n"
    "本报记者 孙□ 通讯员 周敏\n\n"
    "　　城南街道组建“红色代办员”队伍，今年\n以来帮助群众代办事项1200余件。\n"
)


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_ocr_dashes_open_a_subtitle_and_a_missing_glyph_stays_in_a_name():
    articles = _articles(PAGE)
    assert [(a.title, a.subtitle, a.byline) for a in articles] == [
        (
            "李春生：带着乡亲种出“致富果”",
            "记某某县石门镇柳坪村党支部书记李春生",
            "本报记者 赵海 通讯员 钱丽",
        ),
        ("城南街道“红色代办员”跑出好口碑", None, "本报记者 孙□ 通讯员 周敏"),
    ]


def test_only_a_line_under_a_headline_apart_gets_its_dashes_back():
    lines = [
        "",
        "柳坪村“一约四会”管出好村风",
        "一一记柳坪村党支部的治理经",
        "　　村里的事务，党支部",
        "一一落实到人头",  # under a line of its paragraph: the word 一一
        "",
        "三项措施",
        "一一对应，建立台账",  # a comma: a sentence's words
    ]
    ocr_dashed_subtitles(lines)
    assert lines[2] == "——记柳坪村党支部的治理经"
    assert lines[4] == "一一落实到人头"
    assert lines[7] == "一一对应，建立台账"
