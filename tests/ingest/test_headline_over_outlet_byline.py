"""seeds/001's second report, its blank line between headline and byline gone (a mutation the reproducible-ingest
fuzz test found): `定西：党建“一根针”串起“千条线”` right over `新甘肃·甘肃日报记者 杨唯伟`, under a finished sentence
and a blank line. The closing-credit rule asked for the names a reporter line wrapped onto its next line even
when the headline line it read held no reporter at all, and the outlet and name (`新甘肃·甘肃日报记者` reads like a
transliterated name) were taken as a credit closing the report above: the headline's text was lost."""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE, HEADLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_ABOVE = (
    "凝聚党群合力 激活基层治理\n\n新甘肃·甘肃日报记者 田丽媛\n\n"
    "同时，健全完善新就业群体参与基层治理的工作机制和激励机制，发动49名快递行业党员兼职网格员，"
    "开展志愿服务610余次。\n\n"
)
_BELOW = (
    "2024年，定西市聚焦加强党对社会工作的全面领导，不断强化党建引领，着力构建共建共治共享的基层治理格局。\n"
)


def test_a_headline_right_over_its_outlet_and_reporter_keeps_its_text():
    page = _ABOVE + "定西：党建“一根针”串起“千条线”\n新甘肃·甘肃日报记者 杨唯伟\n\n" + _BELOW
    with data_dir_fixed():
        units = classify_page(page)
        articles = segment(assemble(units))
    assert [(u.kind, u.text) for u in units if "定西：" in u.text] == [
        (HEADLINE, "定西：党建“一根针”串起“千条线”")
    ]
    assert [u.text for u in units if u.kind == BYLINE][-1] == "新甘肃·甘肃日报记者 杨唯伟"
    assert [a.title for a in articles][-1] == "定西：党建“一根针”串起“千条线”"
