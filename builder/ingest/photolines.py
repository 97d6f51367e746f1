"""The line rules of photos' captions and credits (units.LINE_RULES): a caption marked `△…`, one opening
`图为…` (maybe wrapped onto a line or two, its credit glued to its end), one short sentence with its credit after
it, and a credit on its own line (`张三 摄`, `（图片由…提供）`). Moved out of units.py as they were."""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import BYLINE_MARKS, BYLINE_THEN_LEAD, is_byline_text
from builder.ingest.captionlines import (
    CAPTION_OPENING,
    MAX_CAPTION_CHARS,
    MAX_SHORT_CAPTION_CHARS,
    NUMBERED_FIGURE,
    REPORTED_FACT,
    marked_caption,
    one_short_sentence,
)
from builder.ingest.captionshapes import PHOTO_LABEL, is_credit_text, split_gap_credit, split_inline_credit
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.reporternames import PERSON_NAME
from builder.ingest.textrules import cjk_count, ends_sentence, indented

_MAX_CAPTION_TAIL_LINES = 2  # the lines a marked caption wraps onto (c14, c06: one)


_SENTENCE_END = re.compile(r"[。！？!?]")


def caption_mark(page: PageReader, line: Line) -> bool:
    """`△…`: a photo caption, without its mark; one the layout wrapped (`△…在“民族团结之家”` / `共同包粽子。`)
    takes its following lines up to the sentence end (at most two: longer, they are a body's lines), or to a
    line ending in its credit (`…参加主题党日活动。晋城市委组织部供图`)."""
    if not LINE_SHAPE["caption_mark"].match(line.text):
        return False
    if line.text[0] in BYLINE_MARKS and (BYLINE_THEN_LEAD.match(line.text) or is_byline_text(line.text)):
        return False  # `◎记者 田川 近年来，…`, `◎本报记者 田川`: a reporter line (`◎` and `●` mark both)
    caption, credit = split_inline_credit(LINE_SHAPE["caption_mark"].sub("", line.text))
    if credit is None:
        caption, credit = split_gap_credit(caption)  # (no full stop, the credit after a gap)
    if credit is not None:  # the credit printed after the caption marks where it ends
        page.add(kinds.CAPTION, caption, line.number)
        return page.add(kinds.CREDIT, credit, line.number)
    taken = _wrapped_caption_lines(page.lines, page.index, caption)
    caption += "".join(following.strip() for following in page.lines[page.index : page.index + taken])
    page.index += taken
    caption, credit = split_inline_credit(caption)  # (its last line may end in the credit)
    page.add(kinds.CAPTION, caption, line.number)
    return credit is None or page.add(kinds.CREDIT, credit, line.number + taken)


def _wrapped_caption_lines(lines: list[str], start: int, caption: str) -> int:
    """How many lines after a marked caption's line finish it: up to its sentence end, a credit line, a blank
    line or the page's end. None when they run on longer than a caption wraps (the lines of a body sentence
    under a caption printed without its full stop): unsure, the text stays in the body."""
    index = start
    while not ends_sentence(caption) and index < len(lines) and lines[index].strip():
        following = lines[index].strip()
        if is_credit_text(following):
            break
        text, credit = split_inline_credit(following)
        if credit is not None and cjk_count(caption + text) <= MAX_CAPTION_CHARS:
            return index - start + 1  # its last line, the credit glued after it
        if cjk_count(caption + following) > MAX_CAPTION_CHARS or index - start >= _MAX_CAPTION_TAIL_LINES:
            return 0
        caption += following
        index += 1
    return index - start


def photo_caption(page: PageReader, line: Line) -> bool:
    """`图为…。` on a line of its own, maybe with its credit after it (`图为…现场。 记者 冉小鹏 摄`)."""
    paired = _captions_side_by_side(line.text)
    if paired:
        for caption in paired:
            page.add(kinds.CAPTION, caption, line.number)
        return True
    match = LINE_SHAPE["photo_caption"].match(line.text)
    if not match and _unstopped_caption(page, line.text):
        last = page.units[-1] if page.units else None
        inside = (
            last is not None and last.kind == kinds.TEXT and not page.blanks and not ends_sentence(last.text)
        )
        page.add(kinds.CAPTION, line.text, line.number)
        page.units[-1].inside = inside  # `…进出港、` / `图为…设备` / `本报记者 某某 摄` / `码头消防…`
        return True
    if not match:
        return _wrapped_photo_caption(page, line)
    page.add(kinds.CAPTION, match.group(1), line.number)
    return not match.group(2) or page.add(kinds.CREDIT, match.group(2), line.number)


