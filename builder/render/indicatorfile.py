"""indicators.yaml -> Indicator values: the one reader of the comparable indicators' file (the default in
builder/data/, laid over by content/_data/indicators.yaml by slug); a malformed entry is a ValueError naming the
file, the indicator and the key. What an indicator takes is builder.render.indicators'.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from builder.content.loader import DATA_DIR, content_data_dir, read_data_yaml
from builder.content.yamlload import FrontMatterError
from builder.extract.metric_kinds import KINDS
from builder.model import LEVELS
from builder.render.indicators import Indicator, unit_family

FILE = "indicators.yaml"


def _words(value: Any, where: str, anchored: bool = False) -> re.Pattern[str] | None:
    """One pattern for a list of words (regular-expression syntax allowed); `anchored`: at the text's end."""
    if value is None:
        return None
    words = [value] if isinstance(value, str) else value
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ValueError(f"{where} must be a list of words, e.g. [网格, 网格员]")
    try:
        return re.compile("|".join(f"(?:{w}){'$' if anchored else ''}" for w in words))
    except re.error as exc:
        raise ValueError(f"{where}: {exc}") from None


def parse_indicators(data: Any, name: str = FILE) -> tuple[Indicator, ...]:
    """The indicators of an indicators.yaml value; ValueError naming the entry and the key otherwise."""
    entries = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{name}: expected 'indicators:' with a list of indicators")
    found: list[Indicator] = []
    for number, entry in enumerate(entries, 1):
        where = f"{name}: indicator {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("slug"), str):
            raise ValueError(f"{where} needs a slug")
        where = f"{name}: indicator '{entry['slug']}'"
        if entry.get("kind") not in KINDS:
            raise ValueError(f"{where}: kind must be one of {', '.join(KINDS)}")
        labels = _words(entry.get("labels"), f"{where}: labels")
        heads = _words(entry.get("heads"), f"{where}: heads", anchored=True)
        if (labels is None and heads is None) or not isinstance(entry.get("unit"), str):
            raise ValueError(f"{where} needs labels (or heads) and a unit")
        themes = entry.get("themes") or []
        level = entry.get("level")
        if level is not None and level not in LEVELS:
            raise ValueError(f"{where}: level must be one of {', '.join(LEVELS)}")
        indicator = Indicator(
            entry["slug"], str(entry.get("zh", entry["slug"])), str(entry.get("en", entry["slug"])),
            entry["kind"], unit_family(entry["unit"]), labels, _words(entry.get("quote"), f"{where}: quote"),
            _words(entry.get("exclude"), f"{where}: exclude"), tuple(str(t) for t in themes), heads,
            level, deeds=_words(entry.get("deeds"), f"{where}: deeds"), totals=str(entry.get("totals") or ""),
            home_theme=str(themes[0]) if themes else "",
        )  # fmt: skip
        if indicator.totals and level is None:
            raise ValueError(f"{where}: totals needs a level (the one unit each figure counts)")
        named = _words(entry.get("heads"), f"{where}: heads")  # the thing counted, anywhere in a facet's name
        found.extend(_facets(indicator, entry.get("facets"), where, named))
    return tuple(found)


def _facets(
    indicator: Indicator, facets: Any, where: str, named: re.Pattern[str] | None = None
) -> list[Indicator]:
    """An indicator with `facets` -> one indicator per facet (its slug and English name joined to the
    indicator's; its Chinese name too, unless the facet's own name says the thing counted, one of the
    indicator's heads (`named`): 便民服务点, 小区党支部, not `党群服务中心与服务站点：党群服务中心与站点`, while
    `党组织覆盖率：非公企业` keeps both), taking what the indicator takes and names the facet; its own `themes`,
    else the indicator's for the first facet: a theme table's column is one facet; listed on /compare/ under
    its own first theme, else the indicator's); without -> the indicator itself."""
    if facets is None:
        return [indicator]
    if not isinstance(facets, list) or not facets:
        raise ValueError(f"{where}: facets must be a list of {{slug, zh, en, words}}")
    made: list[tuple[dict[str, Any], re.Pattern[str]]] = []
    for facet in facets:
        if not isinstance(facet, dict) or not isinstance(facet.get("slug"), str):
            raise ValueError(f"{where}: each facet needs a slug and words")
        words = _words(facet.get("words"), f"{where}: facet '{facet['slug']}' words")
        if words is None:
            raise ValueError(f"{where}: facet '{facet['slug']}' needs words")
        made.append((facet, words))
    every = re.compile("|".join(f"(?:{words.pattern})" for _, words in made))

    def zh_name(facet: dict[str, Any]) -> str:  # (the English names are written to follow the indicator's)
        zh = str(facet.get("zh", facet["slug"]))
        return zh if named is not None and named.search(zh) else f"{indicator.zh}：{zh}"

    return [
        replace(
            indicator,
            slug=f"{indicator.slug}-{facet['slug']}",
            zh=zh_name(facet),
            cell_zh=str(facet.get("zh", facet["slug"])),
            en=f"{indicator.en}: {facet.get('en', facet['slug'])}",
            themes=tuple(str(t) for t in facet["themes"] or ())
            if "themes" in facet
            else indicator.themes[: not n],
            facet=words,
            facets_any=every,
            home_theme=str(facet["themes"][0]) if facet.get("themes") else indicator.home_theme,
        )
        for n, (facet, words) in enumerate(made)
    ]


def load_indicators(content_dir: Path | None = None) -> tuple[Indicator, ...]:
    """The indicators of builder/data/indicators.yaml with content/_data/indicators.yaml laid over them (by
    slug, the one rule of builder.content.loader). ValueError naming the file for one that cannot be read or
    is malformed."""
    data_dir = content_data_dir(content_dir) if content_dir is not None else None
    own = data_dir / FILE if data_dir is not None and (data_dir / FILE).is_file() else None
    name = (
        f"{content_dir}/{DATA_DIR}/{FILE} (over the default builder/data/{FILE})"
        if own
        else f"builder/data/{FILE}"
    )
    try:
        data = read_data_yaml(data_dir, FILE)
    except (FrontMatterError, OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{name}: {exc}") from None
    return parse_indicators(data, name)
