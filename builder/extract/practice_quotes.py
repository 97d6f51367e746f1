"""The quotes of a text, as practices.py reads them: each quote (“…”, 「…」, ‘…’, "…") with its span and its
text normalised (practice_vocab.normalise), never one inside a 《document title》; two quotes joined by + are one
formula (“飞地”+“抱团” -> 飞地+抱团); speech is no name but a name quoted inside it is read (“我们发动‘村村抱团’…”), marked `in_speech`;
and which quotes stand in a rhetorical contrast (从“两张皮”到“一盘棋”, “小积分”撬动“大治理”).
A quote whose marks OCR mismatched is read as printed (`mended_marks`): a closing mark where nothing is open, before
a short name and another closing mark (推出”政策直通车”服务), opens it; an opening mark after a short name, where one
is open and no closing mark follows soon (组建“红色帮帮团“，从…), closes it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract.practice_around import AROUND as _AROUND
from builder.extract.practice_vocab import normalise
from builder.text.numerals import NUMBERS_TO_TEN

__all__ = ["CLAUSE_SPLIT", "SPEECH", "Quote", "contrasts_in", "mended_marks", "quotes_in", "words_after"]

_QUOTE = re.compile(
    r"“([^“”]{1,40})”|「([^「」]{1,40})」|『([^『』]{1,40})』|‘([^‘’]{1,40})’|\"([^\"\n]{1,40})\""
)
_DOC_TITLE = re.compile(r"《[^《》]*》")  # quotes inside a document's title are never names
_NESTED = re.compile(r"‘([^‘’“”]{2,20})’")
_PLUS_GAP = re.compile(r"\s*[+＋]\s*")
# Speech and questions: punctuation inside a quote, or a question word.
SPEECH = re.compile(r"[，,。；;！!？?：:…]|如何|哪些|什么|怎么|吗$|呢$")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote: its span in the text, quote marks included, and its text without them."""

    start: int
    end: int
    text: str  # normalised
    in_speech: bool = False  # quoted inside someone's quoted speech (“…把‘小事’办好…”)


_MARK = re.compile("[“”]")
_NAME_SPAN = re.compile(r"[^“”，,。；;！!？?：:、\n]{2,20}")  # a short name between two marks, no punctuation
_SOON = 40  # characters within which an opening mark inside a quote finds its own closing one (nested marks)


def mended_marks(text: str) -> str:
    """`text` with its mismatched double quote marks set right (see the module docstring); same length."""
    if "”" not in text:
        return text
    chars = list(text)
    open_at: int | None = None
    marks = [m.start() for m in _MARK.finditer(text)]
    for k, i in enumerate(marks):
        following = marks[k + 1] if k + 1 < len(marks) else None
        if text[i] == "“":
            name = open_at is not None and _NAME_SPAN.fullmatch(text, open_at + 1, i)
            if name and not (following is not None and following - i <= _SOON and text[following] == "”"):
                chars[i], open_at = "”", None  # 组建“红色帮帮团“，…: the second mark closes the name
            else:
                open_at = i
        elif open_at is None and following is not None and text[following] == "”":
            if _NAME_SPAN.fullmatch(text, i + 1, following):
                chars[i], open_at = "“", i  # 推出”政策直通车”服务: the first mark opens the name
        else:
            open_at = None
    return "".join(chars)


def quotes_in(text: str) -> list[Quote]:
    text = mended_marks(text)
    titles = [m.span() for m in _DOC_TITLE.finditer(text)]
    found = []
    for match in _QUOTE.finditer(text):
        if any(a <= match.start() < b for a, b in titles):
            continue
        inner = next(g for g in match.groups() if g is not None)
        quote = Quote(match.start(), match.end(), normalise(inner))
        if found and _PLUS_GAP.fullmatch(text, found[-1].end, quote.start):  # “飞地”+“抱团”: one formula
            quote = Quote(found[-1].start, quote.end, f"{found.pop().text}+{quote.text}")
        found.append(quote)
        if SPEECH.search(
            inner
        ):  # “我们发动‘村村抱团’领办合作社…”: speech is no name, a quote inside it may be
            nested = [*_NESTED.finditer(text, match.start() + 1, match.end() - 1)]
            if nested:
                found[-1:] = [Quote(m.start(), m.end(), normalise(m.group(1)), True) for m in nested]
    return found


def contrasts_in(text: str, quotes: list[Quote]) -> set[int]:
    """Indexes of quotes in a rhetorical contrast: 从“两张皮”到“一盘棋”, “碎片化”治理向“系统化”治理升级, 少一些
    “作秀式”服务，多一些“雪中送炭”."""
    marked: set[int] = set()
    for i in range(1, len(quotes)):
        a, b = quotes[i - 1], quotes[i]
        between = text[a.end : b.start]
        if _small_big(a.text, between, b.text) or _less_more(text[max(0, a.start - 4) : a.start], between):
            marked.update((i - 1, i))
            continue
        if b.start - a.end > 16 or not _AROUND["contrast_link"].search(between) or SPEECH.search(between):
            continue
        if _AROUND["contrast_open"].search(text[max(0, a.start - 8) : a.start]) or _AROUND[
            "contrast_close"
        ].match(text[b.end : b.end + 12]):
            marked.update((i - 1, i))
    return marked


def _small_big(first: str, between: str, second: str) -> bool:
    """“小积分”撬动“大治理”: a small means and the big result it brings, a verb of a few characters between."""
    return bool(
        _AROUND["small_big"].match(first)
        and _AROUND["small_big_gap"].match(between)
        and _AROUND["small_big_result"].match(second)
    )


# Less of one thing, more of another (少一些“作秀式”服务，多一些“雪中送炭”; 多一点“…”，少一点“…”): an exhortation
# weighing a manner against another, neither quote a name; the second opens the next clause of the pair.
_LESS_MORE = re.compile(r"(?P<word>少|多)一?[些点]$")
_LESS_MORE_BETWEEN = re.compile(r"^[\u4e00-\u9fff]{0,6}[，,、；;]\s*(?P<word>少|多)一?[些点]$")


def _less_more(before: str, between: str) -> bool:
    """The first quote after 少一些 (or 多一些), the second after its opposite opening the next clause."""
    opened = _LESS_MORE.search(before)
    closed = _LESS_MORE_BETWEEN.match(between)
    return bool(opened and closed and opened.group("word") != closed.group("word"))


# Where a quote's clause ends (or begins): a mark ending a clause, a line break, or another quote opening.
CLAUSE_SPLIT = re.compile(r"[，,。；;！!？?：:“「‘\n]")
_BRACKETED = re.compile(r"^\s*[（(](?:[^（）()]{1,20}|即[^（）()]{1,60})[)）]")


def words_after(text: str, end: int) -> str:
    """The words after a quote that ends at `end`, to the end of its clause (ten characters at most), a short
    bracket right after it passed over (“双找”（党员找组织、组织找党员）活动 -> 活动), or a longer one that explains it
    (“334”（即30%用于…，40%分配给村民）的机制 -> 的机制), and a project's phase (“某某”三期手工小组 -> 手工小组)."""
    after = _PHASE.sub("", _BRACKETED.sub("", text[end : end + 80]).lstrip())
    return CLAUSE_SPLIT.split(after, maxsplit=1)[0][:10]


# the phase of a project printed between its name and what it runs (“某某”三期老年手工小组, 二期, 第三期)
_PHASE = re.compile(rf"^第?[{NUMBERS_TO_TEN}\d]{{1,2}}期(?=[\u4e00-\u9fff])")