# Two photos' captions printed side by side on one line, each opening with its position (`左图：…。　右图：…。`,
# layouts36 p05): apart by a space, each one whole sentence; or each with its photo's circled number, maybe with no
# full stop (`图①：…广场　图②：…工具`, layouts37 p05: the marks ① ② stand in the text).
_SIDE_BY_SIDE = re.compile(rf"(?<=[。！？”])[ \u3000]+(?={PHOTO_LABEL})|[ \u3000]+(?=图[①-⑳][：:])")
_NUMBERED_PHOTO = re.compile(r"^图[①-⑳][：:][^。！？；，,;\s]")


def _captions_side_by_side(text: str) -> list[str]:
    """The captions of a line holding two or more, each opening as captions do and one whole sentence (a photo
    numbered by a circled number, maybe one short phrase with no stop); else []."""
    parts = _SIDE_BY_SIDE.split(text)
    return parts if len(parts) > 1 and all(map(_side_caption, parts)) else []


def _side_caption(part: str) -> bool:
    if marked_caption(part):
        return True
    return (
        bool(_NUMBERED_PHOTO.match(part))
        and not _SENTENCE_MARK.search(part)
        and cjk_count(part) <= MAX_SHORT_CAPTION_CHARS
    )


def _unstopped_caption(page: PageReader, text: str) -> bool:
    """`图为…合影` with no full stop, alone between blank lines (or under a head's blank line): no sentence of a
    body goes on without its stop and no headline opens so. With no blank line around it, it stands after a
    head or a finished sentence and the line under it opens something else: the byline, a paragraph's indent,
    or a line the caption does not read on into (a subheading, `一线观察：`) (`_closed_around`). Right over its
    credit alone on the next line it is a caption wherever it stands, inside an open sentence too (layouts33 p02)."""
    below = page.lines[page.index] if page.index < len(page.lines) else ""
    return (
        text.startswith("图为")
        and not _SENTENCE_MARK.search(text)
        and cjk_count(text) <= _MAX_UNSTOPPED
        and (
            (bool(page.blanks) and not below.strip())
            or _closed_around(page, text, below)
            or is_credit_text(below.strip())
        )
    )


def _closed_around(page: PageReader, text: str, below: str) -> bool:
    last = page.units[-1] if page.units else None
    if last is None or page.blanks:
        return False
    if last.kind not in (kinds.HEADLINE, kinds.SUBTITLE) and not (
        last.kind == kinds.TEXT and ends_sentence(last.text)
    ):
        return False  # inside a sentence: a line of it that happens to open with 图为
    stripped = below.strip()
    return not stripped or indented(below) or is_byline_text(stripped) or join_cost(text, stripped) >= 0


_SENTENCE_MARK = re.compile(r"[。！？；!?;]")
_MAX_UNSTOPPED = 60  # characters of a caption printed without its full stop


def sentence_and_credit(page: PageReader, line: Line) -> bool:
    """One short whole sentence and, after a space on the same line or glued to it, a photo's credit (`“…城市会客厅”。
    某某日报全媒体记者某某摄`, `村民在积分超市兑换物品。 镇政府供图`, `某某村蓝莓喜获丰收。张三摄`), standing after a
    finished sentence or a blank line (glued, the sentence is a scene: no figure, no time span, no tally):
    a caption printed without `图为` or a mark (a credit glued to a body's sentence, `…21万分。（杨柳 摄）`, or
    in brackets, stays the body's: the inline-credit rule)."""
    if _caption_block_line(page, line) or _caption_wrapped_under_caption(page, line):
        return True
    match = _CAPTION_THEN_CREDIT.match(line.text)
    if not match or not is_credit_text(match.group(2)) or not one_short_sentence(match.group(1)):
        return False
    glued = match.end(1) == match.start(2)
    if glued and REPORTED_FACT.search(match.group(1)):
        return False  # `今年已议定事项140余件。某社区供图`: a body's last sentence, the credit glued to it
    last = page.units[-1] if page.units else None
    inside = last is not None and last.kind == kinds.TEXT and not page.blanks and not ends_sentence(last.text)
    if inside and not CAPTION_OPENING.match(match.group(1)):
        return False  # inside an open sentence: the caption rules of builder.ingest.paragraphs decide
    page.add(kinds.CAPTION, match.group(1), line.number)
    page.units[
        -1
    ].inside = inside  # `…今年以` / `图为…理发。　某某 摄` / `来累计…`: the sentence goes on under it
    return page.add(kinds.CREDIT, match.group(2), line.number)


