"""Closing credits: the reporter line that signs the article above it rather than opening the text under it
(a line rule of LINE_RULES in `builder.ingest.units`; moved out of `builder.ingest.bylinerules`).

`■ 曹天伟 高庆贺`, `■记者 … 通讯员 …` or `记者 … 通讯员 …` after a finished article, over a blank line: a closing
credit when what follows opens an article of its own (a headline standing alone or over its byline, a report's
dateline) or is furniture, or when the line is marked and set right under the last sentence on a page whose
bodies do not open under their bylines. Written as `（names）`, which segment gives to the article above. Read
either way (signing the text above, or opening the text under it) the line ends the article above, so the unit
`opens`: the paragraph after the blank line under it opens the next article (heldout14 p01: the next body's head
printed elsewhere on the page and not read as one). What opens the next article may stand under a column's
label alone on its line (`记者调查`, `观点`), a box's drawn rule or page furniture (`（作者系…）`): read past them
(a credit printed at the article's end, the perturbation harness's `byline_end`).
"""

from __future__ import annotations

import re

from builder.ingest.barenames import bylines_open_bodies
from builder.ingest.bylinerules import names_taken_back, next_lines
from builder.ingest.bylineshapes import WORK_CREDIT_AFTER, is_byline_text, starts_byline
from builder.ingest.datelines import BAOXUN
from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import CLOSING_SOURCE, LINE_SHAPE, RULE_CHARS
from builder.ingest.pagelines import BYLINE, TEXT, Line, PageReader
from builder.ingest.reporternames import PAPER_WRITER, PERSON_NAME
from builder.ingest.textrules import ends_sentence, indented, undouble


def closing_names(page: PageReader, line: Line) -> bool:
    """`■ 曹天伟 高庆贺`, `■记者 王立 通讯员 李青` after a finished article, a blank line under it, and then a
    headline standing alone (or the page's end, or a report's dateline), or marked and right under the last
    sentence (`_marked_under_text`): the reporters of the article above, a closing credit."""
    ornament = LINE_SHAPE["ornament"].match(line.text)
    signed = (
        line.text[ornament.end() :].strip()
        if ornament
        else _reporters_at_page_foot(page, line.text)
        or _reporters_under_text(page, line.text)
        or _reporters_over_editors(page, line.text)
    )
    names, end = names_taken_back(page, signed, page.index)
    bare = WORK_CREDIT_AFTER.sub("", names)
    reporters = bool(LINE_SHAPE["bare_names"].match(bare)) or is_byline_text(bare)
    last = page.units[-1] if page.units else None
    if not (names and reporters and last and last.kind == TEXT and ends_sentence(last.text)):
        return False
    # (the page's last credit may stand right over its footer: a page printing no blank line)
    # (or over an app's editors' block, `编辑：…` / `初审：…`, the next article after it)
    if (
        end < len(page.lines)
        and page.lines[end].strip()
        and not _only_furniture_from(page, end)
        and not _editors_block_from(page, end)
    ):
        return False
    after = next_lines(page, end, blanks=3)
    if after and not (
        _marked_under_text(page, ornament is not None)
        or _next_article_opens(page, after, end)
        or _opens_past_labels(after)
        or (not page.blanks and head_over_its_text(page.lines, end))
    ):
        return False
    page.index = end
    page.add(BYLINE, f"（{names}）", line.number)
    page.units[-1].opens = True  # read either way (closing the text above or opening the text below), the
    return True  # line ends the article above: segment opens a new one after its blank line


def _marked_under_text(page: PageReader, marked: bool) -> bool:
    """A marked line (`■记者 …`) set right under the last sentence, a blank line under it: it signs that text, on
    any page whose bodies do not open under their bylines (the headlines printed elsewhere, r9 shape)."""
    return marked and not page.blanks and not bylines_open_bodies(page)


def _next_article_opens(page: PageReader, after: list[str], end: int) -> bool:
    """What follows opens an article of its own (a headline alone, or over its byline; a dateline), or is furniture."""
    return (
        _stands_alone(page, after[0], end)
        or all(map(is_furniture_line, after))
        or _over_its_byline(after)
        or _opens_with_dateline(after[0])
    )


