"""Small text predicates and repairs for damaged PDF text. Pure functions, each tested on seed text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.text.numerals import NUMBERS_TO_TEN

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
_CJK_RE = re.compile(f"[{CJK}]")
# Closing marks that may follow a sentence-final mark.
_CLOSERS = "”’」』）)》〉】\"'"
SENTENCE_END = re.compile(f"(?:[。！？!?]|……|…)[{re.escape(_CLOSERS)}]*$")
# Marks after which a line may still be a whole unit (a heading, a caption credit), never mid-word.
OPENERS = "“‘「『（(《〈【"

_CONTINUATION = re.compile(
    rf"[（(]\s*(?:下转|上接|接上|转下|紧接|转接|接第|转第|续[接见]?)\s*[第]?\s*[A-Za-z]?\s*(?:\d{{0,3}}|[{NUMBERS_TO_TEN}]{{1,3}})\s*[A-Za-z]?\s*[版页面]\s*[）)]"
)
_DIGIT = "0-9０-９"
# Spaces PDF extraction leaves inside Chinese text and between a number and its unit.
_SPACE_AROUND_DIGIT = re.compile(
    f"(?<=[{CJK}{_DIGIT}%％])[ ]+(?=[{_DIGIT}])|(?<=[{_DIGIT}])[ ]+(?=[{CJK}%％])"
)
_SPACE_CJK_PUNCT = re.compile(
    r"(?<=[，。、；：！？“”‘’（）《》【】—…·])[ ]+|[ ]+(?=[，。、；：！？“”‘’（）《》【】—…·])"
)
_SPACE_PHRASE_PUNCT = re.compile(r"(?<=[，。、；：！？（《【—…·])[ ]+|[ ]+(?=[，。、；：！？）》】…·])")
_SPACE_CJK_CJK = re.compile(f"(?<=[{CJK}])[ ]+(?=[{CJK}])")
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」")
_MULTISPACE = re.compile(r"[ ]{2,}")


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def cjk_count(text: str) -> int:
    return len(_CJK_RE.findall(text))


def indented(line: str) -> bool:
    """A raw line opening with a space: a paragraph's first-line indent the extraction kept (read.clean_text
    makes tabs and ideographic spaces plain spaces; an invented page of the tests may keep its `　　`)."""
    return line[:1].isspace()


# counted half a cell as ASCII is: Latin-1 to Greek and the like. Full-width digits and letters fill a cell, as
# every set that prints them lays them out (heldout9 q04 `６０余人次，累计送餐１２６０` fills its 14-cell column).
_NARROW_NON_ASCII = re.compile(r"[\u0080-\u1fff]")


def display_width(text: str) -> float:
    """Width in CJK character cells: CJK and full-width marks, digits and letters count 1, Latin letters and
    digits 0.5."""
    ascii_count = len(text.encode("ascii", "ignore"))
    spaces = text.count(" ")
    narrow = 0
    if ascii_count < len(text) and _NARROW_NON_ASCII.search(text):
        narrow = len(_NARROW_NON_ASCII.findall(text))
    wide = len(text) - ascii_count - narrow
    return wide + 0.5 * (ascii_count - spaces + narrow) + 0.25 * spaces


def full_width(lines: Sequence[str]) -> float:
    """The width of a full line of a column (or of columns side by side) the lines make: most lines are full, a
    paragraph's last line is not (the display width three quarters up). The lines must not be empty."""
    widths = sorted(display_width(line) for line in lines)
    return widths[len(widths) * 3 // 4]


_FINAL_MARKS = ("。", "！", "？", "!", "?", "…")


def ends_sentence(text: str) -> bool:
    """True if the text ends with a sentence-final mark (optionally followed by closing quotes).
    Same as `SENTENCE_END.search(text.rstrip())`, without scanning a long paragraph from its start."""
    return text.rstrip().rstrip(_CLOSERS).endswith(_FINAL_MARKS)


_FIRST_SENTENCE = re.compile(r"[^。！？\n]*[。！？]?")


def first_sentence(text: str) -> str:
    """A text's first sentence: to its first 。！？ (kept), else to its first line's end (newheadlines.py reads a
    lead's, extract/framing.py a body's)."""
    found = _FIRST_SENTENCE.match(text)  # (every part optional: it always matches)
    return found.group(0) if found else text


_MARKER_END = re.compile("[版页面]")  # every continuation marker has one: a quick no for most lines


def remove_continuation_markers(text: str) -> str:
    """`（下转3版）`, `（上接B14版）` and the like are page furniture; so is the mark ending an article after its last
    sentence (`…3400余件。（完）`, or after its closing credit: `…（记者 某某）（完）`), which would leave that sentence open to the next article's lines."""
    if text.endswith(("完）", "完)", "续）", "续)")):
        text = _END_MARK.sub("", text)
    return _CONTINUATION.sub("", text) if _MARKER_END.search(text) else text


# The marks ending an article (`（完）`, `（全文完）`) or a serial's part (`（未完待续）`, `（待续）`, `（续完）`).
END_MARK_WORD = r"(?:全文完|未完待续|待续|续完|完)"
_END_MARK = re.compile(
    rf"(?<=[。！？!?”）)])\s*[（(]\s*{END_MARK_WORD}\s*[）)]$"
)  # after a closing credit too: `…）（完）`


# A jump line with no brackets, maybe after an ornament (`□ 下转2版`, `■上接第一版`): alone on its line.
_BARE_CONTINUATION = re.compile(
    r"^[□■◇◆○●☆★]?\s*(?:下转|上接|接上|转下|紧接|续[接见]?|[转接](?=\s*第))\s*第?\s*[A-Za-z]?\s*"
    rf"(?:\d{{1,3}}|[{NUMBERS_TO_TEN}]{{1,3}})"
    r"\s*[A-Za-z]?\s*[版页面]$"
)


def is_continuation_marker(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and _MARKER_END.search(stripped) is not None
        and (not _CONTINUATION.sub("", stripped).strip() or _BARE_CONTINUATION.match(stripped) is not None)
    )


def remove_stray_spaces(text: str, keep_phrase_spaces: bool = False) -> str:
    """Drop spaces between Chinese characters, around numbers and beside Chinese punctuation.

    Spaces between Latin words stay. Inside “quotes” (slogans such as “阳光相约 博爱同行”) and when
    `keep_phrase_spaces` is set (headlines, headings, bylines), a space between two Chinese phrases is
    meaningful and becomes a single space.
    """
    if " " not in text:
        return text.strip()  # every rule below removes or merges spaces
    text = _SPACE_AROUND_DIGIT.sub("", text)
    if keep_phrase_spaces:
        return _MULTISPACE.sub(" ", _SPACE_PHRASE_PUNCT.sub("", text)).strip()
    text = _SPACE_CJK_PUNCT.sub("", text)

    def strip_outside_quotes(segment: str) -> str:
        return _SPACE_CJK_CJK.sub("", segment)

    out: list[str] = []
    last = 0
    for match in _QUOTED.finditer(text):
        out.append(strip_outside_quotes(text[last : match.start()]))
        out.append(_quoted_spaces(match.group(0)))
        last = match.end()
    out.append(strip_outside_quotes(text[last:]))
    return "".join(out).strip()


def _quoted_spaces(quoted: str) -> str:
    """A quotation's spaces: one between its phrases (`“阳光相约 博爱同行”`), none when a piece is a single
    character (`“小红 帽”`: justification spread a word, no phrase stands apart) or every piece is a word of two
    (`“红色　管家”`: a name of four, not two phrases)."""
    pieces = quoted.strip("“”‘’").split()
    if any(len(piece) == 1 and cjk_count(piece) == 1 for piece in pieces) or (
        len(pieces) > 1 and all(len(piece) == 2 == cjk_count(piece) for piece in pieces)
    ):
        return re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])", "", quoted)
    return _MULTISPACE.sub(" ", quoted)


