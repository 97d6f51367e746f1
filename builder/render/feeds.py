"""feed.xml (Atom) and sitemap.xml. Timestamps come from content (`date`) or a fixed epoch, never the
clock, so the same content always gives the same bytes. Characters that XML 1.0 forbids (the control
characters a double-quoted YAML escape can put into a title, U+FFFE, U+FFFF) are left out, so the feed stays
well-formed whatever the content holds."""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from builder.render.indexes import SiteIndex

EPOCH = "1970-01-01T00:00:00Z"
FEED_ID = "tag:practices-digest,2024:"
FEED_LIMIT = 200
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def escape(text: str) -> str:
    """Element text: escaped, without the characters XML 1.0 does not allow."""
    return _escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    """A quoted attribute value: escaped, without the characters XML 1.0 does not allow."""
    return _quoteattr(_NOT_XML.sub("", text))


def timestamp(date: str | None) -> str:
    return f"{date}T00:00:00Z" if date and _DATE.match(date) else EPOCH


def atom_feed(index: SiteIndex, base_url: str, title: str) -> bytes:
    """The newest initiatives (by content date, then source order) as an Atom feed."""
    entries = sorted(
        index.entries.values(),
        key=lambda e: (timestamp(e.item.date), e.item.source.file, e.item.source.part, e.slug),
        reverse=True,
    )[:FEED_LIMIT]
    updated = max((timestamp(e.item.date) for e in entries), default=EPOCH)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
        f"<title>{escape(title)}</title>",
        f"<id>{FEED_ID}feed</id>",
        f"<updated>{updated}</updated>",
        f'<link rel="self" href={quoteattr(base_url + "feed.xml")}/>',
        f'<link rel="alternate" type="text/html" href={quoteattr(base_url)}/>',
        "<author><name>Practices Digest</name></author>",
    ]
    for e in entries:
        item = e.item
        out.append("<entry>")
        out.append(f"<title>{escape(item.title)}</title>")
        out.append(f"<id>{FEED_ID}initiatives/{escape(e.slug)}</id>")
        out.append(f'<link rel="alternate" type="text/html" href={quoteattr(base_url + e.url)}/>')
        out.append(f"<updated>{timestamp(item.date)}</updated>")
        if item.source.byline:
            out.append(f"<author><name>{escape(item.source.byline)}</name></author>")
        for theme in item.themes:
            label = index.theme_label(theme)
            out.append(f"<category term={quoteattr(theme)} label={quoteattr(label.zh)}/>")
        place = " ".join(s.name for s in e.steps)
        summary = "：".join(filter(None, [place, item.summary or ""]))
        if summary:
            out.append(f"<summary>{escape(summary)}</summary>")
        out.append("</entry>")
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")


def sitemap(paths: Iterable[str], base_url: str) -> bytes:
    """Every HTML page but 404.html, as `base_url` + its directory URL."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for path in sorted(paths):
        if not path.endswith(".html") or path == "404.html":
            continue
        url = path[: -len("index.html")] if path.endswith("index.html") else path
        out.append(f"<url><loc>{escape(base_url + url)}</loc></url>")
    out.append("</urlset>")
    return ("\n".join(out) + "\n").encode("utf-8")
