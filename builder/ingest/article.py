"""An article as segment() finds it on the page: its blocks of text and headings, title, subtitle, byline and
the photos printed with it (a caption and its credit), and where it starts; the model `builder.ingest.draft`
turns into a draft initiative."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from builder.ingest.captionshapes import (
    GROUP_CREDIT,
    POSITIONED_CAPTION,
    caption_words,
    credit_names,
    photo_item_text,
)
from builder.ingest.listparagraphs import is_names_row
from builder.ingest.pagelines import CAPTION, CREDIT, TEXT, Unit
from builder.ingest.textrules import ends_sentence

_SOURCE_ONLY = re.compile(r"^(?:稿件)?来源\s*[：:]")


@dataclass
class Photo:
    """A photo caption printed with an article, and its credit when one was printed."""

    text: str
    credit: str | None = None
    inside: bool = False  # printed inside a sentence of the article's text (maybe another article's photo)


@dataclass
class Article:
    """One article (or one part of an overview) as found on the page."""

    blocks: list[Unit] = field(default_factory=list)  # TEXT and HEADING, in reading order
    title: str | None = None
    subtitle: str | None = None  # a `——` line after the headline, or a kicker line (引题) above it
    byline: str | None = None
    # a bare dateline it opened with that its byline replaced (a closing credit, a reporter line over it): where
    # it reports from (`邓州网讯` … `（赵行舟）`), read by the extractors for its place, never printed as its byline
    dateline: str | None = None
    captions: list[Photo] = field(default_factory=list)
    start: int = 0  # position of its first block on the page
    line: int = 0  # the raw page line it starts at
    is_overview: bool = False
    parent: int | None = None  # index of the overview article this is a part of
    title_generated: bool = False
    headline_above: str = ""  # the headline printed right above it (no byline): it names its place too
    # a closing credit segment gave it: (its names, its block's position on the page, the byline before it),
    # so that a later cut below it (`builder.ingest.provincesplit`) gives it to the article it closes
    closing: tuple[str, int, str | None] | None = None
    # headlines printed inside its text that title no article, with their page lines (builder.ingest.unplacedheads)
    unplaced: list[tuple[str, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == TEXT]

    def sign_with_closing_credit(self, text: str, index: int) -> None:
        """A bracketed credit closing the article at block `index` (`（本报记者 钱文杰）`): its names are the byline,
        or join the opening credit's (a bare dateline's, `本报…讯`, names no one: the credit replaces it)."""
        names = credit_names(text[1:-1].strip())
        self.closing = (names, index, self.byline)
        dateline = self.byline is not None and self.byline.endswith(("讯", "电"))
        if dateline or not self.byline:
            if dateline:
                self.dateline = self.byline
            self.byline = names
        elif _SOURCE_ONLY.match(names):  # a reprint's source under the reporters' credit names no one
            return
        elif names not in self.byline:  # other people than the opening credit names: keep both
            self.byline = f"{self.byline} {names}"

    def add_photo(self, block: Unit, credits_caption: bool) -> None:
        """A caption (without its bullet or number: `■村民在…`, `图1：村民在…`) or a credit (`credits_caption`:
        right under a caption) printed with the article. A photo news item's text after a gap stands right before
        its credit (003: `近日，舟曲县…喜人。该示范园…发展。` / `舟曲县立节镇供图`): it is the photo's caption."""
        if block.kind == CAPTION:
            self.captions.append(Photo(caption_words(block.text), inside=block.inside))
            return
        last = self.blocks[-1] if self.blocks else None
        if (
            last is not None
            and not credits_caption
            and last.kind == TEXT
            and last.blanks_before >= 2
            and photo_item_text(last.text)
        ):
            self.blocks.pop()
            self.captions.append(Photo(last.text))
        self.credit(_credit_unbracketed(block.text) if block.kind == CREDIT else block.text.strip())

    def credit(self, credit: str) -> None:
        """A photo credit: it credits the caption before it (a group credit, `本组图片由…提供`, every
        uncredited caption; under a photo block's captions naming their photos' places, `上图：…` / `左图：…`,
        each of them); a credit with no caption stands as a caption of its own."""
        uncredited = [c for c in self.captions if c.credit is None]
        if not uncredited:
            self.captions.append(Photo(credit))
            return
        block = 1
        while block < len(uncredited) and all(
            POSITIONED_CAPTION.match(c.text) for c in uncredited[-block - 1 :]
        ):
            block += 1
        for caption in uncredited if GROUP_CREDIT.match(credit) else uncredited[-block:]:
            caption.credit = credit

    def ended(self) -> bool:
        """Its text so far ends a sentence (another article may start after it)."""
        return bool(self.paragraphs) and ends_sentence(self.paragraphs[-1])

    def add_text(self, block: Unit) -> None:
        last = self.blocks[-1] if self.blocks else None
        if (
            last is not None
            and last.kind == TEXT
            and not ends_sentence(last.text)
            and block.kind == TEXT
            and not (is_names_row(last.text) or is_names_row(block.text))  # a list's rows go on no sentence
        ):
            # a sentence cut by a column or by another article: joined in a new block, the page's own left as they
            # are (segment may cut the page again from them, and would join the text twice)
            self.blocks[-1] = replace(last, text=last.text + block.text)
        else:
            self.blocks.append(block)


def drop_empty(articles: list[Article]) -> list[Article]:
    """Drop the articles with neither text nor byline (a numbered part printed with only a photo, an
    overview that is only its numbered parts). Their captions go to the article before them, else to the
    one after; parts keep pointing at their overview, or at none if it was dropped."""
    kept = [a for a in articles if a.blocks or a.byline]
    if len(kept) == len(articles):
        return articles
    for index, article in enumerate(articles):
        if article.blocks or article.byline or not article.captions:
            continue
        before = [a for a in articles[:index] if a.blocks or a.byline]
        after = [a for a in articles[index + 1 :] if a.blocks or a.byline]
        if before:
            before[-1].captions.extend(article.captions)
        elif after:
            after[0].captions[:0] = article.captions
    parents = [None if a.parent is None else articles[a.parent] for a in articles]
    position = {id(a): i for i, a in enumerate(kept)}
    for article, parent in zip(articles, parents, strict=True):
        if parent is not None:
            article.parent = position.get(id(parent))
    return kept


# A credit's own closing remark in brackets (`通讯员某某供图（资料图）`): part of the credit, not its bracket.
_CLOSING_REMARK = re.compile(r"^[^（(].*[（(][^（()）]*[）)]$")


def _credit_unbracketed(credit: str) -> str:
    """A credit line without the brackets around it (`（杨柳 摄）` -> `杨柳 摄`); a remark in brackets closing
    it keeps its brackets (`某某供图（资料图）`)."""
    credit = credit.strip()
    return credit if _CLOSING_REMARK.match(credit) else credit.strip("（）()")
