"""All the terms of a theme vocabulary in one Aho–Corasick automaton (moved out of `themes`): leftmost-longest,
non-overlapping counts of each term, the automaton built once per vocabulary (matcher_for, vocabulary_key); a term
whose 社 opens the 社区 of a community's name (新合作社区) is not counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import ahocorasick

from builder.content.loader import Label
from builder.extract.theme_rules import Rule, parse_rules


class _Matcher:
    """All terms of a vocabulary in one Aho–Corasick automaton, with the rules behind each term."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.by_term: dict[str, list[Rule]] = {}
        for rule in rules:
            self.by_term.setdefault(rule.term, []).append(rule)
        self.automaton: Any = None
        if self.by_term:
            automaton = ahocorasick.Automaton()
            for term in sorted(self.by_term):
                automaton.add_word(term, term)
            automaton.make_automaton()
            self.automaton = automaton

    def count(self, text: str) -> Counter[str]:
        """Leftmost-longest, non-overlapping occurrences of each term."""
        found: Counter[str] = Counter()
        if self.automaton is None or not text:
            return found
        for end, term in self.automaton.iter_long(text):
            if not _in_community_name(term, text, end):
                found[term] += 1
        return found


# 区 opening a word of its own after a term's 社: the cooperative's area, county, location (合作社区域, 合作社区县联社,
# 合作社区位优势), its district-level or cross-district work (合作社区级, 合作社区间), no community's 社区
_WORD_OPENED_BY_QU = set("域县位级间划块")


def _in_community_name(term: str, text: str, end: int) -> bool:
    """A term whose last character opens the 社区 of a community's name (合作社 in 新合作社区: the community
    新合作, no cooperative); in 合作社区域, 合作社区县联社, 合作社区位优势 the 区 opens a word of its own."""
    return (
        term.endswith("社")
        and text[end + 1 : end + 2] == "区"
        and text[end + 2 : end + 3] not in _WORD_OPENED_BY_QU
    )


def vocabulary_key(vocabulary: Mapping[str, Label]) -> tuple:
    """The rules of a vocabulary as a hashable key; computed once per vocabulary object (an ingest scores
    every article against the same one), recomputed when any entry or its `terms` is another object."""
    identity = tuple((slug, id(label), id(label.extra.get("terms"))) for slug, label in vocabulary.items())
    memo = _KEY_MEMO.get("last")
    if memo is not None and memo[0] is vocabulary and memo[1] == identity:
        return memo[2]
    key = tuple(
        (rule.slug, rule.term, rule.weight, tuple(sorted(rule.where)))
        for slug in sorted(vocabulary)
        for rule in parse_rules(vocabulary[slug])
    )
    _KEY_MEMO["last"] = (vocabulary, identity, key)  # holds the objects, so their ids stay theirs
    return key


_KEY_MEMO: dict[str, tuple[Mapping[str, Label], tuple, tuple]] = {}


@lru_cache(maxsize=8)
def matcher_for(key: tuple) -> _Matcher:
    return _Matcher([Rule(slug, term, weight, frozenset(where)) for slug, term, weight, where in key])
