"""A list of cases printed under a lead (典型案例, 经验做法): numbered headlines, each over a body of its own.

heldout6 k04: `贵州发布党建引领基层治理典型案例` / `本报讯（记者 杨柳）` / a lead ending `现选登其中三例。`, then
`一、六盘水市钟山区：“院坝协商会”让群众事群众商量` / its body, `二、毕节市七星关区：…` / its body, `三、…`. Each case
is an article of its own (its headline opens its body); the list's number (`一、`, `（二）`, `3.`) is no part of
its headline, and the cases are parts of the lead they follow (its `parent`), as the numbered parts of an
overview are. Only a run of two or more numbered headlines counting up from one, each titling the article
that follows the one before, is such a list; numbered section heads inside one article (`一、议事会开到楼道口`)
are headings, not headlines, and never come here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.extract.numbers import chinese_to_number
from builder.text.numerals import NUMBERS_TO_TEN

if TYPE_CHECKING:
    from builder.ingest.article import Article

# `一、`, `（二）`, `(3)`, `4.`, `5、`: a list's number before a headline.
_LIST_NUMBER = re.compile(
    rf"^(?:([{NUMBERS_TO_TEN}]{{1,3}})、|[（(]([{NUMBERS_TO_TEN}]{{1,3}}|\d{{1,2}})[）)]|(\d{{1,2}})[.．、])\s*"
)
_MIN_CASES = 2


def list_number(title: str) -> tuple[int, int] | None:
    """(the number, where the headline after it starts) of a numbered headline; None for any other."""
    match = _LIST_NUMBER.match(title)
    if not match or match.end() >= len(title):
        return None
    numeral = next(group for group in match.groups() if group)
    value = int(numeral) if numeral.isdigit() else (chinese_to_number(numeral) or (0, False))[0]
    return (value, match.end()) if value else None


def number_cases(articles: list[Article]) -> None:
    """Each run of numbered, printed headlines counting up from one over consecutive articles: the numbers
    dropped from the titles, and the articles made parts of the article right before the run (the lead),
    unless that one is a part or a numbered case itself."""
    index = 0
    while index < len(articles):
        run = _run_from(articles, index)
        if len(run) < _MIN_CASES:
            index += 1
            continue
        lead = articles[index - 1] if index > 0 else None
        for article in run:
            article.title = article.title[list_number(article.title)[1] :]  # type: ignore[index]
            if lead is not None and lead.parent is None and article.parent is None:
                article.parent = index - 1
                lead.is_overview = True
        index += len(run)


def _run_from(articles: list[Article], start: int) -> list[Article]:
    """The articles from `start` whose printed titles are numbered 1, 2, 3 … in turn."""
    run: list[Article] = []
    for index in range(start, len(articles)):  # (no slice: a page of thousands of articles stays linear)
        article = articles[index]
        numbered = None if article.title_generated or not article.title else list_number(article.title)
        if numbered is None or numbered[0] != len(run) + 1:
            break
        run.append(article)
    return run
