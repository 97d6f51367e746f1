"""Cut a normalized page into articles, and a numbered overview into its parts.

Articles start at a byline, at a numbered part (一、二…) of an overview, or, on pages without bylines, at a paragraph
that introduces a new place by its full name (`贵州省遵义市新蒲新区…`); on pages with more headlines than bodies, also at a
paragraph after a gap that opens with the city or county a headline printed elsewhere names (a body without a byline
of its own). Headlines wherever the layout put them (all at the top, all at the bottom, printed between the halves of
a sentence) are matched to the bodies by what they share. Text the layout interleaved with another article is given
back to the article whose places it names, and a sentence cut by the interruption is rejoined.
"""

from __future__ import annotations

from builder.ingest.article import Article, drop_empty
from builder.ingest.articlestarts import opens_headlined_place, place_intro, report_after_gap
from builder.ingest.captions import send_captions_home, sign_photo_stories
from builder.ingest.caselists import number_cases
from builder.ingest.datelines import is_bare_dateline
from builder.ingest.gapheads import heads_apart_over_gaps
from builder.ingest.headlines import (
    assign_titles,
    bodies_titled,
    detached_places,
    headline_groups,
    headline_runs,
)
from builder.ingest.kickers import restack_kickers
from builder.ingest.noteheads import EDITORS_NOTE
from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    HEADING,
    HEADLINE,
    JUMP_IN,
    JUMP_OUT,
    KICKER,
    NUMBER,
    SIDEBAR,
    SUBTITLE,
    TABLE,
    TEXT,
    Unit,
)
from builder.ingest.paragraphs import gaps_only_between, page_layout
from builder.ingest.placeowners import move_trailing_captions, paragraph_owner
from builder.ingest.provincesplit import split_by_province
from builder.ingest.textrules import ends_sentence
from builder.ingest.unplacedheads import note_unplaced_headlines


