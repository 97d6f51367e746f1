"""Two feature heads of heldout37 (issue 14; lines invented of the same kind).

- A kicker doubled character by character over a headline doubled by runs (a bold head's extraction), and the
  `——记…` subtitle under them wrapped over two lines: the wrap is the subtitle's, never a headline of its own.
- An interview whose portrait caption and its `… 摄` credit stand between its `——访…` subtitle and its reporter
  line: the caption is a caption (not the lead), the reporter line the byline, one article.
"""

from __future__ import annotations

from builder.ingest.pagelines import CAPTION, HEADLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


DOUBLED_HEAD = (
    "社区工作\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000第5版\n\n"
    "社社区区新新风风\n"
    "巷子里的巷子里的““热心肠热心肠””\n"
    "——记某某市某某区河湾街道柳荫路社区\n"
    "楼长王小梅\n"
    "通讯员 李青 记者 赵明\n"
    "\u3000\u3000每天傍晚，王小梅都会沿着巷子\n走一圈，看看谁家有难处。\n"
    "\u3000\u3000她负责的楼栋有住户120户，其中\n独居老人15位。\n"
)


def test_a_subtitle_wrapped_under_a_doubled_headline_keeps_its_wrap():
    units, articles = _read(DOUBLED_HEAD)
    assert not any(u.kind == HEADLINE and u.text == "楼长王小梅" for u in units)
    assert [a.title for a in articles] == ["巷子里的“热心肠”"]
    assert articles[0].subtitle.endswith("柳荫路社区楼长王小梅")


INTERVIEW = (
    "让老街的老人住得安心\n"
    "——访某某区某某街道柳荫社区党委书记陈秀兰\n"
    "陈秀兰（左）在日间照料中心和老人聊天。\n"
    "本报记者 林木 摄\n"
    "本报记者 林木\n"
    "\u3000\u3000柳荫社区是一个老旧小区集中的社区，\n60岁以上老人占三成。日前，记者采访了\n社区党委书记陈秀兰。\n"
    "\u3000\u3000记者：社区养老难在哪里？\n"
    "\u3000\u3000陈秀兰：我们社区老人多，场地少。\n"
)


def test_a_portrait_caption_between_subtitle_and_reporter_line_is_a_caption():
    units, articles = _read(INTERVIEW)
    assert any(u.kind == CAPTION and u.text == "陈秀兰（左）在日间照料中心和老人聊天。" for u in units)
    assert [a.title for a in articles] == ["让老街的老人住得安心"]
    assert articles[0].byline == "本报记者 林木"
    assert articles[0].paragraphs[0].startswith("柳荫社区是一个老旧小区集中的社区")
    assert not any("日间照料中心和老人聊天" in p for p in articles[0].paragraphs)
