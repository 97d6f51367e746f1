"""The default vocabularies ship in the package (builder/data/); a content folder's `_data/` extends or
replaces them, by one rule per kind of file (builder.content.loader)."""

from __future__ import annotations

from pathlib import Path

from builder.content.loader import (
    DATA_FILES,
    load_vocabulary,
    merge_data,
    merge_words,
    read_data_words,
    read_data_yaml,
)
from builder.util.paths import DEFAULT_DATA_DIR


def test_the_defaults_ship_in_the_package() -> None:
    for name in DATA_FILES:
        assert (DEFAULT_DATA_DIR / name).is_file(), name
    assert DEFAULT_DATA_DIR.parent.name == "builder"


def test_a_folder_without_data_gets_the_defaults(tmp_path: Path) -> None:
    vocabulary = load_vocabulary(tmp_path)
    assert len(vocabulary.themes) == 20 and "dual-reporting" in vocabulary.themes
    assert list(vocabulary.levels)[:2] == ["province", "city"]
    assert vocabulary.practice_aliases["红黑名单"] == "红黑榜"


def test_yaml_entries_replace_by_key_and_new_ones_are_added() -> None:
    default = {"themes": [{"slug": "a", "zh": "甲"}, {"slug": "b", "zh": "乙"}], "note": 1}
    own = {"themes": [{"slug": "b", "zh": "新乙"}, {"slug": "c", "zh": "丙"}], "note": 2}
    assert merge_data(default, own) == {
        "themes": [{"slug": "a", "zh": "甲"}, {"slug": "b", "zh": "新乙"}, {"slug": "c", "zh": "丙"}],
        "note": 2,
    }
    assert merge_data(default, {"replace": True, "themes": [{"slug": "c"}]}) == {"themes": [{"slug": "c"}]}
    assert merge_data(default, None) == default  # an empty file changes nothing
    places = {"aliases": [{"alias": "x", "of": "甲"}], "zones": [{"name": "z", "city": "乙"}]}
    assert merge_data(places, {"zones": [{"name": "z", "city": "丙"}]})["zones"] == [
        {"name": "z", "city": "丙"}
    ]


def test_word_lists_add_lines_and_minus_lines_remove() -> None:
    assert merge_words(["甲", "乙"], ["丙", "-甲", "乙"]) == ["乙", "丙"]
    assert merge_words(["甲", "乙"], ["-*", "丙"]) == ["丙"]


def test_a_content_folder_extends_each_default_file(tmp_path: Path) -> None:
    data = tmp_path / "_data"
    data.mkdir()
    (data / "themes.yaml").write_text(
        "themes:\n  - {slug: dual-reporting, zh: 报到, en: Reporting}\n  - {slug: new-one, zh: 新, en: New}\n",
        encoding="utf-8",
    )
    (data / "stopwords.txt").write_text("# mine\n新词语\n-的\n", encoding="utf-8")
    (data / "practice-aliases.yaml").write_text(
        "aliases:\n  - {name: 甲法, also: [乙法]}\n", encoding="utf-8"
    )
    vocabulary = load_vocabulary(tmp_path)
    assert len(vocabulary.themes) == 21 and vocabulary.themes["dual-reporting"].zh == "报到"
    assert list(vocabulary.themes)[-1] == "new-one"
    assert (
        vocabulary.practice_aliases["乙法"] == "甲法" and vocabulary.practice_aliases["红黑名单"] == "红黑榜"
    )
    words = read_data_words(data, "stopwords.txt")
    assert "新词语" in words and "的" not in words and "的" in read_data_words(None, "stopwords.txt")
    assert read_data_yaml(data, "places.yaml") == read_data_yaml(None, "places.yaml")  # none of its own


def test_a_broken_vocabulary_of_the_folder_gives_no_themes(tmp_path: Path) -> None:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "themes.yaml").write_text("themes: [unclosed\n", encoding="utf-8")
    assert load_vocabulary(tmp_path).themes == {}  # ingest stops, `digest check` names the line


def test_a_bad_alias_list_is_reported_with_its_line(tmp_path: Path) -> None:
    from builder.validate.run import validate

    (tmp_path / "_data").mkdir()
    path = tmp_path / "_data" / "practice-aliases.yaml"
    path.write_text(
        "aliases:\n  - name: 红黑榜\n    also: 红黑名单\n  - also: [甲]\n  - name: 乙\n", encoding="utf-8"
    )
    assert [(d.path, d.line, d.message) for d in validate(tmp_path)] == [
        (str(path), 4, "entry 2 needs a 'name' (the practice)"),
        (str(path), 5, "'乙' needs 'also': a list of its other written forms, e.g. also: [红黑名单]"),
    ]


def test_a_data_file_read_again_is_parsed_once_and_each_reader_gets_its_own_value(
    tmp_path: Path, monkeypatch
) -> None:
    from builder.content import loader

    parsed: list[str] = []
    real_load = loader.load
    monkeypatch.setattr(loader, "load", lambda text: parsed.append(text) or real_load(text))
    data = tmp_path / "_data"
    data.mkdir()
    (data / "levels.yaml").write_text("levels:\n- key: hamlet\n  name: 屯\n", encoding="utf-8")
    first = read_data_yaml(data, "levels.yaml")
    first["levels"].append("changed by its reader")
    second = read_data_yaml(data, "levels.yaml")
    assert "changed by its reader" not in second["levels"] and second == read_data_yaml(data, "levels.yaml")
    assert len(parsed) <= 2  # the default file and the folder's own, each parsed at most once
    (data / "levels.yaml").write_text("levels:\n- key: hamlet\n  name: 村屯\n", encoding="utf-8")
    assert any(entry.get("name") == "村屯" for entry in read_data_yaml(data, "levels.yaml")["levels"])
