"""The labelled blocks a page sets apart as furniture (pagefurniture.page_furniture asks them): a notice's box
(`征订启事` and its lines naming how to subscribe or call), a page's table of contents (`本版导读` and its short
items), a commentary's column label right over a headline and its byline (`评  论`), and a photo news item's
label (`图片新闻`) over the photo's text and credit, and a box of figures (`【数说】` over `2360个` / `全省建成的“暖蜂驿站”` …).
Moved out of furniture.py as they were."""

from __future__ import annotations

import re
from collections.abc import Callable

from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import starts_byline
from builder.ingest.captionshapes import is_credit_text, split_inline_credit
from builder.ingest.headlinecontext import LEAD_OPENING, finished_text
from builder.ingest.headlineshapes import HEAD_FIELD_LABEL, is_headline_shape
from builder.ingest.ornaments import ITEM_BULLETS
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count, display_width, ends_sentence
from builder.text.patterns import BOX_DRAWN_RUN, NAME_IN_QUOTES

_HAN = "\u4e00-\u9fff"


def unspaced(label: str) -> str:
    """A label without the spaces that spread it out (`评  论` -> `评论`)."""
    return re.sub(r"[ \u3000]+", "", label)


def after_a_gap(page: PageReader) -> bool:
    """The line being read opens the page or follows a blank line: the head of a page or of a column."""
    return not page.units or page.blanks > 0


def in_head_band(page: PageReader) -> bool:
    """Nothing but furniture read so far: the band of labels, dates and numbers over the first article."""
    return not page.seen_text and all(u.kind == kinds.FURNITURE for u in page.units)


def blank_or_foot_after(page: PageReader) -> bool:
    """A blank line, or the page's end, right after the line being read."""
    return page.index >= len(page.lines) or not page.lines[page.index].strip()


# (a hiring's, a tender's or the paper's announcement too: `招聘公告`, `招标公告`, `公告`, over its dates and phone)
# (a correction's box between two articles, its label maybe spaced out: `更　正` / `本报…一文中，“…”应为“…”。特此更正。`)
_NOTICE_LABEL = re.compile(
    f"^[{_HAN}]{{0,4}}(?:启事|须知|公告|通告)$|^(?:征订|订阅|广告)$|^更[ \u3000]*正(?:声明)?$"
)
_NOTICE_WORDS = re.compile(
    r"订阅|征订|订价|订费|邮局|热线|电话|邮箱|投稿|来稿|联系人|咨询|报名|应为|特此更正"
)
_MAX_NOTICE_LINES = 12


def notice(page: PageReader, line: Line) -> bool:
    """`征订启事` / `2027年度《某某报》征订工作现已开` / … / `订阅热线：…`: a notice's label at the head of a block
    (after a blank line, at the page's or a column's top) and its lines up to the next blank line, furniture
    all; a label over a block naming no subscription, contribution or contact is left alone. A hiring's or a
    tender's notice set in a box between articles is one too (`招聘公告` / `…招聘社区工作者` / `…报名时间为…` /
    `咨询电话：…`: layouts32 p03)."""
    if not _NOTICE_LABEL.match(line.text) or not after_a_gap(page):
        return False
    block = block_below(page, _MAX_NOTICE_LINES)
    if not block or not _NOTICE_WORDS.search("".join(page.lines[index] for index in block)):
        return False
    return furniture_block(page, line, block)


def block_below(
    page: PageReader, most: int, ends_before: Callable[[str], bool] | None = None, start: int | None = None
) -> list[int] | None:
    """The indexes of the lines under the one being read (or from the line `start`) up to the next blank line (or
    the page's end, or a raw line `ends_before` says is no longer the box's), or None when none closes the block
    within `most` lines: a box's lines."""
    block: list[int] = []
    for index in range(page.index if start is None else start, len(page.lines)):
        if not page.lines[index].strip() or (ends_before is not None and ends_before(page.lines[index])):
            break
        if len(block) == most:
            return None
        block.append(index)
    return block


