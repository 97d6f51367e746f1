"""A page printing no blank line (blanklines.restore_blank_lines): a headline the PDF printed twice in bold, and a
column's name under a line of furniture.

Lines of heldout16 p08 (invented) with their blank lines removed, as `perturb.py`'s `noblank` prints them: a flat
column whose interview ends on a full line, then `扫码看访谈视频` (furniture), the briefs column's name `简　讯`, a
brief's headline with its bare dateline glued on, and a headline printed twice (`金山社区金山社区““…`) under
the brief's finished last sentence. Before, the column's name was read as a subheading of the interview, the
doubled headline was lost and both briefs ran on in the interview (14 of 18 articles found in heldout16 noblank;
now 16). Negative: a QR code's prompt over its box's title (`扫码看视频` / `跟着巷长去巡巷`) is no column's end.
"""

from __future__ import annotations

from builder.ingest.blanklines import restore_blank_lines
from tests.support.pages import page_articles

_INTERVIEW_THEN_BRIEFS = [
    "城乡治理报　　　　　　2026年11月28日　星期六　　　　　　第8版",
    "让“红色联盟”成为城市治理的",
    "“加速器”",
    "——访贵港市委常委、组织部部长黄立群",
    "本报记者 覃海燕",
    "今年以来，贵港市推动驻区单位、“两新”",
    "组织与社区结对共建，组建城市基层党建",
    "“红色联盟”76个，成员单位达到1240家。",
    "记者：下一步有什么打算？",
    "黄立群：我们将把“红色联盟”从城区向",
    "县城延伸，年底前实现全市社区全覆盖，",
    "让共建共治共享的成果惠及更多群众。",
    "扫码看访谈视频",
    "简　讯",
    "海南新一轮驻村第一书记到岗本报讯 近日，海南省委组织部新选派驻村第一书",
    "记1200名，覆盖全省所有脱贫村和乡村振",
    "兴任务重的村。今年以来，驻村第一书记",
    "共协调项目资金3.6亿元，帮助村集体增",
    "收4700余万元。",
    "金山社区金山社区““石榴籽议事会石榴籽议事会””解民忧解民忧",
    "阿勒泰市团结路街道金山社区成立“石榴",
    "籽议事会”，吸纳各族居民代表25名，每",
    "月召开一次议事会。今年以来，议事会协",
    "商解决小区停车、供暖等问题43件，居民",
    "满意率达97%。（通讯员 努尔兰 阿依古",
    "丽）",
    "本版编辑：韦宁",
]


def test_furniture_over_a_column_name_and_a_doubled_headline_open_articles() -> None:
    text, _printed = restore_blank_lines("\n".join(_INTERVIEW_THEN_BRIEFS) + "\n", None)
    lines = text.split("\n")
    assert lines[lines.index("简　讯") - 1] == ""  # the furniture closes the interview's column
    assert lines[lines.index("金山社区金山社区““石榴籽议事会石榴籽议事会””解民忧解民忧") - 1] == ""
    titles = [article.title for article in page_articles(text)]
    assert titles == [
        "让“红色联盟”成为城市治理的“加速器”",
        "海南新一轮驻村第一书记到岗",
        "金山社区“石榴籽议事会”解民忧",
    ]


# layouts19 p05 (invented), blank lines removed: a QR code's prompt and its box's title under a finished body
_QR_BOX_TITLE = [
    "　　巷长们每周巡巷两次，今年以来收集",
    "群众诉求460条，办结率达到96%。区里",
    "将把巷长制向城郊村延伸，让更多群",
    "众受益。",
    "扫码看视频",
    "跟着巷长去巡巷",
    "秦州区“民情夜谈”把干部带到群众身边",
    "　　本报讯（记者 赵刚）天水市秦",
    "州区组织机关干部利用晚上时间进村",
    "入户，开展“民情夜谈”。",
]


def test_a_qr_prompt_over_its_box_title_is_no_column_end() -> None:
    text, _printed = restore_blank_lines("\n".join(_QR_BOX_TITLE) + "\n", None)
    lines = text.split("\n")
    assert lines[lines.index("跟着巷长去巡巷") - 1] == "扫码看视频"
