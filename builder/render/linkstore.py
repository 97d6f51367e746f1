"""Cross-links kept between builds: the last build's links, reused when nothing they are computed from changed.

Cross-links (builder.render.crosslinks) read, of every initiative, only its slug, title, body, themes, named
practices, level, region, parent and the editors' `related` pins and blocks; and the tokenizer's word lists
and reason stopwords of the data folder. `link_inputs` is a digest of exactly these (initiatives in slug
order), so an edit of anything else (a summary, a figure, a date, a caption …) reuses the links of the last
build, and any edit they read computes them again, for the whole corpus, as a full build does: the result is
the same either way. The entry is one pickle in the build's file cache (builder.content.filecache, whose
folder changes with the builder's code), holding the digest and the links (as tuples: fast to load). Beside it, `known_terms` keeps
the term counts of every text (by its SHA-256, under the tokenizer's word lists): computing the links again
after an edit segments only the edited texts, and loads the word dictionary only then; and `link_state` the
last computation's candidate pairs (builder.render.linkpatch.LinkState): computing them again after an edit
makes again only the pairs of the rows the edit can move (a title's: the rows sharing its terms).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from builder.model import Initiative

if TYPE_CHECKING:
    from builder.render.session import IdentityMemo
    from builder.text.tokens import Tokenizer

TermCounts = tuple[tuple[str, ...], np.ndarray]  # a document's content terms and how often each occurs


class TermIds:
    """Ids for the terms of this computation (the columns are ordered by the terms' text, never by id)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []

    def ids_of(self, words: Sequence[str]) -> np.ndarray:
        ids, table = self.ids, self.words
        for word in words:
            if word not in ids:
                ids[word] = len(table)
                table.append(word)
        return np.fromiter(map(ids.__getitem__, words), dtype=np.int64, count=len(words))

    def term_text(self, term_id: int) -> str:
        return self.words[term_id]


def text_keys(texts: Sequence[str]) -> list[str]:
    """Each text's SHA-256 (hex): the key of its term counts."""
    return [hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() for text in texts]


def term_counts(
    texts: Sequence[str],
    tk: Tokenizer,
    known: dict[str, TermCounts] | None,
    keys: Sequence[str] | None = None,
) -> list[TermCounts]:
    """The content terms of every text with their counts: from `known` (by the text's SHA-256: `keys`,
    made when not given) when given, else cut by the tokenizer, whose dictionary is loaded only for those.
    `known` is left holding exactly the counts of `texts`."""
    known = {} if known is None else known
    keys = text_keys(texts) if keys is None else keys
    todo = {key: text for key, text in zip(keys, texts, strict=True) if key not in known}
    if todo:
        for key, (ids, counts) in zip(todo, tk.term_counts_many(list(todo.values())), strict=True):
            known[key] = (tk.terms_text(ids), counts)
    result = [known[key] for key in keys]
    used = set(keys)
    if len(known) != len(used):  # it holds every key of `keys`: the others are texts gone
        for key in [k for k in known if k not in used]:
            del known[key]
    return result


KIND = "links"
ENTRY = "last"
TERMS = "terms"
STATE = "state"  # the last computation's candidate pairs (builder.render.linkpatch)


def _feed_text(h: Any, text: str | None) -> None:
    data = (text or "").encode("utf-8", "surrogatepass")
    h.update(b"-" if text is None else f"{len(data)}:".encode())
    h.update(data)


def _feed_words(h: Any, words: Sequence[str]) -> None:
    h.update(f"[{len(words)}".encode())
    for word in words:
        _feed_text(h, word)


def _item_inputs(item: Initiative) -> bytes:
    """A digest of what the cross-links read of one initiative."""
    h = hashlib.blake2b(digest_size=20)
    for text in (item.slug, item.title, item.body, item.level, item.parent):
        _feed_text(h, text)
    for text in (item.region.province, item.region.city, item.region.county, item.region.code):
        _feed_text(h, text)
    for words in (item.themes, item.practices, item.related.pin, item.related.block):
        _feed_words(h, words)
    return h.digest()


def link_inputs(
    initiatives: Sequence[Initiative],
    data_dirs: Sequence[Path | None],
    top_k: int,
    memo: IdentityMemo | None = None,
    derived: Callable[[Initiative, str, Callable[[], Any]], Any] | None = None,
) -> str:
    """A digest of everything the cross-links of `initiatives` are computed from; `data_dirs`: the folders
    whose word lists they read (the content's `_data/`, the tokenizer's). `memo` (digest serve's,
    builder.render.session): each unchanged initiative's digest, kept from the last build; `derived` (a
    one-shot build's, storedbuild.StoredDerived.get): the digest an earlier build made of the same bytes."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"top{top_k};".encode())
    for item in sorted(initiatives, key=lambda i: i.slug):
        if memo is not None:
            h.update(memo.get("link inputs", (item,), functools.partial(_item_inputs, item)))
        elif derived is not None:
            h.update(derived(item, "link inputs", functools.partial(_item_inputs, item)))
        else:
            h.update(_item_inputs(item))
    for data_dir in data_dirs:  # the word lists laid over the defaults (the defaults: code, the cache key)
        folder = Path(data_dir) if data_dir is not None else None
        _feed_text(h, str(folder.resolve()) if folder is not None else None)
        if folder is not None and folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                _feed_text(h, path.relative_to(folder).as_posix())
                h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def known_terms(cache_dir: Path, words_dir: Path) -> tuple[dict[str, Any], Callable[[], None]]:
    """The term counts of the texts the last build segmented with the word lists of `words_dir`
    (crosslinks.term_counts fills and prunes them), and the function that keeps them for the next build."""
    from builder.content.filecache import load_entry, store_entry

    entry = link_inputs([], [words_dir], 0)
    stored = load_entry(cache_dir, TERMS, entry)
    known: dict[str, Any] = stored if isinstance(stored, dict) else {}
    before = set(known)

    def keep() -> None:
        if set(known) != before:
            store_entry(cache_dir, TERMS, entry, known)

    return known, keep


def link_state(cache_dir: Path) -> tuple[Any, Callable[[Any], None]]:
    """What the last computation of the links left (builder.render.linkpatch.LinkState: its candidate pairs),
    or None, and the function that keeps this computation's for the next."""
    from builder.content.filecache import load_entry, store_entry
    from builder.render.linkpatch import LinkState

    stored = load_entry(cache_dir, KIND, STATE)
    return (stored if isinstance(stored, LinkState) else None), functools.partial(
        store_entry, cache_dir, KIND, STATE
    )


def _flat(links: dict[str, list[Any]]) -> dict[str, list[tuple]]:
    """The links as tuples of their fields (a Reason's fields in its place): a pickle of 50 000 Link objects
    takes a second and a half to load, of their tuples a tenth of a second."""
    from builder.render.reasons import Link, Reason

    link_fields = [f.name for f in dataclasses.fields(Link)]
    reason_fields = [f.name for f in dataclasses.fields(Reason)]

    def flat(link: Any) -> tuple:
        reason = tuple(getattr(link.reason, name) for name in reason_fields)
        return tuple(reason if name == "reason" else getattr(link, name) for name in link_fields)

    return {slug: [flat(link) for link in kept] for slug, kept in links.items()}


def built_links(flat: dict[str, list[tuple]]) -> dict[str, list[Any]]:
    """The links `_flat` made tuples of."""
    from builder.render.reasons import Link, Reason

    at = [f.name for f in dataclasses.fields(Link)].index("reason")

    def built(values: tuple) -> Any:
        return Link(*values[:at], Reason(*values[at]), *values[at + 1 :])

    return {slug: [built(values) for values in kept] for slug, kept in flat.items()}


def reuse_links(
    cache_dir: Path | None,
    digest: str,
    compute: Callable[[], dict[str, list[Any]]],
    same: dict[str, Any] | None = None,
    stored_out: dict[str, Any] | None = None,
) -> dict[str, list[Any]]:
    """The links stored in `cache_dir` under `digest`, else `compute()` (then stored there). `same`, when
    they are computed and other links were stored: given the stored links' digest ("last") and the slugs
    whose links are those stored ("slugs"), so that the pages reading only those need not hash them again
    (builder.render.inputdigests: a title edit changes the links of a few initiatives of 10 000).
    `stored_out`: given, before `compute()` is called, the stored entry ("entry": (digest, links as
    `_flat` made them)) when there is one (builder.render.linknarrow patches it)."""
    from builder.content.filecache import load_entry, store_entry

    if cache_dir is None:
        return compute()
    stored = load_entry(cache_dir, KIND, ENTRY)
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == digest and isinstance(stored[1], dict):
        try:
            return built_links(stored[1])
        except (TypeError, ValueError, IndexError):  # not what _flat writes: computed again
            pass
    if (
        stored_out is not None
        and isinstance(stored, tuple)
        and len(stored) == 2
        and isinstance(stored[1], dict)
    ):
        stored_out["entry"] = stored
    links = compute()
    flat = _flat(links)
    if same is not None and isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[1], dict):
        same["last"] = stored[0]
        same["slugs"] = frozenset(slug for slug, kept in flat.items() if stored[1].get(slug) == kept)
    store_entry(cache_dir, KIND, ENTRY, (digest, flat))
    return links
