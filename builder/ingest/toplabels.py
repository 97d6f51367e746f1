"""A column's label at the page's top, over the first headline (part of furniture's line rule, which asks these
for a line read before any text): a label the page prints over everything (`要闻`, `民生·社区`, `评  论` spaced
out, two phrases `党建引领　基层善治` under the masthead), a bracketed label at a column's head (`【社工风采】`), a
series tag over headlines stacked together, and a label of two parts joined by `·` (`党建引领 · 新就业群体`)
alone at the page's head or printed once over each column (split from furniture.py).

On a page printing no blank line at all (real R14 r14_03 shape: the date line, then a column's label of a few
characters naming no place, `党员在社区`, then the page's first headline wrapped over two lines, then its byline
and body): nothing sets the label apart but where it stands and its length: shorter than either headline line
under it, it is the column's label (furniture), not a kicker nor a third line of the headline
(label_over_wrapped_headline).
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import is_byline_text, starts_byline
from builder.ingest.datelines import BAOXUN
from builder.ingest.furnitureboxes import after_a_gap, blank_or_foot_after, in_head_band, unspaced
from builder.ingest.headlinecontext import headline_line
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import LINE_SHAPE, is_place_kicker
from builder.ingest.pagelines import Line, PageReader, prints_no_blank_line
from builder.ingest.textrules import cjk_count, display_width, ends_sentence

_HAN = "\u4e00-\u9fff"
SHORT_LABEL = re.compile(f"^[{_HAN}]{{2,4}}(?:[·・][{_HAN}]{{2,4}})?$")  # `要闻`, `民生·社区`
_BRACKETED_LABEL = re.compile(f"^【[{_HAN}]{{2,6}}】$")  # `【社工风采】`
_SERIES_LABEL = re.compile(f"^【[{_HAN}]{{2,16}}】$")  # `【红旗在基层一线迎风飘扬】`
# `党建引领 · 新就业群体`; a part may quote a word (`新就业群体·暖“新”行动`)
_LABEL_PART = f"(?:[{_HAN}]|“[{_HAN}]{{1,3}}”){{2,6}}"
_TWO_PART_LABEL = re.compile(f"^{_LABEL_PART} ?[·・] ?{_LABEL_PART}$")
_LABEL = re.compile(r"^[\u4e00-\u9fff]{3,6}$")  # `党员在社区`, `走基层`: a few characters, no mark


def label_over_wrapped_headline(page: PageReader, label: str) -> bool:
    """`label`, the line being read under the page's head band (furniture only above it) on a page with no blank
    line, is a column's label: it names no place, and stands over two headline lines each longer than it, the
    second finishing the first (no mark ends the first), and a byline or a line of text wider than them under."""
    if not page.units or not prints_no_blank_line(page.lines):
        return False
    if not _LABEL.match(label) or is_place_kicker(label):
        return False
    following = [text.strip() for text in page.lines[page.index : page.index + 3]]
    if len(following) < 3 or not all(is_headline_shape(text) for text in following[:2]):
        return False
    heads = [cjk_count(text) for text in following[:2]]
    if min(heads) <= cjk_count(label) + 2 or following[0][-1] in "：:，、":
        return False
    # under the headline, its byline or its body's first line: wider than the headline, or a byline
    return starts_byline(following[2]) or cjk_count(following[2]) > max(heads)


def label_over_headline(page: PageReader, line: Line) -> bool:
    """`要闻`, `民生·社区` / (blank) / the page's first headline, or a column's name set right over it
    (`深壹度` / headline / blank / body; `评  论`, spaced out, / headline / its byline): a label the page prints
    over everything, never a byline nor an article of its own."""
    label = unspaced(line.text) if LINE_SHAPE["spaced_label"].match(line.text) else line.text  # `评  论`
    if any(u.kind != kinds.FURNITURE for u in page.units):
        return False
    following = [text.strip() for text in page.lines[page.index : page.index + 2]]
    if len(following) < 2:
        return False
    if (
        page.units
        and _TWO_PHRASES.match(label)
        and not starts_byline(label)
        and prints_no_blank_line(page.lines)
    ):
        return _heads_article(following[0])  # `党建引领　基层善治` / headline, no gap anywhere on the page
    if label_over_wrapped_headline(page, label):
        return True  # `党员在社区` / a headline wrapped over two lines, no gap anywhere on the page
    if page.units and _TWO_PHRASES.match(label) and not following[0]:
        # under the masthead, two phrases apart over the first headline (`党建引领　基层善治`, heldout16 p05)
        return _heads_article(following[1]) and _stands_apart(page)
    if not _LABEL_APART.match(label):
        return False
    if not following[0]:  # a label apart over the headline: up to six characters (`新就业群体`)
        head = (
            following[1]
            if _heads_article(following[1])
            else _head_wrapped_at_comma(page.lines, page.index + 1)
        )
        return bool(head) and not _opens_paragraph(page.lines, page.index + 1)
    if not SHORT_LABEL.match(label):
        return False
    # the headline stands over a blank line, or over its byline (`评  论` / headline / `■林海燕`)
    apart = not following[1] or starts_byline(following[1])
    return cjk_count(following[0]) >= 8 and is_headline_shape(following[0]) and apart


_LABEL_APART = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,4})?$")
_TWO_PHRASES = re.compile(r"^[\u4e00-\u9fff]{2,4}[ \u3000]+[\u4e00-\u9fff]{2,4}$")


def _stands_apart(page: PageReader) -> bool:
    """The headline two lines under the line being read stands over its byline, or over a blank line and a
    body of two lines or more: a head of its own, not the first line of a body under a headline of two phrases,
    nor the first of headlines stacked apart under the page's first headline (heldout7 m03 `小网格 大民生` /
    `财源街道…` / `新塘村…`)."""
    after = [raw.strip() for raw in page.lines[page.index + 2 : page.index + 5]]
    if after and starts_byline(after[0]):
        return True
    return len(after) == 3 and not after[0] and all(after[1:])


def _opens_paragraph(lines: list[str], index: int) -> bool:
    """The line at `index` is a paragraph's first line, no headline: the line under it goes on with its sentence
    (`《某某》是一部短` / `篇小说集，…`), the column's width cutting a word (the short headline over it, `城南新事`,
    is the article's own, no label over its headline)."""
    if index + 1 >= len(lines) or not lines[index + 1].strip():
        return False
    return join_cost(lines[index].strip(), lines[index + 1].strip()) < 0