def _caption_wrapped_under_caption(page: PageReader, line: Line) -> bool:
    """Right under a caption's credit (no gap), the next caption wrapped onto a second line, its credit glued after
    its sentence there (`这件…志愿服，将作为抗疫文` / `物保留。受访者供图`: real R21 r21_05): one caption and its
    credit, the two lines read as one."""
    last = page.units[-1] if page.units else None
    if last is None or last.kind != kinds.CREDIT or page.blanks or ends_sentence(line.text):
        return False
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    match = _CAPTION_THEN_CREDIT.match(following)
    if not match or match.end(1) != match.start(2) or not is_credit_text(match.group(2)):
        return False
    caption = line.text + match.group(1)
    if not one_short_sentence(caption) or REPORTED_FACT.search(caption):
        return False
    page.add(kinds.CAPTION, caption, line.number)
    page.add(kinds.CREDIT, match.group(2), line.number + 1)
    page.index += 1
    return True


def _caption_block_line(page: PageReader, line: Line) -> bool:
    """Captions gathered at the page's foot with no mark, each one short sentence and its credit in brackets
    on its line (`刘秀英（右）在居民家中了解情况。（李明 摄）` / `村民在…兑换生活用品。（…供图）`): after a blank line
    under a finished sentence, or right under the caption and credit before it. A body's last sentence with a
    credit glued (`…21万分。（杨柳 摄）`) holds a figure, a time span or a tally, or stands under its body's lines."""
    match = _CAPTION_THEN_BRACKETED.match(line.text)
    if not match or not one_short_sentence(match.group(1)) or REPORTED_FACT.search(match.group(1)):
        return False
    last = page.units[-1] if page.units else None
    if last is None:
        return False
    after_block = last.kind == kinds.CREDIT and not page.blanks
    after_body = (
        bool(page.blanks) and last.kind == kinds.TEXT and ends_sentence(last.text) and not line.indent
    )
    if not (after_block or after_body):
        return False
    page.add(kinds.CAPTION, match.group(1), line.number)
    return page.add(kinds.CREDIT, match.group(2), line.number)


_CAPTION_THEN_BRACKETED = re.compile(
    r"^([^。！？]+[。！？][”’」』]?)[ \u3000]*[（(]([^（()）]{2,24}?(?:供图|摄影|摄|提供))[）)]$"
)
_CAPTION_THEN_CREDIT = re.compile(r"^([^。！？]+[。！？][”’」』]?)[ \u3000]*([^（(\s][^。！？]*)$")


def _wrapped_photo_caption(page: PageReader, line: Line) -> bool:
    """`图为上杭县一村“乡贤调解室”调解员正在调` / `解土地纠纷。上杭县委政法委供图`: a caption opening as
    captions do (`图为`, `上图：`, `图一：`) that the layout wrapped onto the next line or two (or set on one
    line), its credit glued to its end (or on a line of its own, left to the credit rule), standing after a
    finished sentence: one sentence, the caption."""
    if not CAPTION_OPENING.match(line.text):
        return False
    last = page.units[-1] if page.units else None
    numbered = NUMBERED_FIGURE.match(line.text) is not None  # (`图1　…`: no sentence wraps before that)
    open_sentence = (
        last is not None and last.kind == kinds.TEXT and not page.blanks and not ends_sentence(last.text)
    )
    if open_sentence and not numbered:
        return False  # a line of an open sentence that happens to begin with 图为
    caption, credit = split_inline_credit(line.text)
    index = page.index
    while (
        index < len(page.lines)
        and index - page.index < _MAX_CAPTION_TAIL_LINES
        and not ends_sentence(caption)
    ):
        following = page.lines[index].strip()
        if not following or is_credit_text(following):
            break
        text, credit = split_inline_credit(following)
        caption, index = caption + text, index + 1
    sentence_ends = len(_SENTENCE_END.findall(caption))
    if not ends_sentence(caption) or sentence_ends != 1 or cjk_count(caption) > MAX_CAPTION_CHARS:
        return False
    page.index = index
    page.add(kinds.CAPTION, NUMBERED_FIGURE.sub("", caption), line.number)  # (without a figure's number)
    return credit is None or page.add(kinds.CREDIT, credit, index)


