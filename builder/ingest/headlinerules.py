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
from builder.ingest.captionshapes import is_credit_text, split_closing_names
from builder.ingest.decks import deck_under
from builder.ingest.headlineplaces import place_words
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headlinewraps import VERB_OPENING, reads_on, wrapped_naming_no_place
from builder.ingest.leadlines import restates_place
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import (
    COLUMN_GAP,
    LINE_SHAPE,
    is_label_word,
    is_place_kicker,
    is_quoted_name_only,
)
from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    FURNITURE,
    HEADLINE,
    JUMP_OUT,
    KICKER,
    SUBTITLE,
    TEXT,
    Line,
    PageReader,
    Unit,
)
from builder.ingest.textrules import (
    cjk_count,
    display_width,
    ends_sentence,
    indented,
    is_continuation_marker,
    split_bold_doubled,
    split_headlines,
)

# How a report's lead opens: a date, a time word, a news agency line, or a place by its full name.
LEAD_OPENING = re.compile(
    r"^(?:\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底|份?以来)|(?:19|20)\d{2}年|近日|日前|近期|近年来|今年以来|"
    r"去年以来|连日来|本报讯|本报[^，。]{0,6}电|"
    r"(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区)?(?:[\u4e00-\u9fff]{2,6}[市州]|[\u4e00-\u9fff]{2,9}自治州)"
    r"[\u4e00-\u9fff]{1,6}[县区市旗])"  # an autonomous prefecture's long name: 海西蒙古族藏族自治州格尔木市
)
_SENTENCE_MARK = re.compile(r"[。！？!?]")
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
    body = paragraph_from(page, after, gap=_TOP_GAP if at_top(page) else 1)
    if not body or not reads_as_body(body) or join_cost(line.text, body[0]) < 0:
        return False  # no paragraph under it, or one that goes on with the line's own sentence
    lead = LEAD_OPENING.match(body[0]) or _DATELINE_LEAD.match(body[0])
    if not (blank_after or (at_top(page) and not stack and lead)):
        return False
    # mid-page, standing apart after a finished body: one line, or one headline the column wrapped over two
    wrapped = len(stack) == 1 and reads_on(line.text, stack[0])
    if not (
        at_top(page)
        or _under_kicker(page)
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


def opens_like_lead(text: str) -> bool:
    """The text opens as a report's lead does: a date, a time word, 本报讯, a place by its full name."""
    return bool(LEAD_OPENING.match(text))


def _opens_with_verb(text: str) -> bool:
    return bool(VERB_OPENING.match(text))


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


def headline_over_subtitle(page: PageReader, line: Line) -> bool:
    """A headline printed right above its `——` subtitle line, anywhere on the page (`让社区工作者留得住、干得好`
    / `——延安市宝塔区加强社区工作者队伍建设见闻`), standing apart from the text before it: the headline, then
    the subtitle. With no byline under them, they open the article below."""
    asking = _asking_headline(line.text) and (page.blanks > 0 or not page.seen_text)
    if page.index >= len(page.lines) or (ends_sentence(line.text) and not asking) or cjk_count(line.text) < 2:
        return False
    headline, below_at = line.text, page.index
    below = page.lines[below_at].strip()
    wrapped = not asking and _headline_second_line(headline, below, page, below_at)
    if not (wrapped or asking or headline_line(headline)):
        return False
    if wrapped:  # `瓜田里的` / `“领头雁”` / `——记…`: the headline wrapped in a narrow column
        headline, below_at = headline + below, below_at + 1
        below = page.lines[below_at].strip()
    if not LINE_SHAPE["subtitle"].match(below) or _SENTENCE_MARK.search(below) or "；" in below:
        return False
    last = page.units[-1] if page.units else None
    label = _genre_label(page) if last is not None and last.kind == TEXT and not page.blanks else None
    if label is not None:
        label.kind = FURNITURE  # `人物` / `瓜田里的…` / `——记…`: the feature's genre label over its headline
    elif last is not None and last.kind == TEXT and not page.blanks:
        return False  # the line goes on a paragraph: a dash line inside the text
    _kicker_stack(page)
    page.add(HEADLINE, headline, line.number)
    page.add(SUBTITLE, below, line.number + 1 + (below_at - page.index))
    page.index = below_at + 1
    tail = page.lines[page.index] if page.index < len(page.lines) else ""
    if _subtitle_tail(below, tail):  # `——汉中市汉台区北关街道服务` / `新就业群体见闻`: the subtitle wrapped
        page.units[-1].text += tail.strip()
        page.index += 1
    following = paragraph_from(page, page.index)
    page.units[-1].opens = bool(following) and not starts_byline(following[0])
    return True


_ASKING = re.compile(r"^[^。；：:]{4,24}[？！]$")


def _asking_headline(text: str) -> bool:
    """A short line asking or exclaiming (`老旧小区没物业，谁来管？`): a headline's shape when a `——` subtitle
    stands under it after a gap (headline_over_subtitle checks the rest); one comma at most."""
    return bool(_ASKING.match(text)) and text.count("，") <= 1 and cjk_count(text) >= 6


def _kicker_stack(page: PageReader) -> None:
    """The two short lines right over a headline and its `——` subtitle, after a gap (`党建引领新就业群体` /
    `融入基层治理`): one kicker wrapped in a narrow column, not a text line and a headline of their own."""
    units = page.units
    if page.blanks or len(units) < 2:
        return
    first, second = units[-2], units[-1]
    if not first.blanks_before or second.blanks_before or first.kind not in (TEXT, HEADLINE, KICKER):
        return
    if second.kind not in (HEADLINE, KICKER) or cjk_count(first.text) > _WRAPPED_FIRST_KICKER:
        return
    if any(ends_sentence(u.text) or _SENTENCE_MARK.search(u.text) or "，" in u.text for u in (first, second)):
        return
    if not is_headline_shape(first.text + second.text):
        return
    first.kind, first.text, first.opens = KICKER, first.text + second.text, False
    units.pop()


_WRAPPED_FIRST_KICKER = 12  # characters of a narrow column's first kicker line


def _subtitle_tail(subtitle: str, line: str) -> bool:
    """`line` is the rest of a `——` subtitle the column wrapped: unindented, short, no sentence, no byline,
    the subtitle standing as wide as a narrow column with no end of its own (a 见闻 or 侧记 closes one)."""
    text = line.strip()
    if not text or indented(line) or starts_byline(text) or _SENTENCE_MARK.search(text):
        return False
    if cjk_count(text) > _HEADLINE_TAIL or not is_headline_shape(subtitle.lstrip("—－- ") + text):
        return False
    return not subtitle.endswith(_SUBTITLE_ENDS)


_SUBTITLE_ENDS = ("见闻", "侧记", "纪实", "札记", "扫描", "调查", "综述", "故事", "记事", "掠影", "速写")
_HEADLINE_TAIL = 10  # characters of a headline's second line in a narrow column
_SHORT_TAIL = 4  # characters of a headline's tail too short to stand as a headline of its own
_WAITING_END = re.compile(r"[的之与和及在把将让为对从向给于是“]$")  # a word waiting for the next


def _headline_second_line(headline: str, below: str, page: PageReader, at: int) -> bool:
    """`below` is the rest of a headline the column wrapped (`瓜田里的` / `“领头雁”`): a short headline-shaped
    line over the `——` subtitle line, the two reading as one headline."""
    if at + 1 >= len(page.lines) or not LINE_SHAPE["subtitle"].match(page.lines[at + 1].strip()):
        return False
    if LINE_SHAPE["subtitle"].match(below) or cjk_count(below) > _HEADLINE_TAIL:
        return False
    # cut after a word that needs the next one, or leaving a tail no headline is (`党建引领老工业区焕新` /
    # `“老书记”的三本账` is a kicker over its headline)
    cut = _WAITING_END.search(headline) is not None or cjk_count(below) <= _SHORT_TAIL
    # a quoted name alone names who acts, and nothing done: `“红色驿站”` / `暖了骑手心`
    cut = cut or (is_quoted_name_only(headline) and not LINE_SHAPE["subtitle"].match(below))
    return cut and not ends_sentence(below) and is_headline_shape(headline + below)


def _genre_label(page: PageReader) -> Unit | None:
    """The last unit read, a short word standing alone after a gap (`人物`, `走基层`): a feature's genre label
    printed over its headline."""
    last = page.units[-1]
    return last if last.blanks_before >= 1 and is_label_word(last.text) else None


def headline_line(text: str) -> bool:
    """A headline's shape; also with one comma between two phrases (`社区开了“议事角”，邻里有事来“商量”`), as web
    and some print editions set the space between a headline's two halves."""
    if is_headline_shape(text):
        return True
    halves = re.split(r"[，,]", text)
    return (
        len(halves) == 2
        and all(cjk_count(half) >= 4 for half in halves)
        and is_headline_shape(" ".join(halves))
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


def paragraph_from(page: PageReader, start: int, gap: int = 1) -> list[str]:
    """The lines of the next paragraph from `start`, past `gap` blank lines at most: up to the next blank line."""
    index = start
    while index < len(page.lines) and not page.lines[index].strip():
        index += 1
    if index - start > gap:
        return []
    found: list[str] = []
    for raw in page.lines[index : index + 40]:
        if not raw.strip():
            break
        found.append(raw.strip())
    return found


def reads_as_body(lines: list[str]) -> bool:
    """A paragraph, not another headline or a label: a sentence end in it, or three lines or more, and no
    bold-doubled headline of its own at its start."""
    if split_bold_doubled(lines[0]):
        return False
    return len(lines) >= 3 or bool(_SENTENCE_MARK.search("".join(lines)))


# The blank lines a page's first headline may stand over its body (heldout7 m01: two, a feature's headline set
# apart under the page's furniture).
_TOP_GAP = 2


def at_top(page: PageReader) -> bool:
    """Nothing but page furniture read so far."""
    return all(unit.kind == FURNITURE for unit in page.units)


def _under_kicker(page: PageReader) -> bool:
    return bool(page.units) and page.units[-1].kind == KICKER and not page.blanks


def finished_text(text: str) -> bool:
    """A body's last line: a sentence end, maybe with the reporter's name closing it (`…140起。（李雪）`)."""
    return ends_sentence(text) or split_closing_names(text)[1] is not None


def after_body(page: PageReader, headline: str, body: list[str]) -> bool:
    """After a finished body (or its closing credit, or a photo's caption or credit set after it), standing
    apart: two blank lines, or one blank line and a headline naming a place that the paragraph under it names
    again or opens like a report. Page furniture set apart between them (a series tag right over the
    headline) stands for a gap of its own."""
    units, blanks = page.units, page.blanks
    while units and units[-1].kind == FURNITURE and units[-1].blanks_before and blanks:
        units, blanks = units[:-1], blanks + 1
    last = units[-1] if units else None
    closing = last is not None and last.kind == BYLINE and last.text.startswith("（")  # its closing credit
    # `…上门（…供图）` under it, or its jump to another page (`（下转第3版）`)
    closing = closing or (last is not None and last.kind in (CAPTION, CREDIT, JUMP_OUT))
    finished = last is not None and last.kind == TEXT and finished_text(last.text)
    if last is None or not (closing or finished) or not blanks:
        return False
    if blanks >= 2:
        return True
    places = place_words(headline)
    lead = "".join(body)
    return bool(places) and (bool(LEAD_OPENING.match(lead)) or any(place in lead for place in places))


def close_item_before(page: PageReader) -> None:
    """The item before closes with its reporter's name (`…邻里纠纷140起。（李雪）`): the name becomes its closing
    credit, so that the item's sentence ends there (none before a brief at the page's top)."""
    if not page.units:
        return
    last = page.units[-1]
    text, names = split_closing_names(last.text)
    if last.kind == TEXT and names is not None:
        last.text = text
        blanks, page.blanks = page.blanks, 0  # the credit closes the item: the gap stands after it
        page.add(BYLINE, names, last.line)
        page.blanks = blanks
