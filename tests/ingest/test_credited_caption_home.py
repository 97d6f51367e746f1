"""A credited caption printed with the wrong article (heldout11 p07: over the page's first article,
`骑手在“暖蜂驿站”休息。　毓龙街道供图`, about the 毓龙街道 article; R6 r6_02: inside the first article's sentence,
about the second's 网格) goes to the article its text and credit share clearly more words with. One that
shares as many with its own article stays. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.article import Article, Photo
from builder.ingest.captions import send_captions_home
from builder.ingest.pagelines import TEXT, Unit


def _article(title: str, text: str, captions: list[Photo] | None = None) -> Article:
    return Article(blocks=[Unit(TEXT, text, 1)], title=title, captions=captions or [])


@pytest.mark.parametrize(
    ("caption", "credit", "home"),
    [
        ("快递员在“暖心小站”歇脚。", "书院街道供图", 1),  # the second article's place and quoted name
        ("党员在小巷巡查。", "通讯员 孙悦 摄", 0),  # its own article's words: it stays
    ],
)
def test_a_credited_caption_goes_to_the_article_it_describes(caption, credit, home):
    photo = Photo(caption, credit)
    articles = [
        _article("城关区“小巷管家”管好大民生", "城关区组建小巷管家队伍，党员每天在小巷巡查。", [photo]),
        _article("书院街道“暖心小站”温暖快递员", "书院街道建起“暖心小站”12个，供快递员歇脚。"),
    ]
    send_captions_home(articles)
    assert [len(a.captions) for a in articles] == [1 - home, home]
    assert articles[home].captions[0].credit == credit
