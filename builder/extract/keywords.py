"""Keywords: the top terms of each article by TF-IDF against the corpus it comes with.

- Terms are the tokenizer's (`builder.text.tokens`): jieba segmentation with the governance terms and place names
  as a user dictionary, stopwords (boilerplate such as 党建引领) removed, single characters and numbers dropped,
  and so are counts and times written as words (三楼, 人次, 小时, 人均, 每季度: `builder.text.countwords`).
- Generic work verbs jieba files as nouns (商量, 入户, 巡查, 宣传: `builder/data/work-verbs.txt`) are no terms, and
  a term is a whole word of the text (`builder.text.wholewords`): not a numeral with what it counts cut from a
  slogan (一码 of “一码通”, 一村 of 一村一策) unless quoted whole or in the dictionary, not a piece of a name (家村 of
  吴家村, 关镇, 喀赞 of 喀赞其街道).
- Photo captions are not in the body (ingest moves them to `captions:`), so they never give a keyword.
- Place names of the gazetteer are left out, and so is a unit's level said for the unit (街道, 乡镇, 全村, 县里):
  the region is its own field, and a keyword should say what was done, not where.
- tf is sublinear (1 + ln count); idf is smoothed from the documents themselves, ln((1 + N) / (1 + df)) + 1.
- Ties are broken by the term itself, so the result is deterministic.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # builder.text.tokens loads numpy: only where documents are tokenized
    from builder.text.tokens import Tokenizer


Terms = Sequence[str] | Mapping[str, int]  # a document's terms, or each term with its count


def idf_table(doc_terms: Sequence[Terms]) -> dict[str, float]:
    """Smoothed inverse document frequency of every term of the corpus."""
    df: Counter[str] = Counter()
    for terms in doc_terms:
        df.update(set(terms))
    n = len(doc_terms)
    return {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}


def tfidf(terms: Terms, idf: dict[str, float]) -> dict[str, float]:
    """Sublinear tf × idf of one document's terms."""
    counts = Counter(terms)
    return {term: (1.0 + math.log(c)) * idf.get(term, 1.0) for term, c in counts.items()}


def top_terms(weights: dict[str, float], k: int) -> list[str]:
    """The `k` heaviest terms, ties by the term (heapq.nsmallest: the same as sorting all and cutting)."""
    return [t for t, _ in heapq.nsmallest(k, weights.items(), key=lambda item: (-item[1], item[0]))]


def document_terms(doc: str, tokenizer: Tokenizer | None = None) -> tuple[str, ...]:
    """The terms of one document that count for its keywords."""
    from builder.text.tokens import get_tokenizer

    return (tokenizer or get_tokenizer()).content_terms(doc or "")


def keywords_from_terms(doc_terms: Sequence[Terms], top_k: int = 8) -> list[list[str]]:
    """For every document's terms (or term counts), its `top_k` terms by TF-IDF against all of them."""
    idf = idf_table(doc_terms)
    return [top_terms(tfidf(terms, idf), top_k) for terms in doc_terms]


def corpus_keywords(
    docs: Sequence[str], top_k: int = 8, tokenizer: Tokenizer | None = None
) -> list[list[str]]:
    """For every document, its `top_k` terms by TF-IDF against all `docs` (one list per document)."""
    from builder.text.tokens import get_tokenizer

    tk = tokenizer or get_tokenizer()
    return keywords_from_terms([document_terms(doc, tk) for doc in docs], top_k)
