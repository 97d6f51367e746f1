"""The matching rules of a theme vocabulary (`themes.yaml`; moved out of `themes`): its terms with their weights and
the sections they count in (Rule), its kinds of sentence (SentenceRule: one word of every group in one sentence),
and the problems `digest check` reports in them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from builder.content.loader import Label
from builder.text.countwords import MEMBER_UNITS
from builder.text.numerals import COUNT_NUMERALS

SECTIONS: tuple[str, ...] = ("title", "headings", "body")


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
        if (
            places
        ):  # weight 0: a word holding a term that means something else (协调解决 holds 调解), read as 0
            rules.append(Rule(label.slug, term, value, places))
    return rules


def rule_problems(vocabulary: Mapping[str, Label]) -> list[str]:
    """Human-readable problems in the matching rules (for `digest check`): bad weights, unknown sections."""
    problems: list[str] = []
    for slug, label in vocabulary.items():
        problems.extend(_extra_rule_problems(slug, label))
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


COUNT_GROUP = "<数>"
# A count with its measure word (200多名, 12支, 三个, 1.2万名, 4.7万人次): a group's members or the times and cases
# the work counts (人次, 件, 场). Any count, one too, with its decimals and 万: what a sentence counts tells a result;
# the numbers parser's count of a group (numbers._GROUP_COUNT: members alone, never one) asks which group a share is of.
COUNT = re.compile(
    rf"(?:\d+(?:\.\d+)?|[{COUNT_NUMERALS}]+)[万亿]?[多余]?(?:人次|户次|[{MEMBER_UNITS}]|件|起|处|场|次)"
)


@dataclass(frozen=True)
class SentenceRule:
    """A kind of sentence that speaks of a theme: one word of every group in the same sentence."""

    slug: str
    groups: tuple[tuple[str, ...], ...]
    weight: float
    where: frozenset[str] = frozenset(SECTIONS)  # the sections it counts in (a headline's slogan: not body)

    def matches(self, sentence: str) -> bool:
        return all(any(_word_in(word, sentence) for word in group) for group in self.groups)


def _word_in(word: str, sentence: str) -> bool:
    """`word` in `sentence`: `<数>` a count anywhere; `党支部<数>` the words with a count right after them
    (建立党支部48个: the branches counted, not 建立党支部或党小组486个); `<数>巷长` the words with a count right
    before them (每条街巷明确1名街巷长: the heads counted, not 在137个小区选聘党员、楼栋长: the places)."""
    if word == COUNT_GROUP:
        return COUNT.search(sentence) is not None
    if word.endswith(COUNT_GROUP):
        words = word[: -len(COUNT_GROUP)]
        return words in sentence and _counted(words, after=True).search(sentence) is not None
    if word.startswith(COUNT_GROUP):
        words = word[len(COUNT_GROUP) :]
        return words in sentence and _counted(words, after=False).search(sentence) is not None
    return word in sentence


@lru_cache(maxsize=256)
def _counted(words: str, after: bool) -> re.Pattern[str]:
    """`words` with a count right after them (after) or right before them."""
    return re.compile(re.escape(words) + COUNT.pattern if after else COUNT.pattern + re.escape(words))


def parse_sentence_rules(label: Label) -> list[SentenceRule]:
    """The `sentences:` rules of one vocabulary entry ({all: [[word, …], …], weight: N, where: [body]}; bad
    ones skipped)."""
    rules: list[SentenceRule] = []
    entries = label.extra.get("sentences") or []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("all"), list):
            continue
        groups = tuple(
            tuple(str(w) for w in group if str(w).strip())
            for group in entry["all"]
            if isinstance(group, list)
        )
        weight = entry.get("weight", 1)
        where = entry.get("where") or SECTIONS
        places = frozenset(str(w) for w in ([where] if isinstance(where, str) else where)) & frozenset(
            SECTIONS
        )
        if (
            groups
            and all(groups)
            and isinstance(weight, int | float)
            and not isinstance(weight, bool)
            and places
        ):
            rules.append(SentenceRule(label.slug, groups, float(weight), places))
    return rules


def _extra_rule_problems(slug: str, label: Label) -> list[str]:
    """Problems of the `practices:`, `roles:`, `venues:` and `sentences:` rules of one theme."""
    problems: list[str] = []
    practices = label.extra.get("practices")
    if practices is not None and not (
        isinstance(practices, list) and all(isinstance(p, str) for p in practices)
    ):
        problems.append(f"theme {slug}: 'practices' must be a list of practice names, e.g. [双报到]")
    for key, example in (("roles", "offices, e.g. [网格员]"), ("venues", "posts, e.g. [驿站]")):
        listed = label.extra.get(key)
        if listed is not None and not (isinstance(listed, list) and all(isinstance(r, str) for r in listed)):
            problems.append(f"theme {slug}: '{key}' must be a list of {example}")
    sentences = label.extra.get("sentences")
    if sentences is not None and len(parse_sentence_rules(label)) != (
        len(sentences) if isinstance(sentences, list) else -1
    ):
        problems.append(
            f"theme {slug}: every entry of 'sentences' must be {{all: [[word, …], [word, …]], weight: number}}"
        )
    return problems
