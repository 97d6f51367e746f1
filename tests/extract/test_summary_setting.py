"""A card's summary says what a place did, not the programme it holds to nor the scene it opens on, nor the paper
at work (issue 14, summary36's reading of 737 ingested cards: `某某乡坚持…，着力…，…不断提升。` over `以24个…为依托，…`;
`每天傍晚，…`, `在某某街道，一支…`, `…里又热闹起来`; `记者采访了…`). Invented lines."""

from __future__ import annotations

import pytest

from builder.extract.summary import summarize
from builder.extract.summary_stock import is_programme

# (what leads the article, the sentence of the deed after it: the summary's lead)
NOT_THE_LEAD = {
    "programme stated": (
        "青石县柳岸乡坚持把党建引领作为乡村治理的主线，着力建强村级班子、壮大集体经济，治理效能不断提升。",
        "以16个村级党群服务站为阵地，柳岸乡组建调解小组42个，去年化解邻里纠纷230余件。",
    ),
    "scene at dusk": (
        "每天傍晚，桐花社区网格员孙晓梅都会把当天走访记下的问题梳理一遍，当场能解决的当场解决。",
        "针对楼院老人多的特点，桐花社区网格党支部联合卫生站开展“敲门行动”，今年已上门服务独居老人860人次。",
    ),
    "group come upon": (
        "在青石市柳岸区桐花街道，一支由退休教师和律师组成的“桐花调解队”活跃在街巷，成为居民的贴心人。",
        "今年起，桐花街道党工委整合司法所和社区力量，组建“桐花调解队”，吸纳调解员38名。",
    ),
    "room come alive": (
        "柳岸区桐花社区“邻里议事厅”里又一次热闹起来，二十多位居民代表围绕加装电梯的费用展开讨论。",
        "截至目前，桐花社区“邻里议事厅”共召开议事会64场，解决停车、管网改造等问题133件。",
    ),
    "paper interviewing": (
        "记者近日采访了青石市委组织部组织科负责人孙某某。\n\n",
        "青石市在全市推行“楼栋长”制度，选聘楼栋长1260名，每人联系两个楼栋。",
    ),
    "paper interviewing on a topic": (
        "围绕意见的主要内容，记者采访了青石市民政局有关负责人。\n\n",
        "青石市在全市推行“楼栋长”制度，选聘楼栋长1260名，每人联系两个楼栋。",
    ),
}


@pytest.mark.parametrize("kind", sorted(NOT_THE_LEAD))
def test_a_deed_leads_over_what_only_sets_it(kind: str) -> None:
    setting, deed = NOT_THE_LEAD[kind]
    summary = summarize("桐花：一件实事", setting + deed)
    assert summary == deed, summary


def test_a_programme_stands_when_it_is_all_the_article_says() -> None:
    body = "青石县柳岸乡坚持党建引领，着力建强村级班子，持续深化乡村治理，治理效能不断提升。"
    assert summarize("柳岸乡的治理路", body) == body
    body = (
        "今年以来，青石市以“强基”行动为抓手，推动基层党组织建设全面进步、全面过硬。"
        "围绕这项工作，记者采访了青石市委组织部组织科负责人孙某某。\n\n"
        "记者：取得了哪些成效？\n\n孙某某：我们整顿软弱涣散村党组织31个。"
    )
    assert (
        summarize("青石市：强基行动", body)
        == "青石市以“强基”行动为抓手，推动基层党组织建设全面进步、全面过硬。"
    )


def test_a_programme_is_its_words_without_a_figure() -> None:
    assert is_programme("某某区坚持以人民为中心，着力补齐短板，不断提升服务水平。")
    assert not is_programme("某某区坚持以人民为中心，着力补齐短板，建成服务站12个，不断提升服务水平。")
    assert not is_programme("某某区以“红色管家”为抓手，在小区设立议事点，推动矛盾就地化解。")


# rv36's misfires (issue 14): ordinary prose of a deed read as a programme, a scene, or the paper at work
A_DEED_NOT_A_SETTING = {
    "deed told with adverbs": (
        "桐花镇积极推行“院坝议事”制度，全面建立村组两级议事点，有效化解了一批宅基地纠纷。",
        "桐花镇文化站在镇广场举办了一场歌咏比赛。",
    ),
    "deed ending in colour": (
        "柳岸社区联合辖区商户开办“长者饭堂”，累计为540名老人助餐1.2万人次，饭堂里天天欢声笑语。",
        "柳岸社区组织党员志愿者为老人送餐上门。",
    ),
    "colour in a later clause": (
        "每到周末，柳岸社区的“四点半课堂”里欢声笑语，社区联合高校开办课堂，累计辅导学生3600人次。",
        "柳岸社区组织党员志愿者为老人送餐上门。",
    ),
    "weather's word in a name": (
        "石门县阳光照料站为全县410名失能老人提供上门护理服务9000人次，由县民政局统一调度。",
        "石门县组织志愿者为失能老人家庭打扫卫生。",
    ),
    "paper's asking before the deed": (
        "记者采访了解到，石门镇已在18个行政村建成便民服务点，累计为群众代办事项8000件。",
        "服务点由村干部轮流坐班，群众有事随时可以来。",
    ),
}


@pytest.mark.parametrize("kind", sorted(A_DEED_NOT_A_SETTING))
def test_a_deed_told_in_ordinary_prose_leads(kind: str) -> None:
    deed, after = A_DEED_NOT_A_SETTING[kind]
    summary = summarize("石门：一件实事", "石门一带山多地少。\n\n" + deed + "\n\n" + after)
    assert summary.startswith(deed.removeprefix("记者采访了解到，")), summary


def test_weather_of_its_own_still_sets_the_scene() -> None:
    setting = "阳光洒在柳岸社区的小广场上，十几位老人围坐在一起晒太阳、拉家常。"
    deed = "柳岸社区联合卫生站开展“敲门行动”，今年已上门服务独居老人860人次。"
    assert summarize("柳岸：一件实事", setting + deed) == deed


def test_only_an_interview_gets_an_answer_with_a_figure() -> None:
    lead = "石门县日前召开网格工作推进会，表彰了一批扎根一线的“金牌网格员”。\n\n"
    listing = "孙某某：北坡村网格员，走访农户900户次，化解纠纷31起。\n\n赵某某：南湾社区网格员，清理楼道杂物，整治环境25处。"
    assert summarize("石门县表彰金牌网格员", lead + listing) == lead.strip()
    asked = "记者：效果如何？\n\n孙某某：全镇网格员走访农户900户次，化解纠纷31起。"
    assert (
        summarize("石门县网格工作", lead + asked)
        == lead.strip() + "全镇网格员走访农户900户次，化解纠纷31起。"
    )
    asked = "问：效果如何？\n\n答：全镇网格员走访农户900户次，化解纠纷31起。"
    assert (
        summarize("石门县网格工作", lead + asked)
        == lead.strip() + "全镇网格员走访农户900户次，化解纠纷31起。"
    )
