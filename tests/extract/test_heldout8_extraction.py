"""Kinds the eighth held-out pages showed in what is extracted from a found article (issue 14): the lines of
tests/corpus/heldout8 (invented) and negatives of the same shape that must keep their reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.metrics import extract_metrics
from builder.extract.practices import extract_practices
from builder.extract.themes import score_themes, theme_scores


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Label]:
    return load_vocabulary(Path(tmp_path_factory.mktemp("content"))).themes  # the defaults


# ------------------------------------------------------------------------------------- practices: nicknames


def test_a_person_called_by_a_familiar_prefix_and_the_office_is_no_practice() -> None:
    body = "早上七点，福工社区党委书记刘淑芬已经走进了辖区的老楼院。她坚持“敲门行动”，逐户走访。"
    assert extract_practices("“老书记”的三本账", body) == ["敲门行动"]
    assert extract_practices("", "村民都叫他“老支书”，大事小情都找他。") == []
    assert extract_practices("", "镇里评选出10名“好支书”。") == []


def test_a_named_room_or_a_brand_of_such_a_person_stays_a_practice() -> None:
    body = "建立“老书记工作室”，组建“银发先锋”志愿服务队。村里推行“有事找书记”，还设立“小楼长”岗位。"
    assert extract_practices("", body) == ["老书记工作室", "银发先锋", "有事找书记", "小楼长"]
    assert extract_practices("", "镇里成立“书记领办”调解室。") == ["书记领办"]


# -------------------------------------------------------------------- practices: a role people are made


def test_a_role_people_are_taken_in_as_is_named_like_one_taken() -> None:
    body = (
        "在东湖街道，社区党组织把物业企业负责人吸纳为社区“兼职委员”，全区已有38家物业企业负责人担任兼职委员。"
    )
    assert extract_practices("", body) == ["兼职委员"]
    assert extract_practices("", "村里把返乡大学生吸收为“村务助理”，参与村务管理。") == ["村务助理"]


def test_a_role_that_is_only_said_of_someone_stays_out() -> None:
    assert extract_practices("", "她被居民称为“贴心人”。网格员就是“大管家”。") == []
    assert extract_practices("", "要把群众的“急难愁盼”作为工作清单，多到田间地头听真话。") == []


# ------------------------------------------------------- practices: the people between a verb and the name


def test_the_people_a_practice_is_for_may_stand_between_its_verb_and_its_name() -> None:
    body = (
        "盘锦市兴隆台区渤海街道开展社区工作者“擂台比武”，围绕政策解答、矛盾调解、入户走访等内容现场比拼。"
        "街道还实施社区工作者“导师帮带”，由12名业务骨干结对帮带新入职人员40名。"
    )
    assert extract_practices("", body) == ["擂台比武", "导师帮带"]
    assert extract_practices("", "全镇推行党员“积分管理”，每月评比一次。") == ["积分管理"]
    body = "右江区龙景街道在辖区高层住宅小区推行党员楼栋长“包楼到户”，每名党员楼栋长联系10至20户居民。"
    assert extract_practices("", body) == ["包楼到户"]


def test_people_before_a_quote_with_no_verb_of_doing_are_no_sign() -> None:
    assert extract_practices("", "社区工作者“白加黑”连轴转，党员“冲在前”。") == []
    assert extract_practices("", "这些党员“老面孔”成了居民的主心骨。") == []


# ------------------------------------------------------------------ practices: a role recruited in numbers


def test_a_role_recruited_in_numbers_is_a_practice() -> None:
    body = (
        "区委社会工作部牵头成立新就业群体党支部３个，发展“骑手网格员”２１０名，参与隐患排查和信息上报。"
        "今年以来，骑手网格员上报各类问题１６００余条，办结率９５％。"
    )
    assert extract_practices("", body) == ["骑手网格员"]
    assert extract_practices("", "村里从返乡青年中培养“乡村带头人”12名。") == ["乡村带头人"]


def test_growth_or_a_quote_counted_in_things_after_develop_is_no_role() -> None:
    body = "在党建引领下打造出了融合发展“同心圆”。为推动疫情防控和企业发展“两手抓、两手硬”提供了组织保障。"
    assert extract_practices("", body) == []
    assert extract_practices("", "全村发展“小庭院”经济，户均增收3000元。") == []


def test_an_event_held_for_the_nth_time_is_named_like_one_held() -> None:
    body = (
        "9月20日，玉林市玉州区名山街道在人民公园举办第三届“邻里节”，辖区16个社区的党员志愿者为居民提供义诊。"
    )
    assert extract_practices("", body) == ["邻里节"]
    assert extract_practices("", "这是他第三次当选“优秀党员”。") == []


# ------------------------------------------------------- practices: a bare name read from inside a quote


def test_a_bare_name_is_never_read_from_inside_a_quoted_one() -> None:
    body = (
        "南充市顺庆区坚持和发展新时代“枫桥经验”，在全区推行“和事佬”调解室建设，矛盾纠纷就地化解率持续提升。"
        "问：“和事佬”调解室是怎样运行的？答：每个调解室由村（社区）党组织书记牵头。"
    )
    assert extract_practices("", body) == ["枫桥经验", "和事佬"]


def test_bare_names_beside_other_quotes_stay() -> None:
    body = (
        "在城区47家暖新驿站里，骑手可以歇脚。将暖新驿站建设纳入民生实事。街道推行“红色物业”，打造红色议事厅。"
    )
    assert extract_practices("", body) == ["红色物业", "暖新驿站", "红色议事厅"]


# ------------------------------------------------------------------ themes: members given duties to answer for


def test_members_given_an_area_or_households_to_answer_for_are_member_management(
    vocab: dict[str, Label],
) -> None:
    title = "牙哈镇划分党员责任区 党员带头服务群众"
    body = (
        "阿克苏地区库车市牙哈镇在全镇14个村划定“党员责任区”312个，每名党员联系8至10户群众，帮助群众解决生产"
        "生活难题。\n\n今年以来，党员累计走访群众1.1万余户次，帮助协调农资、技术等问题760多件，为群众办实事450件。"
        "\n\n镇党委还组织党员技术骨干成立“科技服务队”，开展林果管理、棉花种植培训38期，培训农民2600人次。"
    )
    assert score_themes(title, (), body, vocab, ["党员责任区", "科技服务队"])[0] == "member-management"
    one = "右江区龙景街道推行党员楼栋长“包楼到户”，每名党员楼栋长联系10至20户居民，定期入户走访、收集诉求。"
    assert theme_scores("", (), one, vocab).get("member-management", 0) >= 5


def test_an_area_members_only_lead_or_all_members_in_a_grid_are_not(vocab: dict[str, Label]) -> None:
    area = "河湾村还划分了9个环境卫生责任区，由党员担任区长，村民轮流值日。"
    grid = "实现了“每个网格都有党组织、每名党员都在网格中”。"
    for text in (area, grid):
        assert "member-management" not in theme_scores("", (), text, vocab)


def test_a_service_team_never_called_volunteers_is_no_volunteer_service(vocab: dict[str, Label]) -> None:
    body = "镇党委还组织党员技术骨干成立“科技服务队”，开展林果管理、棉花种植培训38期，培训农民2600人次。"
    assert theme_scores("", (), body, vocab).get("volunteer-service", 0) < 5  # the bare term 服务队 alone


def test_a_team_of_volunteers_still_is(vocab: dict[str, Label]) -> None:
    for body in (
        "社区党委牵头成立“红管家”服务队，吸纳党员志愿者56名，为居民提供水电维修、代买代办等服务。",
        "新区组织党员技术骨干组建“海河工匠”志愿服务队54支，深入开发区、保税区企业开展技术帮扶。",
        "街道组织200多名“红袖章”志愿者下沉网格。",
    ):
        assert theme_scores("", (), body, vocab).get("volunteer-service", 0) >= 5, body


# ------------------------------------------------------------------------------- metrics: hours summed up


def _figures(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


def test_hours_summed_over_many_services_are_a_count() -> None:
    body = "目前，社区已有注册志愿者412名，累计存储服务时长9800小时，服务老年人1.3万人次。"
    assert _figures(body) == [(412, "名"), (9800, "小时"), (13000, "人次")]
    assert _figures("党员志愿者全年志愿服务时长超过1.2万小时。") == [(12000, "小时")]


def test_how_long_one_thing_takes_is_no_count() -> None:
    for body in (
        "街道“吹哨”后，相关部门须在2小时内响应、3个工作日内反馈。",
        "清理后，村干部填报表格的时间平均每周减少6小时，有更多精力走村入户为群众办事。",
        "社区开通服务热线，实行“接诉即办、24小时回应”。",
        "前进区还开通冬季安全热线，24小时受理群众求助。",
        "每名志愿者每月服务时长不少于4小时。",
    ):
        assert _figures(body) == [], body


# ------------------------------------------------------------------------- metrics: a time of the day counted


def test_a_time_of_the_day_or_week_counted_is_a_schedule() -> None:
    body = (
        "茶馆由社区党组织牵头，每周固定两个半天开放，邀请党员、楼长和居民代表参加。"
        "今年以来，“议事茶馆”共接待居民830人次，协商解决停车难、路灯不亮等问题57件。"
    )
    assert _figures(body) == [(830, "人次"), (57, "件")]
    assert _figures("小区推行“楼栋夜话”，每周选择一个晚上，由社区党员干部带队入户。") == []


def test_things_counted_by_ge_next_to_a_time_word_stay_counts() -> None:
    assert _figures("街道建成12个白天照料中心。") == [(12, "个")]
    assert _figures("全区设立夜间服务点36个，晚上照常开放。") == [(36, "个")]
    assert _figures("社区开设两个周末托管班。") == [(2, "个")]