def furniture_block(page: PageReader, line: Line, block: list[int]) -> bool:
    """The label being read and its block's lines made furniture, reading on after the block as after a blank."""
    page.add(kinds.FURNITURE, line.text, line.number)
    for index in block:
        page.add(kinds.FURNITURE, page.lines[index].strip(), page.numbers[index])
    if block:
        page.index = block[-1] + 1
    page.blanks = 1
    return True


# A profile's sidebar box (`人物档案`, `人物简介`, `■简历`): the person's birth year, posts and honours, printed
# beside the profile and extracted between two of its paragraphs (layouts32 p05); its label maybe in brackets, the
# box between an interview's intro and its first question (`【人物简介】`, layouts36 p03).
_PROFILE_BOX_WORD = "(?:人物档案|人物简介|人物名片|人物小传|个人简历|简历|简介)"
_PROFILE_BOX_LABEL = re.compile(f"^(?:[■□●◆▲]?{_PROFILE_BOX_WORD}|[【［]{_PROFILE_BOX_WORD}[】］])$")
_PROFILE_YEAR = re.compile(r"(?:19|20)\d{2}年")
_MAX_PROFILE_LINES = 12


def profile_box(page: PageReader, line: Line) -> bool:
    """`人物档案` standing apart (after a blank line, or alone under a finished sentence on a page printing no
    blank line) over its lines up to the next blank line or indented paragraph, which give years of the person's
    life (`…1975年生，中共党员，` / `■简历` / `1995年—2007年　某某厂职工`): furniture all, the profile reading on
    after it; a label over lines giving no year is left alone."""
    if not _PROFILE_BOX_LABEL.match(unspaced(line.text)):
        return False
    if not after_a_gap(page) and not ends_sentence(page.units[-1].text):
        return False
    block = block_below(page, _MAX_PROFILE_LINES, ends_before=_opens_body)
    if not block or not _PROFILE_YEAR.search("".join(page.lines[index] for index in block)):
        return False
    return furniture_block(page, line, block)


# An interview's guest box (layouts33 p01: `【访谈嘉宾】` over `王志刚　四川省委社会工作部副部长`): its label, maybe
# with the first guest on its line (`访谈嘉宾：…`), over a line or a few of a guest's name and post, no sentence.
_GUEST_LABEL = re.compile(
    r"^[【［\[]?(?:访谈|对话|本期|专访)?(?:嘉宾|受访者|受访人|访谈对象)[】］\]]?(?:[：:]|$)"
)
_GUEST = re.compile(r"^[\u4e00-\u9fff·]{2,8}[ \u3000，,]+[\u4e00-\u9fff（）()·、\w]{3,40}$")
_MAX_GUESTS = 3


def _no_guest(raw: str) -> bool:
    return starts_byline(raw.strip()) or not _GUEST.match(raw.strip())


def guest_box(page: PageReader, line: Line) -> bool:
    """An interview's guest box: the label and the lines under it each naming a guest and their post, up to the
    next blank line, byline or anything else (the reporter line, the intro): furniture, never a headline."""
    label = _GUEST_LABEL.match(line.text)
    if not label:
        return False
    first = line.text[label.end() :].strip()
    if first and not _GUEST.match(first):
        return False
    block = block_below(page, _MAX_GUESTS, ends_before=_no_guest)
    if block is None or not (first or block):
        return False
    return furniture_block(page, line, block)


# The label of a commentary's column (`评论`, `短评`, `时评`), maybe spaced out (`评  论`).
_COMMENTARY_LABEL = re.compile(
    "^(?:评论|短评|时评|快评|微评|小评|点评|言论|观点|论坛|评论员文章|编辑部文章)$"
)


def commentary_label(page: PageReader, line: Line) -> bool:
    """A commentary column's label standing apart anywhere on the page, right over a headline and its byline
    (`评  论` / `基层治理要多算“民心账”` / `■林海燕`): furniture over an article of its own. A sidebar under
    the same label (`短评` / `网格要“活”起来` / its text, no byline) is left to the sidebar rule."""
    if not _COMMENTARY_LABEL.match(unspaced(line.text)) or not after_a_gap(page):
        return False
    following = [text.strip() for text in page.lines[page.index : page.index + 2]]
    return len(following) == 2 and is_headline_shape(following[0]) and starts_byline(following[1])


