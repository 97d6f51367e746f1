"""Named practices (issue 14): a record a unit keeps and the model households it names end like names
(practice_signs.SUFFIXES: 日记, 示范户); a leader's rank is a set phrase (practice-stopwords.txt: 一把手)."""

from builder.extract.practices import extract_practices


def practices(body: str) -> list[str]:
    return extract_practices("", body)


def test_a_record_a_unit_keeps_is_a_name():
    # tests/corpus/heldout6/k03.txt (also heldout5's gold): 把…共性问题写成“民情日记”，定期报送街道
    assert practices("社区把走访中听到的意见写成“民情日记”，每月报送街道。") == ["民情日记"]
    assert practices("网格员坚持记好“楼院日记”。") == ["楼院日记"]
    # a diary alone, no name before its ending, is no name (like “清单”, “议事会”)
    assert practices("他把心得写进了“日记”，很感人。") == []


def test_model_households_a_community_names_are_a_name():
    # the kind of a real article (checked by hand, not stored): …为代表的105户“助学示范户”，通过经验分享带动…
    assert practices("以返乡大学生家庭为代表的60户“耕读示范户”，带动村里形成重教风尚。") == ["耕读示范户"]
    assert practices("群众都说他家是“示范户”。") == []


def test_a_leaders_rank_is_no_name():
    # the kind of a real article (checked by hand, not stored): 推动接诉即办成为“一把手”工程
    assert practices("推动接诉即办成为“一把手”工程，坚持“书记抓、抓书记”。") == ["书记抓、抓书记"]
    assert practices("把基层减负作为“一把手”责任。") == []
