"""Reprints (builder.ingest.reprints): an article printed again — the same page exported twice, another paper's
reprint wrapped at its own width, a web copy beside the PDF page — is written once and reported, never twice.
"""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

from builder.content.frontmatter import split
from builder.ingest.pipeline import ingest
from builder.ingest.reprints import MIN_RUNS, article_runs, find_reprints
from tests.support.repo import REPO_CONTENT, SEEDS

PAGE = "001_db21671502ac2f81.txt"


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: None)


def _content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "_data").mkdir(parents=True)
    return content


def _bodies(content: Path) -> dict[str, str]:
    return {p.name: split(p.read_text(encoding="utf-8")).body for p in sorted(content.glob("*.md"))}


def test_runs_leave_out_spaces_punctuation_and_marks():
    assert article_runs("党建 引领，\n基层治理") == article_runs("**党建引领基层治理**")
    assert "党建引领基" in article_runs("党建引领，基层治理")


def test_the_same_article_rewrapped_is_a_reprint_and_another_report_of_the_kind_is_not():
    seed_text = (SEEDS / PAGE).read_text(encoding="utf-8")
    body = "".join(seed_text.split())[200:900]
    rewrapped = "\n".join(textwrap.wrap(body, 15))  # another paper's column width
    shortened = body[:-120]  # the reprint cut at its end
    other = "".join(seed_text.split())[1200:1900]  # the same page, another stretch of text
    found = find_reprints([("a.md", body)], [("p#1", rewrapped), ("p#2", shortened), ("p#3", other)])
    assert [(r.key, r.same_as) for r in found] == [("p#1", "a.md"), ("p#2", "a.md")]
    assert found[0].overlap == 1.0


def test_a_brief_is_a_reprint_only_when_its_text_is_the_same():
    brief = "本报讯 某社区开展志愿服务活动，为老人理发、测血压。"
    other = "本报讯 某社区开展志愿服务活动，为老人理发、量血压。"
    assert len(article_runs(brief)) < MIN_RUNS
    found = find_reprints([("a.md", brief)], [("p#1", other), ("p#2", brief.replace("，", "，\n"))])
    assert [(r.key, r.same_as) for r in found] == [("p#2", "a.md")]
    assert find_reprints([("a.md", "（完）")], [("p#1", "（完）")]) == []  # too short to tell


def test_a_page_exported_twice_is_written_once_and_each_reprint_reported(tmp_path):
    """The same seed page under a second name (a second export): its articles are not written again, each is
    listed in the report with the article it repeats; a second run changes nothing."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / PAGE, seeds / PAGE)
    once = ingest(seeds, _content(tmp_path))
    written = _bodies(tmp_path / "content")

    shutil.copy(SEEDS / PAGE, seeds / "zz_second_export.txt")
    content = tmp_path / "again"
    (content / "_data").mkdir(parents=True)
    report = ingest(seeds, content)
    assert _bodies(content) == written
    reprints = [line for line in report.skipped if "a reprint" in line]
    assert len(reprints) == len(once.created)
    assert all(line.startswith("zz_second_export.txt#") for line in reprints)
    assert all(f"the same article as {PAGE}#" in line for line in reprints)

    rerun = ingest(seeds, content)
    assert rerun.created == [] and rerun.updated == []
    assert _bodies(content) == written
    again = [line for line in rerun.skipped if "a reprint" in line]
    assert len(again) == len(reprints)  # now naming the files written from the first export
    assert all(".md (" in line for line in again)


def test_a_reprint_of_an_article_already_in_content_names_its_file_and_an_editors_file_stays(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / PAGE, seeds / PAGE)
    content = _content(tmp_path)
    ingest(seeds, content)
    before = _bodies(content)
    later = tmp_path / "later"
    later.mkdir()
    shutil.copy(SEEDS / PAGE, later / "a_reprint.txt")
    report = ingest(later, content)
    assert report.created == []
    assert _bodies(content) == before
    assert report.skipped and all(".md (" in line for line in report.skipped if "a reprint" in line)


def test_every_article_of_the_digest_is_its_own_article():
    """No two of content/'s articles (the seeds', several of one kind of work) are taken for one another."""
    articles = list(_bodies(REPO_CONTENT).items())
    assert len(articles) >= 20
    assert find_reprints([], articles) == []


def test_an_article_ingested_again_is_known_by_its_file_alone(monkeypatch):
    """A draft with a file in content/ is in the finder once, by its file (its draft's body was added too), and a
    new copy of it is reported as the same article as the file."""
    from builder.ingest import reprints
    from builder.ingest.draft import Draft

    body = "".join(
        f"第{i}条，青禾县某某街道推行“邻里议事”，居民说了算，今年议定事项{i}件。" for i in range(8)
    )
    added: list[str] = []
    add = reprints.ReprintFinder.add
    monkeypatch.setattr(
        reprints.ReprintFinder, "add", lambda self, name, c: (added.append(name), add(self, name, c))
    )
    again = Draft("p.txt", 1, "标题", body, None)
    copy = Draft("q.txt", 1, "标题", body, None)
    kept, lines = reprints.drop_reprints([again, copy], {again.key: ("a.md", body)}, {copy.key})
    assert added == ["a.md"]
    assert kept == [0] and len(lines) == 1 and "the same article as a.md (100%" in lines[0]
