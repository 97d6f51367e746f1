"""Review of 6b97369 (issue 14): two of its rules act only where a page's columns were read apart (heldout14
p03, three columns interleaved) or where the full ingest reads the page, and their own tests, on a single
invented column, passed with the rule taken out. These run the whole ingest on the committed held-out pages:

- a two-part column label printed once over each column (`天山雪域·基层之声` ×3) is furniture, never the
  subtitle of the article whose column it heads (with the count taken out, p03's second article got it);
- a caption set between a wrapped headline's two lines (`黄石“红色网格”一网兜起` / `△…` / `城乡千家事`) no longer
  leaves the headline's first line an article of its own (with `headcaptions` taken out, p06 got one more file,
  title and body the line `黄石“红色网格”一网兜起`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.corpus.scoring import ingest_new_folder, read_written
from tests.support.repo import ROOT

_HELDOUT14 = ROOT / "tests" / "corpus" / "heldout14"


def _written(tmp_path: Path, page: str):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(_HELDOUT14 / page, pages / page)
    ingest_new_folder(pages, tmp_path / "content")
    return read_written(tmp_path / "content")


def test_a_column_label_printed_over_each_column_is_no_subtitle(tmp_path: Path) -> None:
    written = _written(tmp_path, "p03.txt")
    assert len(written) == 3
    assert all(w.meta.get("subtitle") != "天山雪域·基层之声" for w in written)


def test_a_caption_inside_a_wrapped_headline_leaves_no_article_of_its_first_line(tmp_path: Path) -> None:
    written = _written(tmp_path, "p06.txt")
    assert all(w.meta.get("title") != "黄石“红色网格”一网兜起" for w in written)
    assert any("城乡千家事" in (w.meta.get("title") or "") for w in written)
