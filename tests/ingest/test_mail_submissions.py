"""A contributor's submission saved from the mail (builder/ingest/submissions.py, heldout28 p05's kind, invented
lines): the mail's headers, the note to the editors, the writer's contact line and the mail's signature are no
article and no part of one; the headline under them opens the only article."""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line
from builder.ingest.submissions import mail_parts_off
from tests.support.pages import page_drafts

_BODY = [
    "清溪镇“乡贤议事厅”议出好日子",
    "通讯员 刘晓梅 陈志强",
    "",
    "　　清溪镇地处山区，全镇有行政村18个。镇党委在各村设立“乡贤议事厅”，",
    "吸纳退休干部、致富能手参与村务。",
    "　　今年以来，议事厅共议定修路、饮水等事项210余件，筹集资金860万元。",
    "（作者单位：某某县委组织部）",
    "",
    "联系人：刘晓梅　电话：0571-6312456　手机：13800571234",
    "",
]
_CHINESE_HEADERS = [
    "发件人：某某县委组织部 <zzb_xx@example.com>",
    "发送时间：2026年5月12日(星期二) 上午9:05",
    "收件人：乡村周刊编辑部 <xczk@example.cn>",
    "主题：【投稿】清溪镇“乡贤议事厅”议出好日子",
    "附件：2 个文件",
    "",
    "尊敬的编辑同志：",
    "　　您好！现发来我县稿件一篇，配图2张，请审阅。",
    "",
]
_ENGLISH_HEADERS = [
    "From: Liu Xiaomei <lxm@example.com>",
    "Sent: Tuesday, May 12, 2026 9:05 AM",
    "To: 乡村周刊编辑部",
    "Subject: 投稿：清溪镇“乡贤议事厅”议出好日子",
    "",
    "王老师，您好！",
    "　　附件是我们镇的一篇稿件，请您审阅。",
    "",
]
_FORWARDED = [
    "-----原始邮件-----",
    '发件人："刘晓梅" <lxm@example.com>',
    "日期：2026年5月12日 9:05",
    '收件人："编辑部" <bjb@example.cn>',
    "主题：稿件",
    "",
]
_SIGNATURE = ["--", "刘晓梅", "某某县清溪镇党政办公室", "地址：某某县清溪镇人民路8号"]


@pytest.mark.parametrize("headers", [_CHINESE_HEADERS, _ENGLISH_HEADERS, _FORWARDED])
def test_the_submitted_article_alone_is_read(headers, tmp_path) -> None:
    (draft,) = page_drafts(headers + _BODY + _SIGNATURE, tmp_path)
    assert draft.title == "清溪镇“乡贤议事厅”议出好日子"
    assert draft.byline == "通讯员 刘晓梅 陈志强"
    assert draft.body.startswith("清溪镇地处山区")
    assert draft.body.rstrip().endswith("筹集资金860万元。")


def test_a_contact_line_is_furniture() -> None:
    assert is_furniture_line("联系人：刘晓梅　电话：0571-6312456　手机：13800571234")
    assert is_furniture_line("联系电话：0571-6312456  邮箱：lxm@example.com")
    assert not is_furniture_line("居民可拨打电话：12345，或联系人：社区书记。")


def test_lines_of_a_page_that_is_no_mail_stay() -> None:
    page = "\n".join(["主题：社区议事", "时间：每月5日", "", "　　社区每月召开议事会。", "--", "张三"])
    assert mail_parts_off(page, None) == (page, None)
