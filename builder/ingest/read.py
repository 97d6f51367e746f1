"""Read a raw page in any of the encodings newspapers hand out, or say clearly why it cannot be read."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from builder.ingest.digitruns import closed_digit_runs
from builder.text.lookalikes import printed_characters

MAX_PAGE_BYTES = 64 * 1024 * 1024  # larger files are refused rather than read into memory

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0/C1 controls except tab and newline, zero-width and bidirectional controls: PDF extraction debris, and
# invisible characters that could reorder how a title is displayed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b-\u200f\u2028-\u202e\u2060-\u2069]")
# Two exports joined by `cat`: the second one's byte-order mark (U+FEFF) where the first one ended, after its last
# sentence, closing bracket or foot line (`…（责任编辑：王秀）﻿珲春市…`, the first export ending with no line break),
# or opening the line under such an end. The text after it opens a document of its own: it never continues the
# paragraph before it (a blank line between). A mark anywhere else is debris and goes with the controls.
_JOINT_IN_LINE = re.compile(r"(?<=[。！？!?”）)】])[ \t]*\ufeff+(?=[^\s\ufeff])")
_JOINT_AT_LINE_START = re.compile(r"(?<=[。！？!?”）)】])([ \t]*\n)\ufeff+(?=[^\s\ufeff])")
_RATIO_SAMPLE = 256 * 1024  # characters: enough to tell a Chinese page, without a copy of a huge one


class PageReadError(Exception):
    """A raw page that cannot be ingested; the message says why and what to do."""


@dataclass(frozen=True)
class RawPage:
    name: str
    text: str
    encoding: str


# Every byte but the controls (below 9, and 14 to 31): deleting them leaves the controls to count.
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > len(sample) * 0.05


def decode_page(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raises PageReadError for empty, binary or undecodable input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise PageReadError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}"
                ) from None
    if not data.strip():
        raise PageReadError("file is empty")
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
    if _looks_binary(data):
        raise PageReadError("file looks binary (NUL or control bytes), not a text extraction of a page")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        bad_line = data[: utf8_error.start].count(b"\n") + 1
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise PageReadError(
            f"line {bad_line}: neither UTF-8 nor GB18030/GBK text; re-save the page as UTF-8"
        ) from None
    if _cjk_ratio(text) < 0.2:
        raise PageReadError(
            f"line {bad_line}: not UTF-8, and as GB18030 it holds almost no Chinese text; check the encoding"
        )
    return text, "gb18030"


_SPACE = re.compile(r"\s+")  # the characters str.isspace() calls whitespace
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")


def _cjk_ratio(text: str) -> float:
    """Share of Chinese characters among the visible ones, over a bounded sample of the text."""
    sample = text[:_RATIO_SAMPLE]
    visible = len(_SPACE.sub("", sample))
    if not visible:
        return 0.0
    return len(_NOT_CJK.sub("", sample)) / visible


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark: NUL bytes on every other position. Decoded if it reads as Chinese."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    # ASCII characters and newlines bring their NUL byte on one side (the high byte); CJK ones rarely any.
    encoding = "utf-16-le" if odd_nuls >= even_nuls else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\n" not in text[:_RATIO_SAMPLE] or _cjk_ratio(text) < 0.2:
        return None
    return text, encoding


# A layout-preserving extraction's padding inside a line, one ideographic space then a gap of plain ones (`…基层治　    短评`:
# a left column's last cell filled, then the gap to the right column, real R24): each ideographic space keeps its
# two columns, so the right column starts at one column on every line (not a right column's indent after the gap:
# `…500       　　退役军人…`, real R18, nor a run of them, one column each as everywhere).
_PADDING = re.compile(r"(?<=[^\s\u3000])\u3000(?= {3})")


def clean_text(text: str) -> str:
    """Unify line endings, set two exports joined by `cat` apart at the second one's byte-order mark, drop
    control characters, read look-alike code points as the characters printed
    (text/lookalikes.py: entities, radicals, OCR's ASCII marks), a page spacing every digit run with the runs
    closed up (digitruns.py: the plain spaces only, before the odd ones, `周报　2026年`, become plain), turn odd
    spaces into plain ones, NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = _JOINT_AT_LINE_START.sub("\\1\n", _JOINT_IN_LINE.sub("\n\n", text))
    text = closed_digit_runs(printed_characters(_CONTROL.sub("", text)))
    text = _PADDING.sub("  ", text)
    text = text.replace("\u3000", " ").replace("\u00a0", " ").replace("\t", " ")
    return unicodedata.normalize("NFC", text)


def read_page(path: Path) -> RawPage:
    """Read and decode one raw page file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise PageReadError(
                f"file is {size // (1024 * 1024)} MB; pages over {MAX_PAGE_BYTES // (1024 * 1024)} MB are refused"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PageReadError(f"cannot read file: {exc.strerror or exc}") from None
    text, encoding = decode_page(data)
    text = clean_text(text)
    if not text.strip():
        raise PageReadError("file holds only whitespace")
    if _cjk_ratio(text) < 0.05:
        raise PageReadError("file holds no Chinese text; is it a newspaper page?")
    return RawPage(path.name, text, encoding)
