"""Which of a headline's quotes are practices, given the body (`practices.py` asks `headline_kept`).

A headline's name that the body prints only in full, with a name's ending (推进“小院议事” in the subtitle, 建成
“小院议事厅”58个 in the body), is the same practice, named once, in full. A headline's quote whose numeral opens an
ordinary word (风雪中“双向奔赴”; one thing of a kind, 织密党建“一张网”) or holding an adverb or particle (心结“一站就解”: a predicate), never printed in the
body, is its slogan. A headline's quote the body never prints, ending like a name the body does print in quotes
(headline 为快递小哥建起“歇脚驿站”, body 建起“小哥驿站”5个), is the headline's paraphrase of that name: the body's
name is the practice, not the headline's word. So is a headline's name the body prints only as the end of a
longer one (headline “红色驿站”, body “奔跑者红色驿站” each time): the body's full name.
"""

from __future__ import annotations

import re

from builder.extract import practice_signs as signs
from builder.extract.practice_around import AROUND
from builder.extract.practice_vocab import name_key

# A numeral opening an ordinary word (双向奔赴, 一起向未来, 万家灯火): no count, no policy name's shape.
# One thing of a kind, a likeness of unity (织密党建“一张网”, 下好“一盘棋”, 拧成“一股绳”): no policy name's shape either.
_WORD_NUMERAL = re.compile(
    "^(?:双向|双方|双赢|一起|一路|一直|一心|一同|一道|一线|万家|千家|百姓)|^一[张盘条股根片颗][\u4e00-\u9fff]$"
)


def headline_kept(name: str, body: str, body_names: list[str]) -> bool:
    """Whether the headline's practice `name` stays, the body's own practices being `body_names`."""
    return not (
        _shortened(name, body_names)
        or _short_of_full(name, body, body_names)
        or _slogan(name, body)
        or _paraphrase(name, body, body_names)
    )


def _short_of_full(name: str, body: str, body_names: list[str]) -> bool:
    """A headline's name the body prints only as the end of a longer name of its own (headline “红色驿站”, body
    “奔跑者红色驿站” each time): the same practice, named in full."""
    if len(name) < 3 or name in body_names:
        return False
    plain = name_key(signs.QUOTE_MARKS.sub("", body))
    key = name_key(name)
    return any(
        full != name and name_key(full).endswith(key) and plain.count(key) == plain.count(name_key(full)) > 0
        for full in body_names
    )


def _printed(name: str, body: str) -> bool:
    return name_key(name) in name_key(signs.QUOTE_MARKS.sub("", body))


def _slogan(name: str, body: str) -> bool:
    """A headline's quote whose numeral opens an ordinary word (双向, 一起: no count of things, so no policy
    name's shape), or a predicate (一站就解), with no name's ending, that the body never prints."""
    predicate = bool(AROUND["slogan_particle"].search(name)) and "+" not in name
    if not (_WORD_NUMERAL.match(name) or predicate) or signs.ENDS_LIKE_NAME.search(name):
        return False
    return not _printed(name, body)


def _shortened(name: str, body_names: list[str]) -> bool:
    """A headline's name that the body prints only in full, with a name's ending: the same practice."""
    if name in body_names:
        return False
    return any(
        full.startswith(name) and bool(AROUND["name_tail"].match(full[len(name) :])) for full in body_names
    )


def _paraphrase(name: str, body: str, body_names: list[str]) -> bool:
    """A headline's word never printed in the body, with the two-character ending of a name the body prints
    (歇脚驿站 / 小哥驿站): the headline's way of saying the body's name."""
    if len(name) < 4 or _printed(name, body):
        return False
    return any(other != name and len(other) >= 4 and other[-2:] == name[-2:] for other in body_names)