def collapse_spaced_letters(line: str) -> str:
    """`新 时 代 党 建 工 作` -> `新时代党建工作` when a line is spelled out one character at a time."""
    tokens = line.split()
    if len(tokens) < 4:
        return line
    singles = sum(1 for t in tokens if len(t) == 1)
    if singles / len(tokens) < 0.8:
        return line
    return "".join(tokens)


_MAX_UNIT = 40  # characters of the longest unit printed twice (a headline's whole second half)
_DOUBLED_UNIT = re.compile(r"(.{1,40}?)\1", re.DOTALL)  # the shortest unit (≤ _MAX_UNIT) printed twice


def _doubled_prefix_end(text: str) -> int:
    """Length of the longest prefix made only of doubled units (XX) and single spaces."""
    reachable = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] == " ":
            i += 1
            continue
        match = _DOUBLED_UNIT.match(text, i)
        if match is None:
            break
        i = reachable = match.end()
    return reachable


def undouble(text: str) -> str:
    """Halve every doubled unit: `新蒲新区新蒲新区：：` -> `新蒲新区：`."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == " ":
            out.append(" ")
            i += 1
            continue
        for k in range(1, min(_MAX_UNIT, (n - i) // 2) + 1):
            if text[i : i + k] == text[i + k : i + 2 * k]:
                out.append(text[i : i + k])
                i += 2 * k
                break
        else:
            out.append(text[i:])
            break
    return "".join(out)


def _printed_twice(text: str) -> str | None:
    """A whole line printed twice, the copies spaced differently (`新城区推行楼栋长制 居民议事有了新平台新城区推行
    楼栋长制居民议事有了新平台`): the first copy, as printed; None for any other line."""
    if " " not in text:
        return None  # the same copies: the doubled-unit rule reads them
    bare = text.replace(" ", "")
    half = len(bare) // 2
    if len(bare) % 2 or bare[:half] != bare[half:] or cjk_count(bare[:half]) < 6:
        return None
    seen = 0
    for index, char in enumerate(text):  # where the first copy ends
        seen += char != " "
        if seen == half:
            return text[: index + 1].strip()
    return None


def split_bold_doubled(line: str) -> tuple[str, str] | None:
    """A bold headline the PDF layer printed twice, glued to the body text that follows it.

    `绥阳县绥阳县：：党建引领…““同心圆同心圆”” 制，社区…` -> (`绥阳县：党建引领…“同心圆”`, `制，社区…`).
    Returns None when the line does not start with at least eight doubled characters.
    """
    # without the extraction's bold marks around it (`**庆云镇庆云镇：：…**`)
    stripped = line.strip().replace("**", "")
    twice = _printed_twice(stripped)
    if twice is not None:
        return twice, ""
    if not _DOUBLED_UNIT.match(stripped):
        return None  # not even the first unit is doubled (most lines)
    end = _doubled_prefix_end(stripped)
    if (end < 8 and not _label_doubled(stripped)) or cjk_count(stripped[:end]) < 6:
        return None
    # The doubled run must consist of several units, not one repeated word inside ordinary text.
    doubled = stripped[:end]
    halved = undouble(doubled).strip()
    if len(halved.replace(" ", "")) * 2 != len(doubled.replace(" ", "")):
        return None
    return halved, stripped[end:].strip()


def _label_doubled(line: str) -> bool:
    """A three-character label alone on its line, each character printed twice (`评评论论员员`): shorter than a
    headline's doubled run, read once all the same (only whole, only character by character)."""
    return len(line) == _LABEL_TWICE and cjk_count(line) == _LABEL_TWICE and line[::2] == line[1::2]