def _head_wrapped_at_comma(lines: list[str], index: int) -> str:
    """A headline of two clauses the column wrapped after its comma (`某某“…”服务队，` / `点亮…之光`), a blank
    line under it: each clause a headline's shape, the second no longer than the first. `""` when not."""
    first = lines[index].strip()
    if not first.endswith("，") or index + 2 >= len(lines) or lines[index + 2].strip():
        return ""
    second = lines[index + 1].strip()
    if not (is_headline_shape(first[:-1]) and is_headline_shape(second)) or ends_sentence(second):
        return ""
    return first + second if display_width(second) <= display_width(first) else ""


def _heads_article(text: str) -> bool:
    """A headline, maybe its dateline byline beside it after a gap (`…在湖里启用    某某网7月3日讯（…）`)."""
    head, _, rest = text.partition("  ")
    return is_headline_shape(text) or (
        bool(rest) and is_headline_shape(head) and bool(BAOXUN.match(rest.strip()))
    )


def bracketed_column_label(page: PageReader, line: Line) -> bool:
    """A bracketed label at a column's head set right over a headline with its text under it (`【社工风采】` /
    `海拉尔区“草原红”社工队伍专业化` / `本报讯…`); a bracketed subheading has a blank line under it. A series
    tag of up to 16 characters (`【红旗在基层一线迎风飘扬】`) over a headline that stands apart from its body
    (headline, blank line, body) is furniture too, and so is one opening the page over the headlines stacked
    under it after a gap (`【基层治理新观察】` / (a blanked `开栏的话` box) / two headlines / the columns)."""
    if not after_a_gap(page) or not _SERIES_LABEL.match(line.text):
        return False
    if not page.seen_text and _over_stacked_headlines(page.lines[page.index : page.index + _SERIES_REACH]):
        return True
    following = [text.strip() for text in page.lines[page.index : page.index + 3]]
    if len(following) == 3 and not following[0] and _BRACKETED_LABEL.match(line.text):
        return _label_apart_over_head(page.lines[page.index + 1 : page.index + 3])
    if len(following) < 2:
        return False
    if following[1]:
        return is_headline_shape(following[0]) and bool(_BRACKETED_LABEL.match(line.text))
    # a headline apart over its byline or body, maybe of two halves parted by a comma (`【蹲点日记】` / `在某村，看…`)
    return len(following) == 3 and bool(following[2]) and headline_line(following[0])


def _label_apart_over_head(lines: list[str]) -> bool:
    """The two lines under a bracketed label and the blank line under it: a headline printed flush (no
    paragraph's indent), no sentence ended, over a blank line, its subtitle (`──…`) or its byline (an in-house
    bulletin's `【经验交流】` / blank / headline): a column's label; a bracketed subheading has its
    paragraph under the blank line."""
    head, below = lines[0], lines[1].strip()
    if head[:1].isspace() or not is_headline_shape(head) or ends_sentence(head):
        return False
    return not below or below[:1] in "─—-－" or starts_byline(below)


_SERIES_REACH = 12  # lines under a series label its headlines may stand in (an editors' note box between)


def _over_stacked_headlines(lines: list[str]) -> bool:
    """Blank lines, then two headline-shaped lines together, then a blank line or a byline: headlines printed
    together over their columns."""
    texts = [text.strip() for text in lines]
    first = next((i for i, text in enumerate(texts) if text), None)
    if not first or first + 2 > len(texts):
        return False
    return all(is_headline_shape(text) for text in texts[first : first + 2]) and (
        first + 2 == len(texts) or not texts[first + 2] or is_byline_text(texts[first + 2])
    )


def two_part_label(page: PageReader, line: Line) -> bool:
    """A column label of two parts joined by `·` alone at the page's head, a blank line under it
    (heldout4/f02 `党建引领 · 新就业群体`, was the first article's title); a byline of that shape
    (`新甘肃·甘肃日报记者`) stays a byline; on a page printing no blank line, with none under it, over a headline
    (`三农·乡村治理` / headline; not a headline over its dateline: `打造基层治理·升级版` / `本报讯（…）`). Also such
    a label the page prints more than once, wherever it stands: once over each column (heldout14 p03
    `天山雪域·基层之声` ×3, one was taken for a subtitle)."""
    if not _TWO_PART_LABEL.match(line.text) or is_byline_text(line.text):
        return False
    if sum(1 for raw in page.lines if raw.strip() == line.text) >= 2:
        return True
    if not in_head_band(page):
        return False
    under = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    return blank_or_foot_after(page) or (prints_no_blank_line(page.lines) and _heads_article(under))
