"""Hostile content folders: what `digest check`, the content loader and `digest ingest` make of them.

Every case has its exact outcome: the file and line named in a one-line `path:line: error: message`
diagnostic, exit code 1, nothing executed, nothing read or written outside `content/`, and the other files
unaffected. Inputs that once crashed or misled are kept here as regression tests.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.commands.check import run_check
from builder.content.loader import load_content, read_content_file
from builder.extract.fields import Extracted
from builder.ingest.ingestplan import STATE_FILE
from builder.ingest.pipeline import ingest
from tests.support.cputime import children_cpu_seconds
from tests.support.editing import GOOD, LINE, make_content, replace, variant
from tests.support.repo import ROOT, SEEDS

NAME = "huimin-district.md"
# One problem a line: `path:line: severity: message` (no `:line` only when no line applies).
DIAGNOSTIC = re.compile(
    r"^(?P<path>[^\n]+?\.(?:md|yaml))(?::(?P<line>\d+))?: (?P<severity>error|warning): (?P<msg>.+)$"
)
SUMMARY = re.compile(r"^checked \d+ files?: \d+ errors?, \d+ warnings?$")


pytestmark = pytest.mark.usefixtures("no_fsync")  # in-process ingests skip fsync (see tests/conftest.py)


def check(content: Path) -> tuple[int, list[str]]:
    """Run `digest check` in-process: (exit code, output lines)."""
    out = io.StringIO()
    code = run_check(content, out=out)
    return code, out.getvalue().splitlines()


def diagnostics_of(lines: list[str], path: Path) -> list[tuple[int | None, str, str]]:
    """(line, severity, message) of the output lines about `path`; asserts the one-line format."""
    assert lines and SUMMARY.match(lines[-1]), lines[-1:]
    found = []
    for text in lines[:-1]:
        match = DIAGNOSTIC.match(text)
        assert match, f"not a one-line diagnostic: {text!r}"
        if match["path"] == str(path):
            line = int(match["line"]) if match["line"] else None
            found.append((line, match["severity"], match["msg"]))
    return found


def errors_in(tmp_path: Path, text: str, name: str = NAME) -> list[tuple[int | None, str]]:
    """(line, message) of every error `digest check` prints about a file `name` holding `text`."""
    content = make_content(tmp_path, {name: text})
    code, lines = check(content)
    found = [(line, msg) for line, sev, msg in diagnostics_of(lines, content / name) if sev == "error"]
    assert code == (1 if found else 0)
    return found


# ----------------------------------------------------------------------------- YAML tags: safe loading only


def tag_payloads(marker: Path) -> dict[str, tuple[str, str, int]]:
    """name -> (old, new, line): a GOOD line replaced by one whose tag would create `marker` if constructed."""
    cmd = f"touch {marker}"
    summary = "summary: 回民区将党组织建在网格上。"
    return {
        "apply-os-system": (summary, f"summary: !!python/object/apply:os.system ['{cmd}']", LINE["summary"]),
        "apply-subprocess": (
            summary,
            f"summary: !!python/object/apply:subprocess.check_output [['touch', '{marker}']]",
            LINE["summary"],
        ),
        "new-os-system": (summary, f"summary: !!python/object/new:os.system ['{cmd}']", LINE["summary"]),
        "apply-exec": (
            summary,
            f"summary: !!python/object/apply:builtins.exec [\"open('{marker}', 'w')\"]",
            LINE["summary"],
        ),
        "verbatim-tag": (
            summary,
            f"summary: !<tag:yaml.org,2002:python/object/apply:os.system> ['{cmd}']",
            LINE["summary"],
        ),
        "name-tag": (
            "title: 回民区：以组织力引领城市基层治理现代化",
            "title: !!python/name:os.system",
            LINE["title"],
        ),
        "module-tag": (
            "title: 回民区：以组织力引领城市基层治理现代化",
            "title: !!python/module:os",
            LINE["title"],
        ),
        "tag-in-metric": (
            "value: 226",
            f"value: !!python/object/apply:os.system ['{cmd}']",
            LINE["metrics.0"],
        ),
        "tag-as-key": (
            "review: []",
            f"review: []\n? !!python/object/apply:os.system ['{cmd}']\n: 1",
            LINE["review"] + 1,
        ),
        "local-tag": (
            "title: 回民区：以组织力引领城市基层治理现代化",
            f"title: !os.system '{cmd}'",
            LINE["title"],
        ),
    }


@pytest.mark.parametrize(
    "case",
    sorted(tag_payloads(Path("/m"))),
)
def test_yaml_tags_construct_nothing_and_are_errors_on_their_line(tmp_path, case):
    marker = tmp_path / "EXECUTED"
    old, new, line = tag_payloads(marker)[case]
    text = replace(GOOD, old, new)
    content = make_content(tmp_path, {NAME: text})
    code, lines = check(content)
    assert not marker.exists()
    assert code == 1
    found = diagnostics_of(lines, content / NAME)
    assert [(n, s) for n, s, _ in found] == [(line, "error")], found
    assert "could not determine a constructor for the tag" in found[0][2]
    # The loader and ingest read the same file without constructing anything either.
    loaded = read_content_file(content / NAME)
    assert loaded.error is not None and loaded.initiative is None
    assert not marker.exists()


def test_yaml_tag_in_a_vocabulary_file_constructs_nothing(tmp_path):
    marker = tmp_path / "EXECUTED"
    content = make_content(tmp_path)
    themes = content / "_data" / "themes.yaml"
    themes.write_text(f"themes: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    code, lines = check(content)
    assert not marker.exists()
    assert code == 1
    assert lines[0] == (
        f"{themes}:1: error: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'"
    )


# ------------------------------------------------------------------------- malformed YAML, not a mapping


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            replace(
                GOOD, "themes: [grid-governance, joint-building]", "themes: [grid-governance, joint-building"
            ),
            [
                (
                    18,
                    "YAML syntax error: did not find expected ',' or ']' "
                    "(the [ list opened on line 17 is not closed)",
                )
            ],
            id="unclosed-flow-list",
        ),
        pytest.param(
            replace(GOOD, "  city: 呼和浩特市", "\tcity: 呼和浩特市"),
            [(12, "YAML syntax error: found a tab character that violates indentation")],
            id="tab-indent",
        ),
        pytest.param(
            replace(GOOD, "locality: 海西路街道赛马场北路社区", ": 海西路街道"),
            [(15, "YAML syntax error: did not find expected key")],
            id="key-missing",
        ),
        pytest.param(
            "---\n{{{]]]:::\n---\n\n正文。\n",
            [(2, "YAML syntax error: did not find expected node content")],
            id="garbage",
        ),
        pytest.param(
            GOOD.replace("---\n\n回民区", "\n回民区"),
            [(27, "front matter is not closed by a '---' line")],
            id="not-closed",
        ),
        pytest.param(
            "回民区在推行网格化管理\n",
            [(1, "file does not start with a '---' front matter line")],
            id="no-front-matter",
        ),
        pytest.param("", [(1, "file does not start with a '---' front matter line")], id="empty-file"),
        pytest.param(
            "---\n---\n\n正文。\n",
            [
                (None, "missing required field 'title'"),
                (None, "missing required field 'slug'"),
                (None, "missing required field 'source'"),
            ],
            id="empty-front-matter",
        ),
        pytest.param(
            "---\n- a\n- b\n---\n\n正文。\n",
            [(2, "front matter must be a mapping of keys to values")],
            id="list",
        ),
        pytest.param(
            "---\n就是一段文字\n---\n\n正文。\n",
            [(2, "front matter must be a mapping of keys to values")],
            id="text",
        ),
        pytest.param(
            "---\n42\n---\n\n正文。\n", [(2, "front matter must be a mapping of keys to values")], id="number"
        ),
        pytest.param(
            "---\ntrue\n---\n\n正文。\n", [(2, "front matter must be a mapping of keys to values")], id="bool"
        ),
        pytest.param(
            "---\n!!set {a, b}\n---\n\n正文。\n",
            [(2, "front matter must be a mapping of keys to values")],
            id="set",
        ),
        pytest.param(
            "---\n1: 2\n? [a, b]\n: c\n---\n\n正文。\n", [(3, "found unhashable key")], id="unhashable-key"
        ),
        pytest.param("\ufeff" + GOOD, [], id="bom-is-fine"),
        pytest.param(GOOD.replace("\n", "\r\n"), [], id="crlf-is-fine"),
    ],
)
def test_malformed_front_matter(tmp_path, text, expected):
    assert errors_in(tmp_path, text) == expected


def _title(new: str) -> str:
    return replace(GOOD, "title: 回民区：以组织力引领城市基层治理现代化", new)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _title("title: [回民区, 标题]"), (2, "'title' must be text, not a list"), id="title-list"
        ),
        pytest.param(
            _title("title: {a: b}"), (2, "'title' must be text, not a group of keys"), id="title-map"
        ),
        pytest.param(
            _title("title: !!binary 5Zue5rCR5Yy6"), (2, "'title' must be text, not bytes"), id="title-bytes"
        ),
        pytest.param(
            replace(GOOD, "slug: huimin-district", "slug: 123"),
            (3, "'slug' must be text, not a number"),
            id="slug-number",
        ),
        pytest.param(
            replace(
                GOOD,
                "source:\n  file: 001_db21671502ac2f81.txt\n  part: 1\n  byline: 本报讯（记者 祁晓燕 通讯员 云静波）",
                "source: 001_db21671502ac2f81.txt",
            ),
            (4, "'source' must be a group of keys (file, part, byline, publication, page, url), not text"),
            id="source-text",
        ),
        pytest.param(
            replace(GOOD, "part: 1", "part: -1"),
            (6, "'source.part' must be a whole number from 1 up, not -1"),
            id="part-negative",
        ),
        pytest.param(
            replace(GOOD, "part: 1", "part: 1.5"),
            (6, "'source.part' must be a whole number from 1 up, not 1.5"),
            id="part-float",
        ),
        pytest.param(
            replace(GOOD, "part: 1", "part: 一"),
            (6, "'source.part' must be a whole number from 1 up, not '一'"),
            id="part-chinese",
        ),
        pytest.param(
            replace(GOOD, "themes: [grid-governance, joint-building]", "themes: grid-governance"),
            (17, "'themes' must be a list, e.g. themes: [grid-governance, joint-building], not text"),
            id="themes-text",
        ),
        pytest.param(
            replace(GOOD, "value: 226", "value: 两百"),
            (20, "metrics[1].value must be a number (万/亿 multiplied out), not text '两百'"),
            id="value-text",
        ),
        pytest.param(
            replace(GOOD, "value: 226", "value: yes"),
            (20, "metrics[1].value must be a number (万/亿 multiplied out), not true/false"),
            id="value-bool",
        ),
        pytest.param(
            replace(GOOD, "date: null", "date: 2024-02-30"),
            (9, "date '2024-02-30' is not a valid date: write it as YYYY-MM-DD, e.g. 2024-05-01"),
            id="date-impossible",
        ),
        pytest.param(
            replace(GOOD, "level: county", "level: [county]"),
            (16, "'level' must be one of province, city, county, township, community, not a list"),
            id="level-list",
        ),
        pytest.param(
            replace(GOOD, "related: {pin: [], block: []}", "related: []"),
            (23, "'related' must be a group of keys (pin, block), not a list"),
            id="related-list",
        ),
    ],
)
def test_wrong_types(tmp_path, text, expected):
    assert errors_in(tmp_path, text) == [expected]


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_non_finite_metric_value_is_named_as_such(tmp_path, value):
    assert errors_in(tmp_path, replace(GOOD, "value: 226", f"value: {value}")) == [
        (
            LINE["metrics.0"],
            "metrics[1].value must be a number (万/亿 multiplied out), "
            "not an infinite or undefined number (.inf / .nan)",
        )
    ]


# ---------------------------------------------------------------------------------------------- slugs

UNSAFE = "it must not contain '/', '\\', ':' or '..'; use only lowercase a-z, 0-9 and hyphens"
PATTERN = (
    "may only use lowercase a-z, 0-9 and single hyphens between them "
    "(no spaces, capitals, underscores, or hyphens at the ends)"
)


@pytest.mark.parametrize(
    ("yaml_slug", "message"),
    [
        ("../../etc/passwd", f"unsafe slug '../../etc/passwd': {UNSAFE}"),
        ("/etc/passwd", f"unsafe slug '/etc/passwd': {UNSAFE}"),
        ("'..'", f"unsafe slug '..': {UNSAFE}"),
        ("'.'", f"unsafe slug '.': {UNSAFE}"),
        ("'a/../../b'", f"unsafe slug 'a/../../b': {UNSAFE}"),
        ("'C:\\Windows'", f"unsafe slug 'C:\\Windows': {UNSAFE}"),
        ("'\\\\server\\share'", f"unsafe slug '\\\\server\\share': {UNSAFE}"),
        ("'~root'", f"unsafe slug '~root': {UNSAFE}"),
        ("con", "slug 'con' is a reserved file name on Windows; choose another"),
        ("nul", "slug 'nul' is a reserved file name on Windows; choose another"),
        ("aux", "slug 'aux' is a reserved file name on Windows; choose another"),
        ("com1", "slug 'com1' is a reserved file name on Windows; choose another"),
        ("lpt9", "slug 'lpt9' is a reserved file name on Windows; choose another"),
        ("CON", f"slug 'CON' {PATTERN}"),
        ("a" * 300, "slug is too long (300 characters, at most 100)"),
        ("'-rf'", f"slug '-rf' {PATTERN}"),
        (
            '"ａｂｃ"',
            "slug 'ａｂｃ' must be ASCII: use only lowercase a-z, 0-9 and hyphens (pinyin or English)",
        ),
        (
            "回民区",
            "slug '回民区' must be ASCII: use only lowercase a-z, 0-9 and hyphens (pinyin or English)",
        ),
        ("'huimin district'", f"slug 'huimin district' {PATTERN}"),
    ],
)
def test_unsafe_slugs_are_errors_on_the_slug_line(tmp_path, yaml_slug, message):
    assert errors_in(tmp_path, variant(yaml_slug)) == [(LINE["slug"], message)]


@pytest.mark.parametrize("yaml_slug", ['"huimin-district\\n"', "|\n  huimin-district"])
def test_slug_with_a_trailing_newline_is_refused(tmp_path, yaml_slug):
    [(line, message)] = errors_in(tmp_path, variant(yaml_slug))
    assert line == LINE["slug"]
    assert "\n" not in message


def test_duplicate_slugs_in_three_files_name_each_other(tmp_path):
    content = make_content(
        tmp_path,
        {
            "a.md": variant("same"),
            "b.md": variant("same", title="另一篇"),
            "c.md": variant("same", title="第三篇"),
            "same.md": variant("different"),
        },
    )
    code, lines = check(content)
    assert code == 1
    for name, others in (("a", "b, c"), ("b", "a, c"), ("c", "a, b")):
        listed = ", ".join(f"{content}/{o}.md" for o in others.split(", "))
        assert diagnostics_of(lines, content / f"{name}.md") == [
            (LINE["slug"], "error", f"duplicate slug 'same' (also in {listed})")
        ]
    assert diagnostics_of(lines, content / "same.md") == []


# --------------------------------------------------------------------------------------------- symlinks

REFUSED = (None, "error", "symbolic link to a file outside content/: refused")


def _symlinks(tmp_path: Path, content: Path) -> dict[str, Path]:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(GOOD, encoding="utf-8")
    links = {
        "passwd.md": Path("/etc/passwd"),
        "absolute.md": outside / "secret.md",
        "relative.md": Path("../outside/secret.md"),
        "dangling.md": Path("/nonexistent/nowhere.md"),
        "loop.md": Path("loop.md"),
        "chain.md": Path("absolute.md"),  # inside -> a link that leads outside
        "dev-zero.md": Path("/dev/zero"),
    }
    for name, target in links.items():
        os.symlink(target, content / name)
    return links


def test_symlinks_that_lead_outside_content_are_refused_unread(tmp_path):
    content = make_content(tmp_path)
    links = _symlinks(tmp_path, content)
    started = time.monotonic()
    code, lines = check(content)
    assert time.monotonic() - started < 10  # /dev/zero is never read
    assert code == 1
    for name in links:
        assert diagnostics_of(lines, content / name) == [REFUSED], name
    assert diagnostics_of(lines, content / NAME) == []
    assert not any("root:" in line for line in lines)  # nothing of /etc/passwd is echoed


def test_a_symlink_inside_content_is_read(tmp_path):
    content = make_content(tmp_path, {})
    (content / "drafts").mkdir()
    (content / "drafts" / "real.md").write_text(GOOD, encoding="utf-8")
    os.symlink("drafts/real.md", content / NAME)
    assert check(content) == (0, ["checked 1 file: 0 errors, 0 warnings"])


def test_a_vocabulary_file_symlinked_outside_is_refused(tmp_path):
    content = make_content(tmp_path)
    outside = tmp_path / "themes.yaml"
    shutil.move(content / "_data" / "themes.yaml", outside)
    os.symlink(outside, content / "_data" / "themes.yaml")
    code, lines = check(content)
    assert code == 1
    assert diagnostics_of(lines, content / "_data" / "themes.yaml") == [REFUSED]


def test_the_data_folder_symlinked_outside_is_refused(tmp_path):
    content = make_content(tmp_path)
    outside = tmp_path / "elsewhere"
    shutil.move(content / "_data", outside)
    os.symlink(outside, content / "_data")
    code, lines = check(content)
    assert code == 1
    assert any(line.startswith(f"{content}/_data") and "outside content/" in line for line in lines), lines


# ------------------------------------------------------------------------------------------ huge values


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "title: 回民区：以组织力引领城市基层治理现代化",
            "title: " + "长" * 600_000,
            (LINE["title"], "'title' is too long (600000 characters, at most 200)"),
            id="1.8MB-title",
        ),
        pytest.param(
            "summary: 回民区将党组织建在网格上。",
            "summary: >\n  " + "摘" * 500_000,
            (LINE["summary"], "'summary' is too long (500001 characters, at most 2000)"),
            id="1.5MB-folded-summary",
        ),
        pytest.param(
            "keywords: [网格, 党建联建]",
            "keywords: [" + "词, " * 20_000 + "]",
            (LINE["keywords"], "'keywords' has too many items (20000, at most 200)"),
            id="20k-keywords",
        ),
        pytest.param(
            "practices: [双报到, 红蜂驿站]",
            "practices: [" + "做" * 300_000 + "]",
            (LINE["practices"], "practices item 1 is too long (300000 characters, at most 200)"),
            id="0.9MB-practice",
        ),
        pytest.param(
            "回民区在推行网格化管理的过程中……",
            "正文。" * 300_000,
            (None, "file is too large (2.7 MB; at most 2 MB)"),
            id="2.7MB-file",
        ),
    ],
)
def test_huge_values_are_bounded_errors(tmp_path, old, new, expected):
    text = replace(GOOD, old, new)
    # CPU seconds of this process: a bound on the cost, not on the machine's load
    started = time.process_time()
    assert errors_in(tmp_path, text) == [expected]
    assert time.process_time() - started < 15


def _timed_check(content: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """`digest check` of `content` in a process of its own: (the CPU seconds it took, its result). CPU time, not
    wall time: on a machine shared by others a wall-clock ratio of two runs measured the load (it failed under two
    concurrent scoring runs and passed alone); the work a check does is what its CPU time counts."""
    started = children_cpu_seconds()
    result = subprocess.run(
        [sys.executable, "-m", "builder", "check", "-q", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    return children_cpu_seconds() - started, result


@pytest.mark.slow
def test_a_front_matter_with_190k_keys_is_checked_about_as_fast_as_a_long_list(tmp_path):
    keys = replace(GOOD, "review: []", "review: []\n" + "".join(f"k{i}: 1\n" for i in range(190_000)))
    items = replace(GOOD, "review: []", "review:\n" + "".join(f"- k{i}\n" for i in range(190_000)))
    keys_time, keys_result = _timed_check(make_content(tmp_path / "keys", {NAME: keys}))
    items_time, items_result = _timed_check(make_content(tmp_path / "items", {NAME: items}))
    assert keys_result.returncode == 1  # unknown keys are errors: twenty, and one line for the rest
    assert keys_result.stdout.count("error: unknown key") == 20
    assert "189980 more unknown keys from 'k20' on" in keys_result.stdout
    assert items_result.returncode == 1  # too many review items
    assert keys_time < 2.5 * items_time + 2, (keys_time, items_time)
    assert items_time < 20, items_time  # (some 1.6 s; a loader quadratic in the lines takes minutes)


# ---------------------------------------------------------------- nesting, control characters, big numbers


def _run_check_subprocess(content: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "builder", "check", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
    )


def test_shallow_nesting_is_a_type_error(tmp_path):
    text = replace(GOOD, "keywords: [网格, 党建联建]", "keywords: " + "[" * 100 + "]" * 100)
    assert errors_in(tmp_path, text) == [(LINE["keywords"], "keywords item 1 must be text, not a list")]


DEEP = "values are nested too deeply (more than 100 levels)"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("[" * 50_000 + "]" * 50_000, [(LINE["keywords"], DEEP)], id="flow-lists-50000"),
        pytest.param("{a: " * 50_000 + "1" + "}" * 50_000, [(LINE["keywords"], DEEP)], id="flow-maps-50000"),
        pytest.param(
            "\n  " + "- " * 50_000 + "x",
            [(LINE["keywords"] + 1, DEEP)],
            id="block-lists-50000",
        ),
        pytest.param(
            "\n  " + "? " * 50_000 + "x",
            [(LINE["keywords"] + 1, DEEP)],
            id="complex-keys-50000",
        ),
    ],
)
def test_very_deep_nesting_is_an_error_not_a_crash(tmp_path, value, expected):
    text = replace(GOOD, "keywords: [网格, 党建联建]", "keywords: " + value)
    content = make_content(tmp_path, {NAME: text, "other.md": variant("other")})
    result = _run_check_subprocess(content)
    assert result.returncode == 1, (result.returncode, result.stderr[-300:])
    lines = result.stdout.splitlines()
    assert [(n, m) for n, _, m in diagnostics_of(lines, content / NAME)] == expected
    assert diagnostics_of(lines, content / "other.md") == []
    assert result.stderr == ""


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b"])
def test_control_character_in_front_matter_is_one_line_with_its_line(tmp_path, char):
    text = replace(GOOD, "summary: 回民区将党组织建在网格上。", f"summary: 回民区{char}将党组织建在网格上。")
    content = make_content(tmp_path, {NAME: text})
    code, lines = check(content)
    assert code == 1
    assert diagnostics_of(lines, content / NAME)[0][:2] == (LINE["summary"], "error")


def test_a_5000_digit_number_is_an_error_on_its_line(tmp_path):
    assert errors_in(tmp_path, replace(GOOD, "value: 226", "value: " + "9" * 5000)) == [
        (LINE["metrics.0"], "number is too long (5000 characters)")
    ]


def test_control_characters_in_values_never_reach_the_terminal(tmp_path):
    text = variant(
        '"\\e]0;owned\\a\\0"',
        **{
            "themes: [grid-governance, joint-building]": 'themes: ["\\e[2J"]',
            "level: county": 'level: "\\e[31mcounty"',
            "review: []": 'review: []\n"\\e[1mkey": 1',
        },
    )
    content = make_content(tmp_path, {NAME: text})
    code, lines = check(content)
    assert code == 1
    assert len(lines) == 5, lines
    assert not [line for line in lines if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", line)]


def test_control_characters_in_the_body_are_an_error_and_a_script_is_not(tmp_path):
    body = "回民区\x00在推行\x07网格化管理。<script>alert(1)</script>\n"
    line = GOOD.split("---\n\n")[0].count("\n") + 3
    message = "the body contains the character U+0000: delete it (it is invisible in most editors)"
    assert errors_in(tmp_path, GOOD.split("---\n\n")[0] + "---\n\n" + body) == [(line, message)]


# ------------------------------------------------------------------ the loader never raises (its contract)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(
            replace(GOOD, "value: 226", "value: !!python/object/apply:os.system ['true']"),
            LINE["metrics.0"],
            id="tag",
        ),
        pytest.param("---\n- a\n---\n\nbody\n", 2, id="list"),
        pytest.param("no front matter\n", 1, id="no-front-matter"),
        pytest.param(b"---\ntitle: \xd6\xd0\n---\n", 2, id="not-utf8"),
        pytest.param(
            replace(GOOD, "keywords: [网格, 党建联建]", "keywords: " + "[" * 300 + "]" * 300),
            LINE["keywords"],  # the loader refuses what libyaml could not compose safely, as validate() does
            id="nest-300",
        ),
    ],
)
def test_the_content_loader_turns_hostile_files_into_errors(tmp_path, text, line):
    content = make_content(tmp_path, {"ok.md": variant("ok")})
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    (content / NAME).write_bytes(data)
    loaded = {f.path.name: f for f in load_content(content)}
    assert loaded["ok.md"].initiative is not None and loaded["ok.md"].error is None
    hostile = loaded[NAME]
    if line is None:  # well-formed YAML of the wrong shape: loaded leniently, validate() decides
        assert hostile.error is None
    else:
        assert hostile.error is not None and hostile.error.line == line, hostile.error


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            replace(GOOD, "keywords: [网格, 党建联建]", "keywords: " + "[" * 600 + "]" * 600),
            id="nest-600",
        ),
        pytest.param(replace(GOOD, "value: 226", "value: " + "9" * 5000), id="5000-digits"),
    ],
)
def test_the_content_loader_never_raises(tmp_path, text):
    content = make_content(tmp_path, {NAME: text})
    [loaded] = load_content(content)
    assert loaded.error is not None
    assert loaded.error.line is not None


# --------------------------------------------------------------------- `digest ingest` over hostile content


def _stub_extractor(texts, themes):
    return [Extracted() for _ in texts]


def _ingest_folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "_data", content / "_data")
    return content


@pytest.fixture(scope="module")
def one_seed(tmp_path_factory) -> Path:
    """A seeds folder with page 001 only (six articles): enough, and quick to ingest."""
    seeds = tmp_path_factory.mktemp("seeds")
    shutil.copy(SEEDS / "001_db21671502ac2f81.txt", seeds)
    return seeds


def _run_ingest(seeds: Path, content: Path):
    return ingest(seeds, content, extractor=_stub_extractor)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def ingested_stub(tmp_path_factory, one_seed) -> Path:
    """content/ after one stub-extractor ingest of page 001: six files and the state."""
    content = _ingest_folder(tmp_path_factory.mktemp("stub"))
    report = _run_ingest(one_seed, content)
    assert report.errors == [] and len(report.created) == 6
    return content


def _by_source(content: Path, file_prefix: str, part: int) -> Path:
    for path in sorted(content.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if f"file: {file_prefix}" in text and f"\n  part: {part}\n" in text:
            return path
    raise AssertionError(f"no file for {file_prefix}#{part}")


def _copy(ingested: Path, tmp_path: Path) -> Path:
    shutil.copytree(ingested, tmp_path / "content")
    return tmp_path / "content"


@pytest.mark.parametrize(
    ("spoil", "line", "message"),
    [
        pytest.param(
            lambda t: t.replace("\nlevel:", "\nlevel: [\n", 1),
            None,
            "YAML syntax error",
            id="syntax-error",
        ),
        pytest.param(
            lambda t: t.replace(
                "\nsummary: ", "\nsummary: !!python/object/apply:os.system ['touch {marker}'] #", 1
            ),
            None,
            "could not determine a constructor",
            id="python-tag",
        ),
        pytest.param(
            lambda t: "---\n- a list\n---\n" + t.split("---\n", 2)[2],
            2,
            "must be a mapping",
            id="not-a-mapping",
        ),
        pytest.param(lambda t: t.replace("---", "", 1), 1, "does not start with", id="no-front-matter"),
    ],
)
def test_ingest_leaves_a_broken_file_untouched_and_writes_the_others(
    ingested_stub, one_seed, tmp_path, spoil, line, message
):
    content = _copy(ingested_stub, tmp_path)
    marker = tmp_path / "EXECUTED"
    target = _by_source(content, "001_", 1)
    target.write_text(
        spoil(target.read_text(encoding="utf-8")).replace("{marker}", str(marker)), encoding="utf-8"
    )
    other = _by_source(content, "001_", 2)
    other.unlink()  # an editor deleted this one
    before = target.read_bytes()
    report = _run_ingest(one_seed, content)
    assert not marker.exists()
    assert target.read_bytes() == before
    [error] = report.errors
    assert error.startswith(f"{target}:" if line is None else f"{target}:{line}: error: ")
    assert message in error and error.endswith("fix it, this file was left untouched")
    assert not other.exists()  # deleted by an editor: stays deleted
    assert len(report.unchanged) == 4


@pytest.mark.parametrize(
    "value",
    [pytest.param("[" * 600 + "]" * 600, id="nest-600"), pytest.param("9" * 5000, id="5000-digits")],
)
def test_ingest_survives_a_content_file_the_yaml_library_chokes_on(ingested_stub, one_seed, tmp_path, value):
    content = _copy(ingested_stub, tmp_path)
    target = _by_source(content, "001_", 1)
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("\nkeywords: []", f"\nkeywords: {value}", 1), encoding="utf-8")
    before = target.read_bytes()
    report = _run_ingest(one_seed, content)
    assert target.read_bytes() == before
    assert [e for e in report.errors if e.startswith(str(target))]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"themes: [a\n", id="syntax-error"),
        pytest.param(b"- a\n- b\n", id="list"),
        pytest.param(b"themes: !!python/object/apply:os.system ['true']\n", id="python-tag"),
        pytest.param("themes: []\n# 中文\n".encode("gb18030"), id="not-utf8"),
    ],
)
def test_ingest_reports_a_broken_theme_vocabulary(one_seed, tmp_path, data):
    content = _ingest_folder(tmp_path)
    (content / "_data" / "themes.yaml").write_bytes(data)
    report = _run_ingest(one_seed, content)
    assert any("themes.yaml" in e for e in report.errors), report.errors


@pytest.mark.parametrize(
    "state",
    [
        pytest.param(b"[]", id="list"),
        pytest.param(b"\xff\xfe\x00garbage", id="binary"),
        pytest.param(b'{"version": 99, "sources": {}}', id="other-version"),
        pytest.param(b'{"version": 1, "sources": {', id="truncated"),
    ],
)
def test_a_corrupt_ingest_state_keeps_every_file_as_edited(ingested_stub, one_seed, tmp_path, state):
    content = _copy(ingested_stub, tmp_path)
    (content / STATE_FILE).write_bytes(state)
    before = _snapshot(content)
    report = _run_ingest(one_seed, content)
    [error] = report.errors
    assert error.startswith(f"{content / STATE_FILE}: error: cannot read the ingest state")
    assert error.endswith("every existing file is treated as edited")
    after = _snapshot(content)
    assert {k: v for k, v in after.items() if k != STATE_FILE} == {
        k: v for k, v in before.items() if k != STATE_FILE
    }


@pytest.mark.parametrize(
    "state",
    [
        pytest.param(b'{"version": 1, "sources": [1, 2]}', id="sources-list"),
        pytest.param(b'{"version": 1, "sources": {"a#1": "x"}}', id="entry-text"),
        pytest.param(
            b'{"version": 1, "sources": {"a#1": {"slug": "x", "hashes": {"title": 5}}}}', id="hash-number"
        ),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="deep"),
    ],
)
def test_a_malformed_ingest_state_is_reported_not_raised(ingested_stub, one_seed, tmp_path, state):
    content = _copy(ingested_stub, tmp_path)
    (content / STATE_FILE).write_bytes(state)
    report = _run_ingest(one_seed, content)
    assert any("cannot read the ingest state" in e for e in report.errors)


def test_ingest_never_writes_through_a_symlink_outside_content(ingested_stub, one_seed, tmp_path):
    content = _copy(ingested_stub, tmp_path)
    target = _by_source(content, "001_", 1)
    outside = tmp_path / "outside.md"
    # The outside file claims the source of a seed article, with a changed (generated-looking) title.
    outside.write_text(
        target.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: 外面的", 1), encoding="utf-8"
    )
    before = outside.read_bytes()
    target.unlink()
    os.symlink(outside, target)
    _run_ingest(one_seed, content)
    assert outside.read_bytes() == before
    assert target.is_symlink() and target.resolve() == outside.resolve(), "the link is left as it was"


def test_ingest_never_follows_a_hostile_slug_out_of_content(ingested_stub, one_seed, tmp_path):
    """An editor's slug `../../etc/passwd` and a state that names `../escape` write nothing outside."""
    content = _copy(ingested_stub, tmp_path)
    target = _by_source(content, "001_", 1)
    text = target.read_text(encoding="utf-8")
    slug = target.stem
    target.write_text(text.replace(f"\nslug: {slug}\n", "\nslug: ../../escape\n", 1), encoding="utf-8")
    gone = _by_source(content, "001_", 2)
    state = content / STATE_FILE
    state.write_text(
        state.read_text(encoding="utf-8").replace(f'"slug": "{gone.stem}"', '"slug": "../escape2"'),
        encoding="utf-8",
    )
    gone.unlink()
    outside_before = sorted(p.name for p in tmp_path.iterdir())
    report = _run_ingest(one_seed, content)
    assert report.errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == outside_before
    assert not (tmp_path.parent / "escape.md").exists()
    assert "slug: ../../escape\n" in target.read_text(encoding="utf-8")  # kept as the editor wrote it
    assert not gone.exists() and not (content.parent / "escape2.md").exists()
