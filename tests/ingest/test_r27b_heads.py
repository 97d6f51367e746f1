"""Real R27b kinds (invented lines): (1) mid-page, after a finished report and two blank lines, one headline the
narrow column wrapped over two lines (`柳溪县：“院落议事会”` / `议出村里新变化`), a blank line, an indented
lead: it ran into the report above; (2) a kicker and its headline over a photo's caption printed without its full
stop (`图为…合影`) and the reporter line: the caption was read as a third headline line and the headline lost;
(3) a copied web page's information line opening with its author (`作者：… 时间：… 来源：… 字号： 打印`): read
as the headline."""

from __future__ import annotations

from builder.ingest.copiedpages import posted_author
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.workers import process_page

_NARROW = [
    "石桥镇：“板凳会”让村事",
    "好商量",
    "",
    "　　9月19日，某某县石桥",
    "镇召开会议，推广村里的",
    "“板凳会”，全镇已开起",
    "板凳会210场。",
    "",
    "",
    "柳溪县：“院落议事会”",
    "议出村里新变化",
    "",
    "　　今年以来，柳溪县在各",
    "村推行院落议事会，全县",
    "已议定修路、治水等事项",
    "860件。",
]

_FEATURE = [
    "深观察",
    "",
    "一盏灯照亮一条街",
    "小巷里的骑手志愿队越来越壮大",
    "",
    "图为某某街道骑手网格员在社区门口合影",
    "",
    "某某新闻记者　周一鸣",
    "",
    "　　“队伍拉起来了，下一步要把夜间巡逻排好班。”8月7日，某某市某某区柳园街道",
    "骑手党支部书记在群里通知大家。",
]

_WEB = [
    "您当前的位置：某某市人民政府 > 县市区新闻 > 正文内容",
    "",
    "石桥：“小菜园”种出搬迁新生活",
    "",
    "作者：李小禾 张一鸣 时间：2023-04-10 08:33 来源：石桥县 字号： 打印",
    "",
    "　　石桥县在安置点旁开辟“小菜园”，帮搬迁群众就近种菜，每户每年能省下菜钱600多元。",
    "",
    "【打印本页】【关闭窗口】",
]


def _drafts(tmp_path, lines):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process_page(path).drafts


def test_a_wrapped_headline_standing_apart_mid_page_opens_a_report(tmp_path):
    drafts = _drafts(tmp_path, _NARROW)
    assert [d.title for d in drafts] == [
        "石桥镇：“板凳会”让村事好商量",
        "柳溪县：“院落议事会”议出村里新变化",
    ]


def test_a_caption_without_its_stop_is_no_headline(tmp_path):
    assert not is_headline_shape("图为某某街道骑手网格员在社区门口合影")
    (draft,) = _drafts(tmp_path, _FEATURE)
    assert (draft.subtitle, draft.title) == ("一盏灯照亮一条街", "小巷里的骑手志愿队越来越壮大")
    assert draft.byline == "某某新闻记者 周一鸣"
    assert draft.captions == [{"text": "图为某某街道骑手网格员在社区门口合影", "credit": None}]


def test_an_information_line_opening_with_its_author(tmp_path):
    assert posted_author("作者：李小禾 张一鸣 时间：2023-04-10 08:33 来源：石桥县 字号： 打印") == (
        True,
        "李小禾 张一鸣",
    )
    assert posted_author("作者认为，时间：2023年的变化很大") == (False, None)
    (draft,) = _drafts(tmp_path, _WEB)
    assert (draft.title, draft.byline) == ("石桥：“小菜园”种出搬迁新生活", "李小禾 张一鸣")
