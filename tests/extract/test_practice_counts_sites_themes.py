"""Quotes that are no practice's name on real pages R13–R21 (session 22): a count of moves, a heritage site,
the titles of a themed activity, the idea the work takes (以“…”为工作思路), short qualities before 的, a verb
after an adverb of place; and names set up by joining or read as a policy. Invented sentences of the kind, with
the negatives the rules must leave alone."""

from __future__ import annotations

from builder.extract.practice_lists import list_counts
from builder.extract.practices import extract_practices


def test_a_count_of_moves_or_things_is_no_name() -> None:
    assert extract_practices("“四招”解开“心头结”", "该镇用“四招”解开群众的心头结。") == []
    assert extract_practices("", "干部帮农户算清“收入、支出、前景”三笔账。") == []
    assert list_counts("算清“收入、支出、前景”三笔账，") == []
    # a policy-shaped name with a numeral stays, and so does a list's name by its count
    assert extract_practices("", "推行“三步走”工作法。") == ["三步走"]
    assert list_counts("推行“党建网、治理网、服务网”三网融合，") == ["三网融合"]


def test_a_heritage_site_is_a_place() -> None:
    body = "村里历史悠久，“北岭遗址”被列为省级文物保护单位，“陈氏故居”修缮一新。"
    assert extract_practices("", body) == []
    # a team named after the site, a mechanism word after it, is a name
    assert extract_practices("", "村里成立“北岭遗址”宣讲队。") == ["北岭遗址"]


def test_the_titles_of_a_themed_activity_are_one_occasions_themes() -> None:
    body = "社区组织开展“学习新思想微课堂”“邻里一家亲”中秋主题系列活动，居民踊跃参加。"
    assert extract_practices("", body) == []
    # an activity of the unit's own, no theme word, stays a name
    assert extract_practices("", "社区组织开展“周末焕新”环境提升活动。") == ["周末焕新"]


def test_the_idea_the_work_takes_is_no_mechanism() -> None:
    body = "社区以“党建引领、邻里互助、共治共享”为工作思路，运用“红色管家”模式。"
    assert extract_practices("", body) == ["红色管家"]
    # the same list framed by a verb of doing and a mechanism word is a name
    assert extract_practices("", "推行“党建引领、邻里互助、共治共享”工作法。") == [
        "党建引领、邻里互助、共治共享"
    ]


def test_short_qualities_before_de_describe_what_follows() -> None:
    assert extract_practices("", "努力打造“安居、和睦、文明”的幸福小区。") == []
    # four-character phrases before 的 and a form: the form's name (seed 002)
    body = "通过“一格一码、专员专码、公开亮码”的形式，推动各项工作职能整合。"
    assert extract_practices("", body) == ["一格一码、专员专码、公开亮码"]


def test_a_verb_after_an_adverb_of_place_ending_its_clause_is_what_people_did() -> None:
    assert extract_practices("", "退休后，他们就近“上岗”，当起了楼道的保洁员。") == []
    # a name of three characters after an adverb of manner stays (党员积极“双报到”)
    assert extract_practices("", "在职党员积极“双报到”，服务社区。") == ["双报到"]


def test_a_brand_joined_and_a_quoted_policy_are_names() -> None:
    assert extract_practices("", "全街道36家门店加盟“骑士驿家”，为骑手提供热水。") == ["骑士驿家"]
    assert extract_practices("", "随着“一户一宅”政策落地，宅基地纠纷明显减少。") == ["一户一宅"]


def test_an_idiom_of_years_of_work_is_no_name() -> None:
    assert extract_practices("某县“十年磨一剑”建立“一站多点”调解机制", "") == ["一站多点"]


def test_so_many_pairs_of_duties_is_a_policy_name() -> None:
    body = "自去年“五双”工作开展以来，社区登记报到党员300人。各单位要领会“五双”工作实质。"
    assert extract_practices("", body) == ["五双"]
    # two numerals alone are a holiday or a date, whatever follows
    assert extract_practices("", "社区开展“五一”活动，迎接“十一”。") == []
