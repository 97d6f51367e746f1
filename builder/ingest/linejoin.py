"""How well one line of a column reads as the next line of another: the evidence of a hard wrap.

A line that ends mid-sentence goes on in the next line of the same column. `join_cost(before, after)` weighs
the evidence that `after` is that next line (negative: good evidence; positive: it reads badly): a word that
spans the break (`书` / `记`), a number that goes on (`1.` / `2万`, `96` / `.5%`, `联系着8` / `户村民`), a mark
that cannot start a line (`，`, `”`), a quote or bracket left open that `after` closes. A line that ended a sentence may
be followed by anything (0). `builder.ingest.interleave` puts interleaved columns back together with it, and
`builder.ingest.paragraphs` uses it to tell a caption dropped inside a sentence from the sentence's next line,
and `opens_paragraph` to break a paragraph on a page that marks none (no indent, no blank line).
"""

from __future__ import annotations

import re

from builder.ingest.textrules import ends_sentence
from builder.text.boundaries import known_word, word_across

_NUMBER_GOES_ON = re.compile(r"\d[.．]?$")
_FIGURE_GOES_ON = set(".．%％")  # after a digit at a line's end: the figure's decimals or its percent sign
_CLAUSE_MARK_END = re.compile(r"[，、；：—“‘（《]$")
_GOES_ON = re.compile(r"^[，。、；：！？”’）》…%％]")
# a count with its measure word opening a line (`680场，`, `2180个，`): it goes on from the line before
_COUNT_OPENING = re.compile(
    r"^[\d.．]+(?:万|亿)?[余多]?[个名位人户家件次条项元亩所支处座间栋场批届倍平米公斤吨]"
)
_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
# a rate opening a line (`23.5%，`) under a line ending on a change or share that wants its figure
_RATE_OPENING = re.compile(r"^[\d.．]+[%％]")
_RATE_WANTED = re.compile(r"(?:增长|下降|提高|提升|减少|增加|上升|降低|达到|达|占|超过|为)$")
# a bureau's 局 opening the line: the end of its name, cut by the wrap (`武宁县住建` / `局充分发挥…`, 人社局, 市监局,
# names the word list does not know); not 局面, 局部, 局势, 局限, 局长 opening a sentence
_BUREAU_GOES_ON = re.compile(r"^局(?![面部势限长])[\u4e00-\u9fff]")
_QUOTE_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"))
_WORD_WINDOW = 6
_MEASURES = set("个名位人户家万亿千百十件次条项元亩所支处座间栋天年月日岁场批届期倍余多平米公斤吨%％.．")


def join_cost(before: str, after: str) -> float:
    """How well `after` reads as the next line of `before` in one column: negative is good evidence."""
    if ends_sentence(before):
        return 0.0
    if figure_goes_on(before, after):
        return -3.0 if after[:1].isdigit() else -2.0
    if before[-1:].isdigit() and not after[:1].isdigit():  # `联系着8` + `户村民`, never `8` + `硒蔬菜`
        return -2.0 if after[:1] in _MEASURES else 1.0
    cost = 0.5
    if _GOES_ON.match(after):
        cost = -1.5
    elif _RATE_OPENING.match(after) and _RATE_WANTED.search(before):
        cost = (
            -1.5
        )  # a rate opens no sentence, after a change or share that wants it (`…同比增长` / `23.5%，…`)
    elif _COUNT_OPENING.match(after) and _CJK_END.search(before):
        cost = -1.0  # a count opens no sentence (`…开展志愿活动` / `680场，…`): evidence, weaker than a mark
    elif _BUREAU_GOES_ON.match(after) and _CJK_END.search(before):
        cost = -1.0  # a bureau's name goes on: evidence as strong as a count's
    elif not _CLAUSE_MARK_END.search(before):
        cost = _word_cost(before[-_WORD_WINDOW:], after[:_WORD_WINDOW])
    for opening, closing in _QUOTE_PAIRS:
        if before.count(opening) > before.count(closing) and closing in after.split(opening)[0]:
            cost = min(cost, -1.5)
    return cost


# How a paragraph typically opens: a day's date, or a connective that starts a new turn of the report (a
# sentence inside a paragraph more often opens with `目前，` or `今年以来，`: those are no sign of a break).
_PARAGRAPH_OPENING = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日|近年来|此外|与此同时|据介绍|据了解|据悉|下一步)[，,]"
)


def opens_paragraph(text: str) -> bool:
    """A line that opens the way a paragraph does (`1月19日，`, `近年来，`, `此外，`, `据介绍，`): after a
    finished sentence, evidence of a paragraph break where the layout left no other sign of one."""
    return bool(_PARAGRAPH_OPENING.match(text))


def figure_goes_on(before: str, after: str) -> bool:
    """One figure the wrap cut between its digits: `…划分为2` / `316个`, `…达到96` / `.5%`, `1.` / `2万`."""
    if _NUMBER_GOES_ON.search(before) and after[:1].isdigit():
        return True
    return before[-1:].isdigit() and after[:1] in _FIGURE_GOES_ON


def _word_cost(before: str, after: str) -> float:
    """A word spanning the break (`书` / `记`) is strong evidence; a compound broken between two words
    (`物业` / `服务站`) is none: either piece may stand alone."""
    pieces = word_across(before, after)
    if pieces is None:
        return 0.5
    if all(len(piece) >= 2 and known_word(piece) for piece in pieces):
        return 0.0
    return -2.0
