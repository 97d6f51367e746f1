"""A page whose bodies open under their bylines, the headlines printed together at the foot (heldout9 q08,
issue 14): the second body's byline of bare names (`王立新 张丽华`) stands right under the first body's last
sentence, no blank line between, over the second body's lead. It was read as text, so the two bodies were one
article (the second lost, the first titled by the other's headline). On such a page (its first body opens
under a byline), the names open the next body. Lines invented in the kind of the page; negatives: the same
names on a page whose bodies open under headlines (a closing credit's place), one name alone.
"""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

FIRST = (
    "某某基层报\u3000第3版\u3000党建·基层\n2026年8月12日\n\n"
    "本报记者 赵雪松\n"
    "某某市西安区组织全区63个机关企\n事业单位党组织和2100余名在职党\n员到社区“双报到”，认领“微心愿”。\n"
    "今年以来，报到党员累计认领“微\n心愿”1580个。\n"
)
SECOND = (
    "王立新 张丽华\n"
    "某某市开展村党组织“书记领办”项\n目行动，全市已有980个村的党组织\n书记领办了合作社。\n"
    "去年，全市村集体经济收入总额达\n到7.8亿元。\n\n"
    "西安区机关党员“双报到”认领微心愿\n某某市“书记领办”项目激活村集体经济\n\n本版编辑：孙岩\n"
)


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


def test_the_names_open_the_second_body():
    units, articles = _read(FIRST + SECOND)
    assert any(u.kind == BYLINE and u.text == "王立新 张丽华" for u in units)
    assert [a.title for a in articles] == [
        "西安区机关党员“双报到”认领微心愿",
        "某某市“书记领办”项目激活村集体经济",
    ]
    assert articles[1].byline == "王立新 张丽华"
    assert articles[0].paragraphs[-1].endswith("1580个。")


def test_under_headlines_the_names_are_no_opening_byline():
    page = FIRST.replace("本报记者 赵雪松\n", "西安区机关党员“双报到”认领微心愿\n本报记者 赵雪松\n") + SECOND
    units, _ = _read(page)
    assert not any(u.kind == BYLINE and u.text == "王立新 张丽华" for u in units)


def test_one_name_alone_is_left_to_the_other_rules():
    units, _ = _read(FIRST + SECOND.replace("王立新 张丽华", "王立新"))
    assert not any(u.kind == BYLINE and u.text == "王立新" for u in units)
