"""Segmenting a page of many articles is linear in its articles (seeds 003 repeated: its articles interleave).

Every paragraph of an interleaved page was read against the leads of every article before it (`placeowners.paragraph_owner`), and
every caption against every article (`send_captions_home`): quadratic, 33 s for 100 copies of 003 and 97 s for
200; asked only of the articles near the current one, 2.8 s and 6.5 s.
"""

from __future__ import annotations

from pathlib import Path

import builder.ingest.placeowners as placeowners_module
import builder.ingest.segment as segment_module
from builder.ingest.paragraphs import assemble
from builder.ingest.units import classify_page

SEED_003 = Path(__file__).resolve().parents[2] / "seeds" / "003_ddf7b3dbc49d759e.txt"


def _place_key_reads(copies: int, monkeypatch) -> int:
    calls = 0
    real = placeowners_module.place_keys

    def counting(text: str) -> set[str]:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(placeowners_module, "place_keys", counting)
    blocks = assemble(classify_page(SEED_003.read_text(encoding="utf-8") * copies))
    segment_module.segment(blocks)
    return calls


def test_the_leads_read_to_place_interleaved_text_grow_with_the_page_not_its_square(monkeypatch):
    small, large = _place_key_reads(10, monkeypatch), _place_key_reads(40, monkeypatch)
    assert small > 0
    assert large <= 4.5 * small
