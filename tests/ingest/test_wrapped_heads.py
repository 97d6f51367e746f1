"""A headline the column wrapped over two or three full lines, standing apart (builder.ingest.wrappedheads).

Invented lines of the kind real R17 r17_01 shows: a brief's long headline set in the column's width, two blank
lines over it under a finished report, a blank line under it over the indented lead. Negatives: a photo caption
naming its photographer, lines with a comma (a paragraph), a block under an unfinished sentence, four lines.
The lead may also stand straight under the head."""

from __future__ import annotations

from tests.support.pages import page_articles, page_units

_ABOVE = [
    "乡村振兴周刊　　第5版",
    "",
    "枫桥镇：“老杨调解”化纠纷",
    "",
    "本报讯（记者 韩青）近日，诸暨",
    "市枫桥镇推行“老杨调解”工作法，",
    "由老党员牵头化解邻里纠纷。",
    "　　今年以来，该镇已化解矛盾纠纷",
    "320余起，调解成功率达98%。",
]

_HEAD = ["浙江省绍兴市诸暨市暨阳街", "道东二社区：“红色管家”守护", "居民幸福生活"]

_BRIEF = [
    "　　按照深化党建引领小区治理的部",
    "署要求，诸暨市暨阳街道东二社区组",
    "建“红色管家”队伍，开展巡查走访、",
    "信息采集等工作，已上门走访居民",
    "500余户。（孙明 赵丽）",
]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_headline_wrapped_over_three_lines_between_blank_lines_opens_a_brief() -> None:
    page = _page(_ABOVE, ["", ""], _HEAD, [""], _BRIEF)
    articles = page_articles(page)
    assert [article.title for article in articles] == [
        "枫桥镇：“老杨调解”化纠纷",
        "浙江省绍兴市诸暨市暨阳街道东二社区：“红色管家”守护居民幸福生活",
    ]
    assert "孙明" not in (articles[0].byline or "")


def test_photo_caption_with_its_photographer_is_no_headline() -> None:
    caption = ["东二社区“红色管家”上门走访独居", "老人 记者 韩青 摄"]
    units = page_units(_page(_ABOVE, ["", ""], caption, [""], _BRIEF))
    assert not any(unit.kind == "headline" and "独居" in unit.text for unit in units)


def test_lines_with_a_comma_or_under_an_unfinished_sentence_stay_text() -> None:
    comma = ["东二社区组建“红色管家”队伍，开", "展巡查走访和信息采集工作"]
    units = page_units(_page(_ABOVE, ["", ""], comma, [""], _BRIEF))
    assert "".join(comma) not in [unit.text for unit in units]  # (not joined into one headline)
    unfinished = [*_ABOVE[:-1], "320余起，调解成功率达98%"]
    units = page_units(_page(unfinished, ["", ""], _HEAD, [""], _BRIEF))
    assert not any(unit.kind == "headline" and "红色管家" in unit.text for unit in units)


def test_headline_straight_over_its_indented_lead_is_one_headline_too() -> None:
    head = [
        "浙江省绍兴市诸暨市暨阳街道东二社",
        "区：“红色管家”守护居民幸福新生",
        "活",
    ]  # as wide as the column
    titles = [article.title for article in page_articles(_page(_ABOVE, ["", ""], head, _BRIEF))]
    assert titles[-1] == "浙江省绍兴市诸暨市暨阳街道东二社区：“红色管家”守护居民幸福新生活"


def test_headlines_stacked_with_no_word_cut_between_them_are_not_joined() -> None:
    stacked = ["桐庐县“骑士驿站”温暖新就业群体", "武义县在职党员“双报到”解难题"]
    units = page_units(_page(_ABOVE, ["", ""], stacked, [""], _BRIEF))
    assert "".join(stacked) not in [unit.text for unit in units]


def test_four_lines_are_not_this_head() -> None:
    four = [*_HEAD, "全面提升"]
    for gap in ([""], []):
        units = page_units(_page(_ABOVE, ["", ""], four, gap, _BRIEF))
        assert not any(unit.kind == "headline" and "全面提升" in unit.text for unit in units)


# A short headline set in larger type, wrapped over two lines well under the column's width, one blank line under a
# finished report: no word runs across its break and it names no place (the column's width tells it from a
# subheading set in the body's type).
_SHORT_HEAD = ["夜校课堂里", "学新手艺"]
_REPORT = [
    "　　“下了班就来上课，学费一分不",
    "用交。”青溪镇的务工青年小周说。",
    "今年以来，青溪镇开办了“周三夜校”，",
    "请来能工巧匠授课，已开课48期。",
]


def test_short_headline_wrapped_in_large_type_after_a_finished_report_opens_the_next() -> None:
    articles = page_articles(_page(_ABOVE, [""], _SHORT_HEAD, [""], _REPORT))
    assert [article.title for article in articles] == ["枫桥镇：“老杨调解”化纠纷", "夜校课堂里学新手艺"]
    halves = ["办好小课堂", "服务大民生"]  # two halves as long as each other: a space between them
    articles = page_articles(_page(_ABOVE, [""], halves, [""], _REPORT))
    assert articles[-1].title == "办好小课堂 服务大民生"


def test_two_short_lines_under_an_open_sentence_open_no_article() -> None:
    unfinished = [*_ABOVE[:-1], "320余起，调解成功率达"]
    assert len(page_articles(_page(unfinished, [""], _SHORT_HEAD, [""], _REPORT))) == 1
