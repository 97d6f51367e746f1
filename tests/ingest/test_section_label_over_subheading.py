"""Real R32 p3's kind (issue 14; every line invented): a section's label closed by a colon (`某某观察：`), flush on a
line of its own between two paragraphs of a body, over a subheading line (no sentence end), the body going on
under it with an indented paragraph: the label heads the subheading (one heading, `## 楼道走访：…`), neither is
glued to the paragraph under them. A lead-in closed by a colon (`　　具体做法是：`) and a speaker's turn (`记者：`) over
the words said stay the body's text."""

from __future__ import annotations

from builder.ingest.workers import process_page

_HEAD = [
    "某某晚报　　2026年6月3日　第A05版",
    "",
    "柳岸街道党员志愿者走进楼栋",
    "　　本报讯　今年以来，某某市柳岸街道组织党员",
    "志愿者走进辖区楼栋，每周开展活动3次以上，收",
    "集居民意见建议200余条。",
    "　　从一个人帮忙，到一群人帮忙，志愿者的故事",
    "并非个案，这背后又有怎样的故事呢？",
]
_TAIL = [
    "　　清晨，退休教师王大伯戴上党员徽章，走进",
    "楼道挨家挨户敲门，询问老人的身体状况。",
    "　　5月8日，街道又招募了一批志愿者，王大伯",
    "主动报名，成为楼栋长。",
]


def _body(tmp_path, middle: list[str]) -> str:
    path = tmp_path / "p.txt"
    path.write_text("\n".join([*_HEAD, *middle, *_TAIL]) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    return draft.body


def test_a_section_label_over_a_subheading_heads_it_and_no_paragraph_takes_them(tmp_path):
    for label in ("楼道走访：", "一线观察："):
        body = _body(tmp_path, [label, "晒出党员身份以服务邻里为乐　志愿队伍越来越大"])
        paragraphs = body.split("\n\n")
        heading = next(p for p in paragraphs if p.startswith("## "))
        assert heading.startswith("## " + label) and heading.endswith("志愿队伍越来越大"), body
        assert any(p.startswith("清晨，退休教师") for p in paragraphs), body


def test_a_lead_in_or_a_speakers_turn_closed_by_a_colon_stays_text(tmp_path):
    body = _body(tmp_path, ["　　具体做法是：", "晒出党员身份　志愿队伍越来越大"])
    assert "## " not in body, body
    body = _body(tmp_path, ["记者：", "您好，志愿者队伍现在有多少人？"])
    assert "## " not in body and "记者：您好" in body, body
