"""A page's sidecar seeds/<page>.yaml fills source.publication/page/url and date; a broken one is an error
naming its file and line, and the page is still ingested without it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builder.extract.fields import Extracted
from builder.ingest.draftmatter import new_mapping
from builder.ingest.sidecar import SidecarError, read_sidecar
from builder.ingest.workers import process_page

PAGES = Path(__file__).resolve().parents[1] / "corpus" / "pages"


def _page(tmp_path: Path, sidecar: str | None) -> Path:
    page = tmp_path / "c11.txt"
    shutil.copyfile(PAGES / "c11.txt", page)
    if sidecar is not None:
        page.with_suffix(".yaml").write_text(sidecar, encoding="utf-8")
    return page


def test_the_sidecar_fills_source_and_date(tmp_path):
    page = _page(tmp_path, (PAGES / "c11.yaml").read_text(encoding="utf-8"))
    result = process_page(page)
    assert result.errors == []
    mapping = new_mapping(result.drafts[0], Extracted(), "slug", None)
    assert mapping["date"] == "2025-04-09"
    assert mapping["source"]["publication"] == "塞上党建报"
    assert mapping["source"]["page"] == 2
    assert mapping["source"]["url"].startswith("https://")
    assert mapping["source"]["file"] == "c11.txt"


def test_no_sidecar_is_no_metadata(tmp_path):
    assert read_sidecar(_page(tmp_path, None)) == {}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("publication: 塞上党建报\ndate: 2025-13-40\n", 2, "date"),
        ("publication: 塞上党建报\npage: second\n", 2, "page"),
        ("publication: [塞上党建报\npage: 2\n", 2, "opened on line 1"),
        ("publisher: 塞上党建报\n", 1, "unknown key 'publisher'"),
        ("- 塞上党建报\n", 1, "key: value"),
    ],
)
def test_a_broken_sidecar_names_file_and_line_and_the_page_is_still_ingested(tmp_path, text, line, words):
    page = _page(tmp_path, text)
    with pytest.raises(SidecarError) as caught:
        read_sidecar(page)
    assert str(caught.value).startswith(f"{page.with_suffix('.yaml')}:{line}: error:")
    assert words in str(caught.value)
    result = process_page(page)
    assert result.drafts and len(result.errors) == 1
    assert new_mapping(result.drafts[0], Extracted(), "slug", None)["source"]["publication"] is None
