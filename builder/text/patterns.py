"""Regular expressions built from word lists, the way extract/ writes its vocabularies."""

from __future__ import annotations

import re


def alternation(words: str) -> str:
    """`"机制 模式 工作法"` -> `工作法|机制|模式`: the words of a whitespace-separated list as one regex
    alternation, each once, longest first (so that a word wins over its own prefix), words of one length in
    their own order (not a set's, which PYTHONHASHSEED decides: the pattern is the same in every process)."""
    return "|".join(sorted(set(words.split()), key=lambda word: (-len(word), word)))


# The Unicode block of box-drawing characters (U+2500–U+257F: ─ ━ │ ┃ ┌ ┐ └ ┘ ├ ┤ ┬ ┴ ┼ ═ ║ ╔ …), which pages
# draw frames, rules and table bars in: one drawn piece, and a run of them.
BOX_DRAWING = "\u2500-\u257f"
BOX_DRAWN = re.compile(f"[{BOX_DRAWING}]")
BOX_DRAWN_RUN = re.compile(f"[{BOX_DRAWING}]+")


# The words of a visit that only looks at the work: an inspection, a survey (…赴天府新区调研…工作, 某县发改委来到某社区…
# 进行视察调研). Made titles name the place such a visit went to (ingest/madetitles.py); the locality keeps the unit
# visited as the one doing the work (extract/locality.py).
INSPECTING = alternation("视察 调研 督导 督查 检查 考察")


# Adverbs of resolve before a deed (积极推进…, 持续深化…, 着力打造…, 切实解决…): how a programme says what a unit
# holds to. A programme's words and a purpose's aims (extract/summary_stock.py), and the adverbs a made title drops
# before its deed (ingest/madetitles.py), are these and some of their own.
RESOLVE_ADVERBS = "积极 持续 不断 大力 着力 切实"


# A named practice in quotes (`“红色管家”`, `“小区微治理”`, `“1+3+N”`): two to twelve characters, no quote mark of their
# own (a longer quote is a sentence or a slogan, not a name). NAME_IN_QUOTES builds a line's shape with it
# (ingest/headlinewraps.py, lineshapes.py, furnitureboxes.py); QUOTED_NAME finds the names a text quotes (group 1:
# the name), for a heading or a headline whose body names them again (ingest/innerheads.py, newheadlines.py,
# threads.py, kickers.py, extract/locality.py).
_NAME = "[^“”]{2,12}"
NAME_IN_QUOTES = f"“{_NAME}”"
QUOTED_NAME = re.compile(f"“({_NAME})”")
