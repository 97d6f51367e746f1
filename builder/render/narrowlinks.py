"""The cross-links of a narrow title edit (issue 16: a title edit at N=10 000 in ≤ 2 s; bench/RESULTS.md,
session 35), for builder.render.narrowbuild.

A title is read by no grouping of the site index but the cross-links (`related`) and the theme pairs made of
them (`theme_pairs`). The links after the edit are made from what the last computation kept alone
(builder.render.linknarrow.text_edit_links: the links state `links/state` and the stored links
`links/last`), when both are those of the last build (their digest is its PageRecords.links). Then:

- the `related` of the initiatives whose links moved are the new ones (every other initiative's are the last
  build's), and the stored index's `related` part is patched with them;
- the theme pairs are the stored index's patched with the pairs the moved links touch
  (relatedviews.patched_theme_pairs: each initiative's themes from the stored `themes` field; a theme whose
  shown pairs lost one made again from its initiatives' links), and those of each theme compared with the
  last build's;
- the reads of both that changed are what the pages to render read (with the edited titles' reads);
- the links and the state are kept under a digest made of the last one and the edited initiatives' inputs
  (`LinksMade.inputs`: it names the links of this content, as linkstore.link_inputs does; the next build
  that computes link_inputs finds the same rows and texts in the state and takes its links: linknarrow).

Anything not found raises Refused (narrowbuild: the present path builds the site).
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from builder.render.recording import ALL, KEYS, Read


class NoLinks(Exception):
    """The links of the edit cannot be made from what the last build kept (the reason)."""


@dataclasses.dataclass
class LinksMade:
    """The cross-links after title edits: the digest naming them, the moved initiatives' links (those not
    the last build's) with their last ones, the theme pairs (whole) with the themes whose pairs changed,
    and what is kept for the next build (the links flat, as linkstore stores them, and the state)."""

    inputs: str
    related: dict[str, list[Any]]
    before: dict[str, list[Any]]
    theme_pairs: dict[str, list[tuple[str, Any]]]
    themes: set[str]
    flat: dict[str, list[tuple]]
    state: Any

    def slugs_shown(self) -> set[str]:
        """The initiatives the moved links and the changed themes' pairs name: the pages showing those
        read their Entries (which they may not have read before)."""
        shown = {link.slug for kept in self.related.values() for link in kept}
        for theme in self.themes:
            for slug, link in self.theme_pairs.get(theme, []):
                shown |= {slug, link.slug}
        return shown

    def changed_reads(self) -> set[Read]:
        """The reads of the index whose values the new links change (a whole mapping's, its keys' too)."""
        reads: set[Read] = {("related", slug) for slug in self.related}
        reads |= {("theme_pairs", theme) for theme in self.themes}
        for field, moved in (("related", self.related), ("theme_pairs", self.themes)):
            if moved:
                reads |= {(field, ALL), (field, KEYS)}
        return reads


def links_after_titles(
    edited: dict[str, Any], store: Any, last_links: str, cache: Path, data_dir: Path | None
) -> LinksMade:
    """The links after the edits `edited` (slug -> the new Initiative: only its title and summary changed)
    of the last build (`last_links`: its PageRecords.links; `store`: its stored index), from the file cache
    `cache` (the content's `data_dir` gives the tokenizer's word lists). Raises NoLinks."""
    from builder.content.filecache import load_entry
    from builder.render.linknarrow import text_edit_links
    from builder.render.linkscore import document_text
    from builder.render.linkstore import ENTRY, KIND, _flat, _item_inputs, built_links, link_state
    from builder.render.site import RELATED_PER_INITIATIVE, words_dir
    from builder.text.tokens import get_tokenizer

    last, _keep = link_state(cache)
    stored = load_entry(cache, KIND, ENTRY)
    if last is None or not last.text_keys or not last.inputs or not last_links:
        raise NoLinks("no links state of the last build")
    if not (isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[1], dict)):
        raise NoLinks("no stored links")
    if not stored[0] == last.inputs == last_links:  # (the word lists too: the digest holds them)
        raise NoLinks("the stored links are not the last build's")
    texts = {slug: document_text(item) for slug, item in sorted(edited.items())}
    made = text_edit_links(last, texts, get_tokenizer(words_dir(data_dir)), RELATED_PER_INITIATIVE)
    if made is None:
        raise NoLinks("an edited initiative is not in the links state")
    flat = dict(stored[1])  # (the stored links stay as they are: the theme pairs' patch reads them)
    new_flat = _flat(made[0])
    moved = sorted(slug for slug, kept in new_flat.items() if flat.get(slug) != kept)
    before = built_links({slug: flat.get(slug, []) for slug in moved})
    flat.update((slug, new_flat[slug]) for slug in moved)
    h = hashlib.blake2b(digest_size=20)
    h.update(f"titles after {last_links};".encode())
    for _slug, item in sorted(edited.items()):
        h.update(_item_inputs(item))
    inputs = h.hexdigest()
    pairs, themes = _theme_pairs(store, (_LinksOf(stored[1]), _LinksOf(flat)), moved)
    state = dataclasses.replace(made[1], inputs=inputs, setting=last.setting)
    related = {slug: made[0][slug] for slug in moved}
    return LinksMade(inputs, related, before, pairs, themes, flat, state)


def _theme_pairs(store: Any, links: tuple[Mapping, Mapping], moved: list[str]) -> tuple[dict, set[str]]:
    """The theme pairs after the links moved (`links`: every initiative's before and after; `moved`: those
    whose links differ), patched from the stored index's (relatedviews.patched_theme_pairs), and the themes
    whose pairs are not the stored index's."""
    from builder.render.relatedviews import patched_theme_pairs

    themes = store.field("themes")
    position = {slug: k for k, (slug, _digest) in enumerate(store.order)}
    themes_of: dict[str, set[str]] = {slug: set() for slug in position}
    for theme, slugs in themes.items():
        for slug in slugs:
            themes_of[slug].add(theme)
    last = store.field("theme_pairs")
    pairs = patched_theme_pairs(last, themes, links, moved, themes_of, position)
    changed = {theme for theme in pairs.keys() | last.keys() if pairs.get(theme) != last.get(theme)}
    return pairs, changed


