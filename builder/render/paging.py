"""Long lists cut into pages, so that no page grows with the corpus.

A list page (a theme's comparison table, a level's or a region's initiatives, a practice's uses, an
indicator's rows, the list of all initiatives, the glossary) shows at most a page's worth of items; the rest
go to `<url>page/2/`, `<url>page/3/` … (`urls.paged`), every page linked from every other (`Pager`, the
_pager.html nav) and each one in the sitemap (it lists every page written). Groups that a reader compares
side by side (a province's rows) stay on one page: a page is filled with whole groups, and only a group
larger than a page is continued on the next one.

A page's render job carries its number in the key (`page_key`): ("theme", "grid-governance@2").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from builder.render import urls

T = TypeVar("T")
_MARK = "@"


@dataclass(frozen=True)
class Pager:
    """Page `number` (1-based) of a list whose pages are at `urls` (site-relative, the first the list's own)."""

    number: int
    urls: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.urls)

    @property
    def previous(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None


def pager(url: str, number: int, count: int) -> Pager:
    """Page `number` of the `count` pages of the list at `url`."""
    if not 1 <= number <= max(1, count):
        raise ValueError(f"{url}: no page {number} of {count}")
    return Pager(number, tuple(urls.paged(url, n) for n in range(1, max(1, count) + 1)))


def page_key(key: str, number: int) -> str:
    """The job key of page `number` of the list of `key`."""
    return key if number == 1 else f"{key}{_MARK}{number}"


def split_key(key: str) -> tuple[str, int]:
    """(key, page number) of a job key made by `page_key`."""
    base, mark, number = key.rpartition(_MARK)
    return (base, int(number)) if mark and number.isdigit() else (key, 1)


def pages(items: Sequence[T], limit: int) -> list[list[T]]:
    """A flat list cut into pages of at most `limit` items (one empty page for an empty list)."""
    return [list(items[i : i + limit]) for i in range(0, len(items), limit)] or [[]]


def group_pages(
    groups: Sequence[T], limit: int, size: Callable[[T], int], cut: Callable[[T, int, int], T]
) -> list[list[T]]:
    """Groups packed into pages of at most `limit` items, whole groups only, in order; a group of more
    than `limit` items starts a page and continues on the next ones (`cut(group, start, end)` is its part)."""
    out: list[list[T]] = [[]]
    filled = 0
    for group in groups:
        n = size(group)
        if n > limit:
            starts = range(0, n, limit)
            for start in starts:
                if out[-1]:
                    out.append([])
                out[-1].append(cut(group, start, min(n, start + limit)))
            filled = n - starts[-1]
            continue
        if filled + n > limit and out[-1]:
            out.append([])
            filled = 0
        out[-1].append(group)
        filled += n
    return out
