"""Photo captions that the layout printed inside another article go to the article they describe.

A photo of one article is often set in the column of its neighbour (c07: `“红色管家”为独居老人检修电路。`
printed inside a sentence of the 长沙 article, about the 宝塔街道 article's 红色管家). An uncredited caption
printed inside a sentence that shares no word with the article it was printed in, and several with exactly one
other article of the page (its headline and text), goes to that article; a group credit there
(`本组图片由…提供`) credits it too. A credited caption moves too when its text and credit share clearly more words
with one other article than with its own (heldout11 p07: printed over the page's first article, `骑手在“暖蜂驿站”
休息。　毓龙街道供图`, about the 毓龙街道 article). So does an uncredited caption printed with the page's last article (at the
page's foot, d08: `△范罗山街道“红色物业联盟”志愿者为居民维修电器。` after the last body); and when that article
holds a credit printed without its caption (`…达到93%。（图片由范罗山街道提供）`), the two are one photo.

A photo story (sign_photo_stories; layouts32 p01) is no photo printed with an article: its few sentences are the
caption-story, and the photographer's credit printed under it signs the story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest.captionshapes import GROUP_CREDIT, is_credit_text
from builder.ingest.titles import bigrams

if TYPE_CHECKING:
    from builder.ingest.article import Article, Photo

_MIN_SHARED = 3  # two-character words a caption shares with the article it describes
_PHOTOGRAPHER = re.compile(r"摄(?:影)?[）)]?$")  # a credit naming who took the photo (`本报记者 某某 摄`)
_PHOTO_STORY_CHARS = 200  # a caption-story's few sentences, however its lines were read into paragraphs


def sign_photo_stories(articles: list[Article]) -> None:
    """A photo story (a 图片新闻 page's item: a photo headline over a caption-story of a few sentences, the
    photographer's credit under it or glued to its last sentence, and no byline; layouts32 p01) is signed by that credit: it is
    the story's byline, and the story has no caption of its own (its caption is its text). In place."""
    for article in articles:
        if article.byline is not None or article.title_generated or not article.title:
            continue
        if len(article.text) > _PHOTO_STORY_CHARS or len(article.captions) != 1:
            continue
        photo = article.captions[0]
        if (
            photo.credit is None
            and not photo.inside
            and _PHOTOGRAPHER.search(photo.text)
            and is_credit_text(photo.text)
        ):
            article.byline = photo.text
            article.captions.clear()


def send_captions_home(articles: list[Article]) -> None:
    """Move each caption printed in the wrong article to the one it describes (in place)."""
    if len(articles) < 2:
        return
    words = _caption_words(articles)
    last = len(articles) - 1
    for index, article in enumerate(articles):
        for photo in list(article.captions):
            if _may_be_elsewhere(photo, at_page_foot=index == last):
                home = _home(bigrams(photo.text), index, words)
            elif photo.credit is not None:
                home = _clearly_home(bigrams(photo.text + photo.credit), index, words)
            else:
                continue
            if home is None:
                continue
            article.captions.remove(photo)
            if photo.credit is None:
                _credit_at_home(photo, articles[home], first=home > index)
            else:
                articles[home].captions.insert(0 if home > index else len(articles[home].captions), photo)


def _may_be_elsewhere(photo: Photo, at_page_foot: bool) -> bool:
    """An uncredited caption printed inside a sentence, or with the page's last article (a photo set at the
    page's foot): it may describe another article."""
    return photo.credit is None and not is_credit_text(photo.text) and (photo.inside or at_page_foot)


def _credit_at_home(photo: Photo, target: Article, first: bool) -> None:
    """The caption joins the article it describes: with the credit that article printed without a caption,
    else with its group credit."""
    lone = next((p for p in target.captions if p.credit is None and is_credit_text(p.text)), None)
    if lone is not None:
        photo.credit = lone.text
        target.captions[target.captions.index(lone)] = photo
        return
    photo.credit = next(
        (p.credit for p in target.captions if p.credit and GROUP_CREDIT.match(p.credit)), None
    )
    target.captions.insert(0 if first else len(target.captions), photo)


def _caption_words(articles: list[Article]) -> list[set[str]]:
    """Per article (headline and text), its two-character words that some caption of the page has: all a
    caption is compared with, one article's words at a time (every word of every article at once held ~20
    times the page's size: 1 GB for a 50 MB page)."""
    wanted = set().union(*(bigrams(p.text + (p.credit or "")) for a in articles for p in a.captions))
    return [bigrams(" ".join([a.title or "", a.subtitle or "", a.text])) & wanted for a in articles]


def _home(caption: set[str], own: int, words: list[set[str]]) -> int | None:
    """The one other article a caption describes, or None when it may be its own article's (asked first).
    Only the articles near its own are searched (a page prints a photo beside or near the article it
    shows; a page of thousands of articles, the bench's 50 MB page, is not searched whole for each caption)."""
    if caption & words[own]:
        return None
    first = max(0, own - _NEAR)
    shared = [len(caption & article_words) for article_words in words[first : own + _NEAR + 1]]
    best = max(shared)
    homes = [first + i for i, count in enumerate(shared) if count == best]
    return homes[0] if best >= _MIN_SHARED and len(homes) == 1 else None


def _clearly_home(caption: set[str], own: int, words: list[set[str]]) -> int | None:
    """The one other article a credited caption describes (its text and credit: `骑手在“暖蜂驿站”休息。` /
    `毓龙街道供图`, printed over the page's first article), when it shares clearly more words with it than with
    the article it was printed with; else None."""
    first = max(0, own - _NEAR)
    shared = [len(caption & article_words) for article_words in words[first : own + _NEAR + 1]]
    mine = len(caption & words[own])
    best = max(count for i, count in enumerate(shared) if first + i != own) if len(shared) > 1 else 0
    homes = [first + i for i, count in enumerate(shared) if count == best and first + i != own]
    return homes[0] if best >= max(_MIN_SHARED, mine + _CLEAR) and len(homes) == 1 else None


_CLEAR = 2  # words more that a credited caption shares with another article than with its own
_NEAR = 12  # articles either side of its own where a caption's photo may stand: more than a page prints
