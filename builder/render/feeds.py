"""feed.xml (Atom) and sitemap.xml. Dates come from content, never the clock, so the same content always
gives the same bytes: an initiative's own `date`, else the edition date of `content/_data/site.yaml`
(`edition_date`). Without either there is no date to give: the sitemap leaves `<lastmod>` out (it is
optional), and the feed leaves `<updated>` out rather than invent one (the build warns and says what to
set; a made-up 1970-01-01 told readers the digest was fifty years old). Links are `base_url` + the page's
URL: absolute when the base URL has a host. Characters that XML 1.0 forbids (the control characters a
double-quoted YAML escape can put into a title, U+FFFE, U+FFFF) are left out, so the feed stays
well-formed whatever the content holds."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable

from builder.content.settings import SiteSettings
from builder.render.indexes import Entry, SiteIndex

FEED_ID = "tag:practices-digest,2024:"
FEED_LIMIT = 200
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# xml.sax.saxutils' escaping, written out: importing it imports urllib.request, http.client, email and ssl.
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)


def escape(text: str) -> str:
    """Element text: escaped (& < >), without the characters XML 1.0 does not allow."""
    return _NOT_XML.sub("", text).translate(_TEXT)


def quoteattr(text: str) -> str:
    """A quoted attribute value: escaped, without the characters XML 1.0 does not allow; in double quotes
    unless it holds a double quote and no single one (as xml.sax.saxutils.quoteattr quotes)."""
    value = _NOT_XML.sub("", text).translate(_ATTRIBUTE)
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"{}"'.format(value.replace('"', "&quot;"))


def page_date(date: str | None, edition: str | None) -> str | None:
    """The date of a page: its own when it has a valid one, else the edition date, else None."""
    if date and _DATE.match(date):
        return date
    return edition if edition and _DATE.match(edition) else None


def headline(title: str, subtitle: str | None) -> str:
    """The headline in full, as a citation prints it: the main title, then its subtitle after a dash."""
    return f"{title}——{subtitle}" if subtitle else title


def timestamp(date: str) -> str:
    return f"{date}T00:00:00Z"


def _updated(date: str | None) -> list[str]:
    return [f"<updated>{timestamp(date)}</updated>"] if date else []


def _entry(index: SiteIndex, e: Entry, base_url: str, edition: str | None) -> list[str]:
    item = e.item
    out = [
        "<entry>",
        f"<title>{escape(headline(item.title, item.subtitle))}</title>",
        f"<id>{FEED_ID}initiatives/{escape(e.slug)}</id>",
        f'<link rel="alternate" type="text/html" href={quoteattr(base_url + e.url)}/>',
        *_updated(page_date(item.date, edition)),
    ]
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
    return out


def feed_entries(entries: Iterable[Entry]) -> list[Entry]:
    """The entries the feed shows: the FEED_LIMIT newest (by content date, then source order), newest first."""
    return heapq.nlargest(  # sorted(…, reverse=True)[:FEED_LIMIT], without sorting 10 000 of them
        FEED_LIMIT,
        entries,
        key=lambda e: (page_date(e.item.date, None) or "", e.item.source.file, e.item.source.part, e.slug),
    )


def atom_feed(index: SiteIndex, base_url: str, settings: SiteSettings) -> bytes:
    """The newest initiatives (by content date, then source order) as an Atom feed, titled by the settings."""
    entries = feed_entries(index.entries.values())
    edition = settings.edition_date
    dates = [d for d in (page_date(e.item.date, edition) for e in entries) if d]
    updated = max([*dates, *([edition] if page_date(None, edition) else [])], default=None)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
        f"<title>{escape(settings.title)}</title>",
        f"<subtitle>{escape(settings.description)}</subtitle>",
        f"<id>{FEED_ID}feed</id>",
        *_updated(updated),
        f'<link rel="self" href={quoteattr(base_url + "feed.xml")}/>',
        f'<link rel="alternate" type="text/html" href={quoteattr(base_url)}/>',
        "<author><name>Practices Digest</name></author>",
    ]
    for e in entries:
        out += _entry(index, e, base_url, edition)
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")


def sitemap(paths: Iterable[str], base_url: str, index: SiteIndex, edition: str | None = None) -> bytes:
    """Every HTML page but 404.html, as `base_url` + its directory URL, with `<lastmod>`: an initiative's
    own date, else the edition date; left out when neither is known."""
    own = {e.url: e.item.date for e in index.entries.values()}
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for path in sorted(paths):
        if not path.endswith(".html") or path == "404.html":
            continue
        url = path[: -len("index.html")] if path.endswith("index.html") else path
        date = page_date(own.get(url), edition)
        lastmod = f"<lastmod>{date}</lastmod>" if date else ""
        out.append(f"<url><loc>{escape(base_url + url)}</loc>{lastmod}</url>")
    out.append("</urlset>")
    return ("\n".join(out) + "\n").encode("utf-8")
