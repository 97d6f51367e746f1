"""Real R33 kinds of captions (issue 14; every line invented, of the same kinds as the real pages):

- a long caption of one whole sentence with two clauses and a date (`…活动，图为…（摄于6月2日）。`), its credit glued on,
  on one line twice as wide as its column or more, dropped inside an open sentence: the caption, however long;
- a credit naming a news site (or an agency) alone before its photographer, the name glued to 摄 (`某某网 张三摄`),
  glued to a short caption inside an open sentence: the caption's credit, and the sentence reads on.
"""

from __future__ import annotations

from tests.support.pages import page_drafts


def test_a_long_caption_far_wider_than_its_column_with_its_credit_inside_a_sentence(tmp_path):
    caption = (
        "东湖社区新时代文明实践站开展“讲好家风故事·传承红色基因”亲子共读活动，"
        "图为两位老党员给孩子们讲《小英雄雨来》（摄于6月2日）。"
    )
    page = [
        "东湖社区：老党员讲好家风故事",
        "本报记者　陈立",
        "　　“王奶奶，今天的故事会几点开",
        "始呀？”6月2日一早，东湖社区的",
        "孩子们就来到了党群服务中心。",
        "　　近年来，东湖社区组织老党员成",
        "立“家风宣讲队”，每月走进楼栋",
        caption + "李明 摄",
        "讲一次家风故事，已开展活动40余",
        "场。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [(c["text"], c["credit"]) for c in drafts[0].captions] == [(caption, "李明 摄")]
    assert "每月走进楼栋讲一次家风故事，已开展活动40余场。" in drafts[0].body


def test_a_site_named_alone_before_its_photographer_glued_to_she(tmp_path):
    page = [
        "西城街道：居民议事会议出停车位",
        "本报记者　陈立",
        "　　“以前下班回来找不到车位，现",
        "在小区里多了20个车位。”居民老",
        "张说。西城街道通过居民议事会，",
        "把闲置空地改成了停车场，这一",
        "做法目前已在全街道推",
        "改造后的小区停车场。某某网 张三摄",
        "广。",
    ]
    drafts = page_drafts(page, tmp_path)
    assert [(c["text"], c["credit"]) for c in drafts[0].captions] == [
        ("改造后的小区停车场。", "某某网 张三摄")
    ]
    assert "把闲置空地改成了停车场，这一做法目前已在全街道推广。" in drafts[0].body
