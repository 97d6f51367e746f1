"""The pack pickles long texts from copies (builder.content.cachepack._texts): pickling a `str` leaves a UTF-8
copy inside it for as long as it lives (the build keeps its bodies to the end); pickled from copies, the
strings the build holds stay as they were, and read back equal."""

from __future__ import annotations

import sys
from pathlib import Path

from builder.content import cachepack
from builder.model import Initiative, Source
from builder.render.markdown import RenderedBody


def _round_trip(tmp_path: Path, entries: dict) -> dict:
    spool = cachepack._Spool(tmp_path)
    for key, value in entries.items():
        spool.add(key, value)
    spool.finish(tmp_path / cachepack.NAME)
    return cachepack.read_pack(tmp_path / cachepack.NAME)


def test_long_texts_written_leave_no_copy_and_read_back_equal(tmp_path: Path) -> None:
    body = "社区网格员每天走访住户，记录诉求。\n\n" * 40
    summary = "网格化治理让诉求不出社区。" * 5
    html = "<p>社区网格员每天走访住户。</p>" * 40
    paragraphs = ("社区网格员每天走访住户。", "记录诉求，及时办结。", "")
    item = Initiative(
        title="网格化治理", slug="wangge", source=Source("page.txt", 1), body=body, summary=summary
    )
    rendered = RenderedBody(html=html, paragraphs=paragraphs)
    sizes = [sys.getsizeof(text) for text in (body, summary, html, *paragraphs)]

    read = _round_trip(tmp_path, {("files", "a"): item, ("bodies", "b"): rendered})

    # (str.__sizeof__ counts a UTF-8 copy the string carries)
    assert [sys.getsizeof(text) for text in (body, summary, html, *paragraphs)] == sizes
    assert read == {("files", "a"): item, ("bodies", "b"): rendered}
    assert type(read[("bodies", "b")].paragraphs) is tuple


def test_unusual_texts_read_back_equal(tmp_path: Path) -> None:
    """A paragraph holding NUL, a lone surrogate, ASCII texts, no paragraphs, no summary: read back equal."""
    entries = {
        ("bodies", "nul"): RenderedBody(html="<p>a</p>", paragraphs=("一\0二", "三")),
        ("bodies", "surrogate"): RenderedBody(html="<p>\ud800</p>", paragraphs=("\ud800",)),
        ("bodies", "empty"): RenderedBody(html="", paragraphs=()),
        ("bodies", "ascii"): RenderedBody(html="<p>GDP</p>", paragraphs=("GDP",)),
        ("files", "none"): Initiative(
            title="t", slug="s", source=Source("p.txt", 1), body="正文", summary=None
        ),
    }
    assert _round_trip(tmp_path, entries) == entries
