"""A headline opening on a short exclamation (`全省唯一！兰州新区文曲中心社区获评全国典型`, real R20 r20_05, a web
page copied from the browser; lines invented): headline-shaped (builder/ingest/lineshapes.py `_HEADLINE_SHAPE`),
so it titles its report instead of opening its text."""

from __future__ import annotations

from builder.ingest.headlineshapes import is_headline_shape


def test_a_short_exclamation_before_the_headline() -> None:
    for text in ("全省唯一！某某区星光社区获评全国典型", "喜报！某某镇入选全国示范名单"):
        assert is_headline_shape(text)


def test_sentences_with_an_exclamation_stay_text() -> None:
    for text in (
        "太好了！大家都来了，活动很热闹",  # a comma: a sentence
        "这里的居民都说实在太好了！社区真是为民办实事",  # a long first clause: no exclamation head
        "好！",  # too short
    ):
        assert not is_headline_shape(text)
