"""`digest ingest` end to end: idempotence, editors' changes survive, bad pages are skipped loudly."""

import shutil
from pathlib import Path

import pytest

from builder.cli import main
from builder.content.frontmatter import dump_mapping, parse_yaml, render_file, split
from tests.support.repo import REPO_CONTENT, SEEDS


def read(path: Path) -> tuple[dict, str]:
    pieces = split(path.read_text(encoding="utf-8"))
    return parse_yaml(pieces), pieces.body


def write(path: Path, data: dict, body: str) -> None:
    path.write_text(render_file(data, body), encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("ingest")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    content = root / "content"
    shutil.copytree(REPO_CONTENT / "_data", content / "_data")
    assert main(["ingest", "--seeds", str(seeds), "--content", str(content), "-q"]) == 0
    return root


def fresh_copy(ingested: Path, tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(ingested, tmp_path / "w")
    return tmp_path / "w" / "seeds", tmp_path / "w" / "content"


def by_source(content: Path, file_prefix: str, part: int) -> Path:
    for path in content.glob("*.md"):
        data, _ = read(path)
        if data["source"]["file"].startswith(file_prefix) and data["source"]["part"] == part:
            return path
    raise AssertionError(f"no file for {file_prefix}#{part}")


def test_second_run_changes_nothing(ingested, tmp_path, capsys):
    seeds, content = fresh_copy(ingested, tmp_path)
    before = snapshot(content)
    assert len([n for n in before if n.endswith(".md")]) == 27
    assert main(["ingest", "--seeds", str(seeds), "--content", str(content)]) == 0
    assert snapshot(content) == before
    assert "0 created, 0 updated, 27 unchanged" in capsys.readouterr().out


EDITS = {
    "title": "回民区：编辑改过的标题",
    "region": {"province": "内蒙古自治区", "city": "呼和浩特市", "county": "回民区", "code": "150103"},
    "locality": "海西路街道",
    "level": "township",
    "themes": ["grid-governance"],
    "practices": ["编辑加的做法"],
    "metrics": [{"label": "网格党支部", "value": 999, "unit": "个", "approx": False, "quote": "编辑改的"}],
    "summary": "编辑写的摘要。",
    "keywords": ["编辑", "关键词"],
    "related": {"pin": ["some-slug"], "block": []},
    "review": [],
    "date": "2025-06-27",
    "parent": None,
}


@pytest.mark.parametrize("field", sorted(EDITS))
def test_an_edited_field_survives_reingest_and_the_others_are_refreshed(ingested, tmp_path, field, capsys):
    seeds, content = fresh_copy(ingested, tmp_path)
    path = by_source(content, "001_", 1)
    data, body = read(path)
    untouched = {k: v for k, v in data.items() if k != field}
    original = data.get(field)
    data[field] = EDITS[field]
    write(path, data, body)
    assert main(["ingest", "--seeds", str(seeds), "--content", str(content)]) == 0
    again, again_body = read(path)
    assert again[field] == EDITS[field]
    assert again_body == body
    for key, value in untouched.items():
        assert again[key] == value, key  # everything else is still what ingest generates
    out = capsys.readouterr().out
    if original != EDITS[field]:
        assert f"kept      {path}: editor's changes to {field}" in out


def test_an_edited_body_survives_reingest(ingested, tmp_path):
    seeds, content = fresh_copy(ingested, tmp_path)
    path = by_source(content, "003_", 4)
    data, body = read(path)
    new_body = body.replace("群众遇到急事、难事怎么办？", "群众遇到急事、难事怎么办？（编辑补充）")
    write(path, data, new_body)
    assert main(["ingest", "--seeds", str(seeds), "--content", str(content), "-q"]) == 0
    assert read(path)[1] == new_body


def test_a_renamed_slug_is_kept_and_not_duplicated(ingested, tmp_path):
    seeds, content = fresh_copy(ingested, tmp_path)
    path = by_source(content, "001_", 2)
    data, body = read(path)
    data["slug"] = "saihan-new-employment-renamed"
    renamed = content / "saihan-new-employment-renamed.md"
    write(renamed, data, body)
    path.unlink()
    assert main(["ingest", "--seeds", str(seeds), "--content", str(content), "-q"]) == 0
    files = list(content.glob("*.md"))
    assert len(files) == 27
    assert read(renamed)[0]["slug"] == "saihan-new-employment-renamed"
    # the overview's parts follow a renamed overview slug through `parent`
    overview = by_source(content, "000_", 1)
    odata, obody = read(overview)
    odata["slug"] = "western-overview"
    overview.unlink()
    write(content / "western-overview.md", odata, obody)
    assert main(["ingest", "--seeds", str(seeds), "--content", str(content), "-q"]) == 0
    assert read(by_source(content, "000_", 2))[0]["parent"] == "western-overview"
    assert len(list(content.glob("*.md"))) == 27


def test_an_editor_added_key_is_kept(ingested, tmp_path):
    seeds, content = fresh_copy(ingested, tmp_path)
    path = by_source(content, "002_", 1)
    data, body = read(path)
    data["note"] = "编辑备注"
    write(path, data, body)
    main(["ingest", "--seeds", str(seeds), "--content", str(content), "-q"])
    assert read(path)[0]["note"] == "编辑备注"


def test_a_broken_file_is_never_overwritten(ingested, tmp_path, capsys):
    seeds, content = fresh_copy(ingested, tmp_path)
    path = by_source(content, "004_", 1)
    broken = path.read_text(encoding="utf-8").replace("title:", "title: [unclosed", 1)
    path.write_text(broken, encoding="utf-8")
    assert main(["ingest", "--seeds", str(seeds), "--content", str(content), "-q"]) == 1
    assert path.read_text(encoding="utf-8") == broken
    err = capsys.readouterr().err
    assert str(path) in err and "left untouched" in err
    assert len(list(content.glob("*.md"))) == 27


def test_bad_pages_are_skipped_with_their_names_and_the_rest_is_ingested(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "001_db21671502ac2f81.txt", seeds)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    text = (SEEDS / "002_33c0154fcdf70155.txt").read_text(encoding="utf-8")
    (seeds / "-gbk page.txt").write_bytes(text.replace("\n", "\r\n").encode("gbk"))
    content = tmp_path / "content"
    assert main(["ingest", "--seeds", str(seeds), "--content", str(content)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: error: file is empty" in err
    assert "image.txt: error: file looks binary" in err
    names = [read(p)[0]["source"]["file"] for p in content.glob("*.md")]
    assert sorted(set(names)) == ["-gbk page.txt", "001_db21671502ac2f81.txt"]
    assert len(names) == 9


def test_missing_seed_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["ingest", "--seeds", str(tmp_path / "nope"), "--content", str(tmp_path / "c")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_front_matter_is_canonical_yaml(ingested):
    for path in (ingested / "content").glob("*.md"):
        data, _ = read(path)
        assert path.read_text(encoding="utf-8").startswith("---\n" + dump_mapping(data) + "---\n")
