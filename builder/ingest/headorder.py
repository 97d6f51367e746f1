"""A head printed out of its reading order, put back: the `——` subtitle set ABOVE its headline.

heldout15 p06 (a profile, 通讯): `人 物` / `——记某某镇某某村党总支书记某某` / `某某：把茶园变成“致富园”` / byline.
The layout printed the `——记…` line over the headline; read in that order the subtitle opened the head and was
taken for its title. A `——` subtitle right over a headline (no blank line between) that stands under no headline
or kicker of its own goes under that headline, where a subtitle belongs; it keeps its printed line. Run on the
page's units at the end of `units.classify_page`.
"""

from __future__ import annotations

from builder.ingest.pagelines import HEADLINE, KICKER, SUBTITLE, Unit


def subtitles_under_headlines(units: list[Unit]) -> list[Unit]:
    """The units with each subtitle printed right over its headline moved under it."""
    for i in range(len(units) - 1):
        subtitle, headline = units[i], units[i + 1]
        if subtitle.kind != SUBTITLE or headline.kind != HEADLINE or headline.blanks_before:
            continue
        if i > 0 and units[i - 1].kind in (HEADLINE, KICKER) and not subtitle.blanks_before:
            continue  # the subtitle of the head above (`headline` / `——…` / another headline)
        if i + 2 < len(units) and units[i + 2].kind == SUBTITLE and not units[i + 2].blanks_before:
            continue  # the headline has its own subtitle under it
        headline.blanks_before, subtitle.blanks_before = subtitle.blanks_before, 0
        units[i], units[i + 1] = headline, subtitle
    return units
