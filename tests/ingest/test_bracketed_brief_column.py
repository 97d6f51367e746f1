"""A briefs column whose items print their headlines in 【】 on a line of their own, each closing with its credit
in brackets on a line of its own (heldout33 p04's kind, a 组工动态 column): every item's headline is its title
without the brackets, the first at the column's top as much as one after an item's closing credit (before, only
the first lost its brackets); a closing credit naming a unit and its writer (`（某某市委组织部 赵某）`) is the
item's byline, as `（通讯员 某某）` is (before, it stayed in the body)."""

from __future__ import annotations

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# an invented column: three items, the last signed by a department of a city's party committee and its writer
_COLUMN = (
    "■ 基 层 速 递\n━━━━━━━━━━━━━━━━━━━━\n\n"
    "【青溪市：“邻里茶座”议出好办法】\n"
    "　　浙江省青溪市在全市社区设立“邻里\n茶座”86个，居民每月围坐议事，今年\n以来商定加装电梯、整治停车等事项\n"
    "310件。\n　　青溪市还把议事结果在楼道公示，\n居民满意率提高到93%。\n（通讯员 周某某）\n\n"
    "【松源县：“田间课堂”开到地头】\n"
    "　　福建省松源县组织农技党员走进田\n间地头，开设“田间课堂”120场，培\n训种植户4800余人次。\n"
    "　　松源县还建立党员技术员包村制度，\n每村至少联系一名党员技术员。\n（通讯员 郑某）\n\n"
    "【白河区：“红色驿站”服务骑手】\n"
    "　　湖北省襄阳市白河区在商圈建成“红\n色驿站”35个，为快递员、外卖骑手提\n供歇脚、充电等服务。\n"
    "　　白河区还组建骑手志愿服务队，参\n与社区巡查和文明劝导。\n（襄阳市委组织部 赵某某）\n\n"
)


def _articles():
    return segment(assemble(classify_page(_COLUMN)))


def test_every_bracketed_headline_is_its_title_without_the_brackets():
    assert [a.title for a in _articles()] == [
        "青溪市：“邻里茶座”议出好办法",
        "松源县：“田间课堂”开到地头",
        "白河区：“红色驿站”服务骑手",
    ]


def test_a_closing_credit_naming_a_unit_and_its_writer_is_the_byline():
    articles = _articles()
    assert [a.byline for a in articles] == ["通讯员 周某某", "通讯员 郑某", "襄阳市委组织部 赵某某"]
    assert "赵某某" not in articles[2].text
    assert split_closing_names("参与巡查。（某某县委组织部 王某）") == (
        "参与巡查。",
        "（某某县委组织部 王某）",
    )
    assert split_closing_names("参与巡查。（某某县委组织部 王某 李某）")[1] == "（某某县委组织部 王某 李某）"


def test_a_unit_credit_for_a_photo_or_a_note_is_no_writer():
    assert split_closing_names("参与巡查。（某某县委组织部 供图）")[1] is None
    assert split_closing_names("参与巡查。（详见某某县委组织部 网站）")[1] is None