# The label of a photo news item (`图片新闻`, `图说`), maybe spaced out: a photo and its caption, no article.
_PHOTO_NEWS_LABEL = re.compile("^(?:图片新闻|新闻图片|图片报道|图说新闻|图说|图片故事)$")
_PHOTO_NEWS_SPAN = 8  # lines under the label within which the photo's credit closes the item


def photo_news(page: PageReader, line: Line) -> tuple[int, str, str] | None:
    """`图片新闻` standing apart (after a blank line or at a column's top), a photo's credit closing the item
    within a few lines under it (`…覆盖居民3万余人次。` / `通讯员 某某 摄`, or glued to its last sentence,
    `…采摘砂糖橘4万余斤。　某某　摄`): the item under the label (see _photo_news_item), which stands apart as a
    photo news item's caption, never the text of the article above; None for any other line."""
    if not _PHOTO_NEWS_LABEL.match(unspaced(line.text)) or not after_a_gap(page):
        return None
    return _photo_news_item(page)


_PHOTO_STORY_SPAN = 14  # lines of a photo story's long caption under its headline


def photo_story_head(page: PageReader, line: Line) -> tuple[int, str] | None:
    """`图片新闻` standing apart (or right under a finished item or its closing `（name）` on a page printing no blank)
    over a photo headline and a caption-story its photographer's credit closes (`青堆镇“海上党小组”护航开海季` /
    blank / `12月6日，在…` … `本报记者 某某 摄`, layouts35 p01; with no blank under the headline the story's lead
    opens like a report, wider than it): (the headline's index, the headline). The label heads a photo story, an
    article: its headline, its text, its credit the byline. None for any other line."""
    if not _PHOTO_NEWS_LABEL.match(unspaced(line.text)):
        return None
    above = page.units[-1].text if page.units else ""
    if not after_a_gap(page) and not finished_text(above) and not finished_text("。" + above):
        return None
    head = page.index
    while head < len(page.lines) and not page.lines[head].strip() and head - page.index < 2:
        head += 1
    if head + 2 >= len(page.lines):
        return None
    headline = page.lines[head].strip()
    if not is_headline_shape(headline) or ends_sentence(headline):
        return None
    story = page.lines[head + 1].strip()
    if story and not (LEAD_OPENING.match(story) and display_width(headline) < display_width(story)):
        return None
    if _photo_news_item(page, head + 2 if not story else head + 1, _PHOTO_STORY_SPAN) is None:
        return None
    return head, headline


def _photo_news_item(
    page: PageReader, start: int | None = None, span: int = _PHOTO_NEWS_SPAN
) -> tuple[int, str, str] | None:
    """The item under a photo news label (or from `start`): (the index after its credit, its text, the
    credit), its lines running on with no blank line to the credit, on a line of its own or glued to the last
    sentence."""
    lines: list[str] = []
    if start is None:
        start = page.index
        while start < len(page.lines) and not page.lines[start].strip() and start - page.index < 2:
            start += 1  # a blank line under the label
    for index in range(start, min(start + span, len(page.lines))):
        text = page.lines[index].strip()
        if not text:
            return None
        if is_credit_text(text):
            return (index + 1, "".join(lines), text) if lines else None
        caption, credit = split_inline_credit(text)
        lines.append(caption)
        if credit is not None:
            return index + 1, "".join(lines), credit
    return None


# A page's table of contents (`本版导读` / `①瓷都志愿服务点` / `②小区红色管家` …): the headlines it lists are
# printed again over their articles.
_CONTENTS_LABEL = re.compile(r"^[【\[]?(?:本版|本期|本报|今日|本刊|要闻|新闻)?(?:导读|要目|目录)[】\]]?$")
_CONTENTS_ITEMS = 12  # lines of a contents box at most


