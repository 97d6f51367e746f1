"""A headline the column cut after its colon (`place：` / the phrase) is one headline (builder.ingest.headlinecolon).

Found on a real article hard-wrapped at 16 characters (its text is not ours to commit; the lines here are invented
of the same kind): the place line became an article of its own, titled `合山市某社区`, with no body but itself.
"""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE, HEADLINE, TEXT
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

BODY = [
    "“楼道灯又亮了！”5月8日一早，荣军街",
    "道柳石社区居民李阿姨在网格群里发来",
    "一段视频。今年以来，柳石社区推行",
    "“红色楼长”制度，选出楼长86名，",
    "累计解决居民诉求320余件。",
]
PAGE = [
    "南国社区报  2026年5月12日  第2版",
    "",
    "柳州市鱼峰区荣军街道：",
    "“红色楼长”守好楼栋大门",
    "",
    "本报记者 覃晓 通讯员 韦宁",
    "",
    *BODY,
]


def test_a_place_line_cut_at_its_colon_and_its_phrase_are_one_headline(tmp_path):
    units = classify_page("\n".join(PAGE))
    assert [(u.kind, u.text) for u in units[1:3]] == [
        (HEADLINE, "柳州市鱼峰区荣军街道：“红色楼长”守好楼栋大门"),
        (BYLINE, "本报记者 覃晓 通讯员 韦宁"),
    ]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(PAGE), encoding="utf-8")
    drafts = process_page(page).drafts
    assert [d.title for d in drafts] == ["柳州市鱼峰区荣军街道：“红色楼长”守好楼栋大门"]


def test_the_headline_under_it_may_run_straight_into_the_body():
    lead = [
        "今年以来，柳州市鱼峰区荣军街道柳石",
        "社区推行“红色楼长”制度，选出楼长",
        "86名，累计解决居民诉求320余件。",
    ]
    units = classify_page("\n".join(["", "荣军街道：", "“红色楼长”守好楼栋大门", *lead]))
    assert units[0].kind == HEADLINE and units[0].text == "荣军街道：“红色楼长”守好楼栋大门"


def test_a_line_ending_with_a_colon_inside_a_paragraph_stays_text():
    lines = ["", *BODY[:3], "柳石社区的做法是：", "“红色楼长”包楼到户", "每名楼长联系居民30户。"]
    units = classify_page("\n".join(lines))
    assert all(u.kind == TEXT for u in units)


def test_a_colon_line_naming_no_place_or_over_a_sentence_is_left_alone():
    for lines in (
        ["", "记者手记：", "“红色楼长”守好楼栋大门", "", *BODY],  # names no place
        ["", "柳石社区：", "今年以来已解决诉求320余件。", "", *BODY],  # a sentence under it
        ["", "柳石社区：", "本报记者 覃晓", "", *BODY],  # a byline under it
    ):
        units = classify_page("\n".join(lines))
        assert not any(u.kind == HEADLINE and u.text.startswith(lines[1] + lines[2]) for u in units), lines
