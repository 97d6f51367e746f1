"""What `digest serve` adds to HTML pages as it serves them (never to the built files in `site/`).

- `<script src="/__digest/reload.js">`: listens to `/__digest/events` (server-sent events), reloads the page
  after a rebuild and shows / hides the error overlay;
- the overlay itself, rendered on the server when the content has errors, so it is there from the first paint;
- the page's Content-Security-Policy `<meta>` relaxed so that this same-origin script, its stylesheet and the
  event stream are allowed (`'self'` added to script-src, style-src and connect-src; `'none'` and
  `'strict-dynamic'`, which would block them, dropped).
"""

from __future__ import annotations

import html
import json
import re

PREFIX = "/__digest/"
RELOAD_JS_PATH = PREFIX + "reload.js"
OVERLAY_CSS_PATH = PREFIX + "overlay.css"
EVENTS_PATH = PREFIX + "events"
STATUS_PATH = PREFIX + "status"
OVERLAY_ID = "digest-overlay"

OVERLAY_TITLE = (
    "内容有错误，页面仍是上一次成功生成的版本 · "
    "Content errors: the last good version of the site is shown. Fix them and save; the page reloads by itself."
)

RELOAD_JS = (
    """\
// digest serve: live reload and the content-error overlay (injected at serve time only).
(function () {
  "use strict";
  var script = document.currentScript;
  var current = script ? script.getAttribute("data-build") : null;
  var ID = "__ID__";
  var TITLE = __TITLE__;

  function show(errors) {
    var box = document.getElementById(ID);
    if (!errors.length) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = ID;
      box.setAttribute("role", "alert");
      document.body.appendChild(box);
    }
    box.textContent = "";
    var close = document.createElement("button");
    close.type = "button";
    close.className = ID + "-close";
    close.setAttribute("aria-label", "close");
    close.textContent = "\\u00d7";
    close.addEventListener("click", function () { box.remove(); });
    var title = document.createElement("p");
    title.className = ID + "-title";
    title.textContent = TITLE;
    var list = document.createElement("pre");
    list.textContent = errors.join("\\n");
    box.append(close, title, list);
  }

  function connect() {
    var source = new EventSource("__EVENTS__");
    source.addEventListener("status", function (event) {
      var status = JSON.parse(event.data);
      if (current !== null && status.build !== null && status.build !== current) {
        location.reload();
        return;
      }
      if (current === null) current = status.build;
      show(status.errors);
    });
    source.addEventListener("reload", function () { location.reload(); });
  }

  if (window.EventSource) connect();
})();
""".replace("__ID__", OVERLAY_ID)
    .replace("__TITLE__", json.dumps(OVERLAY_TITLE, ensure_ascii=False))
    .replace("__EVENTS__", EVENTS_PATH)
)

OVERLAY_CSS = f"""\
#{OVERLAY_ID} {{
  position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647;
  max-height: 60vh; overflow: auto; box-sizing: border-box; margin: 0; padding: 0.75rem 2.5rem 0.75rem 1rem;
  background: #fff1f0; color: #5c0011; border-top: 4px solid #cf1322;
  box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.2); text-align: left;
}}
#{OVERLAY_ID} .{OVERLAY_ID}-title {{ margin: 0 0 0.5rem; font: 600 15px/1.5 system-ui, sans-serif; }}
#{OVERLAY_ID} pre {{
  margin: 0; white-space: pre-wrap; word-break: break-word; font: 13px/1.6 ui-monospace, monospace; color: #000;
}}
#{OVERLAY_ID} .{OVERLAY_ID}-close {{
  position: absolute; top: 0.25rem; right: 0.5rem; border: 0; background: none; font-size: 1.5rem;
  cursor: pointer; color: inherit;
}}
"""

_CSP_META = re.compile(
    r"<meta\b[^>]*\bhttp-equiv\s*=\s*([\"']?)content-security-policy\1[^>]*>", re.IGNORECASE | re.DOTALL
)
_CONTENT_ATTR = re.compile(r"(\bcontent\s*=\s*)(\"([^\"]*)\"|'([^']*)')", re.IGNORECASE | re.DOTALL)
_RELAXED = ("script-src", "script-src-elem", "style-src", "style-src-elem", "connect-src")
_BLOCKING = ("'none'", "'strict-dynamic'")


def relax_csp(policy: str) -> str:
    """The policy with `'self'` allowed for scripts, styles and connections (for the dev server only)."""
    directives: list[list[str]] = [d.split() for d in policy.split(";") if d.strip()]
    names = [d[0].lower() for d in directives]
    default = next((d[1:] for d in directives if d[0].lower() == "default-src"), None)
    for directive in directives:
        if directive[0].lower() in _RELAXED:
            sources = [s for s in directive[1:] if s.lower() not in _BLOCKING]
            if "'self'" not in (s.lower() for s in sources):
                sources.append("'self'")
            directive[1:] = sources
    if default is not None:
        for name in ("script-src", "style-src", "connect-src"):
            if name not in names:
                sources = [s for s in default if s.lower() not in _BLOCKING]
                directives.append([name, *sources, *([] if "'self'" in sources else ["'self'"])])
    return "; ".join(" ".join(d) for d in directives)


def _relax_meta(match: re.Match[str]) -> str:
    tag = match.group(0)

    def replace(attr: re.Match[str]) -> str:
        value = attr.group(3) if attr.group(3) is not None else attr.group(4)
        relaxed = relax_csp(html.unescape(value))
        return f'{attr.group(1)}"{html.escape(relaxed, quote=True)}"'

    return _CONTENT_ATTR.sub(replace, tag, count=1)


def overlay_html(errors: list[str]) -> str:
    if not errors:
        return ""
    lines = html.escape("\n".join(errors))
    return (
        f'<div id="{OVERLAY_ID}" role="alert"><p class="{OVERLAY_ID}-title">{html.escape(OVERLAY_TITLE)}</p>'
        f"<pre>{lines}</pre></div>"
    )


def _insert_before(document: str, closing: str, chunk: str) -> str:
    index = document.lower().rfind(closing)
    return document + chunk if index < 0 else document[:index] + chunk + document[index:]


def inject(document: str, build: str | None, errors: list[str]) -> str:
    """The HTML page as the dev server sends it: CSP relaxed, overlay stylesheet, overlay, reload script."""
    document = _CSP_META.sub(_relax_meta, document)
    link = f'<link rel="stylesheet" href="{OVERLAY_CSS_PATH}">'
    if "</head>" in document.lower():
        document = _insert_before(document, "</head>", link)
        link = ""
    build_attr = html.escape(build or "", quote=True)
    script = f'<script src="{RELOAD_JS_PATH}" data-build="{build_attr}"></script>'
    return _insert_before(document, "</body>", link + overlay_html(errors) + script)


def placeholder_page(message: str) -> str:
    """Shown while there is no built site yet (e.g. the first build failed)."""
    return (
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>digest serve</title></head>'
        f"<body><h1>digest serve</h1><p>{html.escape(message)}</p></body></html>"
    )
