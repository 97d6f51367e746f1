"""A news agency's story as the wire sends it (real R21 r21_03's kind, builder.ingest.wireheads): the dateline
alone on its line, the headline behind the label `题：` wrapped over two lines of the column, the writer's line,
the body. Invented lines; negatives: a `题：` line under no dateline (a quiz's question), a dateline alone over a
headline with no label."""

from __future__ import annotations

from tests.support.pages import page_articles, page_units

_WIRE = [
    "新华社长沙3月8日电",
    "题：小小议事厅如何撬动乡村“大",
    "治理”",
    "记者 周青",
    "　　走进湖南某县青山村，村民们正围坐在",
    "议事厅里商量修路的事。村党支部书记介",
    "绍，议事厅建起来后，村里大小事都在这",
    "里商量着办。",
]


def test_wire_dateline_title_label_and_wrapped_headline() -> None:
    articles = page_articles("\n".join(_WIRE))
    assert [a.title for a in articles] == ["小小议事厅如何撬动乡村“大治理”"]
    assert articles[0].byline == "记者 周青"
    assert articles[0].paragraphs[0].startswith("走进湖南某县青山村")
    kinds = {u.text: u.kind for u in page_units("\n".join(_WIRE))}
    assert kinds["新华社长沙3月8日电"] == "furniture"


def test_title_label_under_no_dateline_and_dateline_over_a_plain_headline_stay() -> None:
    quiz = ["　　社区知识竞赛最后一题很有意思：", "题：社区议事会由谁召集？", "　　居民们纷纷抢答。"]
    kinds = {u.text: u.kind for u in page_units("\n".join(quiz))}
    assert "headline" not in kinds.values() and "furniture" not in kinds.values()
    plain = [
        "新华社长沙3月8日电",
        "小小议事厅撬动乡村大治理",
        "　　走进湖南某县青山村，村民们正围坐在议事厅里商量修路的事。",
    ]
    kinds = {u.text: u.kind for u in page_units("\n".join(plain))}
    assert kinds.get("新华社长沙3月8日电") != "furniture"


def test_wrapped_headline_stops_at_any_writers_line_and_goes_on_over_a_line_opening_with_wen() -> None:
    # review: the agency's own reporter line (中新社记者 周青) ran into the headline, and a headline line opening
    # with 文 (文化底色更亮) was taken for a writer's line `文：…`
    body = "　　走进湖南某县青山村，村民们正围坐在议事厅里商量修路的事。"
    for writer in ("中新社记者 周青", "新华社记者 李明 王芳", "文/图 周青"):
        page = ["中新社长沙3月8日电", "题：小小议事厅撬动乡村大治理", writer, body]
        assert [a.title for a in page_articles("\n".join(page))] == ["小小议事厅撬动乡村大治理"], writer
    page = ["新华社长沙3月8日电", "题：让乡村振兴的红色底色和", "文化底色更亮", "记者 周青", body]
    articles = page_articles("\n".join(page))
    assert [(a.title, a.byline) for a in articles] == [("让乡村振兴的红色底色和文化底色更亮", "记者 周青")]
