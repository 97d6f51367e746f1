"""The cross-links after a title or body edit, from what the last computation kept alone (issue 16: a title
edit at N=10 000 in ≤ 2 s; bench/RESULTS.md, sessions 34-35).

The links read of an initiative its title and body (as `linkscore.document_text`), and its slug, parent,
level, region, themes, practices and the editors' `related` (linkstore._item_inputs). When an edit changed
only the first two, linkpatch.LinkState holds everything else the links are made from: the rows (each
initiative cut to the rest: linkpatch.link_row), each row's term counts, the TF-IDF matrix, the bonus
profiles and the candidate pairs. `text_edit_links` then makes the new links without the initiatives:

1. the edited texts are counted (the tokenizer), every other row's counts are the kept ones, and the TF-IDF
   matrix is patched (builder.render.tfidfpatch: a term whose document frequency the edit changes reweights
   every row holding it, those rows alone; 0.2-0.6 -> ~0.03 s at N=10 000), or made again whole from the
   counts (linkscore.tfidf_entries) when most rows move;
2. the rows whose candidate pairs may move (linkpatch.moved_rows: a changed TF-IDF row, or a term shared
   with one) get theirs again; every other row's are the kept ones, bit for bit;
3. the links of the moved rows are scored, chosen and given their reasons (crosslinks: the same functions,
   for those rows). Every other row's links are the last ones: its pairs, the TF-IDF rows of both ends and
   the rarity of each term they share (reasons.shared_keywords: the document frequency in the TF-IDF
   matrix, which moves only for the terms of a changed row, whose holders are moved rows) are the same.

The result is the links of the moved rows (the others: the last computation's) and the new state, equal to
what `compute_related` makes of the edited initiatives (tests/render/test_linknarrow.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from builder.model import Initiative
from builder.render import crosslinks
from builder.render.linkpatch import LinkState, kept_and_moved, link_row, link_state, moved_rows
from builder.render.linkscore import Features, document_text, tfidf_entries
from builder.render.linkstore import TermIds, built_links, term_counts, text_keys
from builder.render.reasons import Link, load_reason_stopwords, reasoned_links
from builder.render.tfidfpatch import patched_tfidf
from builder.text.tokens import Tokenizer


def text_edit_links(
    last: LinkState,
    texts: Mapping[str, str],
    tk: Tokenizer,
    top_k: int,
    threshold: float | None = None,
    reason_stopwords: frozenset[str] | None = None,
) -> tuple[dict[str, list[Link]], LinkState] | None:
    """The links after the edits `texts` (slug -> the edited initiative's linkscore.document_text; nothing
    else of it the links read changed) of the initiatives whose last computation left `last`: the links of
    the rows they may move (every other row's are the last ones) and the state this computation leaves.
    None when `last` does not hold an edited slug."""
    index = {slug: k for k, slug in enumerate(last.slugs)}
    if not texts or any(slug not in index for slug in texts):
        return None
    f = Features.with_text(last.items, *_edited_text(last, {index[s]: t for s, t in texts.items()}, tk))
    n = len(last.slugs)
    moved = moved_rows(last, f, last.profiles) if n * n > crosslinks.BLOCK_CELLS else None
    if moved is not None and moved.size * 2 <= n:
        found = kept_and_moved(last, f, moved, crosslinks._candidates)
    else:  # (a small site's products are dense, and most rows moved: made whole, as compute_related does)
        moved, found = None, crosslinks._candidates(f)
    keys = list(last.text_keys)
    if keys:
        for slug, key in zip(texts, text_keys(list(texts.values())), strict=True):
            keys[index[slug]] = key
    state = link_state(last.items, f, found, last.profiles, keys, cut=True)
    rows, cols, similarity = found
    if moved is not None:
        wanted = np.isin(rows, moved)
        rows, cols, similarity = rows[wanted], cols[wanted], similarity[wanted]
    items = last.items
    limit = crosslinks.THRESHOLD if threshold is None else threshold
    pairs = crosslinks._scored_pairs(items, index, f, limit, (rows, cols, similarity))
    chosen = crosslinks._choose(items, index, f, pairs, top_k, moved)
    if reason_stopwords is None:
        reason_stopwords = load_reason_stopwords(tk.data_dir)
    links = reasoned_links(items, chosen, (f.text, f.terms), f.practice_names, reason_stopwords)
    if moved is not None:
        links = {last.slugs[row]: links[last.slugs[row]] for row in moved.tolist()}
    return links, state


def links_after_text_edits(
    initiatives: Sequence[Initiative],
    last: LinkState | None,
    setting: str,
    stored: Any,
    tk: Tokenizer,
    top_k: int,
) -> tuple[dict[str, list[Link]], LinkState] | None:
    """The links of `initiatives` and the state they leave, made by `text_edit_links` when they differ from
    those of the last computation (`last`, made with the word lists and top_k of `setting`: linkstore's
    link_inputs of no initiative) only in titles and bodies, and the links kept with `last` are `stored`
    (linkstore.reuse_links' entry: (digest, flat links)); those stored when nothing differs (a narrow
    build keeps them under a digest of its own); else None (compute_related makes them)."""
    if last is None or not last.text_keys or last.setting != setting or not last.inputs:
        return None
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != last.inputs:
        return None
    items = sorted(initiatives, key=lambda item: item.slug)
    if tuple(item.slug for item in items) != last.slugs:
        return None
    if any(link_row(item) != row for item, row in zip(items, last.items, strict=True)):
        return None  # (something but a title or a body changed)
    texts = [document_text(item) for item in items]
    edited = {
        item.slug: text
        for item, text, key, kept in zip(items, texts, text_keys(texts), last.text_keys, strict=True)
        if key != kept
    }
    if not edited:  # (the links of this content, kept under another digest: a narrow build's, narrowlinks)
        return built_links(stored[1]), last
    made = text_edit_links(last, edited, tk, top_k)
    if made is None:
        return None
    links = built_links(stored[1])
    links.update(made[0])
    return links, made[1]


def _edited_text(last: LinkState, texts: dict[int, str], tk: Tokenizer) -> tuple:
    """The TF-IDF matrix, its terms and the term counts (linkscore.tfidf_entries) of the rows of `last`
    with the texts of the rows `texts` (row -> text) counted again, the others' counts the kept ones: the
    last matrix patched (tfidfpatch: the rows holding a term whose document frequency moved weighted again),
    or made whole from the counts when most rows move."""
    edited = np.array(sorted(texts), dtype=np.int64)
    counted = term_counts([texts[row] for row in edited.tolist()], tk, None)
    patched = patched_tfidf(
        last.text, last.terms, last.counts, dict(zip(edited.tolist(), counted, strict=True))
    )
    if patched is not None:
        return patched
    kept = last.counts
    old_lengths = np.diff(kept.indptr)
    owner = np.repeat(np.arange(old_lengths.size, dtype=np.int64), old_lengths)
    stays = ~np.isin(owner, edited)
    vocabulary = TermIds()
    vocabulary.ids_of(last.terms)  # (the kept counts' term ids: the columns of the last matrix)
    new_ids = [vocabulary.ids_of(words) for words, _counts in counted]
    lengths = old_lengths.copy()
    lengths[edited] = [ids.size for ids in new_ids]
    docs = np.concatenate([owner[stays], np.repeat(edited, lengths[edited])])
    ids = np.concatenate([kept.terms[stays].astype(np.int64), *new_ids])
    tf = np.concatenate([kept.counts[stays].astype(np.float64), *(c for _w, c in counted)])
    order = np.argsort(docs, kind="stable")
    return tfidf_entries(lengths, ids[order], tf[order], vocabulary.term_text)