def credit_line(page: PageReader, line: Line) -> bool:
    """A photo credit on its own line: `（图片由…提供）`, `张三 摄`; one the wrap began on the caption's last
    line (`…开展文明劝导。吉阳区委` / `社会工作部供图`) takes its beginning back. A short caption with its credit
    in brackets after it (`村民在议事厅讨论村规（某县融媒体中心供图）`) is the caption, then the credit."""
    last = page.units[-1] if page.units and not page.blanks else None
    head = _CREDIT_HEAD.search(last.text) if last is not None and last.kind == kinds.TEXT else None
    whole = is_credit_text(line.text) or _ROLE_HEAD.match(head.group(1)) if head else False
    if (
        head
        and whole
        and _rest_length(line.text) <= _CREDIT_TAIL
        and is_credit_text(head.group(1) + line.text)
    ):
        last.text = last.text[: head.start()]  # (`…情况。　记者 韩` / `雪 摄`, `…用品。唐昌` / `镇供图`)
        return page.add(kinds.CREDIT, head.group(1) + line.text, line.number)
    if not is_credit_text(line.text):
        return False
    bracketed = _BRACKETED_CREDIT.match(line.text)
    if bracketed and not is_credit_text(bracketed.group(1)):
        page.add(kinds.CAPTION, bracketed.group(1), line.number)
        return page.add(kinds.CREDIT, bracketed.group(2), line.number)
    caption, credit = split_gap_credit(
        line.text
    )  # (`图为…巡查　本报记者　某某　摄`: the caption, then its credit)
    if credit is not None and not is_credit_text(caption):
        page.add(kinds.CAPTION, caption, line.number)
        return page.add(kinds.CREDIT, credit, line.number)
    return page.add(kinds.CREDIT, line.text, line.number)


# A caption of four characters or more, then its credit in brackets: who took or supplied the photo.
_BRACKETED_CREDIT = re.compile(r"^([^（()）]{4,}?)[（(]([^（()）]{2,24}?(?:供图|摄影|摄|提供))[）)]$")
# `…劝导。吉阳区委`, `…阅读书籍。（刘` / `小红 摄）`, `…情况。　记者 韩` / `雪 摄`: a credit's beginning after the
# caption's sentence end (maybe a space), maybe its opening bracket, maybe a role and the name's first character
_CREDIT_HEAD = re.compile(
    r"(?<=[。！？])[ \u3000]*([（(][\u4e00-\u9fff]{0,12}|[\u4e00-\u9fff]{2,12}|(?:记者|通讯员)[ \u3000][\u4e00-\u9fff]{1,3})$"
)
_ROLE_HEAD = re.compile(r"^(?:记者|通讯员)[ \u3000]")  # the tail alone no credit: only after a role's head
_CREDIT_TAIL = 12  # characters of a credit's rest the wrap sent to the next line, at most


def _rest_length(text: str) -> int:
    """A credit's rest counted without the spaces between its names: three photographers (`体记者 某某某 某某某
    摄`) are no longer a credit than two."""
    return len(re.sub(r"[ \u3000]", "", text))


def caption_under_its_credit(page: PageReader, line: Line) -> bool:
    """Right under a photo's credit on a line of its own (no gap), itself under a finished sentence of the text,
    one short sentence of a scene over a new paragraph (an indent, a blank line, the page's end): the photo's
    caption, printed under its credit (`…收集居民诉求。` / `韦丽萍 摄` / `“红色楼长”在小区巡查消防通道。` /
    `　　今年以来，…`, heldout22 p07). It is read as the caption before its credit."""
    units = page.units
    if len(units) < 2 or page.blanks or units[-1].kind != kinds.CREDIT or units[-1].line == units[-2].line:
        return False
    above = units[-2]
    if above.kind != kinds.TEXT or not ends_sentence(above.text):
        return False
    if not one_short_sentence(line.text) or REPORTED_FACT.search(line.text) or line.indent:
        return False
    following = page.lines[page.index] if page.index < len(page.lines) else ""
    if following.strip() and not following[:1].isspace():
        return False  # the text goes on under it: the line is the paragraph's
    credit = units.pop()
    page.add(kinds.CAPTION, line.text, line.number)
    units.append(credit)
    return True


