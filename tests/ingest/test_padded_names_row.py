"""A row of bare reporters' names in which a two-character name is padded to a three-character name's width
(`韩立新　周　洁`, `方　圆　高志强`; layouts38 p02, p06, invented here). The row was no byline: under a headline it was
read as the headline (the headline above it a kicker), after a finished report it was read into that report and
the next report was lost. It is the byline. Negative: a spaced label of two characters (`简　讯`) and two padded names
with no unpadded one (`王　研　李　墨`, which could be read two ways) stay what they were.
"""

from __future__ import annotations

import pytest

from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "江北区“邻里茶座”开到楼道口\n"
    "韩立新　周　洁\n\n"
    "　　宁波市江北区在各社区开设“邻里茶\n"
    "座”36处，请居民坐下来商量楼道里的\n"
    "难事。\n\n"
    "慈城镇“老手艺课堂”开课\n"
    "方　圆　高志强\n\n"
    "　　宁波市江北区慈城镇请老匠人开设\n"
    "“老手艺课堂”，已开课18期。\n"
)


def test_a_row_of_names_with_a_padded_name_is_the_byline():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [a.title for a in articles] == ["江北区“邻里茶座”开到楼道口", "慈城镇“老手艺课堂”开课"]
    assert [a.subtitle for a in articles] == [None, None]
    assert [(a.byline or "").replace("\u3000", " ").split() for a in articles] == [
        ["韩立新", "周", "洁"],
        ["方", "圆", "高志强"],
    ]
    assert "老手艺课堂" not in articles[0].text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("韩立新　周　洁", True),
        ("方　圆　高志强", True),
        ("王晓丹  李墨", True),
        ("简　讯", False),
        ("王　研　李　墨", False),
        ("周　洁", False),
        ("党　建　引　领", False),
    ],
)
def test_the_shape_of_a_row_of_names(line: str, names: bool):
    assert bool(LINE_SHAPE["bare_names"].match(line)) is names


# An honour list's rows under its label: a padded name beside a unit's short name (rv38 p14, invented here).
_LIST_PAGE = (
    "松林镇表彰十名优秀调解员\n"
    "本报记者　某某某\n\n"
    "　　近日，某省某市松林镇召开表彰会，\n"
    "为10名优秀调解员颁发证书。\n\n"
    "表彰名单\n\n"
    "赵　明　卫生院\n"
    "孙　丽　供电所\n"
    "周　涛　文化站\n\n"
    "　　会上，调解员代表作了发言，表示\n"
    "将继续当好群众的贴心人。\n"
)


def test_a_list_row_of_a_padded_name_and_a_unit_is_no_byline():
    articles = segment(assemble(classify_page(_LIST_PAGE)))
    assert [a.title for a in articles] == ["松林镇表彰十名优秀调解员"]
    assert "调解员代表" in articles[0].text


@pytest.mark.parametrize("line", ["赵　明　卫生院", "孙　丽　供电所", "周　涛　文化站", "吴　平　服务中心"])
def test_a_padded_name_beside_a_unit_is_no_row_of_names(line: str):
    assert not LINE_SHAPE["bare_names"].match(line)
