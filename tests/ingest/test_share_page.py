"""A news app's mobile share page copied to text (heldout30 p02, issue 14): the app's name and `打开APP` on top,
the account under the headline with when and where it posted (`2026-11-20 19:02 · 江西`) and its follow button,
the audio player (`🎧 听新闻 02:41`), the writer's and photographer's credits set apart by bars (`文｜某某　图｜某某`:
the byline), the fold (`展开剩余45%`: furniture, the text goes on, no figure), the foot (`返回某某，查看更多`, the
platform's statement, `阅读 (1.2万)`) and the items it recommends (a headline over `9034阅读 · 某某发布`: no
article). builder/ingest/copiedpages.py, bylineshapes.py. Invented page."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.copiedpages import is_copied_page_furniture
from builder.ingest.workers import process_page

_PAGE = (
    "赣江新闻\n"
    "打开APP\n"
    "\n"
    "桃源社区：“幸福食堂”让老人吃上热乎饭\n"
    "\n"
    "章贡观察\n"
    "2026-11-20 19:02 · 江西\n"
    "关注\n"
    "\n"
    "🎧 听新闻 02:41\n"
    "\n"
    "文｜王磊　图｜陈静\n"
    "\n"
    "走进赣州市章贡区桃源社区，“幸福食堂”里饭菜飘香，老人们围坐在一起吃午饭。\n"
    "\n"
    "桃源社区有60岁以上老人1200余名。社区党委引入爱心企业，办起了“幸福食堂”，每天供餐300余份。\n"
    "\n"
    "展开剩余45%\n"
    "\n"
    "社区还组织党员志愿者为行动不便的老人送餐上门，已送餐8000余份。\n"
    "\n"
    "返回赣江，查看更多\n"
    "\n"
    "平台声明：该文观点仅代表作者本人，平台仅提供信息存储空间服务。\n"
    "\n"
    "阅读 (1.2万)\n"
    "\n"
    "推荐阅读\n"
    "\n"
    "老旧小区加装电梯 居民出行更方便\n"
    "1.6万阅读 · 章贡观察\n"
    "\n"
    "“红色网格员”上岗记：小事不出网格\n"
    "9034阅读 · 赣州发布\n"
)


def test_the_headline_byline_and_text_of_a_share_page(tmp_path):
    page = tmp_path / "share.txt"
    page.write_text(_PAGE, encoding="utf-8")
    (draft,) = process_page(Path(page)).drafts
    assert (draft.title, draft.byline) == ("桃源社区：“幸福食堂”让老人吃上热乎饭", "文｜王磊 图｜陈静")
    assert draft.body.startswith("走进赣州市章贡区桃源社区")
    assert draft.body.rstrip().endswith("已送餐8000余份。")
    for word in ("展开剩余", "45%", "返回赣江", "平台声明", "阅读", "加装电梯", "网格员"):
        assert word not in draft.body


def test_share_page_furniture_and_what_is_none():
    for line in (
        "打开APP",
        "关注",
        "听新闻 02:41",
        "2026-11-20 19:02 · 江西",
        "展开剩余45%",
        "展开全文",
        "返回赣江，查看更多",
        "平台声明：本文仅代表作者观点。",
        "阅读 (1.2万)",
        "9034阅读 · 赣州发布",
    ):
        assert is_copied_page_furniture(line), line
    for line in ("关注群众的急难愁盼", "展开剩余工作", "阅读量大幅提升，达到45%。"):
        assert not is_copied_page_furniture(line), line
    assert is_byline_text("文｜王磊　图｜陈静")
