"""Labels a page prints around its articles: a boxed sidebar's label (`记者手记`, `链接`), the column labels seen on
party-building pages, and a label or headline stacked one character a line (moved out of `lineshapes`, which reads
one line's shape).
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.ornaments import LABEL_MARKS
from builder.ingest.pagelines import HEADLINE, SUBTITLE, TEXT, Line, PageReader
from builder.ingest.textrules import ends_sentence, has_cjk, indented

# A box widening what the report says (`延伸阅读`, `知识链接`), printed after it or inside it (innerboxes).
READING_BOX_LABELS = ("相关链接", "背景链接", "知识链接", "延伸阅读")
# A box of residents' short quotes on the report above, each `“…”` over `——role　name` (layouts37 p02)
VOICES_LABELS = ("群众声音", "居民声音", "百姓声音", "声音")


def _spaced(label: str) -> str:
    """A label's pattern, maybe spaced out as a box's label often is (`链  接`)."""
    return r"[ \u3000]*".join(label)


# The label of a boxed sidebar printed with an article (`记者手记`, `短评`, `链接`), maybe spaced out as a
# box's label often is (`链  接`), maybe with its own title on the same line (`短评 让“院坝会”常开常新`,
# `短评｜让老城在商量中焕新`), maybe marked as a label is (`■记者观察`), an expert's comment closing a case
# (`【专家点评】`, signed `（点评人：…）`):
# furniture, with the text under it.
_SIDEBAR_LABELS = [
    "记者手记",
    "采访手记",
    "编后语",
    "编后",
    "短评",
    "微评",
    "快评",
    "小评",
    "评论",
    "专家点评",
    "点评",
    "新闻链接",
    "新闻背景",
    *READING_BOX_LABELS,
    "链接",
    "记者观察",
    # a box after a report telling how other places do the same work, for comparison (layouts36 p02)
    "他山之石",
    "外地经验",
    "各地经验",
    # a box explaining the policy a report is about, in `问：`/`答：` pairs (layouts35 p02)
    "政策解读",
    "政策问答",
    # a column of readers' short voices on the report above, each under a `■name　role` line (layouts34 p02)
    "基层声音",
    "群众说",
    "群众心声",
    "百姓心声",
    *VOICES_LABELS,
]
SIDEBAR_LABEL = re.compile(
    rf"^[{LABEL_MARKS}]?[┌┏╔【［\[]?(?:"  # maybe marked (`■记者观察`), maybe framed by the box's corners or brackets (`┌记者手记┐`, heldout7 m05)
    + "|".join(_spaced(label) for label in _SIDEBAR_LABELS)
    + r")[┐┓╗】］\]]?(?:[ \u3000｜|]+\S.{0,30}|(?<=[】］\]])[^\s（(].{0,30})?$"  # or glued after its bracket (`【微评】…`)
)

# A box of questions and answers (`政策解读`, `政策问答`) is a sidebar only over its questions: a `问：`/`答：` turn
# (maybe numbered, `1.问：`) or a question sentence; over prose, the word is the report's subheading.
_QUESTION_BOX_LABEL = re.compile(r"政[ \u3000]*策[ \u3000]*(?:解[ \u3000]*读|问[ \u3000]*答)")
_QUESTION_OPENING = re.compile(r"^(?:\d{1,2}[.、．]\s*)?(?:[问答QA][：:]|[^。！；？?]{2,40}[？?])")


# A box of voices (`声音`, `居民声音`) is a sidebar only over a quote: over prose, the word is the report's
# subheading (a `基层声音` column's voices stand under `■name　role` lines: no quote mark opens them).
_VOICES_LABEL = re.compile(
    f"^[{LABEL_MARKS}【［\\[]?(?:" + "|".join(_spaced(label) for label in VOICES_LABELS) + ")"
)


def stands_as_label(page: PageReader, label: str) -> bool:
    """A voices box's label (`群众声音`, words a headline ends on) stands as one: marked or bracketed, or not right
    under a line that opened after a blank and ends no sentence (`板凳会上听` / `群众声音` over a lead: a two-line
    headline's second line). Other labels stand over their box's own title (`板凳虽小 连着民心` / `记者手记`,
    layouts32 p02, read in that order)."""
    if not _VOICES_LABEL.search(label) or label.startswith(tuple(LABEL_MARKS + "┌┏╔【［[")):
        return True
    if page.blanks or not page.units:
        return True
    above = page.units[-1]
    return not (above.kind in (HEADLINE, TEXT) and above.blanks_before and not ends_sentence(above.text))


def is_sidebar_label(label: str, below: str) -> bool:
    """A sidebar's label (`记者手记`, `链接`), the question box's only over a question (`政策解读` / `问：…？`), a
    box of voices only over a quote (`声音` / `“…”`)."""
    if not SIDEBAR_LABEL.match(label):
        return False
    if _VOICES_LABEL.search(label) and not below.startswith(("“", "「", '"')):
        return False
    return not _QUESTION_BOX_LABEL.search(label) or _QUESTION_OPENING.match(below) is not None


def box_label_over_prose(page: PageReader, line: Line) -> bool:
    """A sidebar's label over an indented paragraph (`相关链接` / `　　2024年，…`, layouts38 p03): a printed page's
    box after a report (the sidebar rule reads it with its text), not a copied web page's label over its list of
    links (copiedpages, furniture: the label alone)."""
    below = page.lines[page.index] if page.index < len(page.lines) else ""
    return bool(below.strip()) and indented(below) and is_sidebar_label(line.text, below.strip())


# Column labels and other page furniture seen on party-building pages; vertical labels are rebuilt first.
KNOWN_COLUMN_LABELS = frozenset(
    {
        "党旗领航",
        "基层实践",
        "基层党建",
        "党建园地",
        "党建动态",
        "组织建设",
        "经验交流",
        "治理实践",
        "一线实践",
        "探索实践",
        "工作交流",
        "基层治理",
        "党建视窗",
        "党建之窗",
        "支部风采",
        "典型经验",
        "聚焦基层",
        "地方动态",
        "特别策划",
        "理论实践",
    }
)


_STACKED_MARKS = "“”‘’《》·"  # a headline's marks, each on its own line among its stacked characters


def vertical_label(lines: list[str], start: int) -> tuple[int, str, str] | None:
    """Single characters stacked one per line (`基`/`层`/`实`/`践…`; a headline printed vertically keeps its
    quote marks, `停`/`车`/…/`“`/`议`/`”`/`出`/`解`): (end index, label, rest of last line)."""
    chars: list[str] = []
    index = start
    while index < len(lines):
        stripped = lines[index].strip()
        if len(stripped) == 1 and (has_cjk(stripped) or (chars and stripped in _STACKED_MARKS)):
            chars.append(stripped)
            index += 1
            continue
        break
    if sum(has_cjk(char) for char in chars) < 2:
        return None
    rest = ""
    # The last character of the label is often glued to the next line (`践回民区：…`), never to a byline.
    if index < len(lines) and len(chars) % 2 == 1:
        following = lines[index].strip()
        if following and has_cjk(following[0]) and not starts_byline(following):
            chars.append(following[0])
            rest = following[1:].strip()
            index += 1
    elif (
        index < len(lines)
        and lines[index].strip()
        and "".join(chars) + lines[index].strip()[0] in KNOWN_COLUMN_LABELS
    ):
        following = lines[index].strip()
        chars.append(following[0])
        rest = following[1:].strip()
        index += 1
    return index, "".join(chars), rest


def next_text_line(lines: list[str], start: int, blanks: int = 2) -> str:
    """The first line with text from `start`, past at most `blanks` blank lines ("" if none)."""
    for index in range(start, min(len(lines), start + blanks + 1)):
        if lines[index].strip():
            return lines[index].strip()
    return ""


def is_vertical_headline(label: str, following: str) -> bool:
    """Characters stacked one per line that make a headline, not a column label: no known label, and quote
    marks among them (`停车难题“议”出解`) or a byline under them (right under, or past a blank line)."""
    if label in KNOWN_COLUMN_LABELS or not is_headline_shape(label):
        return False
    return any(mark in label for mark in _STACKED_MARKS) or starts_byline(following)


def read_deck_beside(page: PageReader) -> None:
    """Read the deck under the vertical headline just read as its subtitle, when there is one."""
    deck = deck_beside_vertical_headline(page.lines, page.index)
    if deck is not None:
        page.blanks = 0
        page.add(SUBTITLE, page.lines[deck].strip(), page.numbers[deck])
        page.index = deck + 1


def deck_beside_vertical_headline(lines: list[str], start: int) -> int | None:
    """The index of the deck of a headline printed vertically (`福`/`山`/`“`/…/`梦`, then `某某合作社助力乡村振兴`
    across the column, then the byline): the one headline-shaped line under the stack, blank lines maybe
    between, with a byline right under it. That line is the vertical headline's subtitle, not a headline of
    its own (read apart, the stack stood alone and the deck titled the report). None when there is no such line."""
    index = _next_printed(lines, start)
    if index is None:
        return None
    deck = lines[index].strip()
    if starts_byline(deck) or not is_headline_shape(deck):
        return None
    after = _next_printed(lines, index + 1)
    return index if after is not None and starts_byline(lines[after].strip()) else None


def _next_printed(lines: list[str], start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)
