"""Real R25 r25_02's kinds (a GBK pdftotext -layout page, its right column), lines invented:
- a site dateline whose bracket the column wrapped, naming the writer's part and whose the photos are
  (`青禾新闻网3月2日讯（记者 林` / `立/文 桐柏村供图）`): the second line read as a photo credit, `（记者林` glued to
  the lead; negative: a photo credit on its own line under a dateline its bracket closed;
- a photo caption centred in its column (set in, as wide as the column) inside the lead's sentence, the line
  under it going on across a word (`…食用油和洗衣` / `  村民在积分超市兑换物品。` / `粉。”…`); negative: the line
  under it reads on from the caption, not across a word of the open sentence;
- a subheading ending in a whole word whose last character is also a preposition (`一楼住户突然反对`), glued to
  the paragraph under it; negative: a line cut after the preposition itself."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.subheadings import is_heading_candidate
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

HEAD = ["桐柏村：小积分换来大文明", "青禾新闻网3月2日讯（记者 林", "立/文 桐柏村供图）", ""]
LEAD = [
    "    “我要用积分换一袋洗衣",
    "  村民在积分超市兑换物品。",
    "粉。”近日，桐柏村村民李芳拿着",
    "积分卡来到村里的积分超市。",
]


def _article(lines: list[str]):
    with data_dir_fixed():
        [article] = segment(assemble(classify_page("\n".join(lines))))
    return article


def test_the_wrapped_dateline_naming_the_photos_source_is_the_byline() -> None:
    article = _article([*HEAD, *LEAD])
    assert article.byline == "青禾新闻网3月2日讯（记者 林立/文 桐柏村供图）"
    assert article.paragraphs[0].startswith("“我要用积分换一袋洗衣粉。”近日")
    assert [caption.text for caption in article.captions] == ["村民在积分超市兑换物品。"]


def test_a_photo_credit_under_a_closed_dateline_stays_out_of_the_byline() -> None:
    lines = ["桐柏村：小积分换来大文明", "青禾新闻网3月2日讯（记者 林立）", "桐柏村供图", "", *LEAD]
    assert _article(lines).byline == "青禾新闻网3月2日讯（记者 林立）"


def test_a_set_in_line_the_next_line_does_not_go_on_from_is_no_caption() -> None:
    lines = [
        *HEAD,
        "    “我要用积分换一袋米，",
        "  村民在积分超市兑换物品。",
        "积分卡每月公示一次。”村民",
        "李芳说。",
    ]
    assert not _article(lines).captions


def test_a_heading_may_end_in_a_whole_word_ending_like_a_preposition() -> None:
    assert is_heading_candidate("一楼住户突然反对")
    assert not is_heading_candidate("群众的意见我们都要认真对")