# What the reporter did, after the names (`全媒体记者 董艺炫 文/图`: wrote and took the photos); a photo's own
# credit (`… 摄`) is no byline.
def _reporters_under_text(page: PageReader, text: str) -> str:
    """`记者赵大勇 通讯员钱小飞` with no mark, right under the article's last line (no blank between), with a
    headline, or a report opening with its dateline (`本报讯 日前，…`), after the blank line under it: the
    reporter line closing the article (closing_names checks the rest); '' otherwise."""
    if page.blanks:
        return ""
    if not is_byline_text(WORK_CREDIT_AFTER.sub("", text)):
        # bare names (no role word: `张某 王某`) sign the text above only over a whole head
        bare = LINE_SHAPE["bare_names"].match(text)
        return text if bare and head_over_its_text(page.lines, page.index) else ""
    after = next_lines(page, page.index, blanks=3)
    opens = after and (
        is_headline_shape(after[0])
        or _opens_with_dateline(after[0])
        or _opens_past_labels(after)
        or head_over_its_text(page.lines, page.index)
    )
    return text if opens else ""


# What may stand between a closing credit and the next article's head: a column's label alone on its line (`观点`,
# `记者调查`), a box's drawn rule (`┏━━┓`), page furniture (an author's note, `（作者系…）`); a box's bars.
_LABEL_ALONE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_BOX_RULE = re.compile(rf"^[┏┌╔┗└╚┓┐╗┛┘╝{RULE_CHARS}\s]+$")
_BOX_BARS = "┃│║ \u3000"


_HEAD_LINES = 3  # lines of a head (kicker, headline wrapped) over its subtitle, byline or lead


def head_over_its_text(lines: list[str], start: int) -> bool:
    """After a blank line from `start` (past a column's label alone on its line), a head with nothing of its own
    between it and its text: 1-3 unindented lines ending no sentence, together headline-shaped (a headline wrapped
    after `…的` too), over a `——` subtitle, a byline or an indented lead (`本报记者 李某` / blank / `瓜田里的` /
    `“领头雁”` / `——记…`; `张某 王某` / blank / `某区为村干部“减负”` / `　　某市…`): a new article opens there,
    so a reporter line right under the last sentence over that blank signs the article above (a page printing
    its bylines at the articles' ends)."""
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i == start or i >= len(lines):
        return False
    if _LABEL_ALONE.match(lines[i].strip()) and i + 1 < len(lines) and lines[i + 1].strip():
        i += 1  # a column's label over the head (`人物`)
    head: list[str] = []
    while i < len(lines):
        raw = lines[i]
        text = raw.strip()
        if not text:
            return False
        if head and (LINE_SHAPE["subtitle"].match(text) or starts_byline(text) or indented(raw)):
            break
        if len(head) == _HEAD_LINES or indented(raw) or ends_sentence(text) or starts_byline(text):
            return False
        head.append(text)
        i += 1
    else:
        return False
    joined = "".join(head)
    return is_headline_shape(joined) and len(joined) <= _HEAD_CHARS


_HEAD_CHARS = 40  # characters of a head's lines together


def _opens_past_labels(after: list[str]) -> bool:
    """Past a label, a box's rule or furniture, what follows is a headline or a dateline, or nothing is left
    (`本报记者 程颖` / blank / `记者调查` / `龙凤镇“积分卡”为何管用`): the credit closes the article above."""
    i = 0
    while i < len(after) and (
        is_furniture_line(after[i]) or _LABEL_ALONE.match(after[i]) or _BOX_RULE.match(after[i])
    ):
        i += 1
    if i == 0:
        return False
    if i == len(after):
        return True
    head = undouble(after[i].strip(_BOX_BARS))
    return is_headline_shape(head) or _opens_with_dateline(head)


def _opens_with_dateline(text: str) -> bool:
    """A paragraph opening with a report's own dateline (`本报讯 日前，…`): the next report begins there."""
    return bool(BAOXUN.match(text.lstrip("\u3000 ")))


def _over_its_byline(after: list[str]) -> bool:
    """The next lines are a headline over its own byline (`…温暖港湾` / `某某新闻网消息（记者 …）`)."""
    return len(after) >= 2 and is_headline_shape(after[0]) and starts_byline(after[1])


def _reporters_at_page_foot(page: PageReader, text: str) -> str:
    """`本报记者 郑爽` with only page furniture under it (`责任编辑：…`, `扫码阅读…`) or the page's end: the
    reporter line closing the page's last article (its mark is not needed there), also a bare name alone
    (`…奠定了坚实基础。` / `常映红`: a report opened by a bare `本报讯`, signed at its end); '' otherwise."""
    if not (is_byline_text(text) or LINE_SHAPE["bare_names"].match(text)):
        return ""
    # (its roles maybe set one a line: `本报通讯员 …` under it)
    _, end = names_taken_back(page, text, page.index)
    return text if all(is_furniture_line(following) for following in page.texts_from(end)) else ""


