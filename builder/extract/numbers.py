"""Numbers in running Chinese text, as printed on PDF-extracted newspaper pages.

`find_quantities(text)` scans a text for every number with what follows it and returns `Quantity`
objects with character spans, so the caller (metrics.py) can look at the words around each one.
`parse_quantity(token)` does the same for one token (`1.4万块`, `220余万元`, `近7成`).

What is understood:

- Arabic numerals (at most 12 digits: longer runs are codes, not counts), with thousands separators
  (`1,200`), decimals (`10.32`), full-width digits, and stray
  spaces or an old line break between the parts (`1323 个`, `104 周年`, `4000余\\n万元`, `830\\n余件次`).
- Multipliers written out: `1.4万块` -> 14000, `10.32万条` -> 103200, `1.4亿元` -> 140000000; the unit
  is reported without the multiplier (`元`, `块`). 百/千 after an Arabic numeral already as large is part of the
  unit, not a multiplier (`亩产3500百斤` -> 3500 `百斤`, never 350000 斤; `5百亩` -> 500 亩).
- Percentages: `%` and `％` -> unit `%`; `成` -> tenths turned into percent (`近7成` -> 70, `%`), never 成 that
  begins a word (成员, 成立, 三五成群, 成片, 成倍).
- Approximation, `approx=True`: prefixes 近/约/超/超过/突破/逾/将近/接近/大约/至少/不少于/不低于 and the upper
  bounds 不足/不到/低于/少于, suffixes
  余/多 (before or after the multiplier: `220余万元`, `1.7万余亩`, `8万多件`) and 左右/以上/上下.
- Chinese numerals (`两千`, `三十五`, `两万三` -> 23000, `近千`, `千余`, `万余`). Vague numerals keep their
  lower bound and set `approx=True`: `二三十` -> 20, `三四百` -> 300, `两三个` -> 2, `十几` -> 10,
  `几十`/`数十` -> 10, `上百` -> 100.
  An explicit range `300—500户`, `1—2个`, `3至5万元`, `500万元~1000万元` has `value` = the lower bound and `upper` = the
  upper one (300/500, 1/2, 30000/50000); both bounds are exact, so approx only comes from the words.
  (cn2an is not used: it fails on exactly these forms, and the bare numerals are easy.)

The unit is whatever counting word follows (个, 人, 名, 元, 亩, 人次 …; a bare number listed before one
with a unit shares it: `4.2和6.3个百分点`), or also a time word (年, 月,
日, 岁, 周年, 个月 …) so that the caller can tell a count from a date, an age or a duration. A number
with nothing recognisable after it gets `unit=""` (`scaled` tells whether 万/亿 was printed: 人口278万).
Traditional characters (7個社區, 3萬餘人) are read like simplified ones; a unit printed as its symbol (120㎡, 2.3万㎡)
is its word (平方米).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from builder.extract.chinesenumerals import chinese_to_number
from builder.extract.metric_words import VERBS
from builder.ingest.traditionalchars import has_traditional, simplified
from builder.text.countwords import COUNT_UNITS, COUNTED_NOUNS, MEMBER_UNITS, TIME_UNITS
from builder.text.numerals import COUNT_NUMERALS, COUNTS_TO_TEN, DIGITS, TWO_COUNTED, ZEROS
from builder.text.patterns import alternation

__all__ = [
    "COUNTED_NOUNS",
    "COUNT_UNITS",
    "TIME_UNITS",
    "Quantity",
    "find_quantities",
    "parse_number",
    "parse_quantity",
]


# A unit printed as its symbol (120㎡, 2.3万㎡; NFKC would make them `m2`, which reads as a number): its word.
# Its letters with the exponent lost from the PDF's superscript (3.6万m2, 4800m2; m² when it was kept) are the
# same unit: the 2 is no digit of the number (3.6万m2 is not 3.62万).
UNIT_SYMBOLS = {
    **{"㎡": "平方米", "㎢": "平方公里", "㎥": "立方米", "㎞": "公里", "㏊": "公顷", "㎏": "千克"},
    **{"m2": "平方米", "m²": "平方米", "km2": "平方公里", "km²": "平方公里", "m3": "立方米", "m³": "立方米"},
}
_MULTIPLIER = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000, "万亿": 10**12}
_UNIT_PREFIX = ("百", "千")  # after a numeral already as large (3500百斤), part of the unit, not a multiplier
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")

_BIG = re.compile("[万亿]")
_NUMERAL_NOISE = re.compile(r"[\s,]")
_WS = r"[ \t\u3000\r\n]{0,3}"  # stray spaces and old line breaks between the parts of one number
_ARABIC = r"(?<![\d.．])(?:\d{1,3}(?:,\d{3})+|\d{1,12}(?:\r?\n\d{1,6})?)(?:[.．]\d{1,6})?(?!\d|[.．]\d)"
_CN_DIGITS = ZEROS + DIGITS + TWO_COUNTED
_CHINESE = (
    rf"(?:上(?=[百千万])|[几数](?=[十百千万])|(?<=[近逾超约])[百千万]|[百千万](?=[余多])|[{_CN_DIGITS}十])"
    rf"[{_CN_DIGITS}十百千万亿几]{{0,11}}(?![{_CN_DIGITS}十百千万亿几])"
)

# Counting and time words, longest first; some carry a lookahead against the word they begin.
_UNIT_WORDS = sorted(COUNT_UNITS | TIME_UNITS | UNIT_SYMBOLS.keys(), key=len, reverse=True)
_UNIT_GUARD = {
    "项": "(?!目)",
    "场": "(?![所景地合])",
    "期": "(?!间|待|盼)",
    "台": "(?!账|阶)",
    "支": "(?!部|持|撑|援)",
    "组": "(?!织|建|成|长)",
    "种": "(?!植|子)",
    "点": "(?!单)",
    "时": "(?!间|代)",
    "后": "(?!续|期)",
    "起": "(?!来(?!访|电|信|函))",  # 一起来, 站起来: no count; 37起来访 (real R38): visits counted by 起
    "车": "(?![间道位辆站库型主队厢程费棚流况载上内])",  # 3车间, 2车道, 50车位: a word, not loads
    "本": "(?![正地土部科届市县区镇乡村级人身期年月周领职色着来次单息金])",  # 本地, 本村, 本届: this, not books
    "轮": "(?![车椅值岗换流训胎])",  # 快递三轮车, 轮椅, 轮岗: a word, not rounds
    "头": "(?!雁)",
    "架": "(?![构子设势起空桥])",  # 框架, 架设: a word, not aircraft
    **{symbol: "(?![0-9A-Za-z])" for symbol in ("m2", "km2", "m3")},  # m20, m2x: no unit
    # 一对一, 1对1: one to one, no pairs; 对接, 对象, 对口: a word
    "对": f"(?![\\d{COUNTS_TO_TEN}接象话外口标照于比待应策称联面门抗齐账岸手方此])",
    "节": "(?!日|约|点|能|省|假|目|奏|俭|水|电|庆|气|令)",
    "堂": "(?!屋|会)",
    "门": "(?![\u4e00-\u9fff])",  # 12门 (courses) alone; 一门心思, 3门店, 5门诊: a word, not courses
    "部": "(?!门|分|署|队|位|长|委|件|落|际|室|属|局|级|署|里|署)",
    "分": "(?!钟|之|类|别|批|期|成|享|配|工|担|析|布|会|队|局|区|站|管|为|到|给|解|散|流|段|片|级|步|红|赃)",
}
_UNITS = "|".join(re.escape(u) + _UNIT_GUARD.get(u, "") for u in _UNIT_WORDS)

_QUANTITY = re.compile(
    rf"""
    (?=[将接大超不低少至近约逾突\d{_CN_DIGITS}十上几数百千万])  # fail fast where no number can start
    (?P<pre>(?:将近|接近|大约|超过|突破|不少于|不低于|不足|不到|低于|少于|至少|(?<![附最])近|约|超|逾))?{_WS}
    (?P<num>{_ARABIC}|{_CHINESE})
    (?:{_WS}(?P<rng>[—–\-~～至到])\s?(?P<num2>{_ARABIC}|{_CHINESE}))?
    {_WS}(?P<suf1>余|多)?
    (?P<mult>{_WS}(?:万亿|亿|万|千(?!米|克|瓦)|百(?!分)))?
    {_WS}(?P<suf2>余|多)?
    {_WS}(?P<unit>{_UNITS}|％|成(?![员立为功果本效绩熟了就长群片批堆串倍家才]))?
    (?P<post>左右|以上|上下|之多)?
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number in a text: its span, value (multipliers applied, 成 as percent), unit and approximation."""

    start: int  # span of the whole match, approximation words and unit included
    end: int
    num_start: int  # where the numeral itself begins (after 近/约/超 …)
    num_end: int  # where the numeral ends (before 余/万/the unit)
    value: int | float
    unit: str  # normalised: "%" for %/％/成, no multiplier ("元" for 万元), "" when nothing follows
    approx: bool
    chinese: bool  # numeral written in Chinese characters
    upper: int | float | None = None  # the upper bound of an explicit range (300—500户), else None
    scaled: bool = False  # 万 or 亿 was printed (人口278万: a count even without a counting word)

    @property
    def is_count(self) -> bool:
        """A counting word, also one of a hundred or a thousand of them (百斤, 千克 is a unit of its own)."""
        return self.unit in COUNT_UNITS or (self.unit[:1] in _UNIT_PREFIX and self.unit[1:] in COUNT_UNITS)


def _number(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(round(value, 6))


def _numeral(text: str) -> tuple[Decimal, bool, bool] | None:
    """(value, approx, chinese) of one numeral token, Arabic or Chinese."""
    cleaned = _NUMERAL_NOISE.sub("", text if text.isascii() else text.translate(_FULLWIDTH))
    if cleaned[:1].isdigit():
        try:
            return Decimal(cleaned), False, False
        except InvalidOperation:
            return None
    parsed = chinese_to_number(cleaned)
    if parsed is None:
        return None
    return Decimal(parsed[0]), parsed[1], True


def _quantity(match: re.Match[str], offset: int = 0) -> Quantity | None:
    first = _numeral(match.group("num"))
    if first is None:
        return None
    value, approx, chinese = first
    upper: Decimal | None = None
    if match.group("num2") is not None:
        second = _numeral(match.group("num2"))
        if second is None or second[0] <= value:
            return None
        upper = second[0]
    mult = (match.group("mult") or "").strip()
    if mult in _UNIT_PREFIX and not chinese and value >= _MULTIPLIER[mult] and match.group("unit"):
        mult, unit_prefix = "", mult  # 亩产3500百斤: a unit of a hundred jin, never 350 000 jin
    else:
        unit_prefix = ""
    if mult:
        value *= _MULTIPLIER[mult]
        upper = upper * _MULTIPLIER[mult] if upper is not None else None
    unit = match.group("unit") or ""
    if unit == "成":
        value, unit = value * 10, "%"
        upper = upper * 10 if upper is not None else None
    elif unit == "％":
        unit = "%"
    elif unit in COUNTED_NOUNS:  # 1800余住户: the noun is the counting word
        unit = COUNTED_NOUNS[unit]
    elif unit in UNIT_SYMBOLS:
        unit = UNIT_SYMBOLS[unit]
    unit = unit_prefix + unit
    approx = approx or bool(
        match.group("pre") or match.group("suf1") or match.group("suf2") or match.group("post")
    )
    num_start = match.start("num")
    num_end = match.end("num2") if upper is not None else match.end("num")
    end = match.end()
    if not unit:  # nothing recognisable follows: do not swallow the trailing spaces or 余/多
        end = num_end
        if match.group("mult"):
            end = match.end("mult")
    return Quantity(
        start=offset + (match.start("pre") if match.group("pre") else num_start),
        end=offset + end,
        num_start=offset + num_start,
        num_end=offset + num_end,
        value=_number(value),
        unit=unit,
        approx=approx,
        chinese=chinese,
        upper=_number(upper) if upper is not None else None,
        scaled=mult in ("万", "亿", "万亿") or (chinese and bool(_BIG.search(match.group("num")))),
    )


_RANGE_GAP = re.compile(r"[ \t\u3000]*[—–\-~～至到][ \t\u3000]*")


def _join_range(low: Quantity, high: Quantity) -> Quantity:
    """`500万元~1000万元`: both bounds printed with their unit make one range, as `300—500户` does."""
    return Quantity(
        start=low.start,
        end=high.end,
        num_start=low.num_start,
        num_end=high.num_end,
        value=low.value,
        unit=low.unit,
        approx=low.approx or high.approx,
        chinese=low.chinese,
        upper=high.value,
        scaled=low.scaled or high.scaled,
    )


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    joined: list[Quantity] = []
    for q in found:
        low = joined[-1] if joined else None
        if (
            low is not None
            and low.upper is None
            and q.upper is None
            and low.unit == q.unit
            and q.value > low.value
            and _RANGE_GAP.fullmatch(text, low.end, q.start)
            and text[max(0, low.start - 1) : low.start] not in ("从", "由")  # 从65%至92%: a change
        ):
            joined[-1] = _join_range(low, q)
        else:
            joined.append(q)
    return joined


_SHARED_GAP = re.compile(r"[ \t\u3000]*[、和与及][ \t\u3000]*")


def _shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """`提高4.2和6.3个百分点`: a bare number listed before a number with a unit shares that unit."""
    shared = list(found)
    for i in range(len(shared) - 2, -1, -1):
        bare, nxt = shared[i], shared[i + 1]
        bare_number = not bare.unit and not bare.scaled and not bare.chinese
        if (
            bare_number
            and nxt.unit
            and not nxt.scaled
            and _SHARED_GAP.fullmatch(text, bare.end, nxt.num_start)
        ):
            shared[i] = replace(bare, unit=nxt.unit, approx=bare.approx or nxt.approx)
    return shared


# A half in words as a share or a change (其中外来人口占一半以上, 填表时间减少了一半以上, 占半数, 老人占比近一半): 50 %,
# after 占 (占比) or a verb of falling or rising; never a half of time or things (一半时间, 一半的村).
_HALF = re.compile(
    r"(?:占比(?:为|达到?)?|占|减少|下降|降低|缩短|缩减|压缩|减|少|提高|提升|增加|增长)了?"
    r"(?P<pre>近|约|超过|超|逾|将近)?(?P<num>一半|半数)(?P<post>以上|多|左右)?(?![\u4e00-\u9fff]{0,2}(?:时间|的|村|人|户))"
)


# A count of one (一个, 1名, 其中一个…): one member, no group a share is of.
_ONE = rf"(?<![\d{COUNT_NUMERALS}])[1一]\s*[{MEMBER_UNITS}]"
# A count of a group (1200名, 320个), never of one.
_GROUP_COUNT = rf"(?<![\d{COUNT_NUMERALS}])(?!{_ONE})[\d{COUNT_NUMERALS}]+\s*[余多]?\s*[{MEMBER_UNITS}]"
# A half in words opening its clause: 过半, over a half, approximate; never a half of time or things.
_HALF_WORDS = (
    r"(?P<pre>近|约|超过|超|逾|将近|过(?=半))?(?P<num>一半|半数|(?<=过)半)(?P<post>以上|多|左右)?"
    r"(?![\u4e00-\u9fff]{0,2}(?:时间|的|村|人|户)|夜)"
)
# A half opening its clause right after a group its sentence counts (全村现有党员48名，其中近一半…, 全镇1200名网格员
# 中，过半…, 320个村中过半…): the share of the counted group the clause tells of, 50 %. Never after a count of one
# or across one (其中一个村中，一半以上农户…: a share inside one member).
# The half may come second, after another share of the same group told in its own clause (受访的800名村干部中，近三成
# 认为…，超过一半表示…): both are of the group.
_SHARE_BEFORE = rf"(?:近|约|超过|超|逾|将近)?[\d{COUNT_NUMERALS}]+(?:\.\d+)?(?:成|%|％)[^，,。；;！!？?\n]{{1,24}}[，,]\s*"
_HALF_OF_GROUP = re.compile(
    rf"{_GROUP_COUNT}(?:(?!{_ONE})[^。；;！!？?\n]){{0,24}}?中\s*[，,]?\s*(?:{_SHARE_BEFORE})?{_HALF_WORDS}"
)
# … or right after the count, its noun and a comma alone (320个村，过半已建成…), when the half is the clause's
# subject: what it is or does follows it (是…, 已…, a verb), no noun of its own (过半居民…: a half of the residents).
_HALF_AFTER_COUNT = re.compile(
    rf"{_GROUP_COUNT}[\u4e00-\u9fff]{{0,8}}[，,]\s*{_HALF_WORDS}"
    rf"(?=\s*(?:是|为|已|均|都|{alternation(VERBS)}))"
)


def _halves(text: str) -> list[Quantity]:
    """The halves in words of `text` (占一半以上 -> 50 %, approximate when bounded)."""
    matches = list(_HALF.finditer(text))
    if "半" in text:
        for of_group in (_HALF_OF_GROUP, _HALF_AFTER_COUNT):
            taken = {m.start("num") for m in matches}
            matches += [m for m in of_group.finditer(text) if m.start("num") not in taken]
        matches.sort(key=lambda m: m.start("num"))
    return [
        Quantity(
            m.start("pre") if m.group("pre") else m.start("num"),
            m.end(),
            m.start("num"),
            m.end("num"),
            50,
            "%",
            bool(m.group("pre") or m.group("post")),
            True,
        )
        for m in matches
    ]


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text`, in order of appearance, with the unit that follows it (maybe "")."""
    found: list[Quantity] = []
    if has_traditional(text):
        text = simplified(text)  # one for one, so that spans stay valid
    for match in _QUANTITY.finditer(text):
        quantity = _quantity(match)
        if quantity is not None:
            found.append(quantity)
    halves = _halves(text)
    if halves:  # (the 一 of 一半 is no number of its own)
        found = [q for q in found if not any(q.start < h.end and h.start < q.end for h in halves)]
        found = sorted(found + halves, key=lambda q: q.start)
    return _ranges(text, _shared_units(text, found))


def parse_quantity(token: str) -> Quantity | None:
    """One token such as `1.4万块`, `220余万元`, `近 7 成`, `75.94％`, `二三十件`; None if it is not one."""
    match = _QUANTITY.fullmatch(simplified(token.strip()))
    return _quantity(match) if match else None


def parse_number(token: str) -> tuple[int | float, bool] | None:
    """The value and approx flag of a token (`1.4万` -> (14000, False), `220余万` -> (2200000, True))."""
    quantity = parse_quantity(token)
    return (quantity.value, quantity.approx) if quantity else None
