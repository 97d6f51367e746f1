"""The reason of a cross-link: what the two initiatives share, and where they stand to each other.

- themes and named practices they share (in the first initiative's order);
- up to `REASON_KEYWORDS` shared terms, ranked by what they add to the text similarity times their rarity
  (idf once more, so that 网格 in every other article yields to 楼栋长), never a word of the editable stoplist
  `reason-stopwords.txt` (过程, 联系, 主体 …: words that are content terms but say nothing as a reason);
- `scope`: 同县 or 同市 when the two are neighbours in one county or city (shown in the reason, so that
  a neighbour is never passed off as a region elsewhere), else "".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from builder.content.loader import read_data_words
from builder.model import Initiative, Region
from builder.render import sparserows
from builder.render.sparserows import Rows

REASON_KEYWORDS = 3
REASON_STOPWORDS_FILE = "reason-stopwords.txt"
SAME_COUNTY = "同县"
SAME_CITY = "同市"


@dataclass(frozen=True)
class Reason:
    """Why two initiatives are linked: what they share, and 同县/同市 for neighbours."""

    themes: tuple[str, ...] = ()
    practices: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    scope: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "themes": list(self.themes),
            "practices": list(self.practices),
            "keywords": list(self.keywords),
            "scope": self.scope,
        }


@dataclass(frozen=True)
class Link:
    """One cross-link to the initiative `slug`."""

    slug: str
    score: float
    reason: Reason
    pinned: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The digest.json form (docs/architecture.md)."""
        return {"slug": self.slug, "score": self.score, "reason": self.reason.to_dict()}


def load_reason_stopwords(data_dir: Path | None) -> frozenset[str]:
    """The stoplist: the default of builder/data/ with `data_dir`'s own file laid over it."""
    return frozenset(read_data_words(data_dir, REASON_STOPWORDS_FILE))


def scope(a: Region, b: Region) -> str:
    """同县 / 同市 when both lie in one county / one city, else ""."""
    if not a.province or a.province != b.province or not a.city or a.city != b.city:
        return ""
    return SAME_COUNTY if a.county and a.county == b.county else SAME_CITY


def shared_keywords(
    text: Rows,
    terms: Sequence[str],
    pairs: Sequence[tuple[int, int]],
    stopwords: frozenset[str],
) -> list[tuple[str, ...]]:
    """For every (row, column) pair, the REASON_KEYWORDS shared terms adding most to the text similarity,
    weighted by their rarity, without stoplist words; ties by the term's text (= column order)."""
    if not pairs:
        return []
    rows = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    cols = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    df = np.bincount(text.indices, minlength=text.shape[1]).astype(np.float64)
    rarity = np.log((1 + text.shape[0]) / (1 + df)) + 1.0
    allowed = np.array([t not in stopwords for t in terms], dtype=bool)
    pair, term, value = sparserows.products(text, rows, cols)
    weight = np.round(value * rarity[term], 12)
    keep = allowed[term] if allowed.size else np.zeros(0, dtype=bool)
    pair, term, weight = pair[keep], term[keep], weight[keep]
    order = np.lexsort((term, -weight, pair))
    pair, term = pair[order], term[order]
    starts = np.searchsorted(pair, np.arange(len(pairs) + 1))
    rank = np.arange(pair.size) - starts[pair]
    out: list[list[str]] = [[] for _ in pairs]
    for p, t in zip(
        pair[rank < REASON_KEYWORDS].tolist(), term[rank < REASON_KEYWORDS].tolist(), strict=True
    ):
        out[p].append(terms[t])
    return [tuple(words) for words in out]


def reasoned_links(
    items: Sequence[Initiative],
    chosen: Sequence[tuple[int, int, float, bool]],
    text: tuple[Rows, Sequence[str]],
    practice_names: Sequence[tuple[str, ...]],
    stopwords: frozenset[str],
) -> dict[str, list[Link]]:
    """Each chosen (row, column, score, pinned) as a Link with its reason; `text` is the TF-IDF matrix and
    its terms, `practice_names` the normalized practices of every row."""
    keywords = shared_keywords(text[0], text[1], [(c[0], c[1]) for c in chosen], stopwords)
    result: dict[str, list[Link]] = {item.slug: [] for item in items}
    for (row, col, value, pinned), words in zip(chosen, keywords, strict=True):
        a, b = items[row], items[col]
        b_themes = set(b.themes)
        b_practices = set(practice_names[col])
        shared = (p for p, norm in zip(a.practices, practice_names[row], strict=True) if norm in b_practices)
        reason = Reason(
            tuple(dict.fromkeys(t for t in a.themes if t in b_themes)),
            tuple(dict.fromkeys(shared)),
            words,
            scope(a.region, b.region),
        )
        result[a.slug].append(Link(b.slug, value, reason, pinned))
    return result
