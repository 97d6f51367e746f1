"""The cross-links kept between builds (builder.render.linkstore): reused exactly when nothing they are
computed from changed; computed again (and the same as without the cache) otherwise."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from builder.model import Metric, Region, Related
from builder.render import linkstore
from builder.render.site import compute_links, words_dir
from builder.util.paths import default_data_dir
from tests.support.fixture_site import INITIATIVES

ITEMS = list(INITIATIVES[:8])


def _digest(items: list, data_dir: Path | None = None) -> str:
    return linkstore.link_inputs(items, [data_dir], 5)


def _edited(**changes: object) -> list:
    return [dataclasses.replace(ITEMS[0], **changes), *ITEMS[1:]]


def test_what_the_links_do_not_read_leaves_the_digest_as_it_is() -> None:
    before = _digest(ITEMS)
    assert _digest(list(reversed(ITEMS))) == before  # the order files come in does not count
    for changes in (
        {"summary": "改写的摘要。"},
        {"date": "2024-05-01"},
        {"keywords": ["新词"]},
        {"metrics": [Metric("网格员", 12, "名", False, "网格员12名")]},
    ):
        assert _digest(_edited(**changes)) == before, changes


def test_every_field_the_links_read_changes_the_digest() -> None:
    before = _digest(ITEMS)
    first = ITEMS[0]
    for changes in (
        {"title": first.title + "·改"},
        {"body": first.body + "\n新增段落。\n"},
        {"themes": [*first.themes, "women-work"]},
        {"practices": [*first.practices, "红色议事厅"]},
        {"level": "village" if first.level != "village" else "county"},
        {"region": Region(province="浙江省", city="杭州市", county="桐庐县")},
        {"parent": ITEMS[1].slug},
        {"related": Related(pin=(ITEMS[2].slug,))},
        {"related": Related(block=(ITEMS[2].slug,))},
    ):
        assert _digest(_edited(**changes)) != before, changes
    assert _digest(ITEMS[1:]) != before  # a file removed


def test_a_changed_word_list_changes_the_digest(tmp_path: Path) -> None:
    data = tmp_path / "_data"
    data.mkdir()
    (data / "terms.txt").write_text("网格党支部\n", encoding="utf-8")
    before = _digest(ITEMS, data)
    (data / "terms.txt").write_text("网格党支部\n红色议事厅\n", encoding="utf-8")
    assert _digest(ITEMS, data) != before


def test_kept_links_are_reused_only_for_the_same_inputs(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = compute_links(ITEMS)
    assert compute_links(ITEMS, cache_dir=cache) == fresh
    calls: list[int] = []

    def counted() -> dict:
        calls.append(1)
        return {}

    digest = linkstore.link_inputs(ITEMS, [None, words_dir(None)], 5)  # as compute_links keys them
    assert linkstore.reuse_links(cache, digest, counted) == fresh and not calls
    edited = _edited(body=ITEMS[0].body + "\n社区网格员走访群众，收集意见。\n")
    assert compute_links(edited, cache_dir=cache) == compute_links(edited)
    assert linkstore.reuse_links(cache, digest, counted) == {} and calls == [1]  # the entry was replaced


def test_an_unreadable_entry_is_computed_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    compute_links(ITEMS, cache_dir=cache)
    for entry in (cache / linkstore.KIND).rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert compute_links(ITEMS, cache_dir=cache) == compute_links(ITEMS)


def test_kept_term_counts_give_the_same_links_and_only_new_texts_are_segmented(tmp_path: Path) -> None:
    from builder.render.crosslinks import compute_related
    from builder.render.linkscore import document_text
    from builder.text.tokens import Tokenizer

    cut: list[int] = []

    class Counting(Tokenizer):
        def term_counts_many(self, texts):  # type: ignore[no-untyped-def]
            cut.append(len(texts))
            return super().term_counts_many(texts)

    known: dict = {}
    first = compute_related(ITEMS, 5, Counting(default_data_dir()), known_terms=known)
    assert first == compute_links(ITEMS) and cut == [len({document_text(i) for i in ITEMS})]
    edited = _edited(body=ITEMS[0].body + "\n社区网格员走访群众，收集意见。\n")
    again = compute_related(edited, 5, Counting(default_data_dir()), known_terms=known)
    assert again == compute_links(edited) and cut[1:] == [1]  # a fresh tokenizer: only the edited text
    assert len(known) == len({document_text(i) for i in edited})  # the old text's counts were dropped


def test_kept_links_come_back_whole_pins_and_reasons_included(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    pinned = _edited(related=Related(pin=(ITEMS[3].slug,)))
    fresh = compute_links(pinned)
    assert compute_links(pinned, cache_dir=cache) == fresh  # computed and kept
    kept = compute_links(pinned, cache_dir=cache)  # read back
    assert kept == fresh and kept is not fresh
    assert any(link.pinned for link in kept[ITEMS[0].slug])
    assert any(link.reason.themes or link.reason.keywords for links in kept.values() for link in links)


def test_the_word_lists_are_the_contents_or_the_packages_never_the_working_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A content folder's cross-links segment with its own terms or stopwords, else with the package's: a
    content/_data/ in the working folder (another project's) changes neither its links nor their cache key."""
    from builder.util.paths import DEFAULT_DATA_DIR

    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "content" / "_data").mkdir(parents=True)
    (elsewhere / "content" / "_data" / "terms.txt").write_text("网格党支部\n", encoding="utf-8")
    data = tmp_path / "site" / "_data"
    data.mkdir(parents=True)
    here = words_dir(data)
    monkeypatch.chdir(elsewhere)
    assert words_dir(data) == here == DEFAULT_DATA_DIR.resolve()
    assert words_dir(None) == DEFAULT_DATA_DIR.resolve()
    (data / "stopwords.txt").write_text("开展\n", encoding="utf-8")
    assert words_dir(data) == data  # its own stopwords count, as its own terms do
    (data / "stopwords.txt").unlink()
    (data / "terms.txt").write_text("红色议事厅\n", encoding="utf-8")
    assert words_dir(data) == data


def test_a_one_shot_build_forgets_the_term_counts_once_linked(tmp_path: Path) -> None:
    """A build with no session (digest build's) has no next build in its process: the tokenizer's counts of
    every text are dropped once the links are made (~37 MB at N=10 000); the links are the same."""
    from builder.text.tokens import get_tokenizer

    fresh = compute_links(ITEMS)
    assert get_tokenizer(words_dir(None))._counts  # (computed without a cache folder: kept)
    assert compute_links(ITEMS, cache_dir=tmp_path / "cache") == fresh
    assert not get_tokenizer(words_dir(None))._counts
