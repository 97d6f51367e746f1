"""The search reads Traditional characters as simplified ones (issue 14): `黨員` finds a simplified article's
`党员` and `党员` a Traditional one's `黨員`, through one fold of ingest's table (traditionalchars.simplified),
applied alike to the index's texts (searchgrams), a Python query (search.normalize) and search.js (from
search/fold.txt; tests/browser/test_search_browser.py runs the real JS)."""

from __future__ import annotations

import json

from builder.ingest.traditionalchars import readings, simplified
from builder.render import searchgrams
from builder.render.search import (
    FOLD_FILE,
    FOLD_FROM,
    SearchDoc,
    fold_file,
    fold_pairs,
    normalize,
    query,
)
from builder.render.searchindex import build_search_files


def test_normalize_reads_traditional_characters_as_simplified() -> None:
    assert normalize("黨員") == "党员"
    assert normalize("黨員帶頭，ＡＢ　｢雙報到｣") == "党员带头,ab 「双报到」"
    assert normalize("党员") == "党员"  # a simplified text as it is
    assert normalize("乾县著名") == "乾县著名"  # characters a simplified text prints: as ingest reads them


def test_the_fold_is_ingests_table_one_for_one_in_utf16_too() -> None:
    pairs = dict(fold_pairs())
    table = readings()
    assert len(pairs) > 3000
    assert set(pairs) == {ord(c) for c, r in table.items() if ord(r) <= 0xFFFF}
    assert all(FOLD_FROM <= printed <= 0xFFFF for printed in pairs)  # search.js fetches fold.txt for them
    printed = "".join(chr(code) for code in pairs)
    # each character as ingest reads it; a mark's reading as the width fold reads it again (test below)
    read = "".join(r if "\u3400" <= r <= "\u9fff" else normalize(r) for r in simplified(printed))
    assert normalize(printed) == read
    beyond = "".join(c for c, r in table.items() if ord(r) > 0xFFFF)
    assert beyond and normalize(beyond) == beyond  # a reading of two UTF-16 units: searched as printed


def test_a_mark_folds_as_its_reading_folds() -> None:
    """A vertical (︐ ︵) or halfwidth (｡) mark's reading is a mark the width fold changes again (， -> ,): the
    printed mark folds at once to where its reading folds, as search.js folds each character once (the browser
    parity test of every pair had found no page for a run holding ︐︑︒…︵︶ typed as read)."""
    assert normalize("︐︑︒︵︶") == normalize("，、。（）") == ",、。()"
    assert normalize("｡｢｣") == normalize("。「」")


def test_fold_txt_is_every_pair_in_code_point_order() -> None:
    data = fold_file()
    assert data == fold_file()
    text = data.decode("utf-8")
    assert len(text) == 2 * len(fold_pairs())
    assert [(ord(text[i]), ord(text[i + 1])) for i in range(0, len(text), 2)] == list(fold_pairs())
    assert dict(build_search_files([SearchDoc("a/", "标题", "", "正文")]))[FOLD_FILE] == data


def test_the_index_folds_its_texts_as_normalize_does() -> None:
    """searchgrams reads every code point of the texts through an array; it agrees with normalize on every
    pair, on the width and case fold and beyond the BMP."""
    texts = ["".join(chr(code) for code, _ in fold_pairs()), "ＡＢｃ　Ｚ｢」黨員𠀀𫝈", ""]
    folded = searchgrams._folded(texts)
    assert "".join(map(chr, folded.tolist())) == normalize("".join(text + " " for text in texts))


def _load(docs: list[SearchDoc]):
    return dict(build_search_files(docs)).__getitem__


def test_a_traditional_article_is_found_by_its_simplified_words_and_back() -> None:
    docs = [
        SearchDoc(
            "a/", "黨員聯繫群眾", "", "香港文匯報訊 社區黨員帶頭開展“雙報到”服務，居民議事會每月召開。"
        ),
        SearchDoc("b/", "党员联系群众", "", "社区党员带头开展“双报到”服务，居民议事会每月召开。"),
        SearchDoc("c/", "网格治理", "", "网格员走访居民。"),
    ]
    load = _load(docs)
    for text in ("党员", "黨員", "黨员", "社區黨員帶頭", "社区党员带头开展", "雙報到 议事会"):
        assert sorted(query(load, text)) == [0, 1], text
    assert query(load, "网格") == [2]
    first = json.loads(load("r/0.json"))[3]  # the snippet text stays as printed
    assert "社區黨員帶頭" in first and normalize(first).find("党员带头") == first.find("黨員帶頭")
