"""The cross-links' candidate pairs after an edit, from those of the last computation (issue 16: a title or a
theme list edited at N=10 000 made every row's similarities again, ~60 % of the cross-links' CPU).

`crosslinks._candidates` finds, for every row (an initiative, rows sorted by slug), the pairs worth scoring:
the row's text similarity with every other row (the TF-IDF rows of `Features.text`) plus the bonus of
shared uncommon practices and themes, cut to the CANDIDATES_PER_ROW best. A row's pairs are made of that
row's similarities alone, and a similarity is a product of two rows. So a row's pairs can change only when
its own TF-IDF row or bonus profile (its uncommon practices and themes) changed, or when it shares a term or
an uncommon name with a row whose TF-IDF row or profile changed, before or after the edit (`moved_rows`).
The pairs of every other row are the last computation's, bit for bit: taken from the LinkState it left;
those of the moved rows are made again (`_candidates(f, only=…)`). Everything after the candidates (the
scores, the choice, the reasons) is computed whole, as before, so the links are the same.

A title edit changes the TF-IDF row of its initiative, and of the initiatives holding a term whose document
frequency it changes (a rare term: a few); a theme list its profile only when the theme is uncommon. When
the slugs are not the last ones (a file added or removed), or more than half the rows moved, the pairs are
made whole (None).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from builder.model import Initiative, Source
from builder.render import sparserows
from builder.render.linkscore import Features, TermCountRows
from builder.render.sparserows import Rows

Profile = tuple[tuple[str, ...], tuple[str, ...]]  # a row's uncommon practices (normalized) and themes
Candidates = tuple[np.ndarray, np.ndarray, np.ndarray]  # rows, columns, text similarity
_NO_SOURCE = Source("", 0)


@dataclasses.dataclass(frozen=True)
class LinkState:
    """What one computation of the cross-links leaves for the next: the rows' slugs, the TF-IDF matrix with
    its columns' terms, each row's bonus profile, and the candidate pairs (`_candidates`); and, so that the
    links after a title or body edit are made from it alone (builder.render.linknarrow), each row's term
    counts and the rows themselves, the initiatives cut to what the links read but their text
    (`link_row`)."""

    slugs: tuple[str, ...]
    terms: tuple[str, ...]
    text: Rows
    profiles: tuple[Profile, ...]
    rows: np.ndarray
    cols: np.ndarray
    similarity: np.ndarray
    counts: TermCountRows
    items: tuple[Initiative, ...]
    text_keys: tuple[str, ...] = ()  # each row's linkscore.document_text's SHA-256 (linkstore.text_keys)
    inputs: str = (
        ""  # the digest of the links it was made with (linkstore.link_inputs), when the build keeps it
    )
    setting: str = ""  # the digest of the word lists and top_k (link_inputs of no initiative)


def link_row(item: Initiative) -> Initiative:
    """`item` with only what the cross-links read of it but its title and body (linkstore._item_inputs):
    slug, parent, level, region, themes, practices, the editors' `related`; the rest emptied."""
    return Initiative(
        title="",
        slug=item.slug,
        source=_NO_SOURCE,
        body="",
        parent=item.parent,
        region=item.region,
        level=item.level,
        themes=item.themes,
        practices=item.practices,
        related=item.related,
    )


def bonus_profiles(items: Sequence[Initiative], f: Features) -> list[Profile]:
    """Each row's practices and themes that count for the bonus (those of at most `f.cap` rows:
    linkscore.without_common_columns), sorted."""
    practices = [tuple(sorted({p for p in names if p})) for names in f.practice_names]
    themes = [tuple(sorted(set(item.themes))) for item in items]
    common = [_common(practices, f.cap), _common(themes, f.cap)]
    return [
        (tuple(p for p in ps if p not in common[0]), tuple(t for t in ts if t not in common[1]))
        for ps, ts in zip(practices, themes, strict=True)
    ]


def _common(rows: list[tuple[str, ...]], cap: int) -> set[str]:
    return {name for name, count in Counter(name for row in rows for name in row).items() if count > cap}