def contents_box(page: PageReader, line: Line) -> bool:
    """`本版导读` standing apart over its list (up to the next blank line, a few short lines): furniture, the
    label and its items; a label with no list under it is left to the other rules."""
    if not _CONTENTS_LABEL.match(BOX_DRAWN_RUN.sub("", unspaced(line.text))) or not after_a_gap(page):
        return False  # (the label maybe on a box's top edge: `┌──── 本版导读 ────┐`)
    listed = page.index < len(page.lines) and _PAGE_REFERENCE.search(page.lines[page.index].strip())
    items = block_below(
        page, _CONTENTS_ITEMS, (lambda raw: not _PAGE_REFERENCE.search(raw.strip())) if listed else None
    )
    if not items:
        return False  # no blank line closes it within a box's length
    for index in items:
        text = page.lines[index].strip()
        if cjk_count(text) > _CONTENTS_ITEM_CHARS or _SENTENCE_MARK.search(text):
            return False  # a paragraph, not a list of headlines
    return furniture_block(page, line, items)


_CONTENTS_ITEM_CHARS = 30
# A contents item's page reference at its end (`…新办法　详见第5版`, `…　3版`): a list of such lines ends at the
# first line without one, a blank line under the box or not (layouts35 p01 printed with no blank line).
_PAGE_REFERENCE = re.compile(r"(?:详见|见)?第?[A-Z]?\d{1,2}版[）)]?$")
_SENTENCE_MARK = re.compile("[。！？；]")


# A figures box (`【数说】`, `数读`): its label, big figures alone on their lines (`318个`, `2100余名`, `96.4%`),
# each with a short label over or under it (`老旧院落建立党组织`). threecolumns finds one dropped among a
# column's lines; figures_box one standing apart.
# The label may name its subject in quotes (`数说“赣鄱红色驿站”`), or after its brackets (`【数读】边境党建长廊`);
# a figure may have its label beside it after a gap (`3126个　全省建成驿站`), or before it after dot leaders
# (`串联边境村寨……………1900余个`).
# An infographic's label (`一图读懂`, `一图看懂`, `图解`) is one too: its subject on the line under it, then its
# labels each over its figure, and the drawer's credit (`制图：…`) closing it (heldout37 p04).
_FIGURES_BOX_NAME = f"(?:数读|数说|数字|数据|图说数据|一组数据|数据速览|一图(?:读懂|看懂|了解|速览)|图解)(?:{NAME_IN_QUOTES})?"
FIGURES_BOX_LABEL = re.compile(
    f"^(?:[【\\[]{_FIGURES_BOX_NAME}[】\\]](?:[\u4e00-\u9fff“”·・]{{2,14}})?|[【\\[]?{_FIGURES_BOX_NAME}[】\\]]?"
    "(?:[·・｜|][\u4e00-\u9fff“”]{2,14})?)$"  # `数说·红色物业`: its subject after a dot (layouts33 p03)
)
FIGURE_ALONE = re.compile(r"^\d+(?:\.\d+)?[余多]?[万亿]?(?:[%％]|[\u4e00-\u9fff]{0,2})$")
_FIGURE_AND_LABEL = re.compile(
    r"^\d+(?:\.\d+)?[余多]?[万亿]?(?:[%％]|[\u4e00-\u9fff]{0,2})[ \u3000]+[\u4e00-\u9fff“”]{2,16}$"
)
# a row of a label, dot leaders and its figure (`串联边境村寨……………………1900余个`)
_LABEL_LEADERS_FIGURE = re.compile(
    r"^[\u4e00-\u9fff（）()“”]{2,16}[ \u3000]*(?:…{2,}|[.·．・]{4,})[ \u3000]*"
    r"\d+(?:\.\d+)?[余多]?[万亿]?(?:[%％]|[\u4e00-\u9fff]{0,2})$"
)
# a row of a label, a gap and its figure (`物业企业党支部　68个`)
_LABEL_AND_FIGURE = re.compile(
    r"^[\u4e00-\u9fff（）()“”]{2,16}[ \u3000]+\d+(?:\.\d+)?[余多]?[万亿]?(?:[%％]|[\u4e00-\u9fff]{0,2})$"
)
_FIGURES_BOX_LINES = 16
_ROW_BULLET = re.compile(rf"^[{ITEM_BULLETS}][ \u3000]*")  # a row's bullet (`■物业企业党支部　68个`)


