"""A `图片新闻` label over a photo headline, a blank line and a long caption-story closed by the photographer's
credit alone on its line, printed under a report and its signed `记者手记` (layouts35 p01, invented here). The
label over a headline was left as text and the story read into the report above; it is a photo story, an article
(tests/corpus/README.md): the headline its title, the caption-story its text, the credit its byline. The label
is furniture. A label straight over its caption (no headline) stays a photo's caption (furnitureboxes.photo_news).
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_REPORT = (
    "城厢区“邻里帮”帮到心坎上\n\n"
    "　　本报讯（记者 林涛）莆田市城厢区在\n"
    "社区组建“邻里帮”小组86个，今年帮\n"
    "助独居老人解决难题1400余件。\n\n"
    "记者手记\n"
    "　　邻里之间多走动，难事就少了。\n"
    "　　这句话，记者在社区里常常听到。\n"
    "（林涛）\n\n"
    "图片新闻\n\n"
)
_STORY = (
    "石城镇“海上课堂”开进渔排\n\n"
    "11月20日，在福鼎市石城镇的渔排上，党员技术员正在给渔民\n"
    "讲解养殖技术。石城镇组织党员技术员组建“海上课堂”，今年\n"
    "已开课28期，培训渔民900余人次。\n"
    "本报记者 陈晨 摄\n"
)


def test_the_label_heads_a_photo_story_article():
    articles = segment(assemble(classify_page(_REPORT + _STORY)))
    assert len(articles) == 2
    assert "海上课堂" not in articles[0].text
    story = articles[1]
    assert story.title == "石城镇“海上课堂”开进渔排"
    assert story.text.startswith("11月20日，在福鼎市石城镇")
    assert story.byline == "本报记者 陈晨 摄"
    assert "图片新闻" not in story.text