def link_state(
    items: Sequence[Initiative],
    f: Features,
    found: Candidates,
    profiles: Sequence[Profile],
    keys: Sequence[str] | None = None,
    cut: bool = False,
) -> LinkState:
    """The state a computation over `items` (sorted by slug) with features `f`, their `bonus_profiles` and
    candidates `found` leaves; `keys`: the SHA-256 of each row's text (default `f.text_keys`); `cut`: the
    items are the rows already (`link_row`'s: a last state's, made from it alone by linknarrow; cutting
    10 000 again took 0.15 s)."""
    rows, cols, similarity = found
    return LinkState(
        tuple(item.slug for item in items),
        tuple(f.terms),
        f.text,
        tuple(profiles),
        rows.astype(np.int32),
        cols.astype(np.int32),
        similarity,
        f.counts,
        tuple(items) if cut else tuple(map(link_row, items)),
        tuple(f.text_keys if keys is None else keys),
    )


def _changed_text(last: LinkState, f: Features) -> tuple[np.ndarray, np.ndarray]:
    """The rows whose TF-IDF row is not the last one (its terms or weights), and the columns of `f.text`
    of the terms those rows held before or hold now."""
    old, new = last.text, f.text
    column = {term: k for k, term in enumerate(f.terms)}
    mapped = np.fromiter((column.get(term, -1) for term in last.terms), dtype=np.int64, count=len(last.terms))
    old_lengths, new_lengths = np.diff(old.indptr), np.diff(new.indptr)
    alike = np.flatnonzero(old_lengths == new_lengths)
    a, b = sparserows.take(old, alike), sparserows.take(new, alike)
    differs = (mapped[a.indices] != b.indices) | (a.data != b.data)
    owner = np.repeat(np.arange(alike.size, dtype=np.int64), np.diff(a.indptr))
    changed = np.zeros(old_lengths.size, dtype=bool)
    changed[old_lengths != new_lengths] = True
    changed[alike[owner[differs]]] = True
    rows = np.flatnonzero(changed)
    held = sparserows.take(old, rows).indices
    columns = np.union1d(mapped[held][mapped[held] >= 0], sparserows.take(new, rows).indices)
    return rows, columns


def moved_rows(last: LinkState, f: Features, profiles: Sequence[Profile]) -> np.ndarray:
    """The rows whose candidate pairs may differ from the last computation's (the module's docstring),
    ascending."""
    rows, columns = _changed_text(last, f)
    moved = np.zeros(len(profiles), dtype=bool)
    moved[rows] = True
    if columns.size:  # the rows sharing a term with a changed row (those not changed hold the same terms)
        sharing = np.isin(f.text.indices, columns)
        owner = np.repeat(np.arange(len(profiles), dtype=np.int64), np.diff(f.text.indptr))
        moved[owner[sharing]] = True
    names: set[tuple[int, str]] = set()
    for row, (before, now) in enumerate(zip(last.profiles, profiles, strict=True)):
        if before != now:
            moved[row] = True
            for profile in (before, now):
                names.update((kind, name) for kind, held in enumerate(profile) for name in held)
    if names:  # the rows sharing an uncommon practice or theme with a changed profile
        for row, profile in enumerate(profiles):
            if any((kind, name) in names for kind, held in enumerate(profile) for name in held):
                moved[row] = True
    return np.flatnonzero(moved)


def patched_candidates(
    items: Sequence[Initiative],
    f: Features,
    last: LinkState,
    candidates_of: Callable[[Features, np.ndarray], Candidates],
    profiles: Sequence[Profile],
) -> Candidates | None:
    """The candidate pairs of `items` (sorted by slug) with features `f` and `bonus_profiles`: the last
    computation's (`last`) for the rows no edit moved, `candidates_of(f, rows)` (crosslinks._candidates) for
    the moved ones; None when the slugs are not the last ones or more than half the rows moved (then made
    whole)."""
    if last.slugs != tuple(item.slug for item in items):
        return None
    moved = moved_rows(last, f, profiles)
    if moved.size * 2 > len(items):
        return None
    return kept_and_moved(last, f, moved, candidates_of)


def kept_and_moved(
    last: LinkState,
    f: Features,
    moved: np.ndarray,
    candidates_of: Callable[[Features, np.ndarray], Candidates],
) -> Candidates:
    """The candidate pairs of the rows of `last`: the kept ones of the rows not in `moved` (`moved_rows`),
    `candidates_of(f, moved)` for the others."""
    kept = np.ones(len(last.slugs), dtype=bool)
    kept[moved] = False
    keep = kept[last.rows]
    rows, cols, similarity = candidates_of(f, moved)
    return (
        np.concatenate([last.rows[keep].astype(np.int64), rows]),
        np.concatenate([last.cols[keep].astype(np.int64), cols]),
        np.concatenate([last.similarity[keep], similarity]),
    )
