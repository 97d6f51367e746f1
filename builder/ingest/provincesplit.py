"""Two reports run together with no blank line nor head between them, their headlines printed elsewhere (R7
r7_04: both headlines side by side at the page's foot; a dateline report from one province, then, in the same
run of paragraphs, a feature from another opening on a scene, `浩瀚戈壁，岩丘交错。` / `来到内蒙古自治区…`).

When the page prints more headlines away from their bodies than segment found bodies, an article is cut
before its first paragraph that names, near its opening and in full (two levels: `内蒙古自治区阿拉善盟额济纳旗`),
a place of a province none of the paragraphs above it names, while
those paragraphs name places of their own (a report stays within its region); a short paragraph naming no
place right above it (the feature's scene) opens the new article with it. Conservative: a paragraph naming a
place of the same province, or of no province, never cuts; an ambiguous name counts every province it may be.
"""

from __future__ import annotations

from builder.ingest.article import Article
from builder.ingest.newheadlines import provinces_named
from builder.ingest.pagelines import TEXT, Unit
from builder.ingest.textrules import cjk_count, ends_sentence
from builder.ingest.titles import find_place

_MIN_ABOVE = 2  # paragraphs of the first report before the cut
_SCENE = 40  # characters of a feature's opening scene naming no place
_OPENING = 40  # characters of a paragraph's opening where a report names its place
_LEVELS = 2  # levels of the place named in full


def split_by_province(articles: list[Article], blocks: list[Unit], wanted: int) -> list[Article]:
    """The articles, each run of two reports from two provinces cut in two, until there are `wanted`."""
    articles = list(articles)
    at = 0
    while len(articles) < wanted and at < len(articles):
        cut = _province_cut(articles[at].blocks)
        if cut is None:
            at += 1
            continue
        article = articles[at]
        rest = article.blocks[cut:]
        article.blocks = article.blocks[:cut]
        start = next((i for i, block in enumerate(blocks) if block is rest[0]), article.start)
        second = Article(blocks=rest, start=start, line=rest[0].line)
        if article.closing is not None and article.closing[1] > start:  # the credit closes the second report
            second.byline, second.closing = article.closing[0], article.closing
            article.byline, article.closing = article.closing[2], None
        articles.insert(at + 1, second)
        at += 1
    return articles


def _chain(text: str) -> set[str]:
    """The provinces of a place named in full near a paragraph's opening, two levels at least (`内蒙古自治区
    阿拉善盟额济纳旗`, `日喀则市定日县`): a report's place, never a word the gazetteer also reads as a name."""
    match = find_place(text[:_OPENING])
    if match is None or sum(1 for name in match.groupdict().values() if name) < _LEVELS:
        return set()
    return provinces_named(match.group(0))


def _province_cut(blocks: list[Unit]) -> int | None:
    """Where a paragraph names only provinces none of the paragraphs above it names (or the place-less short
    scene right above it), when those name some; None when no paragraph does."""
    seen: set[str] = set()
    paragraphs = 0
    for k, block in enumerate(blocks):
        if block.kind != TEXT:
            continue
        named = provinces_named(block.text)
        chain = _chain(block.text)
        if chain and seen and not chain & seen and paragraphs >= _MIN_ABOVE:
            before = blocks[k - 1] if k else None
            scene = (
                before is not None
                and before.kind == TEXT
                and not provinces_named(before.text)
                and cjk_count(before.text) <= _SCENE
                and ends_sentence(before.text)
            )
            return k - 1 if scene and k - 1 > 0 else k
        seen |= named
        paragraphs += 1
    return None
