"""Where the noun a number counts ends at its head (metric_phrases.label_after asks; moved out of it): the head
nouns (HEAD, HEAD_END: words.HEADS), a unit word that modifies the noun after it and ends none (村级, the second
村 of 村村集体: modifies_next), a verb's first character left before a one-character stop (入社村民拿|到:
verb_head_off) and the deed closing the clause after the counted (11个乡镇示范带动: deed_off)."""

from __future__ import annotations

import re

from builder.extract import metric_words as words
from builder.text.patterns import alternation

__all__ = ["HEAD", "HEAD_END", "OWN_NOUN", "deed_off", "modifies_next", "verb_head_off"]

_HEADS = alternation(words.HEADS)
HEAD = re.compile(_HEADS)
HEAD_END = re.compile(f"(?:{_HEADS})$")

# A unit word modifying the noun after it ends no counted noun: a level (进入村级班子: 村级), or the unit's own body
# after the unit counted (10个村村集体合资: the villages, then their 村集体).
_LEVEL_WORD = re.compile("级")
OWN_NOUN = re.compile(r"(.)\1(?:级|集体)")


def modifies_next(label: str, end: int) -> bool:
    """Does the head noun ending at `end` modify the noun after it (村级, the second 村 of 村村集体)?"""
    return bool(_LEVEL_WORD.match(label, end)) or (end >= 2 and bool(OWN_NOUN.match(label, end - 2)))


# (小区党组织: 组织 after 党 is a noun's end, never the verb)
_VERB_END = re.compile("(?<!党)(?:" + alternation(words.VERBS) + ")$")


def verb_head_off(label: str) -> str:
    """`入社村民拿` (cut at the one-character stop 到 of 拿到) -> 入社村民: a label ending in no head noun, one
    character short of ending in one, holds the first character of the verb the stop completes."""
    if len(label) > 3 and not HEAD_END.search(label) and HEAD_END.search(label[:-1]):
        return label[:-1]
    return label


def deed_off(label: str) -> str:
    """`乡镇示范带动` -> 乡镇: a noun running to the clause's end into a verb (maybe after a word of how, 示范) is
    the counted and their deed; the counted end at the head noun before it."""
    verb = _VERB_END.search(label)
    if verb is None:
        return label
    heads = [m.end() for m in HEAD.finditer(label, 0, verb.start())]
    if heads and heads[-1] >= 2 and verb.start() - heads[-1] <= 2:
        return label[: heads[-1]]
    return label
