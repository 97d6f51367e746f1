"""Keywords: TF-IDF against the corpus, on the seed articles."""

from __future__ import annotations

import re

import pytest

from builder.extract.keywords import corpus_keywords, idf_table, tfidf, top_terms
from builder.text.tokens import get_tokenizer
from tests.support.seed_articles import articles


@pytest.fixture(scope="module")
def seed_keywords() -> dict[str, list[str]]:
    arts = articles()
    words = corpus_keywords([f"{a.title}\n{a.body}" for a in arts])
    return {a.key: w for a, w in zip(arts, words, strict=True)}


def test_one_list_per_document_of_at_most_top_k(seed_keywords: dict[str, list[str]]) -> None:
    assert len(seed_keywords) == len(articles())
    assert all(1 <= len(words) <= 8 for words in seed_keywords.values())
    docs = [a.body for a in articles()[:3]]
    assert all(len(w) <= 3 for w in corpus_keywords(docs, top_k=3))


def test_governance_terms_are_single_keywords(seed_keywords: dict[str, list[str]]) -> None:
    assert "网格党支部" in seed_keywords["xigang-district"]
    assert "有事找书记" in seed_keywords["jinchuan-secretary"]
    assert "党建联建" in seed_keywords["maga-yuhong-joint"]
    assert "居务监督委员会" in seed_keywords["saimachang-community"]
    assert "日光温室" in seed_keywords["guazhou-county"]


def test_no_stopwords_places_persons_numbers_or_single_characters(
    seed_keywords: dict[str, list[str]],
) -> None:
    tk = get_tokenizer()
    every = [w for words in seed_keywords.values() for w in words]
    assert not [w for w in every if w in tk.stopwords]
    assert not [w for w in every if w in tk.places]
    assert not [w for w in every if len(w) < 2 or re.fullmatch(r"[\d.%％]+", w)]
    for boiler in ("党建引领", "基层治理", "高质量发展", "习近平总书记"):
        assert boiler not in every
    # persons (王凤朝, 王建国) and fragments of local names (金润 of 金润社区, 宇虹 of 宇虹社区)
    for name in ("王凤朝", "王建国", "王兴礼", "金润", "宇虹", "观山湖区", "回民区"):
        assert name not in every


def test_idf_is_smoothed_and_from_the_documents() -> None:
    idf = idf_table([["网格", "楼栋长"], ["网格"], ["双报到"]])
    assert idf["网格"] < idf["楼栋长"] == idf["双报到"]
    assert idf["网格"] == pytest.approx(1.0 + 0.2876820724517809)  # ln(4/3) + 1
    weights = tfidf(["网格", "网格", "楼栋长"], idf)
    assert weights["网格"] == pytest.approx((1 + 0.6931471805599453) * idf["网格"])


def test_ties_are_broken_by_the_term() -> None:
    assert top_terms({"乙": 1.0, "甲": 1.0, "丙": 2.0}, 2) == ["丙", "乙"]  # "乙" < "甲" by code point
    docs = ["网格员 楼栋长", "楼栋长 网格员"]
    assert (
        corpus_keywords(docs) == corpus_keywords(list(docs)) == [["楼栋长", "网格员"], ["楼栋长", "网格员"]]
    )


def test_empty_documents() -> None:
    assert corpus_keywords([]) == []
    assert corpus_keywords(["", "。"]) == [[], []]


def test_english_words_are_no_keywords_and_acronyms_are() -> None:
    """heldout26 p04: a translated headline left in the body (`…Measures to Ease Burdens and Empower the
    Grassroots`) gave the keywords THE, the and to; an acronym says what was done (APP, 5G) and stays."""
    tk = get_tokenizer()
    terms = tk.content_terms(
        "EASE THE BURDEN ON THE GRASSROOTS河南出台十条措施Henan Issues Ten Measures to Ease Burdens and Empower "
        "the Grassroots。全省推广“豫事办”APP，5G基站覆盖所有乡镇。"
    )
    assert not [t for t in terms if t.isascii() and t.upper() not in {"APP", "5G"}], terms
    assert "APP" in terms


def test_idioms_distinguishing_and_place_words_are_no_keywords() -> None:
    """A keyword says what was done: the seeds' keywords held 一目了然 and 举手之劳 (idioms), 主导, 临时 and 等级
    (distinguishing words, which only qualify a noun) and 身边, 网上 (place words). The governance term
    安全隐患, which jieba tags an idiom, stays a term."""
    tk = get_tokenizer()
    terms = tk.content_terms(
        "社区推行“楼栋长”制度，网格员在身边随时可见，问题清单张贴上墙一目了然；居民网上留言，"
        "楼栋长主导临时议事，排查安全隐患，帮扶困难群众成了举手之劳。"
    )
    for word in ("一目了然", "举手之劳", "主导", "临时", "身边", "网上"):
        assert word not in terms, (word, terms)
    for word in ("楼栋长", "网格员", "安全隐患"):
        assert word in terms, (word, terms)
