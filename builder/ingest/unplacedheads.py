"""Headlines a page prints inside an article's text that title no article: reported, never dropped unseen.

segment matches every printed headline to a body. A headline left over, standing between two blocks of one
article's text with text right under it, most often titles a report the page reader ran into that article (its
last sentence read as open: `…入党申请。（南京社会工作）` / headline / `大众网…讯（记者…）蓬莱市…`): the
article then holds two reports and the headline's words were lost. The article says so in `review`, with the
headline and its page line, so an editor can split it. A jump headline over `（上接…）`, a table's title over
its table, lines printed together (an advertisement's), and headlines that title an article (as title or subtitle) or stand in its text are no such case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.ingest.pagelines import TEXT, Unit

if TYPE_CHECKING:
    from builder.ingest.article import Article
    from builder.ingest.headlines import Headline


def note_unplaced_headlines(articles: list[Article], headlines: list[Headline], blocks: list[Unit]) -> None:
    """Give each article the headlines printed inside its text that title no article (`Article.unplaced`)."""
    placed = "".join(f"{a.title or ''}{a.subtitle or ''}{a.text}" for a in articles).replace(" ", "")
    where = {id(block): index for index, block in enumerate(blocks)}
    spans = []
    for article in articles:
        positions = [where[id(b)] for b in article.blocks if id(b) in where]
        if positions:
            spans.append((min(positions), max(positions), article))
    for headline in headlines:
        if not headline.alone or headline.title.replace(" ", "") in placed:
            continue  # (lines printed together that title nothing: an advertisement's, a box's)
        below = headline.position + 1
        if below >= len(blocks) or blocks[below].kind != TEXT:
            continue
        for first, last, article in spans:
            if first < headline.position < last:
                article.unplaced.append((headline.title, blocks[headline.position].line))
                break
