"""A prompt to scan the printed QR code, set in brackets as a box's tag (heldout9 q06 `【扫码看视频】` under an
article's closing byline, issue 14), became an article of its own. It is page furniture, like the same prompt
unbracketed (`扫码看视频`, heldout8). Lines invented in the kinds of the page.
"""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

PAGE = (
    "某某基层报\n2026年6月3日\u3000星期三\n第2版\u3000要闻\n\n"
    "社区合伙人点亮“幸福圈”\n"
    "\u3000\u3000在某某市某某区，“社区合伙\n人”已成为居民口中的热词。辖区\n商户与社区签订共建协议，认领\n服务项目。\n"
    "（记者 马占山 通讯员 田雪）\n\n"
    "【扫码看视频】\n\n\n"
    "滨河镇“红色网格”织密服务网\n■中共某某区委组织部\n"
    "某某区滨河镇将辖区12个社区细\n分为186个网格，由社区党员担\n任网格长。\n"
)


@pytest.mark.parametrize(
    "line",
    ["【扫码看视频】", "（扫一扫，听音频）", "(扫码观看直播)", "〔扫描二维码阅读全文〕", "［扫码看更多］"],
)
def test_a_bracketed_qr_prompt_is_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "【社工风采】",  # a column label: its own rule, over a headline only
        "【红旗在基层一线迎风飘扬】",
        "（记者 马占山 通讯员 田雪）",
        "码通办”服务平台，群众扫码即",  # a body line with the word inside
        "【扫码登记】群众扫码后即可预约",  # a brief's bracketed head over its text
        "（扫码办理业务的群众已超过3万人次。）",
    ],
)
def test_other_lines_are_not_qr_prompts(line):
    assert not is_furniture_line(line)


def test_the_prompt_is_no_article():
    with data_dir_fixed():
        articles = segment(assemble(classify_page(PAGE)))
    assert [a.title for a in articles] == ["社区合伙人点亮“幸福圈”", "滨河镇“红色网格”织密服务网"]
    assert all("扫码" not in "".join(a.paragraphs) for a in articles)


def test_a_photo_news_item_with_no_blank_under_its_label_is_no_body():
    # q06: `图片新闻` right over its caption (no blank line between) after the prompt: the caption went on
    # the article above once the prompt was no article of its own
    page = PAGE.replace(
        "【扫码看视频】\n\n\n",
        "【扫码看视频】\n\n\n图片新闻\n6月1日，某某村的孩子们在村党群服务中心\n参加“红领巾学党史”主题活动。近年来，\n"
        "某某村开办“四点半课堂”，为120余名\n群众子女提供课后托管服务。\n记者 马占山 摄\n\n\n",
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert [a.title for a in articles] == ["社区合伙人点亮“幸福圈”", "滨河镇“红色网格”织密服务网"]
    body = "".join(p for a in articles for p in a.paragraphs)
    assert "四点半课堂" not in body and "红领巾" not in body
