"""A page whose every printed line the extraction broke into text runs at wide gaps (builder/ingest/splitruns.py,
heldout27 p02 kind, invented lines): each paragraph set on one line again, so no run is read as a headline or a
byline, and no sentence is cut."""

from __future__ import annotations

from builder.ingest.splitruns import join_split_runs
from tests.support.pages import page_drafts

_PAGE = [
    "社区周刊　　　　　　第3版",
    "2026年4月8日　星期三",
    "",
    "东湖街道：",
    "“邻里议事会”议出和美新风",
    "",
    "■本报记者 林晓",
    "　　东湖街道辖",
    "区内有老旧小区",
    "12个，居民中老年人占比高。街道党工委牵头成立“邻里议事会”，与辖",
    "区物业、商户轮流",
    "坐庄，共同商议小",
    "区治理中的难题。",
    "　　议事会每月召开一次全体",
    "会议，平时通过",
    "“议事清单”",
    "随时",
    "收集问题。一年来，议事会共",
    "收集议题96个，解决率约90%。",
    "",
    "",
    "春晖社区“一窗通办”让居民少跑腿",
    "",
    "王丽　赵强",
    "　　春晖社",
    "区地处城区中心，辖区有居民楼30",
    "栋、常住居",
    "民260",
    "0多户。社区推行“一窗通办”服务模式，居民办事只需找",
    "一个窗口。",
    "　　社区将8名社区工",
    "作者全部培训成“全能",
    "社工”，可办理社保、民政等40项业务。今年以来，社区",
    "共为居民办",
    "理各",
    "类事项3200余件，群众满意",
    "率达98%。",
    "　　社区党委书记",
    "说，一窗通办让居民的",
    "事办得更快了。",
]


def test_a_page_broken_into_runs_reads_each_paragraph_on_one_line(tmp_path) -> None:
    first, second = page_drafts(_PAGE, tmp_path)
    assert first.title == "东湖街道：“邻里议事会”议出和美新风"
    assert "平时通过“议事清单”随时收集问题" in first.body
    assert second.byline == "王丽 赵强"
    assert "今年以来，社区共为居民办理各类事项3200余件" in second.body


def test_a_column_page_is_left_as_it_is() -> None:
    column = "\n".join(
        ["标题", ""]
        + ["　　街道党工委牵头成立议事会，与辖区", "物业、商户轮流坐庄，共同商议小区", "治理中的难题。"] * 5
    )
    assert join_split_runs(column, None) == (column, None)


def test_a_page_with_no_blank_lines_keeps_what_stands_under_its_last_paragraph() -> None:
    """Review finding (the perturbation harness's no-blank variant): a credit, a photo's lines and the next
    headline flush under a page's last sentence are no lines of that paragraph, and make no page of runs."""
    paragraph = ["　　街道党工委牵头成立议事会，与辖区物业", "、商户轮流坐庄，共同商议小区难题。"]
    tail = [
        "（记者 王五 通讯员 赵六）",
        "【扫码看视频】",
        "图片新闻",
        "相关链接",
        "本报记者 李四",
        "张三 摄",
        "某某镇“红色网格”织密服务网",
        "■中共某某县委组织部",
        "某某镇将辖区12个",
        "社区细分为网格。",
    ]
    page = "\n".join(["标题", *paragraph * 4, *tail])
    assert join_split_runs(page, None) == (page, None)
