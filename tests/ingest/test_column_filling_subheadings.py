"""Seed 001 part 4's kind (issue 14; every line invented): a body whose paragraphs are apart by blank lines, its
subheadings a lead-in phrase and its aim (`持续发力，留住…人才力量`, `落实政策，助推…经济发展`), each standing
alone between blank lines and as wide as the column. One such line alone may be a paragraph's first line before a
column break, so its width made it one: both were glued into the paragraph under them (`…人才力量党组织覆盖持续
发力，…`), in the body and in the summary. Two lines of one article standing alone in that same shape are a series
of subheadings."""

from __future__ import annotations

from builder.ingest.workers import process_page

_PAGE = [
    "柳岸街道：红色商圈聚人气",
    "",
    "本报讯（记者 某某某）如何留住",
    "人才、留住商户，是商圈党建的关",
    "键。今年以来，柳岸街道探索“商",
    "圈党建”新模式，引领商户发展。",
    "",
    "{first}",
    "",
    "街道党工委牵头成立商圈党委，推",
    "出“书记项目”，组建志愿服务队",
    "6支，服务商户300余家。",
    "",
    "在满足青年居民需求方面，商圈搭",
    "建美食平台，吸引客流10万人次。",
    "",
    "{second}",
    "",
    "为了推动商户发展，街道成立联席",
    "会议，帮助商户解决问题26件。",
]


def _body(tmp_path, first: str, second: str) -> str:
    path = tmp_path / "p.txt"
    lines = [line.format(first=first, second=second) for line in _PAGE]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    return draft.body


def test_two_lines_standing_alone_in_one_shape_are_subheadings(tmp_path):
    body = _body(tmp_path, "持续发力，留住商圈青年人才力量", "落实政策，助推辖区商户经济发展")
    paragraphs = body.split("\n\n")
    assert "## 持续发力，留住商圈青年人才力量" in paragraphs, body
    assert "## 落实政策，助推辖区商户经济发展" in paragraphs, body
    assert any(p.startswith("街道党工委牵头成立商圈党委") for p in paragraphs), body
    assert any(p.startswith("为了推动商户发展") for p in paragraphs), body


def test_one_such_line_alone_is_still_a_paragraphs_first_line(tmp_path):
    """No second line in its shape: the column-filling line may open a paragraph a column break cut."""
    body = _body(tmp_path, "持续发力，留住商圈青年人才力量", "为了方便商户，街道将各类事务集")
    assert "## " not in body, body
    assert "留住商圈青年人才力量街道党工委" in body, body


def test_paragraph_openings_in_that_shape_are_no_series(tmp_path):
    """Two lines opening paragraphs (`与此同时，…`, `目前，…`) a column break left alone are no subheadings."""
    body = _body(tmp_path, "与此同时，街道还组织商户参加培", "目前，街道已经帮助商户解决问题")
    assert "## " not in body, body
