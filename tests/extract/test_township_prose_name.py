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


def test_a_village_named_again_opening_a_clause_acts_under_a_township_the_county_name_opens() -> None:
    # heldout34 p07#2's kind (invented sentences, real divisions): the headline's address stops at the township
    # (思茅港镇, whose name 思茅 of 思茅区 opens), the body goes on from the township to a village whose name opens
    # with 那 and is named again opening a clause: the village acts
    title = "记普洱市思茅区思茅港镇那岗村党支部书记某某：带着乡亲种好咖啡"
    body = (
        "　　清晨，思茅港镇那岗村的咖啡园里，村党支部书记某某已经转了一圈。\n"
        "　　前些年，那岗村咖啡种植分散，村民收入不高。村党支部牵头成立合作社，统一技术、统一收购。"
    )
    assert _acting(title, body) == ("普洱市", "思茅港镇那岗村", "community")


def test_a_demonstrative_and_a_count_before_the_unit_word_name_no_village() -> None:
    body = (
        "　　清晨，思茅港镇这两村的咖啡园里，村干部已经转了一圈。\n"
        "　　前些年，这两村咖啡种植分散。村党支部牵头成立合作社，统一技术、统一收购。"
    )
    _, locality, _ = _acting("记普洱市思茅区思茅港镇：带着乡亲种好咖啡", body)
    assert locality == "思茅港镇"
