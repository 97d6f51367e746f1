"""An e-paper page (a paper's 数字报 site) copied to text: its navigation is furniture.

Copying a page of an e-paper brings the site's controls with the articles: `放大 缩小 默认`, `上一版 下一版 返回目录`,
`上一篇 下一篇`, `版面导航`, `PDF下载`, and the page's table of headlines under `本版标题导航` (each headline of the
page again, one a line, to the next blank line) which would otherwise read as headlines stacked over the first
article. (Its HTML entities are decoded when the page is read: text/lookalikes.py.)
"""

from __future__ import annotations

import re

from builder.ingest.furnitureboxes import after_a_gap, block_below, furniture_block
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import Line, PageReader

# The links to the items before and after this one (`上一篇`, `下一篇`): a site's controls (copiedpages reads a web
# page's, the neighbour's title after them, with these), as are the links to the pages and issues around it.
ITEM_LINKS = "上一篇|下一篇"
_CONTROL = (
    rf"(?:放大|缩小|默认|还原|上一版|下一版|{ITEM_LINKS}|上一期|下一期|返回目录|返回首页|版面导航|往期回顾"
    r"|PDF(?:版)?下载|下载PDF)"
)
# A line of the site's controls only, maybe bracketed or apart by `|` (`【放大】【缩小】`, `上一版 | 下一版`).
_CONTROLS_LINE = re.compile(rf"^(?:[【\[<《]?{_CONTROL}[】\]>》]?[\s|｜/·]*){{1,6}}$")
_TITLES_LABEL = re.compile(r"^[【\[]?(?:本版)?(?:标题导航|新闻导航|本版导航|本版新闻)[】\]]?[:：]?$")
_LIST_MARK = re.compile(r"^[·•◎○●■□◆◇▪※\-－]\s*")
_MAX_TITLES = 12


def is_navigation_line(text: str) -> bool:
    """`放大  缩小  默认`, `上一版   下一版   返回目录`, `上一篇  下一篇`: the e-paper's controls on a line of their own."""
    return _CONTROLS_LINE.match(text.strip()) is not None


def headline_list(page: PageReader, line: Line) -> bool:
    """`本版标题导航` standing apart over the page's headlines, one a line (maybe bulleted) to the next blank
    line: furniture all. A label over anything but headlines is left alone."""
    if not _TITLES_LABEL.match(line.text.strip()) or (not after_a_gap(page) and page.seen_text):
        return False
    block = block_below(page, _MAX_TITLES)
    if not block or not all(is_headline_shape(_LIST_MARK.sub("", page.lines[i].strip())) for i in block):
        return False
    return furniture_block(page, line, block)
