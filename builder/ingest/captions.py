"""Photo captions that the layout printed inside another article go to the article they describe.

A photo of one article is often set in the column of its neighbour (c07: `“红色管家”为独居老人检修电路。`
printed inside a sentence of the 长沙 article, about the 宝塔街道 article's 红色管家). An uncredited caption
printed inside a sentence that shares no word with the article it was printed in, and several with exactly one
other article of the page (its headline and text), goes to that article; a group credit there
(`本组图片由…提供`) credits it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.ingest.lineshapes import GROUP_CREDIT
from builder.ingest.titles import bigrams

if TYPE_CHECKING:
    from builder.ingest.segment import Article

_MIN_SHARED = 3  # two-character words a caption shares with the article it describes


def send_captions_home(articles: list[Article]) -> None:
    """Move each caption printed in the wrong article to the one it describes (in place)."""
    if len(articles) < 2:
        return
    words = [bigrams(" ".join([a.title or "", a.subtitle or "", a.text])) for a in articles]
    for index, article in enumerate(articles):
        for photo in [p for p in article.captions if p.inside and p.credit is None]:
            home = _home(bigrams(photo.text), index, words)
            if home is None:
                continue
            article.captions.remove(photo)
            target = articles[home]
            group = next(
                (p.credit for p in target.captions if p.credit and GROUP_CREDIT.match(p.credit)), None
            )
            photo.credit = group
            target.captions.insert(0 if home > index else len(target.captions), photo)


def _home(caption: set[str], own: int, words: list[set[str]]) -> int | None:
    """The one other article a caption describes, or None when it may be its own article's."""
    shared = [len(caption & article_words) for article_words in words]
    if shared[own]:
        return None
    best = max(shared)
    homes = [i for i, count in enumerate(shared) if count == best]
    return homes[0] if best >= _MIN_SHARED and len(homes) == 1 else None
