"""Bounded fuzz of the build: mutated content through load -> validate -> build, and random Markdown bodies.

The content fuzz starts from the committed content/*.md and mutates it: front matter values replaced by
values of every YAML kind (text with markup, control characters and CJK, huge and negative numbers, NaN and
infinities, dates and timestamps, lists, mappings, null), keys removed or misspelt, metrics and regions
rebuilt, slugs clashing, parents and pins pointing anywhere, bodies replaced by random Markdown, front matter
cut short. Each folder goes through `digest build` in this process. The outcome is always one of two:

* the validator (`builder.validate.run.validate`) reports errors: exit 1, each error printed as
  `path:line: error: message`, nothing written;
* it reports none: exit 0 and a complete site, one page per initiative.

Never an exception, never a build that fails after validation ("digest build: failed (…)" with a
traceback). The body fuzz renders random Markdown (links and images of every scheme, raw HTML, nesting)
and checks the HTML holds only the renderer's own elements and safe links. Both are derandomized with a
fixed number of examples (FUZZ_EXAMPLES overrides it); the long runs are marked slow.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import io
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import event, example, given
from hypothesis import strategies as st

from builder.commands.build import run_build
from builder.content.frontmatter import parse_yaml, split
from builder.render.markdown import render_body, safe_link
from builder.schema import FRONT_MATTER_KEYS
from builder.util.paths import DEFAULT_DATA_DIR
from builder.validate.run import validate
from tests.support.fuzz import fuzz
from tests.support.repo import REPO_CONTENT

DOCUMENTS: list[tuple[dict[str, Any], str]] = []
for _path in sorted(REPO_CONTENT.glob("*.md"))[:12]:
    _pieces = split(_path.read_text(encoding="utf-8"))
    DOCUMENTS.append((parse_yaml(_pieces), _pieces.body))
THEMES = [t["slug"] for t in yaml.safe_load((DEFAULT_DATA_DIR / "themes.yaml").read_text("utf-8"))["themes"]]


DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# ---------------------------------------------------------------------------------------------- values

FRAGMENTS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "data:text/html,x",
    "&amp;",
    "{{ 7*7 }}",
    "{% raw %}",
    "]]>",
    "\x00",
    "\x01",
    "\x1b[31m",
    "\u202e",
    "\ufffe",
    "\U0001f600",
    "图：",
    "## ",
    "\n",
    "'",
    '"',
    "\\",
    "../../etc/passwd",
    "回民区",
    "网格员",
    "内蒙古自治区",
    "呼和浩特市",
    "150103",
    "2024-05-01",
    "-",
    "*",
    "#",
    ":",
    " ",
]
text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=8).map(
    "".join
) | st.sampled_from(["", " ", "x" * 250, "网" * 2100])
numbers = st.one_of(
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1, 10**400 // 10**399, 2**63, 1e308, -0.0]),
)
dates = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1)),
    st.datetimes(min_value=dt.datetime(1900, 1, 1)),
    st.sampled_from(["2024-02-30", "2024-5-1", "20240501", "yesterday"]),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, text, dates)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["label", "value", "x", "unit"]), inner, max_size=4)
    ),
    max_leaves=8,
)
metric = st.fixed_dictionaries(
    {},
    optional={
        "label": st.one_of(text, values),
        "value": st.one_of(numbers, values),
        "unit": st.one_of(st.sampled_from(["个", "人", "%", "万元", ""]), values),
        "approx": st.one_of(st.booleans(), values),
        "quote": st.one_of(text, values),
        "extra": values,
    },
)
region = st.fixed_dictionaries(
    {},
    optional={
        "province": st.sampled_from(["内蒙古自治区", "四川省", "北京市", "火星省"]) | values,
        "city": st.sampled_from(["呼和浩特市", "成都市", "北京市", None]) | values,
        "county": st.sampled_from(["回民区", "新城区", "朝阳区", "天府新区", None]) | values,
        "code": st.sampled_from(["150103", "150102", "510100", 150103, "999999", None]) | values,
    },
)
KEYS = [*FRONT_MATTER_KEYS, "source.file", "source.part", "source.byline", "tittle", "note"]
MARKDOWN = st.lists(
    st.sampled_from(
        [
            "正文。",
            "回民区推行网格化管理。",
            "\n\n",
            "\n",
            "## 小标题\n",
            "# 大标题\n",
            "###### 六\n",
            "图：图片说明。",
            "[链接](https://example.org/x)",
            "[坏链接](javascript:alert(1))",
            "[数据](data:image/png;base64,AAAA)",
            "![图](https://example.org/p.png)",
            "<https://example.org>",
            "<script>alert(1)</script>",
            "<div onclick=alert(1)>",
            "`code`",
            "```\nfence\n```\n",
            "    indented\n",
            "> 引用\n",
            "- 列表\n",
            "1. 一\n",
            "---\n",
            "***",
            "[r]: javascript:alert(1)\n",
            "[r]",
            "&#106;avascript:",
            "\\",
            "|a|b|\n|-|-|\n",
            "\x00",
            "\u3000",
        ]
    )
    | st.text(max_size=6),
    max_size=30,
).map("".join)


short = text.map(lambda t: (t if t.strip() else f"网格{t}")[:200])  # non-blank, within MAX_SHORT
finite = st.one_of(
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0, 0.0, -0.0, 1e308, -1e308, 5e-324, 0.1 + 0.2, 2**53 + 1]),
)
good_metric = st.fixed_dictionaries(
    {"label": short, "value": finite, "unit": st.sampled_from(["个", "人", "%", "万元", "", "<b>"]) | short},
    optional={"approx": st.booleans(), "quote": text.map(lambda t: t[:1000])},
)
good_region = st.sampled_from(
    [
        {"province": "内蒙古自治区", "city": "呼和浩特市", "county": "回民区", "code": "150103"},
        {"province": "内蒙古自治区", "city": "呼和浩特市", "county": "新城区", "code": "150102"},
        {"province": "北京市", "city": None, "county": "朝阳区", "code": "110105"},
        {"province": "四川省", "city": "成都市", "county": None, "code": None},
        {"province": None, "city": None, "county": None, "code": None},
    ]
)
# Values of the right type for each key (so that most folders stay valid and get built), hostile inside.
GOOD: dict[str, Any] = {
    "title": short,
    "summary": st.none() | text.map(lambda t: t[:2000]),
    "locality": st.none() | short,
    "date": st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    "level": st.none() | st.sampled_from(["province", "city", "county", "township", "community"]),
    "themes": st.lists(st.sampled_from(THEMES), unique=True, max_size=5),
    "practices": st.lists(short, max_size=6),
    "keywords": st.lists(short, max_size=6),
    "metrics": st.lists(good_metric, max_size=5),
    "region": good_region,
    "review": st.lists(short, max_size=2),
    "source.byline": st.none() | short,
    "source.file": short,
    "source.part": st.integers(1, 10**6),
}


OPERATIONS = ("good",) * 4 + (
    "any",
    "any",
    "delete",
    "metrics",
    "region",
    "link",
    "body",
    "body",
    "slug",
    "cut",
)


def _base(picks: list[int]) -> list[tuple[dict[str, Any], str]]:
    """Copies of the picked documents, their parents and pins cut to the documents picked."""
    docs = [(copy.deepcopy(DOCUMENTS[i][0]), DOCUMENTS[i][1]) for i in picks]
    slugs = {data["slug"] for data, _ in docs}
    for data, _ in docs:
        if data.get("parent") not in slugs:
            data["parent"] = None
        data["related"] = {"pin": [], "block": []}
    return docs


@st.composite
def mutated_folder(draw) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(file name, text) of 1-3 content files after 1-5 mutations: mostly values of the right type with
    hostile text, sometimes any YAML value, a removed key, a clash, a random body or a cut file."""
    picks = draw(st.lists(st.integers(0, len(DOCUMENTS) - 1), min_size=1, max_size=3, unique=True))
    docs = _base(picks)
    cut: dict[int, int] = {}
    for _ in range(draw(st.integers(1, 5))):
        n = draw(st.integers(0, len(docs) - 1))
        data, body = docs[n]
        op = draw(st.sampled_from(OPERATIONS))
        key = draw(st.sampled_from(sorted(GOOD) if op == "good" else KEYS))
        value = draw(GOOD[key] if op == "good" else values)
        if op in ("good", "any"):
            if "." in key:
                parent, _, leaf = key.partition(".")
                if isinstance(data.get(parent), dict):
                    data[parent][leaf] = value
            else:
                data[key] = value
        elif op == "delete" and data:
            data.pop(draw(st.sampled_from(sorted(data, key=str))), None)
        elif op == "metrics":
            data["metrics"] = draw(st.lists(metric, max_size=4))
        elif op == "region":
            data["region"] = draw(region)
        elif op == "link":
            other = docs[draw(st.integers(0, len(docs) - 1))][0].get("slug")
            if draw(st.booleans()):
                data["parent"] = other
            else:
                data["related"] = {"pin": [other], "block": draw(st.lists(text, max_size=2))}
        elif op == "body":
            body = draw(MARKDOWN | st.sampled_from(["", body[: len(body) // 2]]))
        elif op == "slug":
            data["slug"] = draw(
                st.sampled_from(["a", "a-b", "con", "-x", "x" * 101, "../../x", "回民"]) | text
            )
        elif op == "cut":
            cut[n] = draw(st.integers(0, 400))
        docs[n] = (data, body)
    files = []
    for n, (data, body) in enumerate(docs):
        front = yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False, width=1000)
        text_ = f"---\n{front}---\n\n{body}\n"
        if n in cut:
            text_ = text_[: cut[n]]
        files.append((f"doc-{n}.md", text_))
    return files


# ------------------------------------------------------------------------------------------ the property


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One folder for every example (the vocabularies copied once), and the theme compiled once: each
    build would compile the same templates and load the same tokenizer dictionary again."""
    from builder.render import env

    root = tmp_path_factory.mktemp("fuzz-build")
    shutil.copytree(REPO_CONTENT / "_data", root / "content" / "_data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(env, "make_env", functools.lru_cache(maxsize=None)(env.make_env))
        yield root


def build_outcome(root: Path, files: list[tuple[str, str]]) -> None:
    content, site = root / "content", root / "site"
    for old in content.glob("*.md"):
        old.unlink()
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(root / ".cache", ignore_errors=True)
    for name, text_ in files:
        (content / name).write_text(text_, encoding="utf-8", errors="surrogatepass")
    errors = [d for d in validate(content) if d.severity == "error"]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run_build(content, site, quiet=True)
    printed = err.getvalue()
    assert "Traceback" not in printed and "digest build: failed" not in printed, printed[-3000:]
    event("refused: " + errors[0].message.split("'")[0][:40] if errors else "built")
    if errors:
        assert code == 1, printed
        assert not site.exists()
        for diagnostic in errors:
            assert str(diagnostic) in printed
        assert printed.endswith(f"{len(errors)} error(s) in {content}; nothing written\n")
    else:
        assert code == 0, printed
        for _, text_ in files:
            slug = parse_yaml(split(text_))["slug"]
            assert (site / "initiatives" / str(slug) / "index.html").is_file(), slug
        assert (site / "index.html").is_file() and (site / "feed.xml").is_file()


@fuzz(25)
@given(mutated_folder())
@example([("doc-0.md", "---\ntitle: [unclosed\n---\n\n正文\n")])
def test_mutated_content_builds_or_is_refused_with_diagnostics(
    workdir: Path, files: list[tuple[str, str]]
) -> None:
    build_outcome(workdir, files)


@pytest.mark.slow
@fuzz(600)
@given(mutated_folder())
def test_mutated_content_at_length(workdir: Path, files: list[tuple[str, str]]) -> None:
    build_outcome(workdir, files)


# ------------------------------------------------------------------------------------------- bodies

BODY_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li"}
BODY_TAGS |= {"hr", "br", "a", "figure", "figcaption"}
BODY_ATTRS = {("a", "href"), ("a", "title"), ("ol", "start"), ("code", "class"), ("figure", "class")}
# GFM tables (builder.ingest.tables writes them): in their scrolling box, header cells scoped, alignment a class
BODY_TAGS |= {"div", "table", "thead", "tbody", "tr", "th", "td"}
BODY_ATTRS |= {("div", a) for a in ("class", "role", "aria-label", "tabindex")}
BODY_ATTRS |= {("th", "scope"), ("th", "class"), ("td", "class")}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def check_body(body: str) -> None:
    rendered = render_body(body)
    parser = _Tags()
    parser.feed(rendered.html)
    for tag, attrs in parser.found:
        assert tag in BODY_TAGS, (tag, rendered.html)
        for name, value in attrs:
            assert (tag, name) in BODY_ATTRS, (tag, name, rendered.html)
            if name == "href":
                assert value is not None and safe_link(value), value
    assert "<script" not in rendered.html.lower()
    assert not re.search(r"<[a-z]+[^>]*\son\w+=", rendered.html, re.I)
    for paragraph in rendered.paragraphs:
        assert paragraph == paragraph.strip() and paragraph


@fuzz(300)
@given(MARKDOWN)
@example("[a](<javascript:alert(1)>)")
@example("[a](java\tscript:alert(1))")
@example("<a href='javascript:alert(1)'>x</a>")
@example("![x](y)\n\n图：![<script>](javascript:x)")
def test_random_markdown_renders_only_safe_html(body: str) -> None:
    check_body(body)


@pytest.mark.slow
@fuzz(5000)
@given(MARKDOWN)
def test_random_markdown_at_length(body: str) -> None:
    check_body(body)
