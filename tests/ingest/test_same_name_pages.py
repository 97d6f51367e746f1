"""A page that only shares its file name with a page ingested before (a second batch from another folder, both
named c01.txt) is refused with an error naming it: its articles never take the earlier page's files, slugs and
fields. The same page again (re-extracted, or its content files edited) is that page. Pages: the invented corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

from builder.content.loader import read_content_file
from builder.ingest.pipeline import ingest
from builder.ingest.samename import other_pages_of_the_same_name, printed_share
from tests.corpus import scoring

PAGES = scoring.HERE / "pages"


def _batch(tmp_path: Path, name: str, page: str) -> Path:
    seeds = tmp_path / name
    seeds.mkdir()
    shutil.copy(PAGES / page, seeds / "p01.txt")
    return seeds


def _files(content: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(content.glob("*.md"))}


def test_a_second_page_of_the_same_name_is_refused_and_nothing_is_replaced(tmp_path: Path) -> None:
    content = tmp_path / "content"
    assert ingest(_batch(tmp_path, "first", "c01.txt"), content).errors == []
    before = _files(content)
    report = ingest(_batch(tmp_path, "second", "c02.txt"), content)
    assert len(report.errors) == 1
    assert "second/p01.txt: error: content/ holds articles of another page of this name" in report.errors[0]
    assert next(iter(before)) in report.errors[0]  # names the earlier page's files
    assert "give this page a name of its own" in report.errors[0]
    assert _files(content) == before  # nothing replaced, nothing added


def test_the_same_page_again_is_that_page_even_with_its_files_edited(tmp_path: Path) -> None:
    content = tmp_path / "content"
    seeds = _batch(tmp_path, "first", "c01.txt")
    assert ingest(seeds, content).errors == []
    edited = sorted(content.glob("*.md"))[0]
    text = edited.read_text(encoding="utf-8")
    title = read_content_file(edited).data["title"]
    edited.write_text(text.replace(f"title: {title}", "title: 编辑改过的标题", 1), encoding="utf-8")
    report = ingest(seeds, content)
    assert report.errors == []
    assert "title: 编辑改过的标题" in edited.read_text(encoding="utf-8")  # the editor's title kept


def test_an_article_is_the_pages_when_most_of_its_pairs_are_printed() -> None:
    page = "社区议事厅建起来了\n居民有事就来这里商量，今年已议定事项20件。"
    assert printed_share("居民有事就来这里商量。", set()) == 0.0
    earlier = [("p01.txt", Path("a.md"), "居民有事就来这里商量，今年议定事项20件。")]
    assert other_pages_of_the_same_name({"p01.txt": page}, earlier) == {}
    other = [("p01.txt", Path("b.md"), "村里的老党员组成巡逻队，守护山林防火安全。")]
    assert other_pages_of_the_same_name({"p01.txt": page}, other) == {"p01.txt": [Path("b.md")]}
    # one earlier article printed is enough (the page's segmentation may have changed); other names are not read
    assert other_pages_of_the_same_name({"p01.txt": page}, earlier + other) == {}
    assert other_pages_of_the_same_name({"p02.txt": page}, other) == {}
