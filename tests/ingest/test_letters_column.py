"""A letters column (heldout29 p03's kind): the column's label over each letter (`来信回音` read as text went with
the reply's subtitle into its body), the salutation to the editors alone on its line (`编辑同志：`, glued to the first
sentence), the reader's signature in brackets under the letter (`（某某市某某街道 读者 某某）`: the byline, read as
text it stayed in the body) and the editors' note under it (`编辑附言：…`, the editors' words, in the body). Lines
invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

PAGE = (
    "某某之声　　2026年4月8日　星期三　　第6版\n\n"
    "读者来信\n\n"
    "小区“便民菜摊”方便了我们买菜\n\n"
    "　　编辑同志：\n"
    "　　我家住在城东街道的老小区，以前买菜\n要走两站路。今年，街道在小区门口设了\n“便民菜摊”，买菜难题解决了。\n"
    "　　菜摊由社区党组织牵头管理，价格比\n超市便宜，我们都很满意。在这里，我向\n街道表示感谢！\n"
    "　　　　　　（某某省某某市城东街道 读者 吴秀英）\n\n"
    "编辑附言：一个菜摊连着民生。欢迎读者\n继续来信，讲讲身边的好事。\n\n"
    "━━━━━━━━━━━━━━\n\n"
    "来信回音\n\n"
    "某某区：社区证明事项“一网通办”\n"
    "——本报3月2日刊发的读者来信《办个证明跑三趟》有了回音\n\n"
    "　　本报3月2日刊发读者来信，反映社区\n开证明来回跑的问题。区里随即推行社区\n证明“一网通办”，群众办事少跑腿。\n"
    "　　感谢读者的监督，我们将持续改进。\n"
    "（中共某某区委社会工作部）\n"
)


def test_a_letters_column_keeps_its_letters_and_their_signatures():
    with data_dir_fixed():
        articles = segment(assemble(classify_page(PAGE)))
    assert [(a.title, a.subtitle, a.byline) for a in articles] == [
        ("小区“便民菜摊”方便了我们买菜", None, "某某省某某市城东街道 读者 吴秀英"),
        (
            "某某区：社区证明事项“一网通办”",
            "本报3月2日刊发的读者来信《办个证明跑三趟》有了回音",
            "中共某某区委社会工作部",
        ),
    ]
    letter, reply = articles
    assert letter.paragraphs[0].startswith("我家住在城东街道的老小区")
    assert letter.paragraphs[-1].endswith("在这里，我向街道表示感谢！")
    assert reply.paragraphs[0].startswith("本报3月2日刊发读者来信")


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("我向街道表示感谢！（某某省某某市城东街道 读者 吴秀英）", "（某某省某某市城东街道 读者 吴秀英）"),
        ("问题解决了。（网友 李明）", "（网友 李明）"),
    ],
)
def test_a_readers_signature_closes_a_letter(text, credit):
    assert split_closing_names(text)[1] == credit