class _LinksOf(Mapping):
    """An initiative's links (reasons.Link) by its slug, made from the stored flat tuples (linkstore._flat)
    when first asked: the theme pairs' patch reads a few hundred initiatives' of 10 000."""

    def __init__(self, flat: dict[str, list[tuple]]) -> None:
        self.flat = flat
        self.made: dict[str, list[Any]] = {}

    def __getitem__(self, slug: str) -> list[Any]:
        found = self.made.get(slug)
        if found is None:
            from builder.render.linkstore import built_links

            found = self.made[slug] = built_links({slug: self.flat[slug]})[slug]
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.flat)

    def __len__(self) -> int:
        return len(self.flat)


def patch_store(store: Any, links: LinksMade) -> None:
    """The stored index `store` with the moved links in its `related` part and the new theme pairs."""
    related = pickle.loads(store.fields["related"])
    for slug, kept in links.related.items():
        related[slug] = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
    store.fields["related"] = pickle.dumps(related, protocol=pickle.HIGHEST_PROTOCOL)
    store.fields["theme_pairs"] = pickle.dumps(links.theme_pairs, protocol=pickle.HIGHEST_PROTOCOL)


def keep_links(cache: Path, links: LinksMade) -> None:
    """Keep the links and the state for the next build (linkstore's entries)."""
    from builder.content.filecache import store_entry
    from builder.render.linkstore import ENTRY, KIND, STATE

    store_entry(cache, KIND, ENTRY, (links.inputs, links.flat))
    store_entry(cache, KIND, STATE, links.state)
