"""Layouts35's boxes and heads on a page printing no blank line (its `noblank` variant, invented here): a `本期导读`
box whose items end with `详见第N版` right over the first headline; a `图片新闻` label right under a report's closing
`（name）`, its photo headline right over the caption-story's lead; a headline's two halves on two lines, the
second pushed right, under the page's head line and over an indented lead. Each was read as on a page with blank
lines only after a blank: the box's last item glued to the headline, the photo story read into the report above,
the first half a kicker. Negative: a sentence pushed right under a head-shaped line is no second half."""

from __future__ import annotations

from builder.ingest.centredheads import place_heads
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page


def _articles(page: str):
    text, _ = place_heads(page, None)
    return segment(assemble(classify_page(text)))


_CONTENTS = (
    "本期导读\n"
    "◆西湖区“小巷管家”上岗　　详见第2版\n"
    "◆余杭区居民议事会议出新规　详见第3版\n"
    "上城区“邻里食堂”开到家门口\n"
    "　　本报讯（记者 沈悦）杭州市上城区在\n"
    "社区开办“邻里食堂”42家，今年服务老\n"
    "人16万人次。\n"
)


def test_a_contents_box_with_no_blank_under_it_is_furniture():
    articles = _articles(_CONTENTS)
    assert len(articles) == 1
    assert articles[0].title == "上城区“邻里食堂”开到家门口"


_STORY = (
    "临平区“红色代办员”跑在前\n"
    "　　本报讯（记者 沈悦）杭州市临平区招\n"
    "募“红色代办员”260名，今年代办事项\n"
    "8600余件。\n"
    "（沈悦）\n"
    "图片新闻\n"
    "塘栖镇“河道党小组”巡河护水\n"
    "11月18日，在临平区塘栖镇，“河道党小组”成员正\n"
    "在清理河面垃圾。塘栖镇组建“河道党小组”23个，今\n"
    "年巡河3100余次。\n"
    "本报记者 许诺 摄\n"
)


def test_a_photo_story_under_a_closing_credit_on_a_flat_page():
    articles = _articles(_STORY)
    assert len(articles) == 2
    assert "河道党小组" not in articles[0].text
    assert articles[1].title == "塘栖镇“河道党小组”巡河护水"
    assert articles[1].byline == "本报记者 许诺 摄"


_HALVES = (
    "浙江日报  2026年12月3日 星期四  第5版\n"
    "“共享菜园”种出邻里情\n"
    "              小空间里有大治理\n"
    "  本报讯（记者 沈悦）湖州市吴兴区在老\n"
    "旧小区建起“共享菜园”35处，吸引居民\n"
    "2800余人次参与。\n"
)


def test_halves_under_the_page_head_on_a_flat_page():
    articles = _articles(_HALVES)
    assert len(articles) == 1
    assert articles[0].title.replace("\u3000", "").replace(" ", "") == "“共享菜园”种出邻里情小空间里有大治理"
    assert articles[0].subtitle is None


def test_a_sentence_pushed_right_is_no_half():
    page = "社区议事会议出新办法\n\n  本报讯（记者 沈悦）居民们说好。\n议事会定下规矩\n              居民都说这个办法好。\n"
    text, _ = place_heads(page, None)
    assert "议事会定下规矩\n" in text
