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
