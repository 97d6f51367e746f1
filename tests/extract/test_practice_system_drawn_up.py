"""A quoted system drawn up (layouts38 p03, invented here): `理事会牵头制定“村规民约积分制”` was dropped, though a
system a body sets up under its name (-制, -制度, -公约, -章程) is a named practice; 推行“…积分制” was read, 制定 was
no verb of doing. Negative: 制定 before a quoted plan's slogan that names no system stays as it was, and 制定 before
a quoted figure of speech is no practice.
"""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_a_quoted_system_drawn_up_is_a_practice():
    body = "某镇理事会牵头制定“环境卫生积分制”，村民参与整治可获得积分。"
    assert extract_practices("", body) == ["环境卫生积分制"]
    assert extract_practices("", "各村修订了“邻里互助制度”，明确互助事项。") == ["邻里互助制度"]


def test_a_quoted_thing_drawn_up_that_names_no_system_is_no_practice():
    assert extract_practices("", "他为村里制定了“金点子”，大家都说好。") == []
