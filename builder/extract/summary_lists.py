"""A numbered list in an article's body, as a summary reads it.

- An item's number (`一、`, `（三）`, `3.`, `3、`) at a sentence's start is no part of what the sentence says: a
  summary never prints it (`without_list_number`; `3.5万…`, a figure, is no number of an item).
- A list of cases (a report of typical problems, `…对5起…典型问题进行通报。` then `一、某市某街道…。目前，…` …): each
  item is one case and what was done about it, no gist of the article listing them; the lead announcing them is
  (`items_of_cases`: the body's paragraphs opening with a list number, at least `MIN_ITEMS`, after a paragraph
  announcing cases, `_ANNOUNCES_CASES`).
"""

from __future__ import annotations

import re

from builder.text.numerals import LIST_NUMBER

MIN_ITEMS = 3

# a paragraph announcing a list of cases (对5起…典型问题进行通报, 公开曝光3起…案例, 发布一批典型案例)
_CASE = r"(?:典型问题|典型案例|问题线索|案例|反面典型)"
_MADE_PUBLIC = r"(?:通报|曝光|公布|发布|公开)"
_ANNOUNCES_CASES = re.compile(rf"{_MADE_PUBLIC}[^。]{{0,40}}?{_CASE}|{_CASE}[^。]{{0,12}}?{_MADE_PUBLIC}")


def without_list_number(text: str) -> str:
    """`text` without the number of a list's item it opens with (`五、南平市…` -> `南平市…`)."""
    return LIST_NUMBER.sub("", text, count=1)


def announces_cases(sentence: str) -> bool:
    """The sentence makes cases public (`…对5起…典型问题进行通报`): the deed of an article listing them."""
    return bool(_ANNOUNCES_CASES.search(sentence))


def items_of_cases(paragraphs: list[str]) -> set[int]:
    """The indices of the paragraphs that are the items of a numbered list of cases (empty if the body is none)."""
    items = [i for i, p in enumerate(paragraphs) if LIST_NUMBER.match(p)]
    if len(items) < MIN_ITEMS or not any(announces_cases(p) for p in paragraphs[: items[0]]):
        return set()
    return set(items)
