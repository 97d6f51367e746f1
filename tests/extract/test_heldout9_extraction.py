"""Extraction kinds heldout9 showed (invented lines of each kind, and negatives of other kinds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.metrics import extract_metrics
from builder.extract.themes import score_themes


def _figures(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


# ------------------------------------------------------- metrics: a 累计 opening the sentence sums every deed


def test_hours_in_a_later_clause_of_a_sentence_opened_by_its_total_are_a_count() -> None:
    body = "今年以来，报到党员累计认领“微心愿”1580个，参与小区环境整治、文明劝导等志愿服务1.2万小时。"
    assert (12000, "小时") in _figures(body)
    body = "去年，全村党员累计走访农户300余户，开展政策宣讲等服务860小时。"
    assert (860, "小时") in _figures(body)


def test_a_duration_after_a_total_in_the_same_sentence_stays_no_count() -> None:
    for body in (
        "社区累计接待群众咨询1200人次，热线24小时受理群众求助。",
        "中心累计开展活动56场，每名志愿者每次服务2小时。",
        "今年以来累计办结诉求300件，相关部门须在2小时内响应。",
    ):
        assert not any(unit == "小时" for _, unit in _figures(body)), body


def test_hours_with_no_total_in_the_sentence_stay_no_count() -> None:
    body = "累计投入资金50万元。\n\n清理后，村干部填报表格的时间减少6小时。"
    assert not any(unit == "小时" for _, unit in _figures(body))


# ------------------------------------------------- practices: a named team of a kind (互助队, 巡逻队, 宣讲队 …)


def test_a_named_team_of_a_kind_is_a_practice() -> None:
    from builder.extract.practices import extract_practices

    body = "街道还组织“银龄互助队”，三百余名低龄老人结对帮扶高龄独居老人。"
    assert extract_practices("", body) == ["银龄互助队"]
    assert extract_practices("", "村里组织“红色巡逻队”，每晚在村里巡逻。") == ["红色巡逻队"]


def test_a_team_kind_alone_or_unquoted_is_no_practice() -> None:
    from builder.extract.practices import extract_practices

    assert extract_practices("", "村里成立“互助队”，帮扶独居老人。") == []
    assert extract_practices("", "村里组织党员互助队，帮扶独居老人。") == []
    assert extract_practices("", "要多到群众中间走一走，把每一件“小事”当成“大事”来办。") == []


# ----------------------------------------- metrics: a group the counted are picked from (从…中发展) is no change


def test_people_picked_from_a_group_are_counted() -> None:
    body = "又从返乡青年中发展党员11名，村“两委”班子平均年龄从56岁降到41岁。"
    assert (11, "名") in _figures(body)
    assert (20, "名") in _figures("村里还从退役军人里选出网格员20名。")


def test_where_a_change_starts_is_still_cut_off() -> None:
    labels = {m.label for m in extract_metrics("社区挂牌从平均每个社区21块减少到6块。")}
    assert labels == {"社区挂牌"}
    assert _figures("报表从23张精简为6张。") == [(23, "张"), (6, "张")]


# ------------------------------------ themes: kinds of work the vocabulary lacked (themes.yaml, invented lines)


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Label]:
    return load_vocabulary(Path(tmp_path_factory.mktemp("content"))).themes  # the defaults


def test_villagers_supervising_village_power_is_self_governance(vocab: dict[str, Label]) -> None:
    body = (
        "记者从省委组织部获悉，我省在全省各村全面推行村级“小微权力清单”制度，让村干部用权有依据、群众监督有渠道。"
        "各地同步推行“阳光村务”平台，村级财务收支每月在线公开。"
    )
    themes = score_themes("我省推行村级“小微权力清单”", (), body, vocab, ["小微权力清单", "阳光村务"])
    assert "consultative-self-governance" in themes


def test_a_notice_board_or_a_platform_module_is_no_self_governance(vocab: dict[str, Label]) -> None:
    body = "平台设有“随手拍”“村务公开”“网格上报”等模块，网格员每天在线处理群众反映的问题。"
    assert "consultative-self-governance" not in score_themes("数字平台管到村", (), body, vocab, [])


def test_branches_rated_by_stars_are_the_organization_system(vocab: dict[str, Label]) -> None:
    body = "全县推行“五星支部”创建，从支部过硬、产业兴旺等五个方面设星定级，每年评定一次。"
    assert "organization-system" in score_themes("把服务送到群众家门口", (), body, vocab, ["五星支部"])
    body = "社区开展“星级文明户”评选，评出星级文明户32户。"
    assert "organization-system" not in score_themes("文明户评选", (), body, vocab, ["星级文明户"])


def test_cadres_sent_to_help_a_village_are_rural_work(vocab: dict[str, Label]) -> None:
    body = "全省现有驻村工作队8362支，驻村干部每年在村工作时间不少于220天。措施还提出为驻村干部“减负松绑”。"
    assert "rural-revitalization" in score_themes("云南出台驻村帮扶工作措施", (), body, vocab, [])


# ------------------------------- practices: which members a practice is for, between its verb and its name


def test_a_name_after_a_verb_and_the_kind_of_members_it_is_for_is_a_practice() -> None:
    from builder.extract.practices import extract_practices

    assert extract_practices("", "区里建立报到党员“服务积分”，每季度向党员所在单位反馈表现。") == ["服务积分"]
    assert extract_practices("", "街道推行在职党员“亮身份”，接受群众监督。") == ["亮身份"]


def test_a_kind_of_members_alone_before_a_quote_opens_no_practice() -> None:
    from builder.extract.practices import extract_practices

    assert extract_practices("", "组织报到“党员”到社区参加活动。") == []
    assert extract_practices("", "社区看望退休“老干部”，送去慰问品。") == []


# --------------------------------- metrics: a share opening its clause after the group it is a share of (…中，)


def test_a_share_after_the_group_named_in_the_clause_before_is_labelled_by_it() -> None:
    (metric,) = extract_metrics("有调查显示，群众反映的问题中，七成以上与社区生活息息相关。")
    assert (metric.value, metric.unit, metric.approx) == (70, "%", True)
    assert metric.label == "群众反映的问题中与社区生活息息相关的占比"


def test_a_share_with_no_group_before_it_is_left_alone() -> None:
    from builder.extract.metric_shares import share_of_group

    assert share_of_group("群众满意，", "以上与社区生活相关") == ""  # no group with 中
    assert share_of_group("社区工作者中，", "") == ""  # nothing said of the share
    assert share_of_group("村里工作推进中，", "以上") == ""  # a bound alone
    labels = [m.label for m in extract_metrics("在全市社区工作者中，七成以上具有大专以上学历。")]
    assert labels == ["具有大专以上学历"]  # the clause's own label comes first


# ------------------------------------------- metrics: a half in words as a share or a change (占一半以上: 50 %)


def test_a_half_in_words_after_a_share_or_a_change_is_fifty_percent() -> None:
    assert _figures("全村43名党员中60岁以上的占一半以上。") == [(43, "名"), (50, "%")]
    (metric,) = extract_metrics("村干部填表时间减少了一半以上。")
    assert (metric.value, metric.unit, metric.approx) == (50, "%", True)
    (metric,) = extract_metrics("报表数量减少一半。")
    assert (metric.value, metric.unit, metric.approx) == (50, "%", False)


def test_a_half_of_time_or_things_is_no_share() -> None:
    for body in (
        "村里一半以上的党员是老人。",
        "减少一半时间。",
        "他把一半的收入捐给村里。",
        "一半村民外出务工。",
    ):
        assert _figures(body) == [], body


def test_residents_daily_troubles_speak_of_livelihood_services(vocab: dict[str, Label]) -> None:
    body = "一些地方文件发了不少、会议开了不少，群众的烦心事却没少。要把每一件“小事”当成“大事”来办。"
    assert score_themes("基层治理要多下“绣花功夫”", (), body, vocab, []) == ["livelihood-services"]


def test_a_commentary_with_no_work_named_gets_no_theme(vocab: dict[str, Label]) -> None:
    body = "基层治理千头万绪，连着千家万户。只有俯下身子、沉下心来，基层治理才能既有力度又有温度。"
    assert score_themes("基层治理要多下“绣花功夫”", (), body, vocab, []) == []


def test_a_share_of_members_named_by_a_de_phrase_is_labelled_with_its_group() -> None:
    labels = [m.label for m in extract_metrics("全村43名党员中60岁以上的占一半以上。")]
    assert labels == ["党员", "党员中60岁以上的占比"]
    (metric,) = extract_metrics("社区工作者中，大专以上学历的占七成。")
    assert metric.label == "社区工作者中大专以上学历的占比"


def test_a_share_with_its_own_noun_keeps_its_label() -> None:
    assert [m.label for m in extract_metrics("其中外来人口占一半以上。")] == ["外来人口占比"]
    assert [m.label for m in extract_metrics("全县网格员中女性占60%。")] == ["网格员中女性占比"]


# ------------------------------- metrics: a Latin word ending a label, a space before its count (政务APP 48个)


def test_a_count_after_a_latin_word_and_a_space_is_a_metric() -> None:
    assert _figures("全区精简各类工作群、政务APP 48个，社区填报表格减少六成以上。") == [(48, "个"), (60, "%")]


def test_a_number_glued_to_latin_letters_is_a_code() -> None:
    # heldout17 p04: a Latin word glued to a count in a counting word lost its space at a line break (政务APP286个)
    assert _figures("全区推广APP48个。") == [(48, "个")]
    assert _figures("承办G20峰会，开通G1234次列车。") == []
