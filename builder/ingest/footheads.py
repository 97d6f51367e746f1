"""One head printed under the last body of the page, the last article's (a line rule of LINE_RULES; moved out of
headlinestacks.py, whose rules read headlines printed together).

`…才能既有温度。` / blank / `基层治理要多下“绣花功夫”` / `第4版　责任编辑：…`: a headline (maybe wrapped over two
lines, maybe over its `——` subtitle) after a finished article and a blank line, with only page furniture under it,
or the body's notes (`注：` / `①…`) or its author's note (`【作者简介】…`) before the furniture. Segment gives it to
the body above (headlines._head_at_foot_over_label).
"""

from __future__ import annotations

import re

from builder.ingest.creditsunder import NOTES
from builder.ingest.headlinestacks import after_finished_article, page_furniture, reads_as_headline
from builder.ingest.headlinewraps import reads_on
from builder.ingest.lineshapes import LINE_SHAPE, is_genre_label
from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    FURNITURE,
    HEADING,
    HEADLINE,
    KICKER,
    SUBTITLE,
    TEXT,
    Line,
    PageReader,
    Unit,
)
from builder.ingest.textrules import split_bold_doubled
from builder.ingest.titles import headline_affinities

_MAX_FOOT_HEAD = 3  # lines of one head at the foot: a headline wrapped over two, its `——` subtitle


def headline_alone_at_foot(page: PageReader, line: Line) -> bool:
    """One head after a finished article and a blank line, with only page furniture under it to the page's end
    (`…才能既有温度。` / blank / `基层治理要多下“绣花功夫”` / `第4版　责任编辑：…`): a headline (maybe wrapped
    over two lines that read on or cut after a particle, `瓜田里的` / `“领头雁”`, maybe with its `——` subtitle under
    it), the last article's, printed under its
    body; segment gives it to that body (headlines._head_at_foot_over_label). The body's notes printed under the
    head (`注：` / `①…`, heldout9 q05 with its head at the end) are read first, as the body's last lines."""
    if not page.blanks or not after_finished_article(page):
        return False
    group = [line.text]
    end = page.index
    while end < len(page.lines) and page.lines[end].strip() and not page_furniture(page.lines[end].strip()):
        if len(group) == _MAX_FOOT_HEAD:
            return False
        group.append(page.lines[end].strip())
        end += 1
    if not reads_as_headline(line.text) and not (len(group) > 1 and _cut_head(group[0], group[1])):
        return False
    notes = _notes_at(page, end)
    if any(not page_furniture(text) for text in page.texts_from(notes[-1][0] + 1 if notes else end)):
        return False
    subtitle = group.pop() if len(group) > 1 and LINE_SHAPE["subtitle"].match(group[-1]) else None
    if len(group) == 2 and (
        (reads_as_headline(group[1]) and reads_on(group[0], group[1])) or _cut_head(group[0], group[1])
    ):
        group = [group[0] + group[1]]
    if len(group) != 1 or not titles_last_block(page.units, group[0]):
        return False
    blanks = page.blanks
    for at, (index, text) in enumerate(
        notes
    ):  # the body's notes, printed under its head: the body's last lines
        page.blanks = 1 if at == 0 else 0
        page.add(TEXT, text, page.numbers[index])
    page.blanks = blanks
    end = notes[-1][0] + 1 if notes else end
    page.add(HEADLINE, group[0], line.number)
    if subtitle:
        page.add(SUBTITLE, subtitle.lstrip("—－- "), line.number + 1)
    page.index = end
    return True


_CUT_AFTER = (
    "的",
    "和",
    "与",
    "及",
    "、",
    "“",
)  # words a headline's wrap cuts after (`瓜田里的` / `“领头雁”`)


def _cut_head(first: str, second: str) -> bool:
    """One headline the column wrapped after a particle or an open quote, the halves too short to stand alone."""
    return first.endswith(_CUT_AFTER) and reads_as_headline(first + second)


def _notes_at(page: PageReader, start: int) -> list[tuple[int, str]]:
    """The notes to a report printed after the blank lines from `start` (`注：` / `①《…》由…印发。` up to a blank
    line), each line's index and text; none when the next text opens no notes."""
    index = start
    while index < len(page.lines) and not page.lines[index].strip():
        index += 1
    if index == len(page.lines) or not NOTES.match(page.lines[index].strip()):
        return []
    notes: list[tuple[int, str]] = []
    while index < len(page.lines) and page.lines[index].strip():
        notes.append((index, page.lines[index].strip()))
        index += 1
    return notes


_OWN_WORDS = 0.2  # the share of a foot head's words the body right above it holds


def titles_last_block(units: list[Unit], headline: str) -> bool:
    """The body right above (the text since the last blank line or head; or, for a feature whose sections part
    its text with blank lines and sets photos in it, since the last head; a caption set inside the text passed
    over) holds the headline's words, more than the text before it: the
    head is that body's, not one of a page's headlines printed apart from their bodies. The body's closing credit
    under it (`（记者 某某）`) is passed over."""
    end = len(units)
    while end > 0 and units[end - 1].kind == BYLINE and units[end - 1].text.startswith(("（", "(")):
        end -= 1
    units = units[:end]
    return _titles_block(units, headline, sections=False) or _titles_block(units, headline, sections=True)


