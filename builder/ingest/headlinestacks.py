"""Headlines printed together, away from their bodies, at the page's head or foot (line rules of LINE_RULES).

Pages of narrow columns may print every headline under the last article (heldout4 f02 does, in doubled bold):
after a finished article (its last sentence, or its closing credit `（本报记者 …）`) and a blank line, two to
four headline-shaped lines standing together with nothing under them but page furniture. Others print them all
at the head, each standing alone between blank lines, or on lines right under each other when each names a
place of its own that the bodies under them name again (heldout5 g08), over the first body. Each is a headline, matched to its
body later by the words they share (`builder.ingest.titles`); a first line naming only who acts over what they
do (`万秀区“红色管家”` / `进驻老旧小区`) is one headline the column wrapped.
"""

from __future__ import annotations

import re
from itertools import pairwise

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.captionshapes import split_closing_names
from builder.ingest.creditsunder import no_blank_line_so_far
from builder.ingest.decks import deck_under
from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlinecontext import headline_line
from builder.ingest.headlineplaces import named_places
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headlinewraps import reads_on
from builder.ingest.lineshapes import LINE_SHAPE, is_place_kicker
from builder.ingest.pagelabels import SIDEBAR_LABEL
from builder.ingest.pagelines import (
    BYLINE,
    FURNITURE,
    HEADLINE,
    KICKER,
    SUBTITLE,
    TEXT,
    Line,
    PageReader,
)
from builder.ingest.textrules import ends_sentence, split_bold_doubled

_MAX_STACK = 4  # headlines a page's foot prints together
_PAGE_NUMBER = re.compile(r"^[—–\-\s]*\d{1,3}[—–\-\s]*$")  # `3`, `—7—`


def headlines_at_foot(page: PageReader, line: Line) -> bool:
    """Two to four headline-shaped lines together after a finished article and a blank line (or unindented
    under it on a page printing no blank line), with only blank lines and page furniture under them to the
    page's end: the page's headlines, printed at its foot."""
    apart = page.blanks or _page_without_blanks(page, line)
    if not apart or not after_finished_article(page) or not reads_as_headline(line.text):
        return False
    stack = [(line.number, line.text)]
    end = page.index
    while end < len(page.lines) and page.lines[end].strip() and not page_furniture(page.lines[end].strip()):
        stack.append((end + 1, page.lines[end].strip()))
        end += 1
    if not 2 <= len(stack) <= _MAX_STACK or not all(reads_as_headline(text) for _, text in stack):
        return False
    if any(not page_furniture(text) for text in page.texts_from(end)):
        return False
    stack = [(number, _once(text)) for number, text in stack]
    joined = _wrapped_joined(stack)
    if len(joined) < len(stack) and _fewer_than_bodies(page, stack, joined):
        joined = (
            stack  # each line a whole headline: joined, the stack would title fewer bodies than the page has
        )
    for number, text in joined:
        page.add(HEADLINE, text, number)
    page.index = end
    return True


def headlines_apart_at_foot(page: PageReader, line: Line) -> bool:
    """Two to four headlines at the page's foot after a finished article and a blank line, each standing apart
    between blank lines, one maybe wrapped over two lines after a comma (`“某某”大学生进社区宣讲，` / `让“种子”生根发芽`),
    with only page furniture under them to the page's end (R15's kind: the bodies first, then their headlines)."""
    if not page.blanks or not after_finished_article(page):
        return False
    groups: list[tuple[int, str]] = []
    index = end = page.index - 1  # (the line's own index)
    while index < len(page.lines) and len(groups) <= _MAX_STACK:
        while index < len(page.lines) and not page.lines[index].strip():
            index += 1
        first, group = index, []
        while index < len(page.lines) and page.lines[index].strip():
            group.append(page.lines[index].strip())
            index += 1
        if not group or all(page_furniture(text) for text in group):
            break
        headline = _apart_headline(group)
        if headline is None:
            return False
        groups.append((first + 1, headline))
        end = index
    if not 2 <= len(groups) <= _MAX_STACK or any(not page_furniture(text) for text in page.texts_from(end)):
        return False
    for number, text in groups:
        page.add(HEADLINE, text, number)
    page.index = end
    return True


def _apart_headline(group: list[str]) -> str | None:
    """A headline standing apart: one line, or two whose first ends at a comma or reads on into the second."""
    if len(group) == 1:
        return group[0] if reads_as_headline(group[0]) else None
    if len(group) != 2 or not reads_as_headline(group[1]):
        return None
    first, second = group
    if first.endswith(("，", ",")) and reads_as_headline(first[:-1]):
        return first + second
    return first + second if reads_as_headline(first) and reads_on(first, second) else None


def _page_without_blanks(page: PageReader, line: Line) -> bool:
    """A page printing no blank line at all (its bodies set apart by their indents only): an unindented line right
    under the last sentence stands apart as a blank line would set it (real R13's kind)."""
    return not line.indent and no_blank_line_so_far(page)