_FIGURE_ROWS = (FIGURE_ALONE, _FIGURE_AND_LABEL, _LABEL_LEADERS_FIGURE, _LABEL_AND_FIGURE)


def figures_box(page: PageReader, line: Line) -> bool:
    """`【数说】` standing apart over its block (to the next blank line): figures alone on their lines, each
    followed by a short caption with no sentence mark, furniture all (the figures are the articles', said
    again; heldout14 p05, heldout16 p01). A label over anything else (a paragraph, a list) is left alone."""
    if not FIGURES_BOX_LABEL.match(unspaced(line.text)) or not after_a_gap(page):
        return False
    block = block_below(page, _FIGURES_BOX_LINES)
    if not block:
        return False
    block = block + _figures_after_subject(page, block)
    texts = [_ROW_BULLET.sub("", page.lines[index].strip()) for index in block]
    figures = [i for i, text in enumerate(texts) if any(shape.match(text) for shape in _FIGURE_ROWS)]
    if len(figures) < 2 or any(
        i not in figures and (_SENTENCE_MARK.search(text) or "，" in text or cjk_count(text) > 20)
        for i, text in enumerate(texts)
    ):
        return False
    return furniture_block(page, line, block)


_BOX_SUBJECT_LINES = 2


def _figures_after_subject(page: PageReader, block: list[int]) -> list[int]:
    """The block of figures under a blank line when the label's own block is only its subject (a line or two,
    no figure, no sentence: `一图读懂` / `利通区“网格+”治理` / blank / `网格` / `685个` …), else none."""
    subject = [page.lines[index].strip() for index in block]
    if len(subject) > _BOX_SUBJECT_LINES or any(
        any(shape.match(text) for shape in _FIGURE_ROWS) or _SENTENCE_MARK.search(text) or "，" in text
        for text in subject
    ):
        return []
    start = block[-1] + 2
    if start >= len(page.lines) or page.lines[block[-1] + 1].strip():
        return []
    return block_below(page, _FIGURES_BOX_LINES, start=start) or []


# An editor's summary set between a headline and its byline (`核心提示：议事平台建到院落楼门，…`): the paper's
# words on the article, with figures of its own, no part of the body.
# An e-paper's summary written by a machine (`【AI摘要】本文约680字，…` over `（以上内容由AI生成，仅供参考）`) is one too.
_SUMMARY_NAMES = r"(?:核心提示|内容提要|本文提要|阅读提示|(?:AI|ＡＩ|智能)?(?:摘要|导读)|内容摘要|文章摘要)"
_SUMMARY_LABEL = re.compile(f"^(?:【{_SUMMARY_NAMES}】|{_SUMMARY_NAMES}\\s*[：:])")
_MAX_SUMMARY_LINES = 8
_HEAD_KINDS = (kinds.HEADLINE, kinds.SUBTITLE, kinds.KICKER)


def summary_box(page: PageReader, line: Line) -> bool:
    """`核心提示：…` (or a theory article's `【关键词】…`) right under a headline (or its subtitle), its lines up to the
    next blank line: furniture. The
    box ends before an indented line or a byline (`本报讯（…）`): the article's body printed right under it, with
    no blank line between, is the article's."""
    field = HEAD_FIELD_LABEL.match(line.text)
    labelled = _SUMMARY_LABEL.match(line.text) or field
    # (`【关键词】…` under the author's name too, a byline set apart under the headline: heldout34 p02)
    heads = (*_HEAD_KINDS, kinds.BYLINE) if field else _HEAD_KINDS
    if not labelled or not page.units or page.units[-1].kind not in heads:
        return False
    block = block_below(page, _MAX_SUMMARY_LINES, ends_before=_opens_body)
    return block is not None and furniture_block(page, line, block)


def _opens_body(raw: str) -> bool:
    """A line under a summary box that starts the article: indented, or a byline or dateline."""
    return raw[:1] in (" ", "\t", "\u3000") or starts_byline(raw.strip())
