"""Posts copied from a microblog's web client (Weibo's): each post's head and foot, and the marks the client
sets in its text, read away so that each post is one article with its headline, lead and closing credit.

A copied post prints the account's name on a line of its own, then when and from what it was posted
(`12-3 09:41 来自 微博网页版 已编辑`, `今天 08:15 来自 iPhone客户端`); its text, whose headline the account prints
only in 【】 glued to the lead (`【…】#话题# 今年以来，…`), maybe topic tags (`#话题#`) after it and after a
paragraph's last sentence, and its closing credit glued to the last sentence with a mention and a link's card
after it (`…（记者 某某 通讯员 某某）@某某发布 O网页链接`); then the client's buttons, one a line, their icon
font read as letters: `收起d`, a video's card (`L某某的微博视频`), the counts (`转发 236`, `评论 58`, `赞 1.2万`).

Read as printed, the account and the time became a headline and its subtitle, the headline stayed in the lead,
and the next post's head was no head: two posts read as one article. Here (a pass of workers.process_page
before the lines are read): the head and the buttons are blank lines (a blank line between two posts), the
headline in 【】 a line of its own over the lead, the tags at the lead's start and after a paragraph's last
sentence and the mentions and link cards at a paragraph's end taken out. A tag inside a sentence
(`在#某某事#话题下`) is its words and stays. Only on a page holding a post's head line.
"""

from __future__ import annotations

import re

# When and from what a post was posted: a month and day (maybe a year) or `今天`/`昨天`, the time, the client.
_POST_HEAD = re.compile(
    r"^(?:(?:\d{4}[-/年])?\d{1,2}[-/月]\d{1,2}日?|今天|昨天)\s*\d{1,2}:\d{2}"
    r"\s+来自\s*[^\s，。；！？]{1,20}(?:\s+[^\s，。；！？]{1,12}){0,3}(?:\s+已编辑)?$"
    r"|^\d{1,2}分钟前\s+来自\s*[^\s，。；！？]{1,20}$"
)
_ACCOUNT = re.compile(r"^[^\s，。；：！？、]{2,20}$")  # the account's name over it
# The client's buttons, their icon font's letter glued on (`收起d`, `展开全文c`), a video's card, the counts.
_BUTTONS = re.compile(
    r"^(?:收起(?:全文)?|展开全文)[a-z]?$"
    r"|^L[^\s，。；]{1,30}的(?:微博)?(?:视频|直播)$"
    r"|^(?:(?:转发|评论|赞|点赞|收藏)(?:\s*\d+(?:\.\d+)?万?\+?)?\s*)+$"
)
_HEADLINE = re.compile(r"^【([^【】]{4,60})】")  # a post's headline, printed in 【】 at the text's start
_TAGS_OPENING = re.compile(r"^(?:#[^#\s]{1,30}#\s*)+")
_TAG_ALONE = re.compile(r"^#[^#\s]{1,30}#$")
# A tag after a paragraph's last sentence, a mention and a link's card (its icon read as `O`) at its end.
_TAG_CLOSING = re.compile(r"(?<=[。！？”」）)])\s*(?:#[^#\s]{1,30}#\s*)+$")
_CARDS_CLOSING = re.compile(r"(?<=[。！？”」）)])(?:\s*@[^\s@，。]{1,30})*(?:\s*O?网页链接)?\s*$")


def is_post_head(text: str) -> bool:
    """When and from what client a microblog post was posted (`12-3 09:41 来自 微博网页版 已编辑`)."""
    return _POST_HEAD.match(text.strip()) is not None


def unfold_posts(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page with each post's head and buttons as blank lines, its headline in 【】 a line of its own and the
    client's tags, mentions and cards taken out of its text; unchanged (the same objects) when no line is a
    post's head."""
    if "来自" not in text:
        return text, printed
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if is_post_head(line)]
    if not heads:
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    blank = set(heads)
    for i in heads:
        above = i - 1
        if above >= 0 and _ACCOUNT.match(lines[above].strip()):
            blank.add(above)
    out: list[tuple[str, int]] = []
    opening = False  # the next line with text opens a post's text
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i in blank or _BUTTONS.match(stripped) or _TAG_ALONE.match(stripped):
            out.append(("", numbers[i]))
            opening = opening or i in heads
            continue
        if not stripped:
            out.append((line, numbers[i]))
            continue
        body = line
        if opening:
            opening = False
            body = stripped
            headline = _HEADLINE.match(body)
            if headline:
                out.append((headline.group(1).strip(), numbers[i]))
                body = body[headline.end() :].lstrip()
            body = _TAGS_OPENING.sub("", body)
        body = _CARDS_CLOSING.sub("", _TAG_CLOSING.sub("", body))
        if body.strip():
            out.append((body, numbers[i]))
    return "\n".join(line for line, _ in out), [number for _, number in out]
