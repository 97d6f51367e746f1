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


# A message board's item (heldout38 p06's kind): the board's label, the citizen's question as its headline (a
# headline by its `？`), the message, the `【部门回复】` label and the reply signed `unit　date`: one article, the label
# and the reply's label in no body and no article of their own.
BOARD = (
    "某某日报　　2026年5月6日　星期三　　第3版\n\n"
    "{label}\n\n"
    "老旧小区停车位紧张，能否增设？\n\n"
    "　　网友“东城小王”4月2日留言：我住在某某区\n某某街道一个老小区，晚上停车很难。希望\n有关部门帮忙想想办法。\n"
    "{reply}\n"
    "　　您好！经核实，该小区共有车位80个。我局\n已协调周边单位错时开放车位120个。感谢\n您的关注！\n"
    "某某区住房和城乡建设局　2026年4月20日\n"
)


@pytest.mark.parametrize("label", ["民声留言板", "网民留言"])
@pytest.mark.parametrize("reply", ["【部门回复】", "【答复】"])
def test_a_message_board_item_is_one_article_titled_by_its_question(label: str, reply: str):
    with data_dir_fixed():
        articles = segment(assemble(classify_page(BOARD.format(label=label, reply=reply))))
    assert [(a.title, a.byline) for a in articles] == [("老旧小区停车位紧张，能否增设？", None)]
    (item,) = articles
    assert item.paragraphs[0].startswith("网友“东城小王”4月2日留言：")
    assert item.paragraphs[-1].endswith("感谢您的关注！")
    assert not any(word in item.text for word in ("留言板", "回复", "答复", "网民留言"))
