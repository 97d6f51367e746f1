"""The page's writers and photos gathered in blocks at its foot, none printed with its article (heldout16 p05):

    本版稿件采写                         (a label naming the page's writers)
    月湖区：记者 邱慧 通讯员 余航          (one line per article, keyed by a place its head or lead names)
    杨林村：记者 方志强
    本版图片                             (a label naming the page's photos)
    ①月湖区志愿者在社区为老人义务理发。余航 摄   (numbered captions, their credits glued)

A 专版's page credit on one line, mostly under its head (`本版撰文　本报记者　某某　某某　　本版摄影　本报记者　某某`,
heldout30 p07): the writers of every article on the page, none printed with its own; the photo part credits the
captions. Furniture where it stands; each article with no byline of its own takes its writing part.

A line rule (`foot_block`, after the furniture rule) reads the labels as furniture, each keyed writer line as
furniture too (it is no text of any article), and each numbered caption as a caption and its credit without its
number (captions.py then gives it to the article whose words it shares). After segmentation `sign_from_foot`
gives each article with no byline of its own the byline keyed by a place its headline, else its lead, names
(the key naming exactly one article), and each caption of the photos' block to the one article whose headline
names a place the caption names (`①月湖区志愿者…` -> `月湖区志愿服务…`), where it shares too few words for
captions.py to tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.ingest import pagelines as kinds
from builder.ingest.article import Article
from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.captionshapes import split_inline_credit
from builder.ingest.headlineplaces import place_words
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.reporternames import PAPER_WRITER

WRITERS_LABEL = re.compile(r"^本版(?:稿件|文字)?(?:采写|撰稿|作者|供稿)$")
PHOTOS_LABEL = re.compile(r"^本版(?:图片|照片|摄影)$")
# (the writing part, group 1, its names group 2; the photos' part after a gap)
PAGE_CREDIT = re.compile(
    r"^(本版(?:撰文|文字|采写|撰稿|稿件|作者)[ \u3000]*[:：]?[ \u3000]*(\S.*?))"
    r"(?:[ \u3000]{2,}本版(?:摄影|图片|照片|摄像)[ \u3000]*[:：]?[ \u3000]*\S.*)?$"
)
# its names after their roles, a minority name's parts joined by whichever dot the font gave (・ ‧ ． ·)
_CREDITED_NAMES = re.compile(
    rf"^(?:(?:{PAPER_WRITER})[ \u3000]*)?[\u4e00-\u9fff]{{2,8}}(?:[·・‧．][\u4e00-\u9fff]{{2,8}})?"
    rf"(?:[ \u3000]+(?:(?:{PAPER_WRITER})[ \u3000]*)?[\u4e00-\u9fff]{{2,8}}(?:[·・‧．][\u4e00-\u9fff]{{2,8}})?){{0,5}}$"
)
_KEYED = re.compile(r"^([\u4e00-\u9fff]{2,12})[：:][ \u3000]*(\S.*)$")
_NUMBER = re.compile("^[①-⑳][ \u3000]*")
_BLOCK_REACH = 40  # units back to the block's label


def keyed_byline(text: str) -> tuple[str, str] | None:
    """`月湖区：记者 邱慧 通讯员 余航` -> (`月湖区`, `记者 邱慧 通讯员 余航`); None for any other line."""
    keyed = _KEYED.match(text.strip())
    if keyed is None or not is_byline_text(keyed.group(2)):
        return None
    return keyed.group(1), keyed.group(2).strip()


def foot_block(page: PageReader, line: Line) -> bool:
    """A line rule: the writers' label and the keyed lines under it, the photos' label (furniture) and the
    numbered captions under it (a caption and its credit, the number dropped)."""
    if WRITERS_LABEL.match(line.text) or PHOTOS_LABEL.match(line.text) or page_credit(line.text):
        return page.add(kinds.FURNITURE, line.text, line.number)
    label = _block_label(page)
    if label is None:
        return False
    if WRITERS_LABEL.match(label):
        return keyed_byline(line.text) is not None and page.add(kinds.FURNITURE, line.text, line.number)
    numbered = _NUMBER.match(line.text)
    text, credit = split_inline_credit(line.text[numbered.end() :]) if numbered else ("", None)
    if credit is None:
        return False
    page.add(kinds.CAPTION, text, line.number)
    return page.add(kinds.CREDIT, credit, line.number)


def _block_label(page: PageReader) -> str | None:
    """The label of the foot block the line being read goes on (its units since the label all the block's)."""
    for unit in page.units[: -_BLOCK_REACH - 1 : -1]:  # (a block is short: a page of captions stays linear)
        if unit.kind == kinds.FURNITURE and (WRITERS_LABEL.match(unit.text) or PHOTOS_LABEL.match(unit.text)):
            return unit.text
        if unit.kind not in (kinds.FURNITURE, kinds.CAPTION, kinds.CREDIT):
            return None
    return None


def page_credit(text: str) -> str | None:
    """`本版撰文　本报记者　某某　某某　　本版摄影　…` -> `本版撰文 本报记者 某某 某某` (its writing part, spaces closed to
    one); None for any other line."""
    found = PAGE_CREDIT.match(text.strip())
    if found is None or not _CREDITED_NAMES.match(found.group(2).strip()):
        return None
    return re.sub(r"[ \u3000]+", " ", found.group(1).strip())


def foot_bylines(lines: Sequence[str]) -> list[tuple[str, str]]:
    """The keyed writer lines under the page's writers' label, in order."""
    found: list[tuple[str, str]] = []
    for index, raw in enumerate(lines):
        if not WRITERS_LABEL.match(raw.strip()):
            continue
        for following in lines[index + 1 :]:
            if not following.strip():
                break
            keyed = keyed_byline(following)
            if keyed is None:
                break
            found.append(keyed)
    return found


def foot_captions(lines: Sequence[str]) -> set[str]:
    """The captions under the page's photos' label, their numbers dropped."""
    found: set[str] = set()
    for index, raw in enumerate(lines):
        if not PHOTOS_LABEL.match(raw.strip()):
            continue
        for following in lines[index + 1 :]:
            numbered = _NUMBER.match(following.strip())
            if numbered is None:
                break
            found.add(split_inline_credit(following.strip()[numbered.end() :])[0])
    return found


def sign_from_foot(articles: list[Article], lines: Sequence[str]) -> list[Article]:
    """Each article with no byline takes the foot block's byline keyed by a place its headline names (else its
    lead), when that key names that article alone, else the page credit's writing part (when the page prints one); each caption of the photos' block goes to the one article
    whose headline names a place the caption names."""
    _captions_home(articles, foot_captions(lines))
    for key, byline in foot_bylines(lines):
        unsigned = [a for a in articles if not a.byline]
        named = [a for a in unsigned if key in (a.title or "")] or [
            a for a in unsigned if a.blocks and key in a.blocks[0].text
        ]
        if len(named) == 1:
            named[0].byline = byline
    credits = {found for found in map(page_credit, lines) if found}
    if len(credits) == 1:  # (one page credit: two would name whose is whose)
        (byline,) = credits
        for article in articles:
            article.byline = article.byline or byline
    return articles


def _captions_home(articles: list[Article], gathered: set[str]) -> None:
    if not gathered:
        return
    places = [place_words(a.title or "") for a in articles]
    for index, article in enumerate(articles):
        for photo in [p for p in article.captions if p.text in gathered]:
            homes = [i for i, names in enumerate(places) if any(name in photo.text for name in names)]
            if len(homes) == 1 and homes[0] != index:
                article.captions.remove(photo)
                articles[homes[0]].captions.append(photo)
