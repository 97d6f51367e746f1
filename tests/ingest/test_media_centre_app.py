"""A county media centre's app copied to text (heldout30 p03, issue 14): under each headline its information line
(`来源：某某县融媒体中心　　2026-11-02 18:20　　浏览量：5310`: furniture, the headline over it the title), and under
each article its credit block, the reporters labelled (`记者：某某　通讯员：某某`: the byline, as printed) over the
editors and the three reviews (`编辑：…`, `初审：…　复审：…　终审：…`: furniture); the next article under `下一篇`.
builder/ingest/copiedpages.py, closingcredits.py, bylineshapes.py. Invented page (CRLF)."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.workers import process_page

_APP = (
    "瑞金融媒\n"
    "首页 > 乡村振兴 > 正文\n"
    "\n"
    "叶坪乡“党员菜园”种出好日子\n"
    "来源：瑞金市融媒体中心　　2026-11-02 18:20　　浏览量：5310\n"
    "\n"
    "　　入秋以来，瑞金市叶坪乡的“党员菜园”里一片丰收景象，党员带着村民采摘蔬菜。\n"
    "　　全乡已建成“党员菜园”42个，带动农户600余户，户均增收2800元。\n"
    "\n"
    "记者：胡某某　刘某\n"
    "编辑：曾某\n"
    "初审：罗某　复审：钟某　终审：谢某某\n"
    "\n"
    "下一篇\n"
    "\n"
    "沙洲坝镇：“板凳夜话”解开群众心结\n"
    "来源：瑞金市融媒体中心　　2026-11-03 07:45　　浏览量：2980\n"
    "\n"
    "　　沙洲坝镇在各村推行“板凳夜话”，干部和群众围坐在一起拉家常、解难题。\n"
    "　　今年以来，全镇共开展夜话230余场，化解矛盾纠纷56起。\n"
    "\n"
    "记者：温某　通讯员：黄某某\n"
    "编辑：曾某\n"
    "初审：罗某　复审：钟某　终审：谢某某\n"
    "\n"
    "返回顶部\n"
)


def test_each_article_has_its_headline_and_its_credit_blocks_reporters(tmp_path):
    page = tmp_path / "app.txt"
    page.write_bytes(_APP.replace("\n", "\r\n").encode("utf-8"))
    drafts = process_page(Path(page)).drafts
    assert [(d.title, d.byline) for d in drafts] == [
        ("叶坪乡“党员菜园”种出好日子", "记者：胡某某 刘某"),
        ("沙洲坝镇：“板凳夜话”解开群众心结", "记者：温某 通讯员：黄某某"),
    ]
    for draft in drafts:
        assert not any(word in draft.body for word in ("来源", "浏览量", "编辑", "初审", "下一篇"))


def test_reporters_each_labelled_by_a_colon():
    assert is_byline_text("记者：温某　通讯员：黄某某")
    assert not is_byline_text("记者：今年以来全镇共开展夜话230余场。")