_LABEL_TWICE = 6  # a three-character label, doubled


# A headline that opens with the place that acts (`宿松县“一村一辅警”…`), not with a generic 小区 or 乡村; a
# suffix that begins a common word is none (`描绘宜居乡村…`: 乡村, 市场, 市民, 区域, 村民), nor one naming a
# level (`壮大村级经济`, `推进县级统筹`: 村级, 县级, 省级…, what is done at that level, no place's name).
_PLACE_OPENING = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|自治县|省|市(?![场民])|州|县|区(?!域)|旗|镇|乡(?!村)|街道|社区|村(?!民)))"
    r"(?!级)(?=[：:“\u4e00-\u9fff])"
)
_GENERIC_PLACE_END = ("小区", "城区", "园区", "辖区", "片区", "景区", "校区", "街区", "库区", "乡村", "农村")
_WHOLE_HEADLINE = 8  # CJK characters: two headlines side by side are each at least this long
# A unit word before the work done in such units, after a verb of doing (激发社区治理活力): a modifier, no
# place's name (柳岸社区服务暖人心, 和平村建设美丽家园: a place and its work, a second headline).
_UNIT_AS_MODIFIER = re.compile(r"(?<=[社区村镇乡道])(?:治理|建设|服务|工作|发展)")


def _opens_headline(token: str, before: str) -> bool:
    """`宿松县“一村一辅警”守护村居平安` after a whole headline: a second headline set beside the first."""
    if ("：" in token or ":" in token) and "：" in before:
        return True
    from builder.ingest.headlinewraps import VERB_OPENING  # (headlinewraps reads textrules)

    place = _PLACE_OPENING.match(token)
    return (
        place is not None
        and not place.group(0).endswith(_GENERIC_PLACE_END)
        and not (_UNIT_AS_MODIFIER.match(token, place.end()) and VERB_OPENING.match(token))
        and min(cjk_count(token), cjk_count(before)) >= _WHOLE_HEADLINE
    )


def split_headlines(text: str) -> list[str]:
    """Several headlines printed on one line -> one string each: a part opens a new headline when it
    opens with a place (`地名：标题`, `宿松县“…”…`) after a whole headline; else it is the second half of the
    headline before it (`新蒲新区：党旗高扬聚合力 夯基固本促发展`)."""
    tokens = text.split(" ")
    headlines: list[str] = []
    for token in tokens:
        if not token:
            continue
        if headlines and _opens_headline(token, headlines[-1]):
            headlines.append(token)
        elif headlines:
            headlines[-1] += " " + token
        else:
            headlines.append(token)
    return headlines
