"""Initiative bodies: Markdown -> safe HTML (raw HTML off) and plain text, from one parse.

- headings are shifted so the body's top level is h2 (the page title is the only h1, no levels skipped);
- every paragraph is a paragraph of the article: photo captions are not in the body (ingest moves them to
  `captions:`, shown after the article), and a caption an editor writes into the body stays text, as written;
- images become their alt text (no external loads);
- links keep only http(s), mailto and relative targets: any other scheme (javascript:, vbscript:, data:, file:,
  intent:, ms-msdt: …), also when percent-encoded or split by tabs and newlines, leaves the link as its text;
- a soft line break between two CJK characters disappears (browsers would show it as a space);
- GFM pipe tables (ingest writes one for a table printed in a page, builder.ingest.tables) become a `<table>` in
  a horizontally scrollable, focusable box, its header cells `<th scope="col">`, each row's first cell
  `<th scope="row">`, figure columns right-aligned by a class; a row is one block of the plain text.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_SPACE = re.compile(r"\s+")
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")  # browsers strip or skip these before the scheme


@dataclass(frozen=True)
class RenderedBody:
    html: str
    paragraphs: tuple[str, ...]  # plain text of each block (for finding the sentence around a name)

    @property
    def text(self) -> str:
        """Whitespace-collapsed plain text, what a reader sees (derived: not carried between processes)."""
        return " ".join(self.paragraphs)


def safe_link(url: str) -> bool:
    """Whether a link target may be emitted: relative, or http(s) / mailto, as written and percent-decoded."""
    for form in (url, unquote(url)):
        match = _SCHEME.match(_IGNORED_IN_URL.sub("", form))
        if match and match.group(1).lower() not in SAFE_SCHEMES:
            return False
    return True


@functools.cache
def _parser() -> MarkdownIt:
    """markdown-it, made (and imported) when a body is not plain (`_plain_body`)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    md.validateLink = safe_link  # type: ignore[method-assign]
    md.core.ruler.push("digest_headings", _shift_headings)
    md.core.ruler.push("digest_tables", _accessible_tables)
    rules = md.renderer.rules

    def softbreak(tokens: list[Token], idx: int, options, env) -> str:  # type: ignore[no-untyped-def]
        before = tokens[idx - 1].content if idx > 0 else ""
        after = tokens[idx + 1].content if idx + 1 < len(tokens) else ""
        return "" if before and after and _cjk(before[-1]) and _cjk(after[0]) else "\n"

    def image(tokens: list[Token], idx: int, options, env) -> str:  # type: ignore[no-untyped-def]
        from markdown_it.common.utils import escapeHtml

        return escapeHtml(_inline_text(tokens[idx]))

    def table_open(tokens: list[Token], idx: int, options, env) -> str:  # type: ignore[no-untyped-def]
        return f'<div class="table-scroll" role="region" aria-label="{_TABLE_LABEL}" tabindex="0">\n<table>\n'

    def table_close(tokens: list[Token], idx: int, options, env) -> str:  # type: ignore[no-untyped-def]
        return "</table>\n</div>\n"

    rules["softbreak"] = softbreak
    rules["image"] = image
    rules["table_open"] = table_open
    rules["table_close"] = table_close
    return md


_TABLE_LABEL = "表格（可左右滑动）"  # the name of a table's scrolling box, read out by screen readers
_ALIGN = re.compile(r"text-align:(left|right|center)")


def _accessible_tables(state) -> None:  # type: ignore[no-untyped-def]
    """A table's header cells name their columns (`<th scope="col">`; an empty corner cell stays a `<td>`),
    each row's first cell names its row (`<th scope="row">`), and alignment is a class (`align-right`), not a style attribute (the site's
    Content-Security-Policy allows no inline styles)."""
    in_head = first_in_row = row_head = corner = False
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type in ("thead_open", "thead_close"):
            in_head = token.type == "thead_open"
        elif token.type == "tr_open":
            first_in_row = True
        elif token.type in ("th_open", "td_open"):
            align = _ALIGN.match(token.attrs.pop("style", "") or "")
            if align and align.group(1) != "left":
                token.attrSet("class", f"align-{align.group(1)}")
            row_head = first_in_row and not in_head
            corner = in_head and first_in_row and not tokens[index + 1].content.strip()
            if corner:  # no label over the rows' column: an empty corner cell, no header of anything
                token.tag = "td"
            elif in_head or row_head:
                token.attrSet("scope", "col" if in_head else "row")
                token.tag = "th"
            first_in_row = False
        elif token.type in ("th_close", "td_close") and (row_head or corner):
            token.tag = "td" if corner else "th"
            row_head = corner = False


