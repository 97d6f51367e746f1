"""A 连载's part line over its headline, the series quoted or in 《》 (`“网格故事”之三`, layouts35 p04, invented
here), and `（未完待续）` after the part: page furniture. The part line was read as the headline's kicker (the
article's subtitle). Negative: a quoted name over a headline that is no part of a series stays its kicker."""

from __future__ import annotations

import pytest

from builder.ingest.furniture import SERIES_TAG
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "“{series}”之{part}\n"
    "调解员老周的“和事茶”\n"
    "本报记者　钱程\n\n"
    "　　在河东区大王庄街道，调解员周国强\n"
    "的“和事茶”远近闻名。今年以来，他\n"
    "调解邻里纠纷86起。\n"
    "（未完待续）\n"
)


@pytest.mark.parametrize(("series", "part"), [("调解故事", "三"), ("社区日记", "十二")])
def test_the_part_line_is_no_subtitle(series: str, part: str) -> None:
    articles = segment(assemble(classify_page(_PAGE.format(series=series, part=part))))
    assert len(articles) == 1
    assert articles[0].title == "调解员老周的“和事茶”"
    assert articles[0].subtitle is None
    assert "未完待续" not in articles[0].text


def test_part_lines_and_not_quoted_names():
    assert SERIES_TAG.match("《村官日记》连载之二")
    assert SERIES_TAG.match("“网格故事”之三")
    assert not SERIES_TAG.match("“和事茶”香飘万家")
    assert not SERIES_TAG.match("网格故事之三")
