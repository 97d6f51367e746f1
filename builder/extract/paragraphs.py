"""Body text into paragraphs and sentences: what a summary, the figures and the practices read.

`body_paragraphs` keeps the text paragraphs of a Markdown body (no headings, captions, bold-only subheadings,
tables, photo credits, interview labels); `split_sentences` cuts a paragraph at 。！？ outside quotation marks.
"""

from __future__ import annotations

import re

OPEN_QUOTES = "“‘「『"
CLOSE_QUOTES = "”’」』"


_CAPTION = re.compile(r"^\s*(图[：:]|图为|△|▲|（?图片|本组图片|（?摄影|记者\s*\S+\s*摄)")


_UNESCAPE = re.compile(r"\\([\\`*_\[\]<>#+\-.!|{}()])")


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text)


# a heading that is a sentence's start cut off its paragraph: long, a clause mark inside, no end of its own
_CUT_HEAD = re.compile(r"^#{2,6}\s+([^#*\n]{12,60}，[^#*\n。！？：:；]{2,40})$")
_HEADING = re.compile(r"^\s*(#{1,6}\s|\*\*[^*]+\*\*\s*$)")
_TABLE_ROW = re.compile(r"^\s*\|")  # a table's row (builder.ingest.tables): figures, never a sentence
_LEADING_BOLD = re.compile(r"^\*\*[^*]{2,80}\*\*")
_CREDIT = re.compile(r"（[^（）]{0,40}(?:提供|供图|摄)）")
_CAPTION_END = re.compile(r"(供图|摄|提供）?)\s*$")
_INTERVIEW_LABEL = re.compile(r"^(?:答|问|记者|本报记者)\s*[：:]\s*")


def body_paragraphs(body: str) -> list[str]:
    """The text paragraphs of a Markdown body: no headings, no captions, no bold-only subheadings, no tables."""
    paragraphs: list[str] = []
    cut_head = ""  # a sentence's start set as a heading (## 针对…社区，综合考虑…和原有): the paragraph under it goes on
    for block in re.split(r"\n\s*\n", body or ""):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        kept: list[str] = []
        for line in lines:
            if _HEADING.match(line) or _CAPTION.match(line) or _TABLE_ROW.match(line):
                head = _CUT_HEAD.match(line) if len(lines) == 1 else None
                cut_head = head.group(1) if head else ""
                continue
            kept.append(line)
        if kept and cut_head:
            kept.insert(0, cut_head)
            cut_head = ""
        text = _unescape("".join(kept))
        text = _LEADING_BOLD.sub("", text)  # a bold run-in subheading (002: **着眼“强功能”…**)
        text = _INTERVIEW_LABEL.sub(
            "", text
        )  # an interview's 答： / 记者： says who speaks, not what was done
        text = _CREDIT.sub("", text).replace("**", "").strip()
        if not text:
            continue
        if not re.search(r"[。！？]", text) and len(text) < 40:
            continue  # a printed subheading without a sentence end
        if _CAPTION_END.search(text) and len(text) < 80 and "。" not in text[:-1]:
            continue  # a photo credit
        paragraphs.append(text)
    return paragraphs


_SENTENCE_MARKS = re.compile(f"[{OPEN_QUOTES}{CLOSE_QUOTES}。！？]|……")
_SENTENCE_TAIL = re.compile(r"[。！？”’）)…]*")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences ending in 。！？ (with a closing quote if one follows), never inside quotation marks."""
    sentences: list[str] = []
    depth = 0
    start = 0
    for match in _SENTENCE_MARKS.finditer(paragraph):
        if match.start() < start:
            continue  # taken into the previous sentence's end
        ch = match.group()
        if ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif depth == 0:
            end = _SENTENCE_TAIL.match(paragraph, match.start() + 1).end()
            sentences.append(paragraph[start:end].strip())
            start = end
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]
