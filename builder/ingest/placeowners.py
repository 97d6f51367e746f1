"""Which article a paragraph belongs to by the places it names (segment asks, moved out of segment.py): text the
layout interleaved with a neighbour goes to the article whose own places (those only its lead names) it names,
and photo captions printed after the page's last article (short sentences opening with a place) go to the article
whose place they name.
"""

from __future__ import annotations

import re
from collections import Counter

from builder.ingest.article import Article, Photo
from builder.ingest.pagelines import TEXT, Unit
from builder.ingest.textrules import cjk_count, ends_sentence
from builder.ingest.titles import find_place, place_keys

_FUTURE = re.compile(r"将|要|继续|下一步")


def paragraph_owner(block: Unit, current: Article, articles: list[Article]) -> Article:
    """The article a paragraph belongs to: the current one, unless it names only another article's places.
    Only the articles near the current one are asked (an interleaving layout mixes neighbours): on a page of
    thousands of articles, every paragraph read against every article's lead was quadratic."""
    at = next((i for i in range(len(articles) - 1, -1, -1) if articles[i] is current), len(articles) - 1)
    articles = articles[max(0, at - _NEAR_ARTICLES) : at + _NEAR_ARTICLES + 1]
    keys = _unique_keys(articles)
    mentioned = {k for a in articles for k in keys[id(a)] if k in block.text}
    if not mentioned or mentioned & keys[id(current)]:
        return current
    candidates = [a for a in articles if a is not current and keys[id(a)] & mentioned]
    return candidates[0] if len(candidates) == 1 else current


_NEAR_ARTICLES = 8  # either side of the current article: more than a page prints


def _unique_keys(articles: list[Article]) -> dict[int, set[str]]:
    """For each article, the place stems that only its lead names (its own places, not the page's)."""
    own = {id(a): place_keys(" ".join(b.text for b in a.blocks[:2])) for a in articles}
    counts = Counter(k for keys in own.values() for k in keys)
    return {key: {k for k in keys if counts[k] == 1} for key, keys in own.items()}


def move_trailing_captions(articles: list[Article]) -> None:
    """Photo captions printed after the last article: short sentences naming a place, after a gap or a
    photo credit, or naming another article's place. Each goes to the article whose place it names."""
    if not articles:
        return
    last = articles[-1]
    keys = _unique_keys(articles)
    while len(last.blocks) > 1:
        block = last.blocks[-1]
        if block.kind != TEXT or not ends_sentence(block.text):
            break
        single = (
            cjk_count(block.text) <= 60 and block.text.count("。") <= 1 and not _FUTURE.search(block.text)
        )
        after_gap = block.blanks_before >= 2
        owner = next(
            (a for a in articles if a is not last and any(k in block.text for k in keys[id(a)])), None
        )
        place = find_place(block.text[:20])
        if not (single and (after_gap or owner is not None) and place and place.start() == 0):
            break
        last.blocks.pop()
        (owner or last).captions.insert(0, Photo(block.text))