def _titles_block(units: list[Unit], headline: str, sections: bool) -> bool:
    start = len(units)
    # (a photo's caption and credit the layout set inside the text are passed over: the block goes on above them)
    while start > 0 and units[start - 1].kind in (
        TEXT,
        FURNITURE,
        CAPTION,
        CREDIT,
        *((HEADING,) if sections else ()),
    ):
        start -= 1
        if units[start].kind == TEXT and units[start].blanks_before and not sections:
            break
    if sections and (start == 0 or units[start - 1].kind not in (HEADLINE, KICKER, SUBTITLE, BYLINE)):
        return (
            False  # (sections only under the article's own head or byline: a page of bodies first has none)
        )
    block = " ".join(u.text for u in units[start:] if u.kind == TEXT)
    before = " ".join(u.text for u in units[:start] if u.kind == TEXT)
    (shares,) = headline_affinities([headline], [block, before])
    return shares.get(0, 0.0) >= _OWN_WORDS and shares.get(0, 0.0) > shares.get(1, 0.0)


def headline_under_its_body(page: PageReader, line: Line) -> bool:
    """One headline line after a finished article, nearer the body above than the text below (more blank lines
    under it than over it: `…蔚然成风。` / blank / `径河“红色物业”让…` / blank / blank / `今年来，江西省…`), whose
    words the body above holds and the paragraph below does not: the head the page prints under its body, mid-page
    (a page setting each head at its body's foot). Segment gives it to the body above (headlines: a head anchored
    over a body signed only at its end whose words are the body's above)."""
    if not page.blanks or line.indent or not after_finished_article(page) or not reads_as_headline(line.text):
        return False
    under = page.index
    while under < len(page.lines) and not page.lines[under].strip():
        under += 1
    if under - page.index <= page.blanks or under == len(page.lines):
        return False
    below = []
    for raw in page.lines[under : under + _BELOW_LINES]:
        if not raw.strip():
            break
        below.append(raw.strip())
    if all(page_furniture(text) for text in below) or not titles_last_block(page.units, line.text):
        return False
    start = len(page.units)
    while start > 0 and page.units[start - 1].kind not in (HEADLINE, KICKER, SUBTITLE, BYLINE):
        start -= 1
    above = " ".join(u.text for u in page.units[start:] if u.kind == TEXT)
    (shares,) = headline_affinities([line.text], [above, "".join(below)])
    if shares.get(1, 0.0) * _NEARER > shares.get(0, 0.0):
        return False  # (the lead below holds its words too: a head over its body, spaced apart)
    page.add(HEADLINE, line.text, line.number)
    return True


_BELOW_LINES = 6  # the lines of the paragraph under it read for the headline's words
_NEARER = 3  # how many times more of its words the body above holds than the paragraph below


def genre_label_over_headless_body(page: PageReader, line: Line) -> bool:
    """A genre label (`人物`, maybe spaced out, `人　物`) standing apart between blank lines after a finished
    article, over an indented body with no head of its own, the page ending on a head (a headline, maybe
    bold-doubled, maybe over its `——记…` subtitle): a feature whose head the page sets at its foot (heldout34
    p07). The label is read as the feature's head, as a column's label is (`【…时评】`): it opens the feature's
    article, not the report above's, and the head at the foot replaces it (headlines._head_at_foot_over_label)."""
    label = re.sub(r"[ \u3000]", "", line.text)
    if not page.blanks or not is_genre_label(label) or not after_finished_article(page):
        return False
    below = page.index
    while below < len(page.lines) and not page.lines[below].strip():
        below += 1
    if below == page.index or below == len(page.lines) or not page.lines[below].startswith(("\u3000", " ")):
        return False  # (a label right over a line, or over a head: the head's label, headlinesubtitles.genre_label)
    if not _page_ends_on_head(page.lines[below:]):
        return False
    page.add(HEADLINE, label, line.number)
    page.units[-1].opens = True  # the feature's body starts under it, whoever signed the text above
    return True


def _page_ends_on_head(lines: list[str]) -> bool:
    """The page's last lines after a blank line, under the page's furniture, are one head: a headline (its bold
    double read once), maybe over its `——` subtitle."""
    texts = [text.strip() for text in lines]
    while texts and (not texts[-1] or page_furniture(texts[-1])):
        texts.pop()
    group: list[str] = []
    while texts and texts[-1]:
        group.insert(0, texts.pop())
    if not texts or not 1 <= len(group) <= _MAX_FOOT_HEAD:
        return False
    if len(group) > 1 and LINE_SHAPE["subtitle"].match(group[-1]):
        group.pop()
    doubled = split_bold_doubled(group[0])
    headline = doubled[0] if doubled and not doubled[1] else group[0]
    return len(group) == 1 and reads_as_headline(headline)


_MAX_DOUBLED_LINES = 3  # lines of a head printed twice over its lines (a headline wrapped over two or three)


def head_doubled_over_lines(page: PageReader, line: Line) -> bool:
    """A head of two or three lines printed twice in a row between blank lines (`大日头下，这里有一片` /
    `24小时不打烊的清凉驿站` / the two again), maybe under a line printed once: the extraction's copy of a bold
    head, line by line (a line's own double is textrules.split_bold_doubled). Read once: the headline (its lines
    joined), the line over it its subtitle."""
    if not page.blanks:
        return False
    group = [line.text]
    end = page.index
    while end < len(page.lines) and page.lines[end].strip():
        if len(group) > 2 * _MAX_DOUBLED_LINES:
            return False
        group.append(page.lines[end].strip())
        end += 1
    kicker = len(group) % 2
    half = (len(group) - kicker) // 2
    copy = group[kicker : kicker + half]
    if half < 2 or copy != group[kicker + half :] or not reads_as_headline("".join(copy)):
        return False
    page.add(HEADLINE, "".join(copy), line.number + kicker)
    if kicker:  # (a series' label or a deck printed once over it: its subtitle, `“…”系列报道`)
        page.add(SUBTITLE, group[0], line.number)
    page.index = end
    return True
