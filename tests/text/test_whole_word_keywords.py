"""Keywords that name what an article is about (issue 14, kw36's reading of 772 ingested cards): no generic work
verb jieba files as a noun (商量, 入户, 巡查: builder/data/work-verbs.txt, editable), no numeral with what it counts
cut from a slogan (一码 of “一码通”, 一村 of 一村一策) unless the text quotes it whole or the dictionary has it, and
no piece of a name the segmenter cut (家村 of 吴家村, 关镇 of 东岭关镇, 岩党 of “岩党红”). Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.extract.keywords import corpus_keywords
from builder.text.tokens import Tokenizer, get_tokenizer


@pytest.fixture(scope="module")
def tk() -> Tokenizer:
    return get_tokenizer()


# Another report of the batch, so that the terms of the one under test weigh by TF-IDF.
_OTHER = "某镇组织农技培训，邀请专家讲解果树修剪技术，种植户学到了新本领。"


@pytest.mark.parametrize(
    ("doc", "kept", "left_out"),
    [
        (  # generic work verbs
            "青柳社区的护河队每周巡查河道，队员入户宣传护河知识，遇到难题大家一起商量，"
            "再联系有关部门排查隐患，护河队还利用微信群统一调度。",
            "护河队",
            ["巡查", "入户", "宣传", "商量", "联系", "排查", "利用", "统一"],
        ),
        (  # numerals with what they count, cut from a slogan
            "青柳社区推行“一码通”办事，居民扫描二维码即可预约，社区实行一村一策、一户一档，"
            "开通一键呼叫，群众诉求一事一议。",
            "二维码",
            ["一码", "一村", "一策", "一键", "一事"],
        ),
        (  # pieces of names
            "青石镇吴家村成立“岩党红”合作社，东岭关镇的果农加入合作社，合作社统一收购果品。",
            "合作社",
            ["家村", "关镇", "岩党"],
        ),
    ],
    ids=["work verbs", "numerals cut from a slogan", "pieces of names"],
)
def test_keywords_are_whole_words_of_the_work(
    tk: Tokenizer, doc: str, kept: str, left_out: list[str]
) -> None:
    words = set(corpus_keywords([doc, _OTHER], top_k=20, tokenizer=tk)[0])
    assert kept in words
    assert not set(left_out) & words, words


@pytest.mark.parametrize(
    ("doc", "term"),
    [
        ("青柳社区落实“三岗”制度，党员认岗履职。", "三岗"),  # quoted whole
        ("青柳社区开展“两企三新”党建，走访新业态企业。", "两企三新"),  # a user term
        ("居民扫描二维码预约服务。", "二维码"),  # a word of jieba's dictionary
    ],
    ids=["quoted whole", "user term", "dictionary word"],
)
def test_a_numbered_term_said_whole_stays(tk: Tokenizer, doc: str, term: str) -> None:
    assert term in tk.content_terms(doc)


def test_the_work_verbs_are_data_a_content_folder_extends(tmp_path: Path) -> None:
    (tmp_path / "work-verbs.txt").write_text("调研\n-巡查\n", encoding="utf-8")
    own = Tokenizer(tmp_path)
    terms = own.content_terms("护河队调研河道污染，巡查河道。")
    assert "调研" not in terms
    assert "巡查" in terms
    assert own.fingerprint != get_tokenizer().fingerprint
