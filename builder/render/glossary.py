"""The glossary of named practices: variants merged, number-only names left out, each practice with the
sentence every initiative names it in, its themes and how many places use it. Pure: no I/O.

- Variants: `practice-aliases.yaml` (`Vocabulary.practice_aliases`, variant -> canonical name), compared
  also without quotes, spaces and full-width forms (NFKC), so 15分钟服务圈 and “15 分钟服务圈” meet.
- Number-only names (1+1, 3+4+4, 1＋2) name no practice a reader can look up: they get no entry (and no
  link from an initiative's chips).
- The sentence an initiative names a practice in: the name as printed, or with quote marks inside it (the
  extractor writes 暖“新”驿站 as 暖新驿站, “135”工作法 as 135工作法).
- `places`: the distinct places (most specific region, else the initiative itself) that name the practice;
  the index shows the practices shared by several places first (`shared_first`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from builder.render import urls
from builder.text.romanize import assign_slugs, short_hash

if TYPE_CHECKING:
    from builder.render.indexes import Derived, Entry
    from builder.render.session import IdentityMemo

_SENTENCE_END = re.compile(r"[。！？!?；;]")
MAX_SENTENCE = 160
_NUMBER_ONLY = re.compile(r"^[\d+×xX*/\-—.、·()（）\s]+$")
_QUOTES = re.compile(r"[\s“”‘’\"'「」『』]")
_MARKS_BETWEEN = "[“”‘’「」『』\"']*"  # quote marks a name may be printed with inside it


@dataclass
class PracticeUse:
    slug: str  # initiative
    sentence: str | None


@dataclass
class Practice:
    name: str
    slug: str
    uses: list[PracticeUse] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # other printed forms merged into this entry
    themes: list[str] = field(default_factory=list)  # theme slugs, most uses first
    places: int = 0  # distinct places that name it

    @property
    def url(self) -> str:
        """Site-relative: "practices/<slug>/"."""
        return urls.practice(self.slug)


def _printed(paragraphs: tuple[str, ...], name: str) -> tuple[str, int, int] | None:
    """Where `name` is first printed: (paragraph, start, end); as printed, else with quote marks inside it (the
    extractor writes a name without them: “135”工作法 -> 135工作法, 暖“新”驿站 -> 暖新驿站)."""
    for text in paragraphs:
        at = text.find(name)
        if at >= 0:
            return text, at, at + len(name)
    if len(name) < 2:
        return None
    marked = re.compile(_MARKS_BETWEEN.join(map(re.escape, name)))
    for text in paragraphs:
        found = marked.search(text)
        if found is not None:
            return text, found.start(), found.end()
    return None


def find_sentence(paragraphs: tuple[str, ...], name: str) -> str | None:
    """The sentence in which `name` first occurs (cut to about MAX_SENTENCE characters around it)."""
    printed = _printed(paragraphs, name)
    if printed is not None:
        text, at, name_end = printed
        start = 0
        for match in _SENTENCE_END.finditer(text, 0, at):
            start = match.end()
        end_match = _SENTENCE_END.search(text, name_end)
        end = end_match.end() if end_match else len(text)
        sentence = text[start:end].strip()
        if len(sentence) > MAX_SENTENCE:
            offset = at - start
            lo = max(0, offset - MAX_SENTENCE // 2)
            hi = min(len(sentence), lo + MAX_SENTENCE)
            sentence = ("…" if lo else "") + sentence[lo:hi].strip() + ("…" if hi < len(sentence) else "")
        return sentence
    return None


def is_number_only(name: str) -> bool:
    """1+1, 3+4+4, 1＋2: digits and operators, nothing a reader could look up."""
    return bool(_NUMBER_ONLY.match(unicodedata.normalize("NFKC", name)))


def _key(name: str) -> str:
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name))


def canonical_names(names: Sequence[str], aliases: Mapping[str, str]) -> dict[str, str]:
    """Printed name -> the glossary entry's name (the alias list's canonical name, else the first printed
    form in sorted order of its spelling-insensitive key); number-only names are left out."""
    by_key = {_key(variant): canonical for variant, canonical in aliases.items()}
    by_key.update({_key(canonical): canonical for canonical in aliases.values()})
    result: dict[str, str] = {}
    for name in sorted(set(names)):
        if is_number_only(name):
            continue
        key = _key(name)
        result[name] = by_key.setdefault(key, name)
    return result


def _unreserved(slug: str, name: str) -> str:
    """A practice's slug, with a hash suffix (as for homophones) when it is a folder name the site reserves."""
    return f"{slug}-{short_hash(name)}" if slug in urls.RESERVED_SLUGS else slug


def practice_sentences(
    paragraphs: tuple[str, ...], summary: str | None, practices: Sequence[str]
) -> dict[str, str | None]:
    """Each practice an initiative names (number-only names left out), in its order, with the sentence of
    its body's `paragraphs` (else of its `summary`) that names it."""
    return {
        name: find_sentence(paragraphs, name) or find_sentence((summary or "",), name)
        for name in dict.fromkeys(practices)
        if not is_number_only(name)
    }


def _sentences(entry: Entry) -> dict[str, str | None]:
    return practice_sentences(entry.body.paragraphs, entry.item.summary, entry.item.practices)


