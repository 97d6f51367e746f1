"""A column's name set between two of the same ornament (builder/ingest/briefs.py `_FRAMED_LABEL`; real R20 r20_04:
`◆ 各地传真 ◆` over a brief's headline, no blank line between, was read as the brief's bulleted headline and
glued to it). Lines invented."""

from __future__ import annotations

from builder.ingest.briefs import _FRAMED_LABEL
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BRIEF = "某某县：议事亭里议出12件实事\n　　3月8日，某某县城关镇召开议事\n会，居民代表12人参加。\n"


def _units(first: str) -> list[tuple[str, str]]:
    with data_dir_fixed():
        return [(u.kind, u.text) for u in classify_page("某某周刊　　第6版\n" + first + "\n" + _BRIEF)][1:3]


def test_a_framed_column_name_is_furniture_over_the_headline() -> None:
    for label in ("◆ 各地传真 ◆", "■基层来信■", "★　民生速写　★"):
        assert _units(label) == [("furniture", label), ("headline", "某某县：议事亭里议出12件实事")]


def test_an_ornament_on_one_side_or_two_kinds_is_no_frame() -> None:
    for line in ("◆ 各地传真 ★", "◆各地传真", "◆某某县：议事亭里议出12件实事◆"):
        assert _FRAMED_LABEL.match(line) is None
