"""A township the address names whose name opens with a word of prose (那 of 儋州市那大镇), under a city with no
counties (whose townships the township table does not hold): a name when the text names it again opening a
sentence, so the township acts (issue 14, heldout33 p08's kind). Invented sentences (real divisions); and the
negatives: a demonstrative with a classifier (这个镇, 这些镇) is never a name."""

from __future__ import annotations

import pytest

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region


def _acting(title: str, body: str) -> tuple[str | None, str | None, str | None]:
    found = resolve_region(title, body)
    return found.region.city, found.locality, detect_level(title, body, found)[0]


def test_a_township_named_again_opening_a_sentence_acts_whatever_its_first_character() -> None:
    body = (
        "　　儋州市那大镇今年在各村试行“周末恳谈会”，请外出返乡的村民一起商量村里的事。\n"
        "　　那大镇共有十多个村。恳谈会由镇党委统一安排，每月一次。"
    )
    assert _acting("周末恳谈会让返乡村民有了发言席", body) == ("儋州市", "那大镇", "township")


@pytest.mark.parametrize("words", ["这个镇", "这些镇"])
def test_a_demonstrative_and_a_classifier_before_the_unit_word_name_no_township(words: str) -> None:
    body = (
        f"　　儋州市{words}今年在各村试行“周末恳谈会”，请外出返乡的村民一起商量村里的事。\n"
        f"　　{words}共有十多个村。恳谈会每月一次。"
    )
    city, locality, _ = _acting("周末恳谈会让返乡村民有了发言席", body)
    assert city == "儋州市" and locality is None
