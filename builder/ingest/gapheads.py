"""Headlines printed apart from their bodies so that a blank line parts two bodies (asked by segment.segment while
the page has more headlines than bodies): all of them under the page's last sentence, the last article's alone
there under articles headed on top (its words in the body right above it, real R32 p2), or two stacked mid-page
over their two bodies (real R32 p3). Then, on a page marking its paragraphs by indents, a blank line parts two
bodies (segment's gap cut)."""

from __future__ import annotations

from builder.ingest.footheads import titles_last_block
from builder.ingest.pagelines import BYLINE, HEADLINE, NUMBER, TEXT, Unit
from builder.ingest.textrules import ends_sentence


def heads_apart_over_gaps(blocks: list[Unit], headline_positions: set[int]) -> bool:
    """The page's headlines stand where a blank line between bodies parts articles: at its foot or stacked."""
    return (
        _heads_at_foot(blocks, headline_positions)
        or _heads_stacked(blocks, headline_positions)
        or _heads_under_bodies(blocks, headline_positions)
    )


def _heads_at_foot(blocks: list[Unit], headline_positions: set[int]) -> bool:
    """Headlines printed under the page's last sentence, no numbered parts: all of them (together at its
    foot; a credit line may stand under them), or the last article's alone there, the body right above it (since
    the last blank line) holding its words, under articles headed on top."""
    texts = [i for i, block in enumerate(blocks) if block.kind == TEXT and ends_sentence(block.text)]
    numbered = any(block.kind == NUMBER for block in blocks)
    if not texts or not headline_positions or numbered:
        return False
    foot = [i for i in sorted(headline_positions) if i > texts[-1]]
    if len(foot) == len(headline_positions):
        return True
    if len(foot) != 1 or blocks[foot[0]].kind != HEADLINE:
        return False
    return titles_last_block(blocks[: foot[0]], blocks[foot[0]].text)


def _heads_stacked(blocks: list[Unit], headline_positions: set[int]) -> bool:
    """Two headlines printed one right under the other mid-page, after a finished article and over a body, with
    no kicker, subtitle or byline (headblocks' two headlines over two bodies), no numbered parts: their bodies
    stand under them apart by a blank line."""
    if any(block.kind == NUMBER for block in blocks):
        return False
    return any(
        index > 0
        and index + 2 < len(blocks)
        and index + 1 in headline_positions
        and blocks[index].kind == blocks[index + 1].kind == HEADLINE
        and not (blocks[index].opens or blocks[index + 1].opens or blocks[index + 1].blanks_before)
        and blocks[index - 1].kind == TEXT
        and ends_sentence(blocks[index - 1].text)
        and blocks[index + 2].kind == TEXT
        for index in headline_positions
    )


def _heads_under_bodies(blocks: list[Unit], headline_positions: set[int]) -> bool:
    """Every head printed under its own body (real R36 p04): the page opens on a body, each headline (with the
    lines of its head) stands after a blank line under a finished sentence, and the page ends on a head, with
    no byline or numbered part: each body runs down to its head, the next one opens under it."""
    if not headline_positions or any(block.kind in (BYLINE, NUMBER) for block in blocks):
        return False
    positions = sorted(headline_positions)
    if positions[0] == 0 or positions[-1] != len(blocks) - 1:
        return False
    heads = [i for i in positions if i - 1 not in headline_positions]  # each head's first line
    return len(heads) >= 2 and all(
        blocks[i].blanks_before and blocks[i - 1].kind == TEXT and ends_sentence(blocks[i - 1].text)
        for i in heads
    )
