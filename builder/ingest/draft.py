"""From a segmented article to what ingest writes: the Markdown body and the fields it knows itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from builder.ingest.article import Article
from builder.ingest.captionshapes import without_photo_marks
from builder.ingest.pagelines import HEADING, TABLE, TEXT
from builder.ingest.tables import read_table, table_markdown
from builder.ingest.textrules import ends_sentence
from builder.text.widths import printed_text

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_BLOCK_START = re.compile(r"^(#{1,6}\s|>|[-+*]\s|\d{1,3}[.)]\s|={3,}|-{3,})")
_ISO_DATE_LEAD = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日")
# A text this short that ends no sentence is a piece of another article (columns read out of order, a byline
# cut off: `（记者孙晓楠通`, `讯员崔健）红桥区西沽街道…建于上世纪80年代，`), not an article: reported, not written.
FRAGMENT_CHARS = 60


@dataclass
class Draft:
    """One initiative as ingest found it, before extraction and before merging with content/."""

    source_file: str
    part: int
    title: str
    body: str
    byline: str | None
    parent_part: int | None = None
    date: str | None = None
    subtitle: str | None = None
    captions: list[dict[str, str | None]] = field(default_factory=list)  # [{text, credit}]
    page_meta: dict[str, Any] = field(default_factory=dict)  # the page's sidecar (builder.ingest.sidecar)
    headings: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    lead: tuple[str, ...] = ()  # an untitled report's first paragraphs, its title remade from (madetitles)
    dateline: str | None = (
        None  # a bare dateline its byline replaced (Article.dateline): where it reports from
    )

    @property
    def headline(self) -> str:
        """The title as the extractors read it: with the subtitle, which names practices and places too."""
        return f"{self.subtitle}：{self.title}" if self.subtitle else self.title

    @property
    def key(self) -> str:
        return f"{self.source_file}#{self.part}"


def escape_markdown(text: str) -> str:
    """Make printed text literal in Markdown: no accidental emphasis, links, HTML or block syntax."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    if _BLOCK_START.match(text):
        text = "\\" + text
    return text


def render_body(article: Article) -> str:
    """Headings as `##`, paragraphs and tables (GFM pipe tables): the article's own text (its photo captions
    go to `captions`), its numbers and Latin letters in ASCII (builder.text.widths)."""
    pieces: list[str] = []
    captions = [caption.text for caption in article.captions]
    for block in article.blocks:
        text = printed_text(without_photo_marks(block.text, captions))
        if block.kind == HEADING:
            pieces.append(f"## {escape_markdown(text)}")
        elif block.kind == TEXT:
            pieces.append(escape_markdown(text))
        elif block.kind == TABLE:
            pieces.append(table_markdown(read_table(text), escape_markdown))
    return "\n\n".join(pieces) + "\n"


def lead_date(paragraphs: list[str]) -> str | None:
    """An ISO date when the lead opens with a full date (`2025年6月27日，…`); otherwise None."""
    if not paragraphs:
        return None
    match = _ISO_DATE_LEAD.match(paragraphs[0])
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def drafts_from_articles(source_file: str, articles: list[Article]) -> tuple[list[Draft], list[str]]:
    """Number the articles of a page (1-based, in reading order) and build their drafts. An article with
    no text of its own is not a draft: it is reported (`<page>:<line>: warning: …`) and not written."""
    drafts: list[Draft] = []
    unwritten: list[str] = []
    for article in articles:
        what = f"“{article.title}”" if article.title and not article.title_generated else "an article"
        if not article.paragraphs:
            unwritten.append(
                f"{source_file}:{article.line}: warning: {what} with no text of its own was found here "
                "and not written; if it is an article, add its text to the page and ingest again"
            )
            continue
        if is_fragment(article.paragraphs):
            unwritten.append(
                f"{source_file}:{article.line}: warning: {what} of {sum(map(len, article.paragraphs))} "
                f"characters that ends no sentence (“{''.join(article.paragraphs)}”) was found here and not "
                "written: a piece of another article (columns read out of order?); check the page's reading "
                "order and ingest again"
            )
            continue
        review: list[str] = []
        if article.title_generated:
            review.append(
                "title: no headline was printed for this article; the title was taken from its lead"
            )
        review.extend(
            f"headline: page line {line} prints a headline inside this article's text that titles none of the "
            f"page's articles ({printed_text(title)}): the report under it may have run into this one; split it there"
            for title, line in article.unplaced
        )
        drafts.append(
            Draft(
                source_file=source_file,
                part=len(drafts) + 1,
                title=printed_text(article.title or ""),
                body=render_body(article),
                byline=_printed(article.byline),
                subtitle=_printed(article.subtitle),
                captions=[
                    {"text": printed_text(c.text), "credit": _printed(c.credit)} for c in article.captions
                ],
                parent_part=None if article.parent is None else _part_of(article.parent, articles),
                date=lead_date(article.paragraphs),
                headings=_headings(article, articles),
                review=review,
                lead=tuple(map(printed_text, article.paragraphs[:3])) if article.title_generated else (),
                dateline=_printed(article.dateline),
            )
        )
    return drafts, unwritten


def _printed(text: str | None) -> str | None:
    return None if text is None else printed_text(text)


def is_fragment(paragraphs: list[str]) -> bool:
    """Whether an article's text is too short to stand alone and finishes no sentence (see FRAGMENT_CHARS)."""
    return sum(map(len, paragraphs)) < FRAGMENT_CHARS and not any(map(ends_sentence, paragraphs))


def _headings(article: Article, articles: list[Article]) -> list[str]:
    """The article's own headings; an overview that prints none is read with its parts' printed headlines as
    its headings (a list of cases, heldout6 k04: its lead only says cases were chosen, `现选登其中三例`; the
    cases' headlines, `“院坝协商会”让群众事群众商量`, say what they are about)."""
    own = [b.text for b in article.blocks if b.kind == HEADING]
    if own or not article.is_overview:
        return own
    overview = next(index for index, other in enumerate(articles) if other is article)
    return [a.title for a in articles if a.parent == overview and a.title and not a.title_generated]


def _part_of(index: int, articles: list[Article]) -> int | None:
    """The part number of articles[index] once the articles without text are left out."""
    if not _written(articles[index]):
        return None
    return sum(1 for article in articles[: index + 1] if _written(article))


def _written(article: Article) -> bool:
    return bool(article.paragraphs) and not is_fragment(article.paragraphs)