def build_glossary(
    entries: Mapping[str, Entry],
    aliases: Mapping[str, str],
    theme_names: Mapping[str, str],
    memo: IdentityMemo | None = None,
    derived: Derived | None = None,
) -> tuple[dict[str, Practice], dict[str, str]]:
    """The practices by slug (in slug order) and the printed name -> slug table. `theme_names`: theme slug
    -> Chinese name, in vocabulary order. `memo` (digest serve's IdentityMemo, builder.render.session): the
    sentences each unchanged Entry gave the last build, so that only an edited initiative's are looked for,
    and the last build's glossary itself when what it is made of is the same (an edited summary that names
    no practice). `derived` (a one-shot build's, storedbuild.StoredDerived.get): the sentences an earlier
    build found in an initiative of the same bytes (they are made from its body and summary alone)."""

    def sentences(entry: Entry) -> dict[str, str | None]:
        if memo is not None:
            return memo.get("practice sentences", (entry,), partial(_sentences, entry))
        if derived is not None:
            return derived(entry.item, "practice sentences", partial(_sentences, entry))
        return _sentences(entry)

    uses = [
        (slug, sentences(entry), entry.steps[-1].key if entry.steps else slug, entry.item.themes)
        for slug, entry in entries.items()
    ]
    if memo is None:
        return _glossary(uses, aliases, theme_names)
    inputs = (uses, dict(aliases), dict(theme_names))
    return memo.reuse("glossary", inputs, lambda: _glossary(uses, aliases, theme_names))


Use = tuple[
    str, dict[str, "str | None"], str, Sequence[str]
]  # (initiative, its sentences, its place, themes)


def _glossary(
    uses: list[Use], aliases: Mapping[str, str], theme_names: Mapping[str, str]
) -> tuple[dict[str, Practice], dict[str, str]]:
    """build_glossary from each initiative's (slug, the sentence of each practice it names, its place, its
    themes), in site order."""
    canonical = canonical_names([name for _, sentences, _, _ in uses for name in sentences], aliases)
    slug_of = {name: _unreserved(slug, name) for name, slug in assign_slugs(set(canonical.values())).items()}
    practices = {slug: Practice(name, slug) for name, slug in sorted(slug_of.items(), key=lambda p: p[1])}
    for name, entry_name in sorted(canonical.items()):
        if name != entry_name:
            practices[slug_of[entry_name]].variants.append(name)
    places: dict[str, set[str]] = {slug: set() for slug in practices}
    themes: dict[str, Counter[str]] = {slug: Counter() for slug in practices}
    for slug, sentences, place, its_themes in uses:
        seen: set[str] = set()
        for name, sentence in sentences.items():
            if slug_of[canonical[name]] in seen:
                continue
            practice = practices[slug_of[canonical[name]]]
            seen.add(practice.slug)
            practice.uses.append(PracticeUse(slug, sentence))
            places[practice.slug].add(place)
            themes[practice.slug].update(its_themes)
    for practice in practices.values():
        practice.themes = _themes_of(practice.name, themes[practice.slug], theme_names)
        practice.places = len(places[practice.slug])
    return practices, {name: slug_of[entry_name] for name, entry_name in canonical.items()}


def _themes_of(name: str, counts: Counter[str], theme_names: Mapping[str, str]) -> list[str]:
    """The themes of the initiatives naming a practice: its namesake theme first (红色物业 -> 红色物业,
    双报到 -> 双报到, even where an initiative lacks it), then by uses, then vocabulary order."""
    rank = {t: k for k, t in enumerate(theme_names)}
    key = _key(name)
    namesakes = [t for t, zh in theme_names.items() if zh and (_key(zh) in key or key in _key(zh))]
    ordered = sorted(counts, key=lambda t: (-counts[t], rank.get(t, len(rank)), t))
    return list(dict.fromkeys(namesakes[:1] + ordered))


def shared_first(practices: Mapping[str, Practice]) -> tuple[list[Practice], list[Practice]]:
    """The practices named in several places (most places first, then most uses, then slug) and the rest
    (in slug order, i.e. by pinyin)."""
    shared = [p for p in practices.values() if p.places > 1]
    shared.sort(key=lambda p: (-p.places, -len(p.uses), p.slug))
    rest = [p for p in practices.values() if p.places <= 1]
    return shared, rest


def by_initial(practices: Sequence[Practice]) -> list[tuple[str, str, list[Practice]]]:
    """The practices by the initial of their slug (pinyin), as (anchor, letter, practices): A–Z, then "#"
    (anchor "other") for names without a Latin initial."""
    letters: dict[str, list[Practice]] = {}
    for practice in practices:
        letter = practice.slug[:1].upper()
        letters.setdefault(letter if "A" <= letter <= "Z" else "#", []).append(practice)
    ordered = sorted(letters.items(), key=lambda kv: (kv[0] == "#", kv[0]))
    return [("other" if k == "#" else k, k, v) for k, v in ordered]


def practices_of(practices: Mapping[str, Practice], slugs: Sequence[str]) -> list[tuple[Practice, int]]:
    """The practices the initiatives `slugs` name, with how many of them name each, most first."""
    wanted = set(slugs)
    counted = [(p, sum(1 for u in p.uses if u.slug in wanted)) for p in practices.values()]
    found = [(p, n) for p, n in counted if n]
    found.sort(key=lambda pn: (-pn[1], -pn[0].places, pn[0].slug))
    return found
