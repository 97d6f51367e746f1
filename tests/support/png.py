"""Read a browser screenshot (8-bit RGB or RGBA PNG) with the standard library, to tell a drawn page from a blank one."""

from __future__ import annotations

import statistics
import struct
import zlib
from dataclasses import dataclass

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {2: 3, 6: 4}  # colour type -> bytes per pixel at 8 bits: RGB, RGBA


@dataclass(frozen=True)
class Image:
    width: int
    height: int  # of the rows decoded
    channels: int
    rows: list[bytes]  # unfiltered scanlines, `width * channels` bytes each

    def grey(self, x: int, y: int) -> int:
        r, g, b = self.rows[y][x * self.channels : x * self.channels + 3]
        return (299 * r + 587 * g + 114 * b) // 1000


def read_png(data: bytes, max_rows: int | None = None) -> Image:
    """Decode a non-interlaced 8-bit RGB/RGBA PNG (what Chromium writes), its first `max_rows` rows only if
    given (a row depends only on the rows above it, so the top of a long page decodes on its own)."""
    assert data.startswith(SIGNATURE), "not a PNG"
    at, header, compressed = len(SIGNATURE), b"", bytearray()
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        at += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            compressed += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in CHANNELS and interlace == 0, (depth, colour, interlace)
    channels, rows = CHANNELS[colour], height if max_rows is None else min(height, max_rows)
    raw = zlib.decompressobj().decompress(bytes(compressed), (width * channels + 1) * rows)
    return Image(width, rows, channels, _unfilter(raw, width * channels, channels))


def _unfilter(raw: bytes, stride: int, bpp: int) -> list[bytes]:
    rows: list[bytes] = []
    previous = bytes(stride)
    for start in range(0, len(raw), stride + 1):
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + _predict(kind, left, up, corner)) & 0xFF
        rows.append(bytes(line))
        previous = rows[-1]
    return rows


def _predict(kind: int, left: int, up: int, corner: int) -> int:
    if kind == 0:
        return 0
    if kind == 1:
        return left
    if kind == 2:
        return up
    if kind == 3:
        return (left + up) // 2
    guess = left + up - corner  # 4: Paeth
    near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner))
    return near[2]


def grey_spread(image: Image, samples: int = 20_000) -> float:
    """Standard deviation of the grey level over a grid of pixels: about 0 for a blank page."""
    step = max(1, int((image.width * image.height / samples) ** 0.5))
    values = [image.grey(x, y) for y in range(0, image.height, step) for x in range(0, image.width, step)]
    return statistics.pstdev(values)
