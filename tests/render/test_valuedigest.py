"""valuedigest.fast_digest: what digesting a value leaves in it."""

from __future__ import annotations

import sys

from builder.render.valuedigest import fast_digest


def test_fast_digest_leaves_no_utf8_copy_in_the_strings_it_reads():
    # the C pickler caches a UTF-8 copy inside each non-ASCII str it writes (sys.getsizeof counts it)
    text = "".join(["社区协商议事会", "每月召开一次"] * 20)
    title = "".join(["网格", "治理"])
    before = sys.getsizeof(text), sys.getsizeof(title)
    digest = fast_digest({"body": text, "title": title, "slug": "ascii-slug"})
    assert (sys.getsizeof(text), sys.getsizeof(title)) == before
    # a text is told from its UTF-8 bytes, and equal values digest alike
    assert digest != fast_digest({"body": text.encode(), "title": title, "slug": "ascii-slug"})
    assert digest == fast_digest({"body": "".join([text, ""]), "title": "网格治理", "slug": "ascii-slug"})