class _PageCut:
    """The state of segment() while it walks the blocks: the articles so far, the one text goes to, the
    overview of a numbered page, and headings waiting for the text they stand before."""

    def __init__(
        self,
        blocks: list[Unit],
        loose_intros: bool = False,
        headline_places: frozenset[str] = frozenset(),
        gap_cut: bool = False,
    ) -> None:
        self.blocks = blocks
        # one blank line is a gap between articles where blank lines stand only between them: on a flat page (no
        # indents), and on one marking its paragraphs by indents (r6: `…690万余元。` / blank / `　　“经过…`)
        texts = [b for b in blocks if b.kind == TEXT]
        indented, flat = page_layout(blocks, texts)
        self.gaps_between = indented and gaps_only_between(blocks, texts)
        self.flat_page = flat or self.gaps_between
        # a page printing no blank line at all, its paragraphs marked by indents: no gap can stand between two
        # articles, so a paragraph opening another headline's place needs none, and a closing credit ends its
        # article (R16 r16_03; not a flat page, whose paragraphs are guessed from its short lines); only an
        # indented paragraph opens one: a flush line (an `【作者简介】…` note under the article) is none
        self.no_blanks = indented and len(texts) > 1 and not any(b.blanks_before for b in texts)
        self.loose_intros = loose_intros  # more headlines than articles: any place name may start one
        self.headline_places = headline_places  # places named by headlines printed away from their bodies
        # more headlines than bodies, all at the foot: on a page marking its paragraphs by indents, a blank
        # line parts two bodies (not on a page with no indents: there it may part two paragraphs)
        self.gap_cut = gap_cut
        self.has_bylines = any(b.kind == BYLINE for b in blocks)
        self.numbered = sum(1 for b in blocks if b.kind == NUMBER) >= 2
        self.interleaved = False  # an article was cut off mid-sentence by the next one
        self.articles: list[Article] = []
        self.current: Article | None = None
        self.overview: Article | None = None
        self.pending_headings: list[Unit] = []
        self.photos_inside: list[tuple[int, Unit]] = []  # captions printed inside the next paragraph
        # after a sidebar's label, until the next article starts (or, when the box opened on its text and not
        # on heads of its own, `■王某　居民`, the report's next subheading: a `他山之石` box inside a report)
        self.in_sidebar = False
        self.sidebar_read: bool | None = None
        self.sidebar_closed = -1  # the index of the last sidebar's own closing credit
        self.signed_past_sidebar = -1  # the index of a reporter line signing the article above a sidebar
        self.jumped: Article | None = None  # the article a `（下转…）` left, until its `（上接…）`

    def at(self, index: int) -> Unit | None:
        """The block at `index`, or None past either end of the page."""
        return self.blocks[index] if 0 <= index < len(self.blocks) else None

    def start(self, position: int) -> Article:
        self.current = Article(start=position, line=self.blocks[position].line)
        self.articles.append(self.current)
        return self.current

    def place(self, index: int, block: Unit) -> None:
        if block.kind in (JUMP_OUT, JUMP_IN):
            self.jump(index, block)
            return
        if block.kind == SIDEBAR:
            self.in_sidebar, self.sidebar_read = True, None
            self.pending_headings.clear()
            return
        if block.kind == BYLINE and self.in_sidebar and block.text.startswith(("（", "(")):
            self.in_sidebar = False
            self.sidebar_closed = index
            return  # the sidebar's own closing credit (短评…（文远）): furniture with its text
        if block.kind == BYLINE and self.signs_past_sidebar(index, block):
            return
        if block.kind in (BYLINE, NUMBER):
            self.in_sidebar = False
        if block.kind == TEXT and block.opens:
            self.in_sidebar = False  # a round-up item's lead under the box (`■松滋市　…`): an article starts
        if self.in_sidebar and block.kind == HEADING and self.sidebar_read:
            self.in_sidebar = False  # 他山之石 / its text / 几点建议: the report goes on
        if self.in_sidebar and block.kind in (TEXT, HEADING, TABLE):
            self.sidebar_read = block.kind == TEXT if self.sidebar_read is None else self.sidebar_read
            return  # a sidebar's text (记者手记 …): furniture
        if block.kind == TEXT and EDITORS_NOTE.match(block.text):
            return  # an editor's note introduces the page: context, not an article's text
        if block.kind == BYLINE:
            self.byline(index, block)
        elif block.kind == NUMBER and self.numbered:
            self.numbered_part(index)
        elif block.kind in (CAPTION, CREDIT):
            self.caption(index, block)
        elif block.kind == HEADING:
            self.heading(index, block)
        elif block.kind == TEXT:
            self.text(index, block)
        elif block.kind == TABLE:
            self.table(index, block)

    def jump(self, index: int, block: Unit) -> None:
        """`（下转…）` leaves the current article; `（上接…）` goes back to the one that left (the jump headline
        printed before it is dropped), so a continuation on the same page makes one article; not under a jump
        headline that opened an article of its own (opened_at). Another article's
        head right under `（下转…）` starts that article: nothing under the jump line is the one that left."""
        if block.kind == JUMP_OUT:
            self.jumped = self.current
            after = self.at(index + 1)
            if after is not None and after.kind in (HEADLINE, KICKER, SUBTITLE, BYLINE):
                self.current = None
            elif (
                after is not None and after.kind == TEXT and after.blanks_before and ends_sentence(after.text)
            ):
                # a paragraph standing apart under it: another article's (its head printed elsewhere)
                self.current = None
        elif self.jumped is not None and not self.opened_at(index):
            self.current = self.jumped
            self.jumped = None
            self.pending_headings.clear()
            self.in_sidebar = False

    def opened_at(self, index: int) -> bool:
        """An article started right at this block by the headline over it (`opens`, a jump headline glued to the
        last line of a report on this page, gluedheads): the continuation of one from another page."""
        return self.current is not None and self.current.start == index and not self.current.blocks

    def byline(self, index: int, block: Unit) -> None:
        """A byline starts an article; one that cuts the current article mid-sentence means the layout
        interleaves articles."""
        current = self.current
        if block.text.startswith(("（", "(")) and current is not None and current.paragraphs:
            current.sign_with_closing_credit(block.text, index)
            return
        if current is not None and current.byline and not current.blocks and is_bare_dateline(block.text):
            current.dateline = block.text  # (where it reports from)
            return  # `□记者 某某 报道` / `本报某地讯 “…`: the dateline under the reporter line names no one
        if current is not None and current.paragraphs and not ends_sentence(current.paragraphs[-1]):
            self.interleaved = True
        if current is None or current.blocks or current.byline:
            current = self.start(index)
        current.byline = block.text

    def signs_past_sidebar(self, index: int, block: Unit) -> bool:
        """A reporter line right under a sidebar printed beside the article (`短评` … `（晓文）`, set after the
        article's last column by a layout extraction), over a photo credit or caption or the page's end: it signs
        the finished article above the sidebar, not a report under it (real R24; the credit may be set first)."""
        current = self.current
        if self.sidebar_closed < 0 or current is None or not current.paragraphs or current.byline:
            return False
        if block.text.startswith(("（", "(")):
            return False  # a closing credit: byline() gives it to the article above
        between = self.blocks[self.sidebar_closed + 1 : index]  # its photo's credit (`图片来源：…`) maybe
        if len(between) > 2 or any(b.kind not in (CREDIT, CAPTION) for b in between):
            return False
        after = self.at(index + 1)
        if not between and after is not None and after.kind not in (CREDIT, CAPTION):
            return False
        if not ends_sentence(current.paragraphs[-1]):
            return False
        current.byline = block.text
        self.signed_past_sidebar = index  # a paragraph right under it opens the next article
        return True

    def numbered_part(self, index: int) -> None:
        """一 / 二 …: a part of the overview (the article so far, or a new one)."""
        if self.overview is None:
            self.overview = self.current if self.current is not None else self.start(index)
            self.overview.is_overview = True
        part = self.start(index)
        part.parent = self.articles.index(self.overview)

    def caption(self, index: int, block: Unit) -> None:
        """A caption or credit goes with the current article; a photo news item's text goes with it. A caption
        printed inside a sentence (and its credit) waits for that sentence's paragraph: its article's photo."""
        if block.inside or (
            block.kind == CREDIT and self.photos_inside and self.photos_inside[-1][0] == index - 1
        ):
            self.photos_inside.append((index, block))
            return
        self.photo(index, block)

    def photo(self, index: int, block: Unit) -> None:
        before = self.at(index - 1)
        (self.current or self.start(index)).add_photo(block, before is not None and before.kind == CAPTION)

    def heading(self, index: int, block: Unit) -> None:
        """A heading waits for its text; a section head of an overview goes back to the overview."""
        overview = self.overview
        if (
            self.numbered
            and overview is not None
            and self.current is not overview
            and _starts_section(self.blocks, index)
        ):
            self.current = overview
        self.pending_headings.append(block)

    def text(self, index: int, block: Unit) -> None:
        """A paragraph: a new article at a new place's full name (pages without bylines), else the
        current article's, or, on an interleaved page, the article whose places it names."""
        current = self.current
        gap = bool(block.blanks_before) and not self.pending_headings  # (not under a subheading: R36 p04)
        if (
            current is None
            or (block.opens and bool(current.paragraphs))  # a brief's lead with no headline, after its bullet
            or (not self.has_bylines and not self.numbered and self.new_place(block, current))
            or self.after_closed(index, block, current)
            or self.signed_past_sidebar == index - 1
            or (self.gap_cut and self.gaps_between and gap and current.ended())
            or (self.no_blanks and self.after_credit(index) and current.ended())
            or (
                self.has_bylines
                and opens_headlined_place(
                    block,
                    current,
                    self.headline_places,
                    self.after_credit(index) or (self.no_blanks and block.indent),
                    self.flat_page,
                )
            )
        ):
            current = self.start(index)
        elif self.interleaved and current.paragraphs and len(self.articles) > 1:
            current = self.current = paragraph_owner(block, current, self.articles)
        current.blocks.extend(self.pending_headings)
        self.pending_headings.clear()
        self.place_photos_inside()
        current.add_text(block)

    def table(self, index: int, block: Unit) -> None:
        """A table goes with the text around it: the current article's (after the headings waiting for it)."""
        current = self.current if self.current is not None else self.start(index)
        current.blocks.extend(self.pending_headings)
        self.pending_headings.clear()
        current.blocks.append(block)

    def new_place(self, block: Unit, current: Article) -> bool:
        """A page without bylines: a paragraph introducing a new place, or (more headlines than bodies) one
        whose lead names a detached headline's place after a blank line."""
        return place_intro(block, current, self.loose_intros) or (
            self.loose_intros and report_after_gap(block, current, self.headline_places)
        )

    def after_closed(self, index: int, block: Unit, current: Article) -> bool:
        """A paragraph after a blank line under a credit line that signed a finished article (`■记者 王建平`,
        `closingcredits`: it `opens`): the paragraph opens the next article, whatever it names. A bracketed
        credit (`（本报记者 钱文杰）`) leaves the cut to the headlines' places (`opens_headlined_place`)."""
        last = current.paragraphs[-1] if current.paragraphs else ""
        before = self.at(index - 1)
        return bool(block.blanks_before and before and before.opens and self.after_credit(index)) and (
            not self.numbered and ends_sentence(last)
        )

    def after_credit(self, index: int) -> bool:
        """The block right before is a closing credit (`（本报记者 沈雨桐）`): the article before ended there."""
        before = self.at(index - 1)
        return before is not None and before.kind == BYLINE and before.text.startswith(("（", "("))

    def place_photos_inside(self) -> None:
        """The captions printed inside the paragraph just placed go to its article."""
        for index, block in self.photos_inside:
            self.photo(index, block)
        self.photos_inside.clear()

    def finish(self) -> list[Article]:
        self.place_photos_inside()
        if self.pending_headings and self.current is not None:
            self.current.blocks.extend(self.pending_headings)
        return self.articles