_NAME_ALONE = re.compile(f"^{PERSON_NAME}$")


def portrait_name_over_credit(page: PageReader, line: Line) -> bool:
    """A person's name alone on a line, unindented, right over a photo's credit on a line of its own (`某某某` /
    `资料图片`, `本报记者 某某 摄`), apart from the text above (a blank line or a finished sentence; not under a head,
    where a name is the byline): a portrait's caption (heldout33 p02, an interview's guest between two turns). The
    credit rule reads the credit under it."""
    if line.indent or not _NAME_ALONE.match(line.text):
        return False
    below = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not below or not is_credit_text(below):
        return False
    last = page.units[-1] if page.units else None
    if last is None or last.kind in (kinds.HEADLINE, kinds.SUBTITLE, kinds.KICKER, kinds.BYLINE):
        return False
    if last.kind == kinds.TEXT and not page.blanks and not ends_sentence(last.text):
        return False  # an open sentence's last word the wrap set on a line of its own
    return page.add(kinds.CAPTION, line.text, line.number)


def portrait_caption_under_head(page: PageReader, line: Line) -> bool:
    """One short sentence, unindented, right under a headline or its `——` subtitle and right over a photo's
    credit on a line of its own (`——访某某社区党委书记某某` / `某某（右）在驿站陪老人聊天。` / `本报记者 某某 摄` /
    the reporter line; heldout37 p06, an interview's portrait): the portrait's caption, never the lead. The
    credit rule reads the credit under it."""
    last = page.units[-1] if page.units else None
    if last is None or last.kind not in (kinds.HEADLINE, kinds.SUBTITLE) or line.indent:
        return False
    if not one_short_sentence(line.text):
        return False
    below = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    return bool(below) and is_credit_text(below) and page.add(kinds.CAPTION, line.text, line.number)


def captions_under_head(page: PageReader, line: Line) -> bool:
    """Right under a report's headline, after a blank line: one short sentence of a scene, unindented and alone
    between blank lines, over an indented lead or another such line (`杏林社区：…` / blank / `志愿者在活动室为老人测量
    血压。` / blank / `社区干部帮居民填写补贴申请表。` / blank / `　　4月30日，…`, real R27, a photo report signed
    `摄影报道`): the captions of its photos, printed under its head with no mark and no credit."""
    units = page.units
    heads = len(units)
    while heads and units[heads - 1].kind == kinds.CAPTION:
        heads -= 1
    if not heads or units[heads - 1].kind != kinds.HEADLINE or not page.blanks or line.indent:
        return False
    if not one_short_sentence(line.text) or REPORTED_FACT.search(line.text):
        return False
    if page.index < len(page.lines) and page.lines[page.index].strip():
        return False  # not alone: a paragraph's line
    after = next((raw for raw in page.lines[page.index :] if raw.strip()), "")
    if not (indented(after) or (one_short_sentence(after.strip()) and not indented(after))):
        return False
    if not _photos_signed(page.lines[page.index : page.index + _SIGNED_WITHIN]):
        return False  # no photo in the report: an editor's note or a standfirst (`编者按：…`, `居民的事居民办。`)
    return page.add(kinds.CAPTION, line.text, line.number)


# A photo's or photo report's credit on a line's end (`本报记者 某某 摄影报道`, `记者 某某 摄`, `某某供图`), within
# the lines of the report under its head: the report prints photos, so its lines under the head may be captions.
_PHOTO_CREDIT = re.compile(r"(?:摄影报道|摄|供图)[）)]?$")
_SIGNED_WITHIN = 40  # lines under the head in which a photo report's credit stands (R27: 17)


def _photos_signed(lines: list[str]) -> bool:
    return any(_PHOTO_CREDIT.search(raw.strip()) for raw in lines)
