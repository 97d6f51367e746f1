"""Themes of an initiative: the 1–4 central ones, scored with the editable rules of `themes.yaml`.

Scoring (all numbers are module constants, documented in `themes.yaml` for editors):

1. Every theme has `terms`, each with a weight and optionally `where` it counts (title / headings / body).
2. Terms are found as plain substrings, leftmost-longest over the whole vocabulary at once, so 就业 inside
   新就业群体 does not count for livelihood services, and 网格 inside 网格党支部 counts only as 网格党支部.
3. Per section, a term found `c` times adds `weight × (1 + ln c)` (repeats count less and less); the title
   counts ×3, the headings ×2, the body ×1. A theme's score is the sum (never below zero).
   Figure captions (`图：…`) are not counted: the layout may have put them next to another article.
4. Kept: themes scoring at least `RELATIVE_THRESHOLD` of the top score and at least `MIN_SCORE`, at most
   `MAX_THEMES`, in order of score, ties broken by slug. If nothing reaches `MIN_SCORE`, the top theme alone
   is kept when it has any score at all, so every initiative that mentions a theme gets one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from builder.content.loader import Label
from builder.extract.summary import strip_captions

SECTIONS: tuple[str, ...] = ("title", "headings", "body")
SECTION_WEIGHTS: dict[str, float] = {"title": 3.0, "headings": 2.0, "body": 1.0}
RELATIVE_THRESHOLD = 0.25
MIN_SCORE = 10.0
MAX_THEMES = 4


@dataclass(frozen=True)
class Rule:
    """One matching rule of a theme: a term, its weight, and the sections where it counts."""

    slug: str
    term: str
    weight: float
    where: frozenset[str]


def parse_rules(label: Label) -> list[Rule]:
    """The rules of one vocabulary entry (`terms:` mapping of term → weight or {weight, where})."""
    terms = label.extra.get("terms") or {}
    rules: list[Rule] = []
    if not isinstance(terms, Mapping):
        return rules
    for term, spec in terms.items():
        term = str(term).strip()
        if not term:
            continue
        where: Iterable[str] = SECTIONS
        if isinstance(spec, Mapping):
            weight = spec.get("weight", 1)
            where = spec.get("where") or SECTIONS
            if isinstance(where, str):
                where = [where]
        else:
            weight = spec
        try:
            value = float(weight)
        except (TypeError, ValueError):
            continue
        places = frozenset(str(w) for w in where) & frozenset(SECTIONS)
        if value and places:
            rules.append(Rule(label.slug, term, value, places))
    return rules


def rule_problems(vocabulary: Mapping[str, Label]) -> list[str]:
    """Human-readable problems in the matching rules (for `digest check`): bad weights, unknown sections."""
    problems: list[str] = []
    for slug, label in vocabulary.items():
        terms = label.extra.get("terms")
        if terms is None:
            continue
        if not isinstance(terms, Mapping):
            problems.append(f"theme {slug}: 'terms' must be a mapping of term: weight")
            continue
        for term, spec in terms.items():
            weight: Any = spec.get("weight", 1) if isinstance(spec, Mapping) else spec
            if isinstance(weight, bool) or not isinstance(weight, int | float):
                problems.append(f"theme {slug}: term {term!r} has a weight that is not a number")
            if isinstance(spec, Mapping):
                where = spec.get("where") or []
                where = [where] if isinstance(where, str) else where
                unknown = [w for w in where if w not in SECTIONS]
                if unknown:
                    problems.append(
                        f"theme {slug}: term {term!r} counts in unknown place(s) {unknown}; use {list(SECTIONS)}"
                    )
    return problems


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
        for _end, term in self.automaton.iter_long(text):
            found[term] += 1
        return found


def _vocabulary_key(vocabulary: Mapping[str, Label]) -> tuple:
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
def _matcher_for(key: tuple) -> _Matcher:
    return _Matcher([Rule(slug, term, weight, frozenset(where)) for slug, term, weight, where in key])


def theme_scores(
    title: str, headings: Sequence[str], body: str, vocabulary: Mapping[str, Label]
) -> dict[str, float]:
    """The score of every theme with a positive score (see the module docstring)."""
    matcher = _matcher_for(_vocabulary_key(vocabulary))
    body = strip_captions(body or "")  # a caption may belong to another article of the page
    texts = {"title": title or "", "headings": "\n".join(h for h in headings if h), "body": body}
    scores: dict[str, float] = {}
    for section in SECTIONS:
        counts = matcher.count(texts[section])
        factor = SECTION_WEIGHTS[section]
        for term in sorted(counts):
            saturated = 1.0 + math.log(counts[term])
            for rule in matcher.by_term[term]:
                if section in rule.where:
                    scores[rule.slug] = scores.get(rule.slug, 0.0) + factor * rule.weight * saturated
    return {slug: round(score, 6) for slug, score in scores.items() if score > 0 and slug in vocabulary}


def select_themes(scores: Mapping[str, float]) -> list[str]:
    """The central themes among `scores`: relative threshold against the top, at most MAX_THEMES."""
    ranked = sorted(((s, slug) for slug, s in scores.items() if s > 0), key=lambda item: (-item[0], item[1]))
    if not ranked:
        return []
    top = ranked[0][0]
    floor = max(RELATIVE_THRESHOLD * top, MIN_SCORE)
    chosen = [slug for score, slug in ranked if score >= floor][:MAX_THEMES]
    return chosen or [ranked[0][1]]


def score_themes(title: str, headings: Sequence[str], body: str, vocabulary: dict[str, Label]) -> list[str]:
    """1–4 central theme slugs of an initiative, best first (empty only if no rule matches at all)."""
    return select_themes(theme_scores(title, headings, body, vocabulary))
