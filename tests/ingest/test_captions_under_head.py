"""Real R27 kind (invented lines): a photo report whose captions (short sentences, no mark, no credit) stand each
alone between blank lines right under its headline, over the indented lead; the report signed `摄影报道` at its
end. They were read as the body's first paragraphs."""

from __future__ import annotations

from builder.ingest.workers import process_page

_PAGE = [
    "杏林社区：“邻里驿站”把服务送到楼下",
    "",
    "志愿者在活动室为老人测量血压。",
    "",
    "社区干部帮居民填写补贴申请表。",
    "",
    "　　4月30日，在某某区柳园街道杏林社区邻里驿站，居民",
    "排队测量血压。杏林社区今年建起邻里驿站，把便民服务、",
    "文体活动和议事协商搬到居民楼下，方便群众办事。",
    "本报记者　周一鸣　摄影报道",
]


def _draft(tmp_path, lines):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (draft,) = process_page(path).drafts
    return draft


def test_captions_under_a_photo_reports_head(tmp_path):
    draft = _draft(tmp_path, _PAGE)
    assert [c["text"] for c in draft.captions] == [
        "志愿者在活动室为老人测量血压。",
        "社区干部帮居民填写补贴申请表。",
    ]
    assert draft.body.startswith("4月30日")


def test_a_lead_reporting_a_fact_under_the_head_stays_the_body(tmp_path):
    lines = list(_PAGE)
    lines[2] = "今年以来，社区已办结居民诉求120件。"
    draft = _draft(tmp_path, lines)
    assert draft.body.startswith("今年以来")


def test_a_note_or_standfirst_under_the_head_of_a_report_without_photos_stays_the_body(tmp_path):
    # an editor's note and a standfirst, each one short sentence alone under the head; no photo credit in the report
    for first in ("编者按：基层治理千头万绪，关键在于发动群众。", "居民的事居民商量着办。"):
        lines = [*_PAGE[:2], first, "", *_PAGE[6:9]]
        draft = _draft(tmp_path, lines)
        assert draft.captions == []
    assert draft.body.startswith(
        "居民的事居民商量着办。"
    )  # (an editor's note is dropped, as without this rule)
