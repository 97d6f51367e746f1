"""Reading a page's lines is linear in the page: no line rule may look at the rest of the page for every line.

Seed 001 repeated 2 845 times is CI's 50 MB page. `_next_line` (furniture) sliced the page's remaining lines for
every line read, and a closing reporter line, a stack of headlines after a finished article did the same for
every article: quadratic, 8.1 s for 120 copies and 23.4 s for 240 on 2 cores, the 50 MB page past CI's 2 400 s.
Lines are now looked ahead of lazily (`PageReader.texts_from`), and whether only blank lines follow is known in
O(1) (`PageReader.only_blanks_from`): 4.3 s and 8.0 s. This test counts the lines and units the rules look at,
so it fails on a quadratic scan however fast the machine is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest import pagelines
from builder.ingest.units import classify_page

ROOT = Path(__file__).resolve().parents[2]
# the seeds, and invented pages of a brief column and of a jump page (rules that look back at the units read)
PAGES = [
    *sorted(ROOT.glob("seeds/*.txt")),
    ROOT / "tests/corpus/heldout7/m07.txt",
    ROOT / "tests/corpus/heldout7/m08.txt",
]


class _CountingList(list):
    """A list that counts the items read from it, by index, slice or iteration."""

    reads = 0

    def __getitem__(self, key):
        found = super().__getitem__(key)
        _CountingList.reads += len(found) if isinstance(key, slice) else 1
        return found

    def __iter__(self):
        for item in super().__iter__():
            _CountingList.reads += 1
            yield item


def _reads(text: str, monkeypatch) -> int:
    real_init = pagelines.PageReader.__init__

    def counting_init(self, page_text: str) -> None:
        real_init(self, page_text)
        self.lines = _CountingList(self.lines)
        self.units = _CountingList(self.units)

    monkeypatch.setattr(pagelines.PageReader, "__init__", counting_init)
    _CountingList.reads = 0
    classify_page(text)
    return _CountingList.reads


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_the_lines_read_grow_with_the_page_not_its_square(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    small, large = _reads(text * 10, monkeypatch), _reads(text * 40, monkeypatch)
    assert small > 0
    assert large <= 5 * small, (small, large)  # 16 times as many when quadratic


def test_a_line_put_back_keeps_the_page_end_known():
    page = pagelines.PageReader("甲\n\n乙\n\n")
    assert page.last_text_index == 2
    page.index = 1
    page.insert_line("丙")
    assert page.lines[1] == "丙" and page.last_text_index == 3
    assert list(page.texts_from(1)) == ["丙", "乙"]
    assert not page.only_blanks_from(3) and page.only_blanks_from(4)
    page.index = 5
    page.insert_line("丁")
    assert page.last_text_index == 5 and not page.only_blanks_from(5)
