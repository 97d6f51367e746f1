"""An editor's `核心提示：` summary between a headline and its byline is furniture (furnitureboxes.summary_box).
Invented lines."""

from __future__ import annotations

from builder.ingest.units import classify_page

_SUMMARY = [
    "核心提示：服务站建到楼栋门口，老人的事有人管。",
    "推行“楼栋服务站”半年来，1200多个服务站成了",
    "老人们的“第二个家”。",
]


def test_summary_under_headline_is_furniture() -> None:
    page = "\n".join(
        [
            "南湖区推行“楼栋服务站” 老人的事有人管",
            "",
            *_SUMMARY,
            "",
            "本报记者 周敏",
            "",
            "　　南湖区老旧小区多，老人多。",
        ]
    )
    units = [(u.kind, u.text) for u in classify_page(page)]
    assert [kind for kind, text in units if "服务站" in text and kind != "headline"] == ["furniture"] * 2
    assert ("byline", "本报记者 周敏") in units


def test_summary_label_in_a_body_is_left_alone() -> None:
    page = "\n".join(["　　南湖区老旧小区多，老人多。", *_SUMMARY])
    assert "furniture" not in [u.kind for u in classify_page(page)]


def test_a_machines_summary_box_under_headline_is_furniture() -> None:
    """An e-paper's `【AI摘要】` box and its note under it (heldout28 p08's kind, invented lines): furniture."""
    page = "\n".join(
        [
            "河西街道：“邻里食堂”端出幸福味",
            "",
            "【AI摘要】本文约920字，阅读约需3分钟。河西街道建起“邻里食堂”12家，日均供餐2600份。",
            "（以上内容由AI生成，仅供参考）",
            "",
            "本报记者 林静",
            "　　河西街道老年人口多，吃饭难一度是老人们的心头事。",
        ]
    )
    units = [(u.kind, u.text) for u in classify_page(page)]
    assert [kind for kind, text in units if "AI" in text] == ["furniture"] * 2
    assert ("byline", "本报记者 林静") in units
    for label in ("摘要：", "【内容摘要】", "AI导读："):
        page = "\n".join(
            ["河西街道：“邻里食堂”端出幸福味", "", label + "河西街道建起邻里食堂。", "", "本报记者 林静"]
        )
        assert [u.kind for u in classify_page(page) if "河西街道建起" in u.text] == ["furniture"], label
