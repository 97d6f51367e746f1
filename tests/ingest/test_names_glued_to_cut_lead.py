"""Bare names glued to the lead with a full-width space, the column cutting the lead's first words before any clause
mark (heldout35 p05's kind: `某某　某某　走进某某区某某镇` / `某某村，…`), under a bold-doubled headline set right
under the body above (no blank line): the report's byline, the report its own article. Before: the lead's words on
the names' line reached no clause mark, the line stayed text and the headline became a subheading of the report
above. Invented lines of the kind; negative: names over a headline's phrase with no sentence under it."""

from __future__ import annotations

from tests.support.pages import page_articles

ABOVE = [
    "青江晚报　　2025年3月2日　星期一",
    "",
    "老旧小区加装电梯“加”出幸福感",
    "本报记者　周小川",
    "　　今年以来，东湖街道已为23个单元加装",
    "电梯，惠及居民600余户。",
]


def test_names_over_a_cut_lead_sign_the_report_under_a_doubled_headline():
    page = "\n".join(
        [
            *ABOVE,
            "白沙村白沙村：：““共富工坊共富工坊””开到家门口开到家门口",
            "王建平　赵晓燕　来到青江县石门镇",
            "白沙村，工坊里机器声响个不停，村",
            "民们正在加工竹制品。",
            "去年以来，村里建成工坊3个，带动",
            "120名村民就近就业。",
        ]
    )
    articles = page_articles(page)
    assert [(a.title, a.byline) for a in articles] == [
        ("老旧小区加装电梯“加”出幸福感", "本报记者\u3000周小川"),
        ("白沙村：“共富工坊”开到家门口", "王建平\u3000赵晓燕"),
    ]
    assert articles[1].paragraphs[0].startswith("来到青江县石门镇白沙村，工坊里")
