"""A page that only shares its file name with a page ingested before: never taken for that page.

content/ files know the page they came from by its file name and the article's place on it (`source.file`,
`source.part`). A second batch of pages from another folder can reuse names (`p01.txt`); its articles would then
silently take the place, the slugs and the fields of the first batch's. A page is the page ingested before when
the articles content/ holds from that name are printed among the articles read from it: most of their CJK
bigrams (`builder.ingest.titles.bigrams`) are on the page, as they are after a re-extraction, a better
segmentation or an editor's corrections. When none of them is (`SHARED_AT_LEAST`), the page is another one, and
ingest refuses it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from builder.ingest.titles import bigrams

SHARED_AT_LEAST = 0.5  # share of an earlier article's bigrams printed on the page for it to be that page's


def printed_share(article_text: str, page_bigrams: set[str]) -> float:
    """The share of the article's character pairs that the page prints (1.0 for an article with none)."""
    pairs = bigrams(article_text)
    return len(pairs & page_bigrams) / len(pairs) if pairs else 1.0


def other_pages_of_the_same_name(
    pages: Mapping[str, str], earlier: Iterable[tuple[str, Path, str]]
) -> dict[str, list[Path]]:
    """Page file name -> the content/ files made from an earlier page of that name that this page does not print.

    `pages`: file name -> the page's text; `earlier`: (source file name, content path, title + body) of each
    file content/ holds. A name is listed when content/ holds files from it and none of them is printed here."""
    by_name: dict[str, list[tuple[Path, str]]] = {}
    for name, path, text in earlier:
        if name in pages:
            by_name.setdefault(name, []).append((path, text))
    others: dict[str, list[Path]] = {}
    for name, files in sorted(by_name.items()):
        page = bigrams(pages[name])
        if all(printed_share(text, page) < SHARED_AT_LEAST for _path, text in files):
            others[name] = sorted(path for path, _text in files)
    return others
