"""Extraction kinds of heldout30 (issue 14), invented sentences in the style of the pages, each with its negative:
the meetings one dispute took (连续组织了两次座谈), counted as tries of one case, not as the work's figures."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def labels(body: str) -> dict[tuple[float, str], str]:
    return {(m.value, m.unit): m.label for m in extract_metrics(body)}


def test_the_meetings_one_dispute_took_are_no_count() -> None:
    # a word of trying again, then a short verb of holding (组织了, 召开了), then the small count of one case's meetings
    assert labels("两户村民因宅基地边界起了争执，网格长连续组织了三次协商会，矛盾终于化解。") == {}
    assert labels("为调解这起纠纷，调解员先后召开了两次院坝会。") == {}
    got = labels("今年以来，各村连续组织了三次大走访，累计召开院坝会260场。")  # no dispute's story
    assert (3, "次") in got and (260, "场") in got
    assert (1200, "次") in labels("社区连续组织了1200次矛盾排查。")  # in figures: the work's own


def test_villages_and_communities_together_are_no_village_named_by_a_preposition() -> None:
    # 村社 (villages and communities) after a province and 为: a common noun, as 村干部 is, not a village 为村
    from builder.extract.level import detect_level
    from builder.extract.regions import resolve_region

    title, body = (
        "福建为村社“松绑”让干部腾出手来",
        "今年以来，福建省委社会工作部在全省开展减负行动，清理村社事项200项。",
    )
    region = resolve_region(title, body)
    assert region.locality is None
    assert detect_level(title, body, region)[0] == "province"
    named = resolve_region("福建红星村社会组织“遍地开花”", "今年以来，福建省晋江市红星村培育社会组织20家。")
    assert named.locality == "红星村"  # 村社会组织: a village's social organisations, the village named
