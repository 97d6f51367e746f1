"""The line rule for a headline printed right above its body, with no byline (part of LINE_RULES).

One-article pages and pages of short reports often print no `本报讯（…）`: the headline stands at the top of
the page or column, then a blank line (or straight away the lead), then the body. Such a line, or a kicker
and headline printed together, is the headline of a new article: at the top of the page, or between two
bodies when the line before it closed a sentence and it stands apart (two blank lines, or one blank line and a
lead that opens like a report: a date, 近日, a full place name, 本报讯 …).
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text, starts_byline
from builder.ingest.captionshapes import is_credit_text
from builder.ingest.decks import deck_under
from builder.ingest.headlinecontext import (
    LEAD_OPENING,
    TOP_GAP,
    after_body,
    at_top,
    close_item_before,
    headline_line,
    paragraph_from,
    reads_as_body,
    under_kicker,
)
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headlinewraps import reads_on, wrapped_naming_no_place
from builder.ingest.leadlines import restates_place
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import (
    COLUMN_GAP,
    LINE_SHAPE,
    is_place_kicker,
)
from builder.ingest.pagelines import (
    HEADLINE,
    KICKER,
    SUBTITLE,
    Line,
    PageReader,
)
from builder.ingest.textrules import (
    display_width,
    ends_sentence,
    indented,
    is_continuation_marker,
    split_bold_doubled,
    split_headlines,
)

# A lead opening with a paper's dateline of a place's short name (`铅山讯　“…`, `南通网讯 `), a gap after it.
_DATELINE_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,5}讯[ \u3000]+\S")
# A headline names the place that acts (`杨柳青镇162名调解员…`, `宝山区试点…`); a section head rarely does.


def headline_over_body(page: PageReader, line: Line) -> bool:
    """A headline-shaped line at the top of the page, or standing apart after a finished body, followed by
    a blank line and a paragraph (or, at the top, by a lead straight away): the headline of a new article.
    A headline-shaped line right above it (no blank between) is its kicker."""
    if not headline_line(line.text) or LINE_SHAPE["subtitle"].match(line.text):
        return False
    stack = _stack_below(page)
    after = page.index + len(stack)
    blank_after = after < len(page.lines) and not page.lines[after].strip()
    body = paragraph_from(page, after, gap=TOP_GAP if at_top(page) else 1)
    if not body or not reads_as_body(body) or join_cost(line.text, body[0]) < 0:
        return False  # no paragraph under it, or one that goes on with the line's own sentence
    lead = LEAD_OPENING.match(body[0]) or _DATELINE_LEAD.match(body[0])
    if not (blank_after or (at_top(page) and not stack and lead)):
        return False
    # mid-page, standing apart after a finished body: one line, or one headline the column wrapped over two
    wrapped = len(stack) == 1 and reads_on(line.text, stack[0])
    if not (
        at_top(page)
        or under_kicker(page)
        or ((not stack or wrapped) and after_body(page, line.text + "".join(stack), body))
    ):
        return False
    if len(stack) == 1 and reads_on(line.text, stack[0]):  # `某某区` / `党员楼栋长…`: one headline, wrapped
        page.add(HEADLINE, line.text + stack[0], line.number)
        page.index += 1
    elif stack and deck_under(line.text, stack[0]):
        page.add(HEADLINE, line.text, line.number)  # the headline, and a deck line under it
        page.add(SUBTITLE, stack[0], line.number + 1)
        page.index += 1
    elif len(stack) == 1 and wrapped_naming_no_place(line.text, stack[0]):
        page.add(HEADLINE, line.text + stack[0], line.number)  # no place named: no kicker, one headline
        page.index += 1
    else:
        page.add(KICKER if stack else HEADLINE, line.text, line.number)
    page.units[-1].opens = page.units[-1].kind != KICKER
    return True


_NARROWER = 2.0  # how much narrower than the column a headline's lines stand (display width)


def wrapped_headline_over_body(page: PageReader, line: Line) -> bool:
    """A short report's headline wrapped over two lines, both narrower than the column, with the body
    straight under it (`丽君街道：改不改` / `居民议事会说了算` / `桂林市秀峰区丽君街道在老旧…`), standing
    apart after a finished body or at the top of the page: one headline (a space between the halves when the
    first is `place：phrase`), and a new article."""
    lines, index = page.lines, page.index
    if index + 1 >= len(lines) or not headline_line(line.text):
        return False
    second, lead = lines[index].strip(), lines[index + 1].strip()
    opens_lead = indented(lines[index]) and not line.indent  # the lead's first line
    opens_lead = opens_lead or restates_place(line.text, second)  # `莲都区…` / `丽水市莲都区…`: so is this
    if not (second and lead and is_headline_shape(second)) or ends_sentence(second) or opens_lead:
        return False
    if is_continuation_marker(second):
        return False  # a jump headline over `（上接第4版）`
    column = display_width(lead)
    if max(display_width(line.text), display_width(second)) > column - _NARROWER:
        return False
    body = paragraph_from(page, index + 1)
    if not reads_as_body(body) or join_cost(second, lead) < 0 or join_cost(line.text, second) < 0:
        return False
    if not (at_top(page) or after_body(page, line.text + second, body)):
        return False
    title = f"{line.text} {second}" if "：" in line.text else line.text + second
    if page.units:  # `…15万人次。（热依拉 陈默）`: the item above ends at its reporters' names
        close_item_before(page)
    # `丘北县幸福里小区` / `一颗“红心”温暖民心`: a kicker (引题) over the headline
    if is_place_kicker(line.text) and not reads_on(line.text, second):
        page.add(KICKER, line.text, line.number)
        title, line = second, Line(lines[index], line.number + 1, second)
    page.add(HEADLINE, title, line.number)
    page.units[-1].opens = True
    page.index += 1
    return True


def headlines_side_by_side(page: PageReader, line: Line) -> bool:
    """Two or three headlines printed side by side on one line, standing apart between blank lines (or at the
    page's end), as a page prints the headlines of narrow columns at their foot (`范罗山街道：…焕新颜   宿松县
    “一村一辅警”守护村居平安`): each a headline, matched to its body later."""
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not (page.blanks or at_top(page)) or not re.search(r"\s", line.text):
        return False
    if following and not (COLUMN_GAP.search(line.text) and _headline_line_over_column(following)):
        return False  # with a line under it, only headlines set a column apart, over another headline line
    headlines = split_headlines(" ".join(line.text.split()))
    if len(headlines) == 1 and following:  # over another headline line: set apart by the columns' gap
        headlines = [" ".join(part.split()) for part in re.split(r" {2,}", line.text.strip())]
    if not 2 <= len(headlines) <= 3 or not all(headline_line(headline) for headline in headlines):
        return False
    for headline in headlines:
        page.add(HEADLINE, headline, line.number)
    return True


def _headline_line_over_column(text: str) -> bool:
    """Another line of the headlines printed on top (`新城区推行楼栋长制 居民议事有了新平台新城区…`, maybe
    doubled), no sentence, no byline."""
    doubled = split_bold_doubled(text)
    text = doubled[0] if doubled else text
    return not starts_byline(text) and not ends_sentence(text) and is_headline_shape(text)


def headline_bullet(page: PageReader, line: Line) -> bool:
    """Cleaning: a bullet set before a headline (`■昌邑区社区食堂开进老旧小区`, as brief columns print their
    items) is dropped, so the headline rules see the headline; a mark before a byline (`■中共…委组织部`,
    `■ 陈晨 刘洋`) stays. A caption's mark (`▲`, `△`) is a headline's bullet only over a byline
    (`▲新华社区“石榴籽”调解室化解邻里纠纷` / `本报讯（通讯员 马晓燕）…`), or where the page sets it so before another
    headline (a roundup's items, one of them over its byline); otherwise it marks a caption."""
    bullet = LINE_SHAPE["ornament"].match(line.text) or LINE_SHAPE["caption_mark"].match(line.text)
    if not bullet or is_byline_text(line.text) or is_credit_text(line.text[bullet.end() :]):
        return False
    if not is_headline_shape(line.text[bullet.end() :]):
        return False
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    caption_mark = LINE_SHAPE["caption_mark"].match(line.text)
    if caption_mark and not (starts_byline(following) or marks_headlines(page.lines, line.text[0])):
        return False
    line.text = line.text[bullet.end() :]
    return False


def _signed_under(text: str, mark: str) -> bool:
    """A byline by its role or its mark (`□记者…报道`), not bare names (a cut line of a lead, `这里在`, reads as
    one), nor a line of the same mark (two captions)."""
    return not text.startswith(mark) and (
        is_byline_text(text) or bool(LINE_SHAPE["byline_start"].match(text))
    )


def marks_headlines(lines: list[str], mark: str) -> bool:
    """The page sets `mark` before a headline over its byline elsewhere (a roundup's items, `●…` / `□记者…报道`):
    its other marked headline-shaped lines are headlines too, not captions."""
    return any(
        raw.strip().startswith(mark)
        and is_headline_shape(raw.strip()[1:].strip())
        and not ends_sentence(raw)
        and _signed_under(lines[index + 1].strip(), mark)
        for index, raw in enumerate(lines[:-1])
    )


def _stack_below(page: PageReader) -> list[str]:
    """Headline-shaped lines right under the line being read, up to a blank line (a kicker's headline)."""
    below = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not below or not is_headline_shape(below) or LINE_SHAPE["subtitle"].match(below):
        return []
    following = page.index + 1
    if following < len(page.lines) and page.lines[following].strip():
        return []  # not closed by a blank line: the lines below are a wrapped paragraph
    return [below]
