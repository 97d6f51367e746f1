"""The place a story is framed as the work of (used by regions.py and locality.py): a body that calls what it
told an example of a city's or county's work (这起险情…正是楚雄州…结出的硕果; 这是利津县…的一个缩影), or a headline
opening with a city its first sentence names again with nothing below it (江西南昌…，各地…). That place acts, not
the county or township of the example."""

from __future__ import annotations

import re

from builder.places.gazetteer import Gazetteer
from builder.places.matching import Zone

__all__ = ["example_frame", "example_of", "title_frame"]


# A sentence that frames the story as an example (这是…的一个缩影, 正是…结出的硕果): the frame's words after 是 / 这
# / 此 and a 的; not a place's fruits in general (硕果累累).
_EXAMPLE = re.compile(
    r"[^。！？\n]*(?:是|这|此)[^。！？\n]*的(?:一个|又一个|生动)?(?:缩影|写照|硕果(?!累累)|注脚)[^。！？\n]*"
)


def example_frame(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """The place whose work the body calls its story an example of (这起险情…正是楚雄州全面推进…结出的硕果), when
    it is `key` or a city or county above it: that place acts, not the county or township of the example; None
    when the body calls its story no example."""
    body = zones["body"]
    spans = [m.span() for m in _EXAMPLE.finditer(body.text)]
    framing = {
        m.key
        for m in body.mentions
        if m.key
        and not m.dropped
        and any(a <= m.start < b for a, b in spans)
        and (m.key == key or gaz.is_ancestor(m.key, key))
        and gaz.places[m.key].level in ("city", "county")
    }
    return framing.pop() if len(framing) == 1 else None


_FIRST_SENTENCE = re.compile(r"[^。！？\n]*[。！？]?")


def title_frame(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> str | None:
    """A headline opening with a city (江西南昌“点单式”志愿服务…, 定西：…) whose body's first sentence names the
    same city and nothing below it (…江西南昌在3月份开启…，各地通过…): the city's own initiative, told through an
    example below it; the city when `key` is below it, else None."""
    title = zones["title"]
    opening = [m for m in title.mentions if m.key and not m.dropped]
    if not opening or opening[0].start > 0:
        return None
    end, last = 0, None
    for m in opening:  # the chain of places the headline opens with (江西 南昌)
        if m.start != end:
            break
        end, last = m.end, m
    if last is None or gaz.places[last.key].level != "city" or not gaz.is_ancestor(last.key, key):
        return None
    body = zones["body"]
    first = _FIRST_SENTENCE.match(body.text)
    named = [m for m in body.mentions if m.key and not m.dropped and first and m.start < first.end()]
    if not named or any(m.key != last.key and gaz.is_ancestor(last.key, m.key) for m in named):
        return None
    return last.key if any(m.key == last.key for m in named) else None


def example_of(key: str, zones: dict[str, Zone]) -> bool:
    """The body calls what it told an example of the place's work (这是利津县…的一个缩影): the place acts."""
    body = zones["body"]
    spans = [m.span() for m in _EXAMPLE.finditer(body.text)]
    return any(m.key == key and any(a <= m.start < b for a, b in spans) for m in body.mentions)
