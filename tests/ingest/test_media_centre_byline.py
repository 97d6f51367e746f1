"""A county's media centre named alone under a headline (R19 r19_01's kind: `【…·…】` column label /
`居民有了新“管家”` / `肃北县融媒体中心` / the lead): the outlet's line is the byline, the line over it the headline.
Before: the outlet's line was read as the headline and the real headline as its kicker. Invented lines of the
kind; negatives: a sentence naming a media centre, a centre that is no outlet."""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from tests.support.pages import page_articles


def test_media_centre_alone_is_a_byline():
    assert is_byline_text("青禾县融媒体中心")
    assert is_byline_text("南川区新闻中心")


def test_other_lines_naming_a_centre_are_not():
    assert not is_byline_text("青禾县融媒体中心开展志愿服务")
    assert not is_byline_text("青禾县党群服务中心")
    assert not is_byline_text("县融媒体中心的记者来到村里。")
    assert not is_byline_text("来源于青禾县融媒体中心")  # a source line without its label's colon


def test_headline_over_the_outlet_line():
    page = "\n".join(
        [
            "【青禾云·县融媒集萃】",
            "居民有了新“帮手”",
            "青禾县融媒体中心",
            "",
            "　　近日，青禾县柳塘社区20名热心居",
            "民接受社区聘书，正式上岗。",
        ]
    )
    articles = page_articles(page)
    assert [(a.title, a.byline) for a in articles] == [("居民有了新“帮手”", "青禾县融媒体中心")]


def test_a_wrapped_sentence_line_ending_with_a_centre_stays_text():
    """A line of a sentence the wrap ended with a centre's name is no outlet's line; places in full are."""
    assert not is_byline_text("组织部和青禾县融媒体中心")
    assert not is_byline_text("活动由青禾县融媒体中心")
    assert is_byline_text("酒泉市肃北县融媒体中心")
    page = "\n".join(
        [
            "居民有了新“管家”",
            "本报记者 林一帆",
            "",
            "　　近日，青禾县推行“小区管家”机制，",
            "全县126个小区都有了管家。活动由县委",
            "组织部和青禾县融媒体中心",
            "联合主办，吸引居民200余人参加。",
        ]
    )
    assert [(a.title, a.byline) for a in page_articles(page)] == [("居民有了新“管家”", "本报记者 林一帆")]
