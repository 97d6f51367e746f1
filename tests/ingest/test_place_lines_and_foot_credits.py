"""A special issue's page (real R21 r21_05's kinds): its head line printing the bare page number before the column
label (`2021年7月6日　星期二　某某报　014　某某特刊`), its foot line opening with the bare page number and naming
its editors with gaps for colons (`014　某某特刊　编辑　李某　校对　王某`), both furniture (builder.ingest.furniture);
and a profile's place line, the full address of the community it is about alone between blank lines
(`湖北省武汉市汉阳区某某街道某某社区`), a heading of the article, not the lead's first words (placelines).
Invented lines; negatives: a sentence opening with a number, a headline naming two places, a place line inside a
paragraph's lines, an address that goes on as a sentence."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.placelines import is_place_line
from tests.support.pages import page_articles

_PAGE = [
    "2021年7月6日　星期二　　　江城晚报　　　014　奋斗者特刊",
    "",
    "武汉长丰社区的八年坚守",
    "",
    "　　湖北省武汉市硚口区长丰街道长丰社区",
    "",
    "　　清晨七点，社区书记李红梅已经在小区里转了一圈，看看哪里的路灯",
    "不亮，哪家老人需要帮忙。",
    "　　这套“七点巡查法”，她坚持了八年。",
    "",
    "014　　　奋斗者特刊　　　　编辑　周丽　校对　吴敏",
]


def test_head_and_foot_lines_with_bare_page_numbers_are_furniture() -> None:
    assert is_furniture_line("2021年7月6日　星期二　　　江城晚报　　　014　奋斗者特刊")
    assert is_furniture_line("014　　　奋斗者特刊　　　　编辑　周丽　校对　吴敏")
    assert is_furniture_line("010　　　　议事周刊　　　　责任编辑　王磊")
    assert not is_furniture_line("12　　个社区建成议事厅")
    assert not is_furniture_line("3　　社区　　编辑说")


def test_place_line_is_a_heading_of_the_article_under_its_headline() -> None:
    articles = page_articles("\n".join(_PAGE))
    assert [a.title for a in articles] == ["武汉长丰社区的八年坚守"]
    assert articles[0].paragraphs[0].startswith("清晨七点")
    assert all("奋斗者特刊" not in p for p in articles[0].paragraphs)


def test_place_line_shapes() -> None:
    assert is_place_line("湖北省武汉市硚口区长丰街道长丰社区")
    assert is_place_line("武汉市硚口区长丰社区")
    assert not is_place_line("浙江新昌")  # a place kicker
    assert not is_place_line("湖北省武汉市硚口区")  # no community or village
    assert not is_place_line("湖北省武汉市硚口区长丰街道召开社区大会")
    lines = ["　　社区书记说，", "湖北省武汉市硚口区长丰街道长丰社区", "的居民都认识她。"]
    assert "长丰社区的居民" in "".join(page_articles("\n".join(lines))[0].paragraphs)