def _fewer_than_bodies(page: PageReader, stack: list[tuple[int, str]], joined: list[tuple[int, str]]) -> bool:
    """The lines joined as one headline the column wrapped would leave fewer headlines than the bodies above
    them with no headline of their own (each opening under its byline or with its dateline), while the lines as
    printed leave enough: a kicker over the first (naming no place, over one that names its own) titles none."""
    bodies = 0
    for unit in reversed(page.units):
        if unit.kind == HEADLINE:
            break
        opening = unit.kind == BYLINE and not unit.text.startswith(("（", "("))
        bodies += opening or (unit.kind == TEXT and starts_byline(unit.text))
    kicker = int(len(stack) > 1 and not named_places(stack[0][1]) and bool(named_places(stack[1][1])))
    return len(joined) - kicker < bodies <= len(stack) - kicker


def _once(text: str) -> str:
    """A headline of the stack the extraction printed twice, whole or character by character (`秦栏镇“…”跑出
    发展加速度秦栏镇“…”跑出发展加速度`; the stack's other lines printed once): one copy."""
    doubled = split_bold_doubled(text)
    return doubled[0] if doubled and not doubled[1] else text


def headlines_at_head(page: PageReader, line: Line) -> bool:
    """At the top of the page, two to four headline-shaped lines each standing alone between blank lines (or
    together, see _stack_together), then a paragraph of text (a sentence, or three lines): the headlines of the page's articles, printed
    together over their bodies (`寿光“菜乡网格”…` / blank / `毓璜顶街道…“红管家”` / blank / the first body)."""
    if not all(unit.kind == FURNITURE for unit in page.units) or not _heads_page(line.text):
        return False
    together = not _blank(page, page.index)
    if together:
        lines, index = _stack_together(page, line)
        stack = [(number, _once(text), HEADLINE) for number, text in lines]
    else:
        stack, index = _stack_apart(page, line)
    headlines = [text for _, text, kind in stack if kind == HEADLINE]
    if (
        len(headlines) < 2
        or not all(reads_as_headline(text) for text in headlines[1:])
        or not _blank(page, index)
    ):
        return False
    start = index + 2 if _blank(page, index + 1) else index + 1  # a second blank line over the body (m03)
    body = []
    for raw in page.lines[start : start + 40]:
        if not raw.strip():
            break
        body.append(raw.strip())
    if not (len(body) >= 3 or any(ends_sentence(text) or "。" in text for text in body)):
        return False
    for number, text, kind in stack:
        page.add(kind, text, number)
    page.index = index
    return True


def _stack_apart(page: PageReader, line: Line) -> tuple[list[tuple[int, str, str]], int]:
    """The line and the lines each standing alone between blank lines under it, a headline maybe with its kicker
    right over it or its `——` subtitle right under it: ((line number, text, kind), where the blank line under
    the last is)."""
    stack, index = [(line.number, line.text, HEADLINE)], page.index
    if _subtitle_at(page, index):  # the first headline's own subtitle
        stack.append((index + 1, page.lines[index].strip(), SUBTITLE))
        index += 1
    while _blank(page, index) and len(stack) < _MAX_STACK:
        if _alone(page, index + 1):
            stack.append((index + 2, page.lines[index + 1].strip(), HEADLINE))
            index += 2
        elif _kicker_over_headline(page, index + 1):  # `东于镇` / `71名网格长…挂牌上岗`, a blank line under
            stack.append((index + 2, page.lines[index + 1].strip(), KICKER))
            stack.append((index + 3, page.lines[index + 2].strip(), HEADLINE))
            index += 3
        elif _headline_over_subtitle(page, index + 1):  # `党建赋能 绘千般“丰”景` / `——保靖县…侧记`
            stack.append((index + 2, page.lines[index + 1].strip(), HEADLINE))
            stack.append((index + 3, page.lines[index + 2].strip(), SUBTITLE))
            index += 3
        else:
            break
    return stack, index


def _subtitle_at(page: PageReader, index: int) -> bool:
    """A `——` subtitle line at `index` with a blank line (or the page's end) under it."""
    lines = page.lines
    return (
        index < len(lines)
        and bool(LINE_SHAPE["subtitle"].match(lines[index].strip()))
        and (index + 1 >= len(lines) or not lines[index + 1].strip())
    )


def _headline_over_subtitle(page: PageReader, index: int) -> bool:
    """A headline-shaped line right over its `——` subtitle, a blank line under that."""
    return (
        index + 1 < len(page.lines)
        and is_headline_shape(page.lines[index].strip())
        and not LINE_SHAPE["subtitle"].match(page.lines[index].strip())
        and _subtitle_at(page, index + 1)
    )


