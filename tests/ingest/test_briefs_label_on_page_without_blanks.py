"""heldout38 p07 kind (invented lines): a page printing no blank line at all, an article, then a briefs column's
name spaced out on its own line (`简　讯`, `快　讯`, `动　态`) right under the article's finished last sentence,
then the first item's headline over its indented lead, the item closing with its writer's name glued to its last
sentence (`…。（林小青）`), the next item's headline right under it; the items' leads name their places (a county,
a town). The column's name stood where an open sentence's line would, so the item's headline under it read as a
head cutting a sentence (columns interleaved): the page's heads were left to the column modules, which cut the
first item's lead into the article above. A column's name under a finished sentence leaves no sentence open:
each item is an article, whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.workers import process_page

_PAGE = """第3版　2026年5月11日　星期一　基层·观察　责任编辑：柯青
让老旧小区居民在家门口
住得舒心
——访湛江市民政局局长方明远
本报记者 许安
　　今年以来，湛江市推进老旧小区改造，
打造“安居港城”服务品牌。近日，记者就
此专访了湛江市民政局局长方明远。
　　记者：改造从哪里入手？
　　方明远：我们先问居民，再定清单，已
完成改造小区120个，惠及居民3.2万户。今
年以来，全市还新建社区食堂45个。
　　记者：下一步有什么打算？
　　方明远：我们将推动改造提质升级，让
老街坊住得更舒心。
{label}
遂川“邻里议事厅”议出好日子
　　今年以来，吉安市遂川县在各村建起“邻
里议事厅”56个，议定修路、整治水塘等事项
300余件，群众满意率达95%。县里还开通线
上议事平台，群众在家即可提出议题，平台已
受理议题410件。
　　下一步，县里将把议事厅延伸到小区，让
群众有事“好商量”。（林小青）
三道堰镇“积分超市”激发村民热情
　　成都市郫都区三道堰镇在全镇推行“积分
超市”，村民参与环境整治可兑换生活用品，
今年已兑换物品4000余件。镇里还将积分情况
纳入评先评优，参与村民达1.2万人次。
　　镇党委每月组织党员干部入户走访一次，
听取群众意见。（周舟　何木）
"""


@pytest.mark.parametrize("label", ["简　讯", "快　讯", "简 讯", "动　态"])
def test_each_brief_under_the_column_name_is_an_article(tmp_path: Path, label: str):
    page = tmp_path / "p03.txt"
    page.write_text(_PAGE.format(label=label), encoding="utf-8")
    drafts = process_page(page).drafts
    assert [draft.title for draft in drafts] == [
        "让老旧小区居民在家门口住得舒心",
        "遂川“邻里议事厅”议出好日子",
        "三道堰镇“积分超市”激发村民热情",
    ]
    interview, first, second = drafts
    assert "林小青" not in (interview.byline or "") and "邻里议事厅" not in interview.body
    assert "县里还开通线上议事平台" in first.body and "已受理议题410件" not in interview.body
    assert "林小青" in (first.byline or "") and "何木" in (second.byline or "")
