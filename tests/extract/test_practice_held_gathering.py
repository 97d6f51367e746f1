"""A gathering's quoted name after 的 (layouts37 p01, invented here): `某镇的“板凳会”又开起来了` reads like a likeness
(的“…”) and was dropped, though the body counts it as held (`召开板凳会210场`): a gathering held so many times is a
named practice, however it is quoted. Negatives: the same likeness with no count of it held, and a count of another
gathering.
"""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_a_quoted_gathering_the_body_counts_as_held_is_a_practice():
    body = "入冬后，某县青山镇的“板凳会”又开起来了。今年全镇召开板凳会210场，收集意见560条。"
    assert extract_practices("青山镇“板凳会”开进农家小院", body) == ["板凳会"]
    assert "火塘会" in extract_practices("", "寨子里的“火塘会”很热闹。去年共举办36场火塘会。")


def test_a_likeness_not_counted_as_held_stays_no_practice():
    assert extract_practices("", "入冬后，某县青山镇的“板凳会”又开起来了。") == []
    assert extract_practices("", "他成了群众的“连心桥”。全镇召开座谈会12场。") == []
