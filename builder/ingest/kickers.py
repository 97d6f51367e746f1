"""A kicker (引题) printed over headlines set together, on a page with fewer bodies than headlines.

heldout3 e02: `群众诉求闭环办理` / `西工区：街道“吹哨”部门“报到”` / `槐店乡“积分超市”攒出文明新风` stand together at the
top over two bodies. The first line names no place: it is no article's headline but the kicker of the headline
right under it (no blank line between), which names its place, as every headline over a body of its own does
(`西工区`, `槐店乡`). The mirror of `builder.ingest.headlines.unstack_kickers` (a kicker that titles a body of
its own).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from builder.ingest.headlinerules import place_words
from builder.ingest.pagelines import HEADLINE, Unit

if TYPE_CHECKING:
    from builder.ingest.headlines import Headline
    from builder.ingest.segment import Article


def restack_kickers(headlines: list[Headline], articles: list[Article], blocks: list[Unit]) -> list[Headline]:
    """While the page has more headlines than bodies: a headline naming no place, printed right above one
    that names its place (no blank line between, neither with a subtitle), becomes that headline's kicker."""
    spare = len(headlines) - len(articles)
    if spare <= 0:
        return headlines
    restacked: list[Headline] = []
    index = 0
    while index < len(headlines):
        headline = headlines[index]
        below = headlines[index + 1] if index + 1 < len(headlines) else None
        if spare and below is not None and _kicker_over(headline, below, blocks):
            restacked.append(replace(below, subtitle=headline.title))
            spare -= 1
            index += 2
            continue
        restacked.append(headline)
        index += 1
    return restacked


def _kicker_over(headline: Headline, below: Headline, blocks: list[Unit]) -> bool:
    if headline.position != below.position or headline.subtitle or below.subtitle or headline.opens:
        return False  # not two plain headlines of one run printed together
    if place_words(headline.title) or not place_words(below.title):
        return False
    run = range(below.position, max(below.position - _MAX_RUN, -1), -1)  # the run's pieces, from its end
    at = next((i for i in run if blocks[i].kind == HEADLINE and blocks[i].text == below.title), None)
    return (
        at is not None
        and at > 0
        and not blocks[at].blanks_before
        and blocks[at - 1].kind == HEADLINE
        and blocks[at - 1].text == headline.title
    )


_MAX_RUN = 8  # the pieces of one run of headlines printed together (headlines, kickers, subtitles)