def _reporters_over_editors(page: PageReader, text: str) -> str:
    """`记者：钟某　谢某` over the editors' and reviewers' lines with no blank between (`编辑：黄某`, `初审：…　复审：…
    终审：…`): an app's credit block under its article, whose reporters sign it; '' otherwise."""
    if not is_byline_text(text) or not _editors_block_from(page, page.index):
        return ""
    return text


def _editors_block_from(page: PageReader, start: int) -> bool:
    """From line `start` to the next blank line, one line or more, each page furniture (an editors' block)."""
    lines = page.lines
    end = start
    while end < len(lines) and lines[end].strip():  # (one line at a time: a page may print no blank line)
        if not is_furniture_line(lines[end].strip()):
            return False
        end += 1
    return end > start


def _only_furniture_from(page: PageReader, start: int) -> bool:
    """Only page furniture from line `start` to the page's end (`责任编辑：…　校对：…`)."""
    return all(is_furniture_line(raw.strip()) for raw in page.lines[start:] if raw.strip())


def _stands_alone(page: PageReader, text: str, start: int) -> bool:
    """The first line with `text` from `start` on is followed by a blank line (a headline's line)."""
    index = next(i for i in range(start, len(page.lines)) if page.lines[i].strip() == text)
    return index + 1 < len(page.lines) and not page.lines[index + 1].strip()


def end_credit(page: PageReader, line: Line) -> bool:
    """`（本报记者 马文 通讯员 杨帆）` closing an article: its byline (segment gives it to that article)."""
    return bool(page.seen_text and LINE_SHAPE["end_credit"].match(line.text)) and page.add(
        BYLINE, line.text, line.number
    )


# A closing credit opened after a report's last sentence, closed on its line or cut by the line's end
# (`…186万元。（本报记者 梁宇）`, `…5300余件。（本报记者 艾力`, `…60余起。（来源：东城区委宣传部`).
_OPEN_CREDIT = re.compile(
    rf"(?<=[。！？”])\s*([（(](?:{PAPER_WRITER}[^（）()]{{1,30}}|{CLOSING_SOURCE})[）)]?)$"
)


_SOURCE_LINE = re.compile(
    rf"^[（(]{CLOSING_SOURCE}[）)]$"
)  # a reprint's source under its credit: `（来源：某某日报）`


def wrapped_end_credit(page: PageReader, line: Line) -> bool:
    """`…问题5300余件。（本报记者 艾力` / `通讯员 王芳）`, or `…万元。（本报记者 梁宇）` on one line, over a blank
    line, the page's end or a reprint's source line (`（来源：某某日报）`): the closing credit of the article (the
    wrap may cut it in two). The sentence stays
    text; the credit, joined, is the article's byline."""
    opened = _OPEN_CREDIT.search(line.text)
    if opened is None:
        return False
    cut = not opened.group(1).endswith(("）", ")"))
    if cut and page.index >= len(page.lines):
        return False
    credit = f"{opened.group(1)} {page.lines[page.index].strip()}" if cut else opened.group(1)
    after_index = page.index + cut
    after = page.lines[after_index].strip() if after_index < len(page.lines) else ""
    if (after and not _SOURCE_LINE.match(after)) or not LINE_SHAPE["end_credit"].match(credit):
        return False
    if opened.start():
        page.add_text(line.text[: opened.start()], line)
    page.index += cut
    return page.add(BYLINE, credit, line.number)


_NAME_AFTER_SENTENCE = re.compile(rf"(?<=[。！？”])({PERSON_NAME})$")


def names_glued_to_last_sentence(page: PageReader, line: Line) -> bool:
    """`…成为辖区居民的口头禅。双塔萱` / ` 高达` / blank: the reporters signing a report, the first glued to its last
    sentence and the wrap sending the second to a line of its own: a closing credit (the next headline, read
    as the report's text after its unfinished last line, was lost with its article)."""
    if not LINE_SHAPE["bare_names"].match(line.text) or page.blanks:
        return False
    last = page.units[-1] if page.units else None
    glued = _NAME_AFTER_SENTENCE.search(last.text) if last is not None and last.kind == TEXT else None
    if glued is None or not (page.index >= len(page.lines) or not page.lines[page.index].strip()):
        return False
    last.text = last.text[: glued.start()]
    return page.add(BYLINE, f"（{glued.group(1)} {line.text}）", line.number)
