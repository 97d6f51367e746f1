"""A paragraph set in a narrow newspaper column, line by line, as the ingest tests invent interleaved and
side-by-side pages from it (`column_lines`): the one wrapping rule the column tests share."""

from __future__ import annotations

# what a typesetter hangs at a line's end rather than opening the next line with it
HANGING = "，。、；：”）"
HANGING_ALL = "，。、；：？！”’）》…"


def column_lines(
    text: str,
    width: int,
    *,
    indent: str = "　　",
    first_width: int | None = None,
    hanging: str = HANGING,
    half_width_digits: bool = False,
) -> list[str]:
    """`text` cut into lines of `width` characters, the first opening with `indent` (counted in its width;
    `first_width`: that line's own width), the marks of `hanging` kept at the end of the line they follow;
    with `half_width_digits`, two digits take the room of one character, as a column holds them."""
    lines, line, used, room = [], indent, float(len(indent)), first_width or width
    for char in text:
        size = 0.5 if half_width_digits and char.isdigit() else 1.0
        if used + size > room and char not in hanging:
            lines.append(line)
            line, used, room = "", 0.0, width
        line += char
        used += size
    return [*lines, line] if line else lines
