"""More of a copied web page's furniture (a line rule of LINE_RULES, after `copiedpages`): real R17 r17_04's kinds.

- An image's file name left where the picture stood (`微信图片_20201016160140.png`, `image.png`, `IMG_0412.JPG`):
  furniture. Read as text, it stood apart over a caption and titled an article of its own. One sentence right
  under it (a blank line between) is the picture's caption (`长沙市…召开“红色云网”工作动员大会。`).
- A site laid out in a table, copied one cell a line, each cell closed by its border (`综合新闻 |`, a lone `|`;
  three such lines on the page at least): the navigation's cells are furniture; the cell naming the author and
  the date it was posted (`杨文清 2023-01-18 |`) gives the byline (the names), and the one or two headline-shaped
  cells right over it are the headline (the first of two its kicker). The cells ran into the article above as
  one paragraph, headline, kicker and byline in it.
- A news site's notices under an article it signed already (a byline since its headline): the source naming a
  site (`来源：红网`), an `作者：` line repeating the byline's names, the reprint notice (`本文为长沙站原创文章，
  转载请附上原文出处链接和本声明。`), the link line (`本文链接：https://…`), and its channel list (`频道精选`
  over `• 重要新闻`, `• 科技`, …, bullets of a word, under that head only: a bulleted list of short items in the
  article, `• 助餐服务`, stays its text). They were read as the article's last subheadings.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.reporternames import PERSON_NAME
from builder.ingest.textrules import cjk_count, ends_sentence

# (or the name a site's system gave it, copied without its extension: a hash, maybe its size and the time it was
# uploaded, `6255f7ae…628740_1835X1078_20251128141758`)
_IMAGE_FILE = re.compile(
    r"^[^\s，。：:、“”]{1,60}\.(?:png|jpe?g|gif|webp|bmp|tiff?)$|^[0-9a-f]{16,64}(?:_\d{2,5}[xX]\d{2,5})?(?:_\d{8,14})?$",
    re.IGNORECASE,
)
# One table cell a line, closed by its right border (no other border on the line: a pipe table's row has two).
_CELL = re.compile(r"^([^|｜]*?)\s*[|｜]$")
_MIN_CELLS = 3  # cell lines on the page: a lone line ending in a pipe is no table
_NAMES = rf"{PERSON_NAME}(?:[ \u3000、，,]+{PERSON_NAME})*"
_AUTHOR_POSTED = re.compile(
    rf"^(?:(?:作者|记者|通讯员)\s*[:：]?\s*)?({_NAMES})\s+\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_MAX_HEAD_CELLS = 2  # a kicker and its headline
_CAPTION_CHARS = 60
_SENTENCE_MARK = re.compile(r"[。！？!?]")

_SITE_SOURCE = re.compile(r"^(?:稿件)?来源\s*[:：]\s*[\u4e00-\u9fffA-Za-z]{1,10}(?:网|客户端|APP|App)$")
_AUTHOR_AGAIN = re.compile(rf"^作者\s*[:：]\s*({_NAMES})$")
_REPRINT = re.compile(
    r"^本文(?:为|系)[^。]{1,30}(?:原创|独家)[^。]{0,12}[，,]\s*(?:转载|未经)[^。]{2,40}[。.]?$"
)
_LINK = re.compile(r"^(?:本文链接|原文链接|文章链接|本文地址|原文地址)\s*[:：]\s*https?://\S+$")
_CHANNEL_LIST = re.compile(r"^(?:频道精选|热门推荐|相关推荐|猜你喜欢|热点推荐|今日推荐)$")
_CHANNEL = re.compile(r"^[•·]\s*[\u4e00-\u9fff]{2,6}$")


def site_copy_line(page: PageReader, line: Line) -> bool:
    """A line rule: an image's file name, a cell of a site's table layout, a site's notice under a signed
    article; each furniture, but the author's cell (the byline, its head cells over it made the headline)."""
    text = line.text
    if _IMAGE_FILE.match(text) or (_site_notice(text, page) and _signed(page)):  # (the cheap test first)
        return page.add_furniture_apart(text, line.number)
    if _under_image(page) and _one_sentence(text):
        return page.add(kinds.CAPTION, text, line.number)
    cell = _CELL.match(text)
    if cell is None or _cell_lines(page) < _MIN_CELLS:
        return False
    author = _AUTHOR_POSTED.match(cell.group(1))
    if author is None:
        return page.add_furniture_apart(cell.group(1), line.number)
    _head_cells(page)
    return page.add(kinds.BYLINE, author.group(1), line.number)


def _under_image(page: PageReader) -> bool:
    last = page.units[-1] if page.units else None
    return last is not None and last.kind == kinds.FURNITURE and _IMAGE_FILE.match(last.text) is not None


def _one_sentence(text: str) -> bool:
    """One short sentence (a caption's): it ends the line, no other sentence end before it."""
    inner = text.rstrip("”’）)")[:-1]
    return ends_sentence(text) and cjk_count(text) <= _CAPTION_CHARS and _SENTENCE_MARK.search(inner) is None


def _site_notice(text: str, page: PageReader) -> bool:
    if _SITE_SOURCE.match(text) or _REPRINT.match(text) or _LINK.match(text) or _CHANNEL_LIST.match(text):
        return True
    if _CHANNEL.match(text):  # only in the list under its head: a bulleted list of the article stays text
        last = page.units[-1] if page.units else None
        return (
            last is not None
            and last.kind == kinds.FURNITURE
            and bool(_CHANNEL_LIST.match(last.text) or _CHANNEL.match(last.text))
        )
    again = _AUTHOR_AGAIN.match(text)
    if again is None:
        return False
    byline = next((unit.text for unit in reversed(page.units) if unit.kind == kinds.BYLINE), "")
    return all(name in byline for name in re.split(r"[ \u3000、，,]+", again.group(1)))


def _signed(page: PageReader) -> bool:
    """A byline stands among the units since the last headline (the article being read is signed)."""
    for unit in reversed(page.units):
        if unit.kind == kinds.BYLINE:
            return True
        if unit.kind in (kinds.HEADLINE, kinds.KICKER):
            return False
    return False


def _cell_lines(page: PageReader) -> int:
    """How many of the page's lines are one table cell each: counted once a page."""
    if "site cells" not in page.memo:
        page.memo["site cells"] = sum(1 for raw in page.lines if _CELL.match(raw.strip()))
    return page.memo["site cells"]


def _head_cells(page: PageReader) -> None:
    """The one or two headline-shaped cells right over the author's cell (empty cells between them and it
    skipped): the headline, the first of two its kicker."""
    units = page.units
    at = len(units)
    while at > 0 and units[at - 1].kind == kinds.FURNITURE and not units[at - 1].text.strip():
        at -= 1
    start = at
    while (
        start > 0
        and at - start < _MAX_HEAD_CELLS
        and units[start - 1].kind == kinds.FURNITURE
        and is_headline_shape(units[start - 1].text)
    ):
        start -= 1
    if start == at:
        return
    units[at - 1].kind = kinds.HEADLINE
    if at - start == _MAX_HEAD_CELLS:
        units[start].kind = kinds.KICKER
    del units[at:]