def segment(blocks: list[Unit]) -> list[Article]:
    """Normalized blocks of one page -> articles in the order their bodies start."""
    headline_positions = headline_runs(blocks)
    headlines = headline_groups(blocks, headline_positions)
    articles = _cut(blocks, headline_positions)
    if len(headlines) > len(articles) and not any(b.kind in (BYLINE, NUMBER) for b in blocks):
        # fewer bodies than printed headlines on a page without bylines: cut at any new place's name
        articles = _cut(
            blocks, headline_positions, loose_intros=True, headline_places=detached_places(headlines)
        )
    elif bodies_titled(headlines) > len(articles) and not any(b.kind == NUMBER for b in blocks):
        # ... on a page with bylines: cut where a body opens with the place of a headline printed elsewhere
        articles = _cut(blocks, headline_positions, headline_places=detached_places(headlines))
    if bodies_titled(headlines) > len(articles) and heads_apart_over_gaps(blocks, headline_positions):
        # still short of bodies, the page's last headlines printed at its foot (all of them, or the last
        # article's under its body below others headed on top): where blank lines stand only between articles,
        # each one parts two (r10 kind: a body opening on a quote, naming no place)
        gapped = _cut(blocks, headline_positions, headline_places=detached_places(headlines), gap_cut=True)
        if len(articles) < len(gapped) <= bodies_titled(headlines):
            articles = gapped
    if bodies_titled(headlines) > len(articles) and not any(b.kind == NUMBER for b in blocks):
        articles = split_by_province(articles, blocks, bodies_titled(headlines))  # two reports run together
    move_trailing_captions(articles)
    headlines = restack_kickers(headlines, articles, blocks)
    assign_titles(articles, headlines, blocks)
    note_unplaced_headlines(articles, headlines, blocks)
    number_cases(articles)
    send_captions_home(articles)
    sign_photo_stories(articles)
    return articles


def _cut(
    blocks: list[Unit],
    headline_positions: set[int],
    loose_intros: bool = False,
    headline_places: frozenset[str] = frozenset(),
    gap_cut: bool = False,
) -> list[Article]:
    cut = _PageCut(blocks, loose_intros, headline_places, gap_cut)
    for index, block in enumerate(blocks):
        if index not in headline_positions:
            cut.place(index, block)
        elif block.kind in (HEADLINE, KICKER, SUBTITLE):
            cut.in_sidebar = False  # a headline starts something new (its `——` line may stand last)
            if block.opens and index + 1 < len(blocks):
                cut.start(index + 1).headline_above = block.text  # the article starts under it
    return drop_empty(cut.finish())


def _starts_section(blocks: list[Unit], index: int) -> bool:
    """In an overview, a heading whose intro paragraph is followed by a numbered part is a section head."""
    for block in blocks[index + 1 : index + 6]:
        if block.kind == NUMBER:
            return True
        if block.kind == HEADING:
            return False
    return False
