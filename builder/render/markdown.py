"""Initiative bodies: Markdown -> safe HTML (raw HTML off) and plain text, from one parse.

- headings are shifted so the body's top level is h2 (the page title is the only h1, no levels skipped);
- every paragraph is a paragraph of the article: photo captions are not in the body (ingest moves them to
  `captions:`, shown after the article), and a caption an editor writes into the body stays text, as written;
- images become their alt text (no external loads);
- links keep only http(s), mailto and relative targets: any other scheme (javascript:, vbscript:, data:, file:,
  intent:, ms-msdt: …), also when percent-encoded or split by tabs and newlines, leaves the link as its text;
- a soft line break between two CJK characters disappears (browsers would show it as a space).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
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


def _make_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = safe_link  # type: ignore[method-assign]
    md.core.ruler.push("digest_headings", _shift_headings)
    rules = md.renderer.rules

    def softbreak(tokens: list[Token], idx: int, options, env) -> str:  # type: ignore[no-untyped-def]
        before = tokens[idx - 1].content if idx > 0 else ""
        after = tokens[idx + 1].content if idx + 1 < len(tokens) else ""
        return "" if before and after and _cjk(before[-1]) and _cjk(after[0]) else "\n"

    def image(tokens: list[Token], idx: int, options, env) -> str:  # type: ignore[no-untyped-def]
        return escapeHtml(_inline_text(tokens[idx]))

    rules["softbreak"] = softbreak
    rules["image"] = image
    return md


def _shift_headings(state) -> None:  # type: ignore[no-untyped-def]
    tokens: list[Token] = state.tokens
    top = min((int(t.tag[1]) for t in tokens if t.type == "heading_open"), default=2)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) - top + 2, 6)}"


_MD = _make_parser()


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


def render_body(body: str) -> RenderedBody:
    """Parse once; return the HTML and the plain text of the body."""
    tokens = _MD.parse(body)
    html = _MD.renderer.render(tokens, _MD.options, {})
    blocks: list[str] = []
    for token in tokens:
        if token.type == "inline":
            text = collapse(_inline_text(token))
            if text:
                blocks.append(text)
        elif token.type in ("code_block", "fence"):
            text = collapse(token.content)
            if text:
                blocks.append(text)
    return RenderedBody(html=html, paragraphs=tuple(blocks))
