"""A sentence cut by a column or by another article is joined once (Article.add_text): the join made a new block
instead of growing the page's own, which segment cuts again when the page has more headlines than bodies
(a second `_cut` over the same blocks). Before, the page's block kept the first cut's join and the second cut
joined it again: a paragraph printed twice in the body, once glued to the paragraph it was joined to (heldout13 p02 `友谊镇还依托互市点成立边贸党支部…`,
heldout26 p06 `…错时开放停车位1200余个。`, layouts18 p01 `解决不了的由街道（乡镇）吹哨、部门报到…`)."""

from __future__ import annotations

import pytest

from builder.ingest.workers import process_page
from tests.corpus.scoring import HERE


@pytest.mark.parametrize("page", ["heldout13/p02.txt", "heldout26/p06.txt", "layouts18/p01.txt"])
def test_no_paragraph_of_a_body_is_printed_twice(page):
    for draft in process_page(HERE / page).drafts:
        paragraphs = [p for p in draft.body.split("\n\n") if p.strip() and not p.startswith("#")]
        again = [
            p
            for i, p in enumerate(paragraphs)
            if len(p) >= 15 and any(p in other for j, other in enumerate(paragraphs) if j != i)
        ]
        assert not again, again
