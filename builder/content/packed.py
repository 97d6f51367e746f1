"""The initiatives of a big one-shot build laid out field by field in memory, for the forked page workers
(issue 16: peak memory).

A forked worker shares the main process's memory until it writes a page of it, and reading a Python object
writes its reference count: each object a worker reads costs it a copy of the 4 KiB page the object lies on.
The files are parsed one after the other, so each initiative's title, slug, date, region, source and its
object and dict lie on pages of their own, among its other values; a list page reads a few fields of
hundreds of initiatives, and between them the two workers read a few fields of every one: at N=3 000 they
copied ~5 pages per initiative each (measured from /proc/<pid>/pagemap, bench/RESULTS.md, session 30).

`packed` makes each initiative again with the values of one field of every initiative next to each other
(one pickle of the field's values across the initiatives, unpickled into fresh memory), and the objects and
their dicts next to each other, so that reading the titles of a list copies the pages of the titles alone.
The values are equal (the output is the same); only the fields list pages read are packed (PACKED).

The themes of every initiative are a few slugs of the vocabulary, each parsed again in every file: every card
reads them, so a list page's worker copied the pages of each file's own slug strings and of its lists (the
themes' lists lie among the file's other lists: captions, keywords, metrics), ~50 MiB a worker at N=10 000
(bench/RESULTS.md, session 33). Packed, each slug is one string shared by every list that names it
(`SHARED_ITEMS`), and the lists lie together.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle

from builder.model import Initiative

# the fields list pages read of many initiatives (cards, rows, feeds); the others (the body, a large string
# on pages of its own; the metrics, keywords and practices, read by the initiative's own page and through
# the index's own objects) stay where they were read: packed in file order, not site order, each worker
# would read all of them instead of its own initiatives' (measured at N=3 000: +8 MiB a worker)
PACKED = (
    *("title", "slug", "source", "subtitle", "parent", "date", "region", "locality", "level", "summary"),
    "themes",
)
SHARED_ITEMS = ("themes",)  # list fields of few distinct strings: each string made once, shared by all lists
MIN_ITEMS = 1000  # fewer initiatives fork no page workers (builder.util.parallel.MIN_ITEMS pages)


def packed(items: list[Initiative]) -> list[Initiative]:
    """Equal copies of `items`, laid out field by field (see the module)."""
    names = [f.name for f in dataclasses.fields(Initiative) if f.name in PACKED]
    columns = [pickle.loads(pickle.dumps(_column(items, name), pickle.HIGHEST_PROTOCOL)) for name in names]
    made = [copy.copy(item) for item in items]
    for name, values in zip(names, columns, strict=True):
        for item, value in zip(made, values, strict=True):
            item.__dict__[name] = value
    return made


def _column(items: list[Initiative], name: str) -> list:
    """The values of the field `name` of every item; in SHARED_ITEMS, each list's equal strings one object
    (pickle then writes each string once, and each list refers to it)."""
    values = [getattr(item, name) for item in items]
    if name not in SHARED_ITEMS:
        return values
    one: dict[str, str] = {}
    return [
        [one.setdefault(text, text) if type(text) is str else text for text in value]
        if type(value) is list
        else value
        for value in values
    ]
