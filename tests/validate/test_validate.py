"""`builder.validate.run`: every kind of editing mistake gets a precise message on the line of its key."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from builder.schema import FRONT_MATTER_KEYS
from builder.validate.diagnostics import Diagnostic
from builder.validate.run import has_errors, validate
from tests.support.editing import GOOD, LINE, make_content, replace, variant

NAME = "huimin-district.md"
KEYS = ", ".join(FRONT_MATTER_KEYS)


def found(
    tmp_path: Path, text: str, others: dict[str, str] | None = None
) -> list[tuple[int | None, str, str]]:
    """(line, severity, message) of every diagnostic about the file NAME written with `text`."""
    content = make_content(tmp_path, {NAME: text, **(others or {})})
    target = str(content / NAME)
    return [(d.line, d.severity, d.message) for d in validate(content) if d.path == target]


def test_good_file_is_clean(tmp_path):
    assert validate(make_content(tmp_path)) == []


def test_diagnostic_format():
    assert str(Diagnostic("content/a.md", 3, "error", "boom")) == "content/a.md:3: error: boom"
    assert str(Diagnostic("content/a.md", None, "warning", "hm")) == "content/a.md: warning: hm"


def test_key_lines_point_at_the_keys():
    from builder.content.frontmatter import load_front_matter

    _text, data, lines = load_front_matter(GOOD.encode("utf-8"))
    assert data["region"]["code"] == "150103"
    assert all(lines[key] == line for key, line in LINE.items() if key != "closing")


def test_missing_content_folder(tmp_path):
    result = validate(tmp_path / "nope")
    assert [(d.severity, d.message) for d in result] == [("error", "content folder not found")]


# ------------------------------------------------------------------------------------------- YAML / file


def test_yaml_syntax_error_has_its_line(tmp_path):
    text = replace(
        GOOD, "themes: [grid-governance, joint-building]", "themes: [grid-governance, joint-building"
    )
    [(line, severity, message)] = found(tmp_path, text)
    assert severity == "error"
    assert message.startswith("YAML syntax error: ")
    assert line == LINE["themes"] + 1  # the parser notices on the next line


def test_bad_indentation_is_a_syntax_error(tmp_path):
    text = replace(GOOD, "  city: 呼和浩特市", "   city: 呼和浩特市")
    [(line, severity, message)] = found(tmp_path, text)
    assert (line, severity) == (LINE["region.city"], "error")
    # libyaml's words, or PyYAML's own parser's where libyaml is missing
    assert message in (
        "YAML syntax error: mapping values are not allowed in this context",
        "YAML syntax error: mapping values are not allowed here",
    )


def test_no_front_matter(tmp_path):
    assert found(tmp_path, "title: x\n\nbody\n") == [
        (1, "error", "file does not start with a '---' front matter line")
    ]


def test_front_matter_not_closed(tmp_path):
    text = GOOD.replace("review: []\n---\n", "review: []\n")
    [(_, severity, message)] = found(tmp_path, text)
    assert (severity, message) == ("error", "front matter is not closed by a '---' line")


def test_not_utf8(tmp_path):
    content = make_content(tmp_path, {})
    (content / NAME).write_bytes(GOOD.encode("gbk"))
    [diag] = validate(content)
    assert (diag.line, diag.severity, diag.message) == (
        2,
        "error",
        "file is not UTF-8; save it as UTF-8 and retry",
    )


def test_key_given_twice(tmp_path):
    text = replace(GOOD, "level: county\n", "level: county\nthemes: [red-property]\n")
    assert found(tmp_path, text) == [
        (
            LINE["themes"] + 1,
            "error",
            f"key 'themes' is given twice (first on line {LINE['level'] + 1}); keep one",
        )
    ]


def test_yaml_aliases_are_refused_without_expanding_them(tmp_path):
    bomb = "".join(f"x{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 9) + "]\n" for i in range(1, 12))
    text = replace(GOOD, "review: []\n", "review: []\nx0: &x0 [lol]\n" + bomb)
    start = time.monotonic()
    result = found(tmp_path, text)
    assert time.monotonic() - start < 5
    assert result == [
        (
            LINE["review"] + 2,
            "error",
            "YAML aliases (*name) are not allowed here: write the value out in full",
        )
    ]


def test_deeply_nested_values_are_refused_before_parsing(tmp_path):
    text = replace(GOOD, "keywords: [网格, 党建联建]", "keywords: " + "[" * 50_000 + "]" * 50_000)
    assert found(tmp_path, text) == [
        (LINE["keywords"], "error", "values are nested too deeply (more than 100 levels)")
    ]


def test_a_number_too_long_for_python_is_an_error_on_its_line(tmp_path):
    text = replace(GOOD, "value: 226", "value: " + "9" * 5000)
    assert found(tmp_path, text) == [(LINE["metrics.0"], "error", "number is too long (5000 characters)")]


def test_control_characters_are_shown_as_escapes(tmp_path):
    text = replace(GOOD, "level: county", 'level: "\\e[31mcounty\\a"')
    assert found(tmp_path, text) == [
        (LINE["level"], "error", "unknown level '\\x1b[31mcounty\\x07' (did you mean 'county'?)")
    ]
    assert str(Diagnostic("a\nb.md", 1, "error", "x\u202ey\tz")) == "a\\nb.md:1: error: x\\u202ey z"


def test_empty_body(tmp_path):
    text = GOOD.split("---\n\n")[0] + "---\n\n   \n"
    assert found(tmp_path, text) == [
        (LINE["closing"], "error", "body is empty: write the article text below the closing '---' line")
    ]


def test_huge_file_is_refused_unread(tmp_path):
    text = GOOD + ("正文" * 400_000)
    [(line, severity, message)] = found(tmp_path, text)
    assert (line, severity) == (None, "error")
    assert message == "file is too large (2.4 MB; at most 2 MB)"


def test_symlink_outside_content_is_refused(tmp_path):
    outside = tmp_path / "secret.md"
    outside.write_text(GOOD, encoding="utf-8")
    content = make_content(tmp_path, {})
    os.symlink(outside, content / NAME)
    assert [(d.line, d.severity, d.message) for d in validate(content)] == [
        (None, "error", "symbolic link to a file outside content/: refused")
    ]


def test_symlink_inside_content_is_fine(tmp_path):
    content = make_content(tmp_path, {})
    (content / "drafts").mkdir()
    (content / "drafts" / "x.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(content / "drafts" / "x.txt", content / NAME)
    assert validate(content) == []


def test_stray_file_is_a_warning(tmp_path):
    content = make_content(tmp_path, {NAME: GOOD, "notes.txt": "hi"})
    assert [(d.path, d.severity, d.message) for d in validate(content)] == [
        (str(content / "notes.txt"), "warning", "not a content file: only files ending in .md are read")
    ]


# ------------------------------------------------------------------------------------ required and types


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("title: 回民区：以组织力引领城市基层治理现代化\n", "", None, "missing required field 'title'"),
        ("slug: huimin-district\n", "", None, "missing required field 'slug'"),
        ("  file: 001_db21671502ac2f81.txt\n", "", LINE["source"], "missing required field 'source.file'"),
        ("  part: 1\n", "", LINE["source"], "missing required field 'source.part'"),
        (
            "title: 回民区：以组织力引领城市基层治理现代化",
            "title: ''",
            LINE["title"],
            "missing required field 'title'",
        ),
    ],
)
def test_missing_required_fields(tmp_path, old, new, line, message):
    assert found(tmp_path, replace(GOOD, old, new)) == [(line, "error", message)]


def test_missing_source_entirely(tmp_path):
    text = replace(
        GOOD,
        "source:\n  file: 001_db21671502ac2f81.txt\n  part: 1\n  byline: 本报讯（记者 祁晓燕 通讯员 云静波）\n",
        "",
    )
    assert found(tmp_path, text) == [(None, "error", "missing required field 'source'")]


@pytest.mark.parametrize(
    ("old", "new", "key", "message"),
    [
        (
            "value: 226",
            'value: "226个"',
            "metrics.0",
            "metrics[1].value must be a number (万/亿 multiplied out), not text '226个'",
        ),
        ("value: 226, ", "", "metrics.0", "metrics[1].value is missing: write the number, e.g. value: 226"),
        (
            "value: 226",
            "value: .inf",
            "metrics.0",
            "metrics[1].value must be a number (万/亿 multiplied out), not an infinite or undefined number (.inf / .nan)",
        ),
        ("approx: false", "approx: 是", "metrics.0", "metrics[1].approx must be true or false, not text"),
        (
            "  - {label: 网格党支部",
            "  - {label: [网格党支部]",
            "metrics.0",
            "metrics[1].label must be text, not a list",
        ),
        (
            "metrics:\n  - {",
            "metrics:\n  - 226\n  - {",
            "metrics.0",
            "metrics[1] must be a group of keys (label, value, unit, approx, quote), not a number",
        ),
        (
            "themes: [grid-governance, joint-building]",
            "themes: grid-governance",
            "themes",
            "'themes' must be a list, e.g. themes: [grid-governance, joint-building], not text",
        ),
        (
            "themes: [grid-governance, joint-building]",
            "themes: [grid-governance, [x]]",
            "themes",
            "themes item 2 must be text, not a list",
        ),
        (
            "title: 回民区：以组织力引领城市基层治理现代化",
            "title: [回民区]",
            "title",
            "'title' must be text, not a list",
        ),
        ("slug: huimin-district", "slug: 2024", "slug", "'slug' must be text, not a number"),
        ("  part: 1", "  part: 0", "source.part", "'source.part' must be a whole number from 1 up, not 0"),
        (
            "  part: 1",
            "  part: first",
            "source.part",
            "'source.part' must be a whole number from 1 up, not 'first'",
        ),
        (
            "date: null",
            "date: 2024-13-01",
            "date",
            "date '2024-13-01' is not a valid date: write it as YYYY-MM-DD, e.g. 2024-05-01",
        ),
        (
            "date: null",
            "date: 2024年5月",
            "date",
            "date '2024年5月' is not a valid date: write it as YYYY-MM-DD, e.g. 2024-05-01",
        ),
        (
            "level: county",
            "level: [county]",
            "level",
            "'level' must be one of province, city, county, township, community, not a list",
        ),
        (
            "related: {pin: [], block: []}",
            "related: [x]",
            "related",
            "'related' must be a group of keys (pin, block), not a list",
        ),
        (
            "region:\n  province",
            "region: 内蒙古\nx:\n  province",
            "region",
            "'region' must be a group of keys (province, city, county, code), not text",
        ),
        (
            "review: []",
            "review: 标题",
            "review",
            "'review' must be a list, e.g. review: ['title: check the headline'], not text",
        ),
    ],
)
def test_wrong_types(tmp_path, old, new, key, message):
    result = [r for r in found(tmp_path, replace(GOOD, old, new)) if r[1] == "error"]
    unknown_x = (LINE[key] + 1, "error", f"unknown key 'x' (rename it to one of: {KEYS}; or delete it)")
    assert [r for r in result if r != unknown_x] == [(LINE[key], "error", message)]


def test_valid_values_of_other_shapes(tmp_path):
    text = replace(GOOD, "date: null", "date: 2024-05-01")
    text = replace(text, 'code: "150103"', "code: 150103")
    text = replace(text, "practices: [双报到, 红蜂驿站]", "practices: [双报到, 12345]")
    text = replace(text, "value: 226", "value: 96.4")
    assert found(tmp_path, text) == []


@pytest.mark.parametrize(
    ("old", "new", "key", "message"),
    [
        (
            "title: 回民区：以组织力引领城市基层治理现代化",
            "title: " + "长" * 201,
            "title",
            "'title' is too long (201 characters, at most 200)",
        ),
        (
            "summary: 回民区将党组织建在网格上。",
            "summary: " + "长" * 2001,
            "summary",
            "'summary' is too long (2001 characters, at most 2000)",
        ),
        (
            "keywords: [网格, 党建联建]",
            "keywords: [网格, " + "长" * 201 + "]",
            "keywords",
            "keywords item 2 is too long (201 characters, at most 200)",
        ),
        (
            "keywords: [网格, 党建联建]",
            "keywords: [" + ", ".join(["词"] * 201) + "]",
            "keywords",
            "'keywords' has too many items (201, at most 200)",
        ),
    ],
)
def test_huge_values_are_bounded(tmp_path, old, new, key, message):
    assert found(tmp_path, replace(GOOD, old, new)) == [(LINE[key], "error", message)]


# -------------------------------------------------------------------------------------------- vocabularies


def test_unknown_theme_with_suggestion(tmp_path):
    text = replace(GOOD, "themes: [grid-governance,", "themes: [grid-govenance,")
    assert found(tmp_path, text) == [
        (LINE["themes"], "error", "unknown theme 'grid-govenance' (did you mean 'grid-governance'?)")
    ]


def test_unknown_theme_without_suggestion(tmp_path):
    text = replace(
        GOOD, "themes: [grid-governance, joint-building]", "themes:\n  - grid-governance\n  - 养老"
    )
    assert found(tmp_path, text) == [
        (
            LINE["themes"] + 2,
            "error",
            "unknown theme '养老' (add it to content/_data/themes.yaml or use a listed one)",
        )
    ]


def test_theme_listed_twice_is_a_warning(tmp_path):
    text = replace(
        GOOD, "themes: [grid-governance, joint-building]", "themes: [grid-governance, grid-governance]"
    )
    assert found(tmp_path, text) == [(LINE["themes"], "warning", "theme 'grid-governance' is listed twice")]


def test_theme_added_to_vocabulary_is_accepted(tmp_path):
    text = replace(GOOD, "themes: [grid-governance,", "themes: [elderly-care,")
    content = make_content(tmp_path, {NAME: text})
    vocab = content / "_data" / "themes.yaml"
    vocab.write_text(
        vocab.read_text(encoding="utf-8") + "  - {slug: elderly-care, zh: 养老服务, en: Elderly care}\n",
        encoding="utf-8",
    )
    assert validate(content) == []


def test_unknown_level(tmp_path):
    assert found(tmp_path, replace(GOOD, "level: county", "level: countyy")) == [
        (LINE["level"], "error", "unknown level 'countyy' (did you mean 'county'?)")
    ]
    assert found(tmp_path, replace(GOOD, "level: county", "level: 区县")) == [
        (
            LINE["level"],
            "error",
            "unknown level '区县' (use one of: province, city, county, township, community)",
        )
    ]


def test_vocabulary_problems_are_reported_in_the_data_file(tmp_path):
    content = make_content(tmp_path)
    themes = content / "_data" / "themes.yaml"
    themes.write_text(
        "themes:\n  - {slug: a-b, zh: 甲, en: A}\n  - {slug: a-b, zh: 乙, en: B}\n  - {slug: Bad_Slug, zh: 丙, en: C}\n"
        "  - {slug: c, zh: 丁}\n",
        encoding="utf-8",
    )
    result = [(d.path, d.line, d.message) for d in validate(content) if d.path == str(themes)]
    assert result == [
        (str(themes), 3, "duplicate slug 'a-b' (first on line 2)"),
        (
            str(themes),
            4,
            "slug 'Bad_Slug' may only use lowercase a-z, 0-9 and single hyphens between them "
            "(no spaces, capitals, underscores, or hyphens at the ends)",
        ),
        (str(themes), 5, "'c' needs the label 'en' (text)"),
    ]


def test_vocabulary_syntax_error_does_not_flag_every_theme(tmp_path):
    content = make_content(tmp_path)
    themes = content / "_data" / "themes.yaml"
    themes.write_text("themes:\n  - {slug: a, zh: 甲\n", encoding="utf-8")
    [diag] = validate(content)
    assert (diag.path, diag.line, diag.severity) == (str(themes), 3, "error")
    assert diag.message.startswith("YAML syntax error: ")


def test_without_a_theme_vocabulary_of_its_own_the_default_one_is_used(tmp_path):
    content = make_content(tmp_path)
    (content / "_data" / "themes.yaml").unlink()
    assert validate(content) == []
    text = replace(GOOD, "themes: [grid-governance", "themes: [no-such-theme, grid-governance")
    assert ["no-such-theme" in d.message for d in validate(make_content(tmp_path / "b", {NAME: text}))] == [
        True
    ]


# ---------------------------------------------------------------------------------------------- regions


@pytest.mark.parametrize(
    ("region", "key", "message"),
    [
        (
            {"province": "贵州省", "city": None, "county": "回民区", "code": None},
            "region.county",
            "county '回民区' is not in 贵州省 (回民区 is in 内蒙古自治区 呼和浩特市)",
        ),
        (
            {"province": "贵州省", "city": "呼和浩特市", "county": "回民区", "code": None},
            "region.city",
            "city '呼和浩特市' is not in 贵州省 (呼和浩特市 is in 内蒙古自治区)",
        ),
        (
            {"province": "内蒙古自治区", "city": "包头市", "county": "回民区", "code": None},
            "region.county",
            "county '回民区' is not in 内蒙古自治区 包头市 (回民区 is in 内蒙古自治区 呼和浩特市)",
        ),
        (
            {"province": "内蒙古自治区", "city": "呼和浩特市", "county": "回民区", "code": "520102"},
            "region.code",
            "region.code '520102' does not match 回民区: its code is '150103' ('520102' is 贵州省 贵阳市 南明区)",
        ),
        (
            {"province": "内蒙古自治区", "city": "呼和浩特市", "county": "回民区", "code": "999999"},
            "region.code",
            "unknown region code '999999'",
        ),
        (
            {"province": "内蒙古自治区", "city": "呼和浩特市", "county": "回民区", "code": "15010"},
            "region.code",
            "region.code '15010' must be 6 digits in quotes, e.g. \"150103\"",
        ),
        (
            {"province": "内蒙古", "city": "呼和浩特市", "county": "回民区", "code": None},
            "region.province",
            "unknown province '内蒙古' (did you mean '内蒙古自治区'?)",
        ),
        (
            {"province": "贵州省", "city": "黔东南州", "county": None, "code": None},
            "region.city",
            "unknown city '黔东南州' (did you mean '黔东南苗族侗族自治州'?)",
        ),
        (
            {"province": "四川省", "city": "成都市", "county": "蓉北新区", "code": None},
            "region.county",
            "unknown county '蓉北新区' (if it is a functional zone or new area, add it to content/_data/places.yaml)",
        ),
        (
            {"province": "呼和浩特市", "city": None, "county": None, "code": None},
            "region.province",
            "'呼和浩特市' is a city, not a province",
        ),
        (
            {"province": "北京市", "city": None, "county": "朝阳区", "code": "220104"},
            "region.code",
            "region.code '220104' does not match 朝阳区: its code is '110105' ('220104' is 吉林省 长春市 朝阳区)",
        ),
    ],
)
def test_region_that_does_not_fit(tmp_path, region, key, message):
    lines = "".join(f"  {k}: {'null' if v is None else repr(v)}\n" for k, v in region.items())
    text = replace(GOOD, GOOD[GOOD.index("  province:") : GOOD.index("locality:")], lines)
    assert found(tmp_path, text) == [(LINE[key], "error", message)]


@pytest.mark.parametrize(
    "region",
    [
        {"province": "北京市", "city": "北京市", "county": "朝阳区", "code": "110105"},
        {"province": "北京市", "city": None, "county": "朝阳区", "code": "110105"},
        {"province": "吉林省", "city": "长春市", "county": "朝阳区", "code": "220104"},
        {"province": None, "city": None, "county": "朝阳区", "code": "220104"},
        {"province": "河南省", "city": "济源市", "county": None, "code": "419001"},
        {"province": "广东省", "city": "东莞市", "county": None, "code": "441900"},
        {"province": "内蒙古自治区", "city": "呼和浩特市", "county": None, "code": "150100"},
        {"province": "内蒙古自治区", "city": None, "county": None, "code": "150000"},
        {"province": None, "city": None, "county": None, "code": None},
    ],
)
def test_region_that_fits(tmp_path, region):
    lines = "".join(f"  {k}: {'null' if v is None else repr(v)}\n" for k, v in region.items())
    text = replace(GOOD, GOOD[GOOD.index("  province:") : GOOD.index("locality:")], lines)
    assert found(tmp_path, text) == []


def test_functional_zone_listed_in_places_is_accepted(tmp_path):
    text = replace(GOOD, '  county: 回民区\n  code: "150103"', "  county: 蓉北新区\n  code: null")
    text = replace(text, "  province: 内蒙古自治区\n  city: 呼和浩特市", "  province: 四川省\n  city: 成都市")
    content = make_content(tmp_path, {NAME: text})
    assert [d.message for d in validate(content)] == [
        "unknown county '蓉北新区' (if it is a functional zone or new area, add it to content/_data/places.yaml)"
    ]
    (content / "_data" / "places.yaml").write_text(
        "places:\n  - {name: 蓉北新区, province: 四川省, city: 成都市, level: county}\n", encoding="utf-8"
    )
    assert validate(content) == []


def test_functional_zone_of_the_default_places_is_accepted(tmp_path):
    text = replace(GOOD, '  county: 回民区\n  code: "150103"', "  county: 天府新区\n  code: null")
    text = replace(text, "  province: 内蒙古自治区\n  city: 呼和浩特市", "  province: 四川省\n  city: 成都市")
    assert validate(make_content(tmp_path, {NAME: text})) == []  # builder/data/places.yaml lists it


def test_functional_zone_carries_the_code_of_its_city(tmp_path):
    region = '  province: 四川省\n  city: 成都市\n  county: 天府新区\n  code: "510104"\n'
    text = replace(GOOD, GOOD[GOOD.index("  province:") : GOOD.index("locality:")], region)
    content = make_content(tmp_path, {NAME: text})
    (content / "_data" / "places.yaml").write_text(
        "zones:\n  - {name: 天府新区, province: 四川省, city: 成都市, level: county}\n", encoding="utf-8"
    )
    assert [(d.line, d.message) for d in validate(content)] == [
        (
            LINE["region.code"],
            "region.code '510104' does not match 天府新区: a zone carries the code of 成都市, '510100' "
            "('510104' is 四川省 成都市 锦江区)",
        )
    ]
    (content / NAME).write_text(text.replace('"510104"', '"510100"'), encoding="utf-8")
    assert validate(content) == []


def test_null_region_is_fine(tmp_path):
    text = replace(GOOD, GOOD[GOOD.index("region:") : GOOD.index("locality:")], "region: null\n")
    assert found(tmp_path, text) == []


# ------------------------------------------------------------------------------------------------ slugs


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        (
            "../x",
            "unsafe slug '../x': it must not contain '/', '\\', ':' or '..'; use only lowercase a-z, 0-9 and hyphens",
        ),
        (
            "/etc/passwd",
            "unsafe slug '/etc/passwd': it must not contain '/', '\\', ':' or '..'; use only lowercase a-z, 0-9 and hyphens",
        ),
        (
            "'c:x'",
            "unsafe slug 'c:x': it must not contain '/', '\\', ':' or '..'; use only lowercase a-z, 0-9 and hyphens",
        ),
        (
            "回民区",
            "slug '回民区' must be ASCII: use only lowercase a-z, 0-9 and hyphens (pinyin or English)",
        ),
        (
            "Huimin_District",
            "slug 'Huimin_District' may only use lowercase a-z, 0-9 and single hyphens between them "
            "(no spaces, capitals, underscores, or hyphens at the ends)",
        ),
        (
            "huimin--district",
            "slug 'huimin--district' may only use lowercase a-z, 0-9 and single hyphens between them "
            "(no spaces, capitals, underscores, or hyphens at the ends)",
        ),
        ("con", "slug 'con' is a reserved file name on Windows; choose another"),
        ("lpt1", "slug 'lpt1' is a reserved file name on Windows; choose another"),
        ("a" * 101, "slug is too long (101 characters, at most 100)"),
    ],
)
def test_bad_slugs(tmp_path, slug, message):
    assert found(tmp_path, variant(slug)) == [(LINE["slug"], "error", message)]


def test_duplicate_slug_is_reported_in_both_files(tmp_path):
    content = make_content(
        tmp_path, {"a.md": variant("same-slug"), "b.md": variant("same-slug", title="另一篇")}
    )
    assert [str(d) for d in validate(content)] == [
        f"{content}/a.md:3: error: duplicate slug 'same-slug' (also in {content}/b.md)",
        f"{content}/b.md:3: error: duplicate slug 'same-slug' (also in {content}/a.md)",
    ]


def test_a_duplicate_slug_comes_with_the_other_errors_in_one_run(tmp_path):
    """One file's front matter does not even parse, another has a misspelt key: the duplicate slug is
    reported in the same run, not after the syntax error is fixed."""
    broken = replace(variant("same-slug"), "themes: [grid-governance, joint-building]", "themes: [grid-")
    misspelt = replace(variant("same-slug", title="另一篇"), "summary:", "sumary:")
    content = make_content(tmp_path, {"a.md": broken, "b.md": misspelt})
    shown = [str(d) for d in validate(content)]
    assert f"{content}/a.md:3: error: duplicate slug 'same-slug' (also in {content}/b.md)" in shown
    assert f"{content}/b.md:3: error: duplicate slug 'same-slug' (also in {content}/a.md)" in shown
    assert any(line.startswith(f"{content}/a.md:") and "YAML syntax error" in line for line in shown)
    assert f"{content}/b.md:{LINE['summary']}: error: unknown key 'sumary' (did you mean 'summary'?)" in shown


def test_a_file_that_does_not_parse_and_has_no_slug_line_is_left_out_of_the_slug_check(tmp_path):
    broken = replace(GOOD, "slug: huimin-district\n", "")
    broken = replace(broken, "themes: [grid-governance, joint-building]", "themes: [grid-")
    content = make_content(tmp_path, {"a.md": broken, "b.md": variant("other-one")})
    assert not any("duplicate slug" in d.message for d in validate(content))


# ------------------------------------------------------------------------------------ links between files


def test_parent_and_related_must_name_existing_slugs(tmp_path):
    text = replace(GOOD, "parent: null", "parent: huimin-overview")
    text = replace(
        text, "related: {pin: [], block: []}", "related:\n  pin: [other-one]\n  block: [nothing-here]"
    )
    result = found(tmp_path, text, {"other.md": variant("other-one")})
    assert result == [
        (LINE["parent"], "error", "parent 'huimin-overview' does not name an existing initiative"),
        (LINE["related"] + 2, "error", "related.block 'nothing-here' does not name an existing initiative"),
    ]


def test_missing_slug_gets_a_suggestion(tmp_path):
    text = replace(GOOD, "related: {pin: [], block: []}", "related: {pin: [other-onee], block: []}")
    assert found(tmp_path, text, {"other.md": variant("other-one")}) == [
        (
            LINE["related"],
            "error",
            "related.pin 'other-onee' does not name an existing initiative (did you mean 'other-one'?)",
        )
    ]


def test_links_to_itself(tmp_path):
    text = replace(GOOD, "parent: null", "parent: huimin-district")
    text = replace(text, "related: {pin: [], block: []}", "related: {pin: [huimin-district], block: []}")
    assert found(tmp_path, text) == [
        (LINE["parent"], "error", "parent 'huimin-district' is this initiative itself"),
        (LINE["related"], "error", "related.pin 'huimin-district' is this initiative itself"),
    ]


def test_pinned_and_blocked(tmp_path):
    text = replace(GOOD, "related: {pin: [], block: []}", "related: {pin: [other-one], block: [other-one]}")
    assert found(tmp_path, text, {"other.md": variant("other-one")}) == [
        (LINE["related"], "warning", "'other-one' is both pinned and blocked; blocking wins")
    ]


# --------------------------------------------------------------------------------- unknown keys, review


def test_unknown_keys_are_errors_with_the_closest_key(tmp_path):
    text = replace(GOOD, "summary:", "sumary:")
    text = replace(text, "  county: 回民区", "  county: 回民区\n  contry: 中国")
    text = replace(text, "unit: 个,", "units: 个,")
    text = replace(text, "review: []", "review: []\nnotes: 记者手记")
    assert found(tmp_path, text) == [
        (LINE["region.county"] + 1, "error", "unknown key 'region.contry' (did you mean 'region.county'?)"),
        (LINE["metrics.0"] + 1, "error", "unknown key 'metrics.0.units' (did you mean 'metrics.0.unit'?)"),
        (LINE["summary"] + 1, "error", "unknown key 'sumary' (did you mean 'summary'?)"),
        (LINE["review"] + 2, "error", f"unknown key 'notes' (rename it to one of: {KEYS}; or delete it)"),
    ]


def test_many_unknown_keys_give_twenty_errors_and_one_for_the_rest(tmp_path):
    text = replace(GOOD, "review: []", "review: []\n" + "".join(f"extra{i}: 1\n" for i in range(25)))
    result = found(tmp_path, text)
    assert len(result) == 21
    assert result[0] == (
        LINE["review"] + 1,
        "error",
        f"unknown key 'extra0' (rename it to one of: {KEYS}; or delete it)",
    )
    assert result[-1] == (
        LINE["review"] + 21,
        "error",
        "5 more unknown keys from 'extra20' on (rename or delete them)",
    )


def test_open_review_items_are_warnings(tmp_path):
    text = replace(
        GOOD, "review: []", "review:\n  - 'region: 新城区 could be Hohhot or Xi''an'\n  - 'level: guessed'"
    )
    assert found(tmp_path, text) == [
        (
            LINE["review"] + 1,
            "warning",
            "open review item: region: 新城区 could be Hohhot or Xi'an (when checked, delete this entry)",
        ),
        (LINE["review"] + 2, "warning", "open review item: level: guessed (when checked, delete this entry)"),
    ]
    content = make_content(tmp_path, {NAME: text})
    assert not has_errors(validate(content))


def test_every_problem_at_once_sorted_by_path_and_line(tmp_path):
    bad = replace(variant("b-file"), "level: county", "level: countyy")
    bad = replace(bad, "title: 回民区：以组织力引领城市基层治理现代化\n", "")
    bad = replace(bad, "themes: [grid-governance,", "themes: [grid-govenance,")
    content = make_content(
        tmp_path, {"b.md": bad, "a.md": replace(variant("a-file"), "review: []", "review: [check title]")}
    )
    result = validate(content)
    assert [(Path(d.path).name, d.line) for d in result] == [
        ("a.md", 24),
        ("b.md", None),
        ("b.md", 15),
        ("b.md", 16),
    ]
    assert has_errors(result)


def test_control_characters_written_as_yaml_escapes_are_errors_on_their_line(tmp_path):
    text = replace(GOOD, "summary: 回民区将党组织建在网格上。", 'summary: "回民区\\x01将党组织建在网格上。"')
    text = replace(text, "locality: 海西路街道赛马场北路社区", 'locality: "海西路街道\\uFFFE"')
    assert [d for d in found(tmp_path, text) if d[1] == "error"] == [
        (
            LINE["locality"],
            "error",
            "'locality' contains the character U+FFFE: delete it (it is invisible in most editors)",
        ),
        (
            LINE["summary"],
            "error",
            "'summary' contains the character U+0001: delete it (it is invisible in most editors)",
        ),
    ]


def test_a_control_character_in_the_body_is_an_error_on_its_line(tmp_path):
    lines = GOOD.split("\n")
    last = len(lines) - 1 - next(i for i, line in enumerate(reversed(lines)) if line.strip())
    lines[last] = lines[last][:3] + "\x1b" + lines[last][3:]
    assert found(tmp_path, "\n".join(lines)) == [
        (
            last + 1,
            "error",
            "the body contains the character U+001B: delete it (it is invisible in most editors)",
        )
    ]


# ------------------------------------------------------------------------------- content/_data/site.yaml


def test_site_settings_are_optional_and_checked_with_their_lines(tmp_path):
    content = make_content(tmp_path)
    assert validate(content) == []
    site = content / "_data" / "site.yaml"
    site.write_text(
        "title: 辑要\nbaseurl: /x/\nbase_url: ftp://example.org/\nedition_date: 2025年7月\ndescription: [a]\n",
        encoding="utf-8",
    )
    assert [(d.line, d.severity, d.message) for d in validate(content)] == [
        (2, "error", "unknown key 'baseurl' (did you mean 'base_url'?)"),
        (
            3,
            "error",
            "base_url 'ftp://example.org/' must be an http(s) address like https://example.org/digest/ "
            "(or a path from the site's root like /digest/)",
        ),
        (4, "error", "edition_date must be a date written YYYY-MM-DD, e.g. 2025-07-01, not text '2025年7月'"),
        (5, "error", "'description' must be text, not a list"),
    ]
    site.write_text("base_url: https://example.org/digest/\nedition_date: 2025-07-01\n", encoding="utf-8")
    assert validate(content) == []
    site.write_text("- a\n", encoding="utf-8")
    [problem] = validate(content)
    assert problem.message.startswith("site.yaml must be a group of keys (title, description, base_url")