def _kicker_over_headline(page: PageReader, index: int) -> bool:
    """A line naming only a place (`东于镇`) right over a headline-shaped line standing alone: its kicker."""
    lines = page.lines
    return (
        index + 1 < len(lines)
        and is_place_kicker(lines[index].strip())
        and _alone(page, index + 1)
        and is_headline_shape(lines[index + 1].strip())
    )


def _stack_together(page: PageReader, line: Line) -> tuple[list[tuple[int, str]], int]:
    """The line and the lines right under it up to a blank line (`哈密市“红色网格”连起…` / `五指山市“村民夜校”
    办到…` / `淮光社区“新市民之家”让…`): headlines printed together only when each names a place of its own that
    the text under them names again (maybe by its short name, `故城…` over a body naming `故城县`), and none is
    the second half of the one above (`万秀区“红色管家”` / `进驻老旧小区`); else no stack."""
    stack, index = [(line.number, line.text)], page.index
    while index < len(page.lines) and page.lines[index].strip() and len(stack) <= _MAX_STACK:
        stack.append((index + 1, page.lines[index].strip()))
        index += 1
    texts = [text for _, text in stack]
    if len(stack) > _MAX_STACK or any(reads_on(above, text) for above, text in pairwise(texts)):
        return [], index
    if len(stack) == 2 and deck_under(*texts):  # `安化 党建引领…` / `去年…超过4000万元`: a headline, its deck
        return [], index
    below = "".join(raw.strip() for raw in page.lines[index:])
    places = [_place_named_below(text, below) for text in texts]
    if not all(places) or any(a in b for i, a in enumerate(places) for b in places[i + 1 :] + places[:i]):
        return [], index  # a line naming no place the text names, or the place of another line
    return stack, index


def _place_named_below(headline: str, below: str) -> str:
    """The first place the headline writes (a suffixed word or a name the gazetteer knows, `故城`, `成都`) that
    the text under it names again; a suffix-shaped word naming nothing (`域覆盖助力村`) is never named there."""
    named = [place for place in named_places(headline) if len(place) >= 2 and place in below]
    return min(named, key=lambda place: (headline.find(place), -len(place)), default="")


def _blank(page: PageReader, index: int) -> bool:
    return index < len(page.lines) and not page.lines[index].strip()


def _alone(page: PageReader, index: int) -> bool:
    """A line standing between blank lines (or before the page's end)."""
    return (
        index < len(page.lines)
        and bool(page.lines[index].strip())
        and not (index + 1 < len(page.lines) and page.lines[index + 1].strip())
    )


def after_finished_article(page: PageReader) -> bool:
    """The last unit not page furniture (an author's note under a commentary, `（作者单位：…）`, is) is a
    finished sentence or a byline, or a finished sentence with its closing credit after it (maybe wrapped)."""
    if not page.seen_text:
        return False
    kept = (unit for unit in reversed(page.units) if unit.kind != FURNITURE)  # read from the end, lazily
    last, before = next(kept, None), next(kept, None)
    if last is None:
        return False
    if last.kind == BYLINE or (last.kind == TEXT and ends_sentence(last.text)):
        return True
    above = before.text if before is not None and before.kind == TEXT else ""
    return last.kind == TEXT and any(
        _credited(text) for text in (last.text, above + last.text, f"{above} {last.text}")
    )


def _credited(text: str) -> bool:
    """A finished sentence with its closing credit after it (`…万元。（马兰 杨帆）`), the credit maybe wrapped
    (`…活动。（本报` / `记者 周明）`, the lines joined)."""
    sentence, credit = split_closing_names(text)
    return credit is not None and ends_sentence(sentence)


def reads_as_headline(text: str) -> bool:
    """A headline's shape (the headline rules' own: also two phrases with a comma between), never a sentence, a
    credit, a caption or a page's furniture."""
    return (
        headline_line(text)
        and not ends_sentence(text)
        and not LINE_SHAPE["end_credit"].match(text)
        and not LINE_SHAPE["caption_mark"].match(text)
        and not text.startswith("图为")
        and not LINE_SHAPE["subtitle"].match(text)
        and not SIDEBAR_LABEL.match(text)
        and not page_furniture(text)
    )


def _heads_page(text: str) -> bool:
    """The page's first headline: also two short phrases shaped like two bare names (`小网格 大民生`, heldout7
    m03), for a byline of bare names stands under its headline, never over the page's first."""
    return reads_as_headline(text) or (
        bool(LINE_SHAPE["bare_names"].match(text))
        and " " in text
        and reads_as_headline(text.replace(" ", ""))
    )


def page_furniture(text: str) -> bool:
    return is_furniture_line(text) or bool(_PAGE_NUMBER.match(text))


def _wrapped_joined(stack: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`万秀区“红色管家”` / `进驻老旧小区`: one headline over two lines; the others as they stand."""
    joined: list[tuple[int, str]] = []
    for number, text in stack:
        if joined and reads_on(joined[-1][1], text):
            joined[-1] = (joined[-1][0], joined[-1][1] + text)
        else:
            joined.append((number, text))
    return joined