def _shift_headings(state) -> None:  # type: ignore[no-untyped-def]
    tokens: list[Token] = state.tokens
    top = min((int(t.tag[1]) for t in tokens if t.type == "heading_open"), default=2)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) - top + 2, 6)}"


def _cjk(char: str) -> bool:
    return ord(char) >= 0x2E80


def _inline_text(token: Token) -> str:
    children = token.children or []
    parts: list[str] = []
    for i, child in enumerate(children):
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "image":
            parts.append(_inline_text(child))
        elif child.type in ("softbreak", "hardbreak"):
            before = "".join(parts)[-1:]
            after = children[i + 1].content[:1] if i + 1 < len(children) else ""
            parts.append("" if before and after and _cjk(before) and _cjk(after) else " ")
    return "".join(parts)


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# Plain prose: no character that starts Markdown inline syntax or needs escaping (`"` is escaped below),
# no tab, carriage return or NUL (markdown-it normalizes them), no whitespace (str.isspace) but spaces and
# line breaks.
_NOT_PLAIN = re.compile(
    "[\\\\`*_\\[\\]!<>&|~\t\r\x00\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_NOT_PARAGRAPH = frozenset(" >+-=")  # a line opening with one of these may open a block, or be stripped
_ORDERED = re.compile(r"\d{1,9}[.)]")  # an ordered list's item
# an ATX heading whose text has no `#` and no space at either end (`## 小标题`)
_HEADING = re.compile(r"(#{1,6}) ([^ #\n](?:[^#\n]*[^ #\n])?)")


def _escaped(text: str) -> str:
    return text.replace('"', "&quot;")  # (&, < and > are not plain)


def _paragraph(lines: list[str], html: list[str], blocks: list[str]) -> None:
    shown, text = [_escaped(lines[0])], [lines[0]]
    for before, after in itertools.pairwise(lines):  # a soft break: gone between two CJK characters
        joined = _cjk(before[-1]) and _cjk(after[0])
        shown.append(("" if joined else "\n") + _escaped(after))
        text.append(("" if joined else " ") + after)
    html.append("<p>" + "".join(shown) + "</p>\n")
    if plain := collapse("".join(text)):
        blocks.append(plain)


def _plain_body(body: str) -> RenderedBody | None:
    """What markdown-it renders for a body of plain paragraphs and headings (lines of text, a blank line
    between paragraphs, `## 小标题` lines), without parsing it; None for anything else
    (tests/render/test_markdown_plain.py proves the two the same)."""
    if _NOT_PLAIN.search(body):
        return None
    parts: list[tuple[int, str] | list[str]] = []  # headings (level, text) and paragraphs (lines)
    lines: list[str] = []
    for line in body.split("\n"):
        heading = None
        if line:
            first = line[0]
            if first in _NOT_PARAGRAPH or line[-1] == " " or (first.isdigit() and _ORDERED.match(line)):
                return None  # a list, quote, rule, setext underline or code; an edge markdown-it strips
            if first == "#" and (heading := _HEADING.fullmatch(line)) is None:
                return None  # another heading (or not one: "#话题")
            if heading is None:
                lines.append(line)
                continue
        if lines:
            parts.append(lines)
            lines = []
        if heading is not None:
            parts.append((len(heading.group(1)), heading.group(2)))
    if lines:
        parts.append(lines)
    top = min((p[0] for p in parts if isinstance(p, tuple)), default=2)  # as _shift_headings
    html: list[str] = []
    blocks: list[str] = []
    for part in parts:
        if isinstance(part, list):
            _paragraph(part, html, blocks)
            continue
        tag = f"h{min(part[0] - top + 2, 6)}"
        html.append(f"<{tag}>{_escaped(part[1])}</{tag}>\n")
        if plain := collapse(part[1]):
            blocks.append(plain)
    return RenderedBody(html="".join(html), paragraphs=tuple(blocks))


def render_body(body: str) -> RenderedBody:
    """Parse once; return the HTML and the plain text of the body (plain paragraphs without a parse)."""
    plain = _plain_body(body)
    if plain is not None:
        return plain
    md = _parser()
    tokens = md.parse(body)
    html = md.renderer.render(tokens, md.options, {})
    blocks: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read: one block a row
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                blocks.append(" ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            text = collapse(_inline_text(token))
            if row is not None:
                row.append(text)
            elif text:
                blocks.append(text)
        elif token.type in ("code_block", "fence"):
            text = collapse(token.content)
            if text:
                blocks.append(text)
    return RenderedBody(html=html, paragraphs=tuple(blocks))
