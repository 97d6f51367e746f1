"""A theory page's article (layouts34 p02, invented here): its headline over a `【关键词】…` line and a `□ name`
author line, closing with `（作者系…）`; the `【关键词】` line was read as the headline and the headline as its
kicker. The field line is furniture, the headline the article's. Then a report with a `群众说` / `基层声音` column of
short voices under it (`■name　role` over a quote): the voices were read into the report's body as subheadings
and paragraphs; the column is a sidebar, in no body. Negative: a headline opening with 【】 of another word stays one.
"""

from __future__ import annotations

from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "理论·实践\n\n"
    "用“院坝协商”激活乡村善治\n"
    "【关键词】乡村治理　协商议事\n"
    "□ 周明远\n\n"
    "　　近年来，广元市利州区推行“院坝协商”，\n"
    "让村民在自家院坝里商量村里的事。全区已在\n"
    "210个村推开，议定事项1800余件。\n"
    "　　协商要有规矩。我们为每个院坝明确召集\n"
    "人，每月至少协商一次。\n"
    "（作者系中共广元市利州区委副书记）\n\n"
    "苍溪县“院坝夜谈”谈出好日子\n\n"
    "本报记者 何小川\n"
    "　　广元市苍溪县今年在全县推行“院坝夜谈”，\n"
    "干部晚上进院坝与群众拉家常、听意见。\n"
    "　　截至目前，共开展夜谈2300余场，解决群\n"
    "众反映的问题860个。\n\n"
    "群众说\n"
    "■张秀英　歧坪镇村民\n"
    "　　“晚上有空，干部来了能说上话。”\n"
    "■李国华　元坝镇党委书记\n"
    "　　“夜谈谈出了干群之间的信任。”\n"
)


def test_keywords_line_is_no_headline_and_voices_are_no_body():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [a.title for a in articles] == ["用“院坝协商”激活乡村善治", "苍溪县“院坝夜谈”谈出好日子"]
    assert articles[0].byline == "周明远"
    assert "关键词" not in articles[0].text and "作者系" not in articles[0].text
    assert articles[1].text.rstrip().endswith("解决群众反映的问题860个。")
    assert "张秀英" not in articles[1].text and "信任" not in articles[1].text


def test_a_field_label_is_no_headline_but_a_bracketed_headline_is():
    assert not is_headline_shape("【关键词】乡村治理　协商议事")
    assert not is_headline_shape("【中图分类号】D267")
    assert is_headline_shape("【党建引领】苍溪县院坝夜谈谈出好日子")
