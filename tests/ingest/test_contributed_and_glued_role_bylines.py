"""Two byline kinds (heldout30 p06#2, p05#1, issue 14): a bulletin's closing `（供稿：某某区委社会工作部　某某）`,
set right under the last sentence, signs the article (never a headline over the next one); a byline whose second
role a wrap or a forced line break glued to the name before it (`本报记者 某某某通讯员 某某`) is the byline, never
the lead's text. builder/ingest/lineshapes.py (CLOSING_SOURCE), bylineshapes.py. Invented lines."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.workers import process_page


def test_a_contributors_closing_credit_signs_the_article_above(tmp_path):
    page = tmp_path / "bulletin.txt"
    page.write_text(
        "金沙社区：老年食堂开到家门口\n"
        "\n"
        "　　金沙社区是县城最大的安置社区，社区党委\n"
        "今年办起老年食堂，每天供餐200余份。\n"
        "　　　　　　（供稿：某某区委社会工作部　赵某）\n"
        "\n"
        "河湾村“积分制”激活乡村治理\n"
        "某某县委组织部　钱某\n"
        "\n"
        "　　河湾村推行积分制管理，村民参与\n"
        "志愿服务可积分兑换物品。\n",
        encoding="utf-8",
    )
    drafts = process_page(Path(page)).drafts
    assert [(d.title, d.byline) for d in drafts] == [
        ("金沙社区：老年食堂开到家门口", "供稿：某某区委社会工作部 赵某"),
        ("河湾村“积分制”激活乡村治理", "某某县委组织部 钱某"),
    ]


def test_a_role_glued_to_the_name_before_it():
    assert is_byline_text("本报记者 沈某鸣通讯员 郑某")
    assert is_byline_text("记者 王某通讯员 李某 张某")
    assert not is_byline_text("记者 走访了通讯员所在的村子，")
