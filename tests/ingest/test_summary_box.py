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
