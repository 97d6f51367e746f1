"""Keywords a reader could not use, by kind (issue 14, keywords35's reading of 737 ingested articles): a count
or time written as a word (三楼, 人次, 小时, 人均, 每季度, 天内, 一件件) says how many, how long or which
floor, never what was done; nor does a unit's level said for the unit (街道, 乡镇, 全村, 县里). Invented text."""

from __future__ import annotations

import pytest

from builder.extract.keywords import corpus_keywords
from builder.text.countwords import is_count_word
from builder.text.tokens import Tokenizer, get_tokenizer


@pytest.fixture(scope="module")
def tk() -> Tokenizer:
    return get_tokenizer()


@pytest.mark.parametrize(
    "word",
    [
        "三楼",
        "二楼",
        "一件件",
        "人次",
        "场次",
        "小时",
        "单元",
        "人均",
        "户均",
        "日均",
        "每季度",
        "天内",
        "工作日内",
    ],
)
def test_a_count_or_time_word_is_no_term(tk: Tokenizer, word: str) -> None:
    assert is_count_word(word)
    assert not tk.is_term(word)


@pytest.mark.parametrize("word", ["农户", "住户", "楼道", "两委", "网格", "一老一小"])
def test_a_counted_noun_or_a_word_of_the_work_stays(tk: Tokenizer, word: str) -> None:
    assert not is_count_word(word)


# Another report of the batch, so that the terms of the one under test weigh by TF-IDF.
_OTHER = "某镇组织农技培训，邀请专家讲解果树修剪技术，种植户学到了新本领。"


@pytest.mark.parametrize(
    ("doc", "kept", "left_out"),
    [
        (  # counts and times
            "青柳巷的便民理发角设在楼栋的三楼，每季度开放一次，人均理发费用不足五元。"
            "志愿理发师累计服务两千人次，服务时长超过三百小时，群众诉求三天内办结，一件件小事办到心坎上。",
            "理发师",
            ["三楼", "每季度", "人均", "人次", "小时", "天内", "一件件"],
        ),
        (  # a unit's level
            "某街道推行楼栋议事会，全镇各村组建护河队，乡镇干部每月到县里参加河长培训，"
            "街道还为护河队员配发救生衣，护河队巡河发现问题立即上报。",
            "护河队",
            ["街道", "全镇", "乡镇", "县里"],
        ),
    ],
)
def test_keywords_say_what_was_done(tk: Tokenizer, doc: str, kept: str, left_out: list[str]) -> None:
    words = set(corpus_keywords([doc, _OTHER], top_k=20, tokenizer=tk)[0])
    assert kept in words
    assert not set(left_out) & words, words


@pytest.mark.parametrize("word", ["街道", "乡镇", "全村", "全乡", "全国", "县里"])
def test_a_units_level_is_no_term(tk: Tokenizer, word: str) -> None:
    assert word not in tk.content_terms(f"{word}组织志愿者开展义诊")
