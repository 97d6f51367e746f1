"""Pinyin (ruby) printed over a rare character as a line of its own (builder/ingest/rubylines.py, heldout27 p01 kind,
invented lines): dropped, so the byline, the headline and the sentence it stood in read on."""

from __future__ import annotations

from builder.ingest.headlineplaces import place_words
from builder.ingest.kickers import names_no_place
from builder.ingest.rubylines import drop_ruby_lines, is_ruby_line
from tests.support.pages import page_drafts

_PAGE = [
    "2026年3月2日　星期一　　某某日报　　第5版",
    "",
    "茶叶大县唱好“振兴曲”",
    " xǐ",
    "歙县：“茶园议事会”开到山坡上",
    "",
    "　　本报讯（记者 汪春林 通讯员",
    "xǐ",
    " 方丽）黄山市歙县是产茶大县，全县",
    "茶园面积常年稳定在30万亩以上。",
    "　　目前，全县已建立“茶园议事会”",
    "  xǐ",
    "80个，今年以来议定事项560余件。",
    "",
    "",
    "“板凳会”开到农户院坝里",
    "yì",
    "——峄城区古邵镇化解矛盾纠纷见闻",
    "",
    "本报记者 李明　通讯员 张华",
    "              yì",
    "　　傍晚时分，峄城区古邵镇的院坝里坐满了村民，",
    "大家商量修路的事。今年以来，全镇召开板凳会300余场。",
]


def test_a_pinyin_line_is_ruby() -> None:
    for line in ("shēn", " lěi", "              yì", "xī yáng", "lǜ", "nǚ"):
        assert is_ruby_line(line), line
    for line in ("app", "wifi", "Shēn", "shēn zhèn shì nán shān qū", "莘县 shēn", ""):
        assert not is_ruby_line(line), line


def test_ruby_lines_are_dropped_and_lines_keep_their_numbers() -> None:
    text, printed = drop_ruby_lines("标题\n xǐ\n歙县", None)
    assert (text, printed) == ("标题\n歙县", [1, 3])
    page = "标题\napp\n歙县"
    assert drop_ruby_lines(page, None) == (page, None)


def test_the_heads_bylines_and_sentences_read_on_over_ruby_lines(tmp_path) -> None:
    first, second = page_drafts(_PAGE, tmp_path)
    assert first.title == "歙县：“茶园议事会”开到山坡上"
    assert first.byline == "本报讯（记者 汪春林 通讯员 方丽）"
    assert "建立“茶园议事会”80个" in first.body and "xǐ" not in first.body
    assert second.title == "“板凳会”开到农户院坝里"
    assert second.subtitle == "峄城区古邵镇化解矛盾纠纷见闻"
    assert second.byline == "本报记者 李明 通讯员 张华"
    assert second.body.startswith("傍晚时分")


def test_a_rank_names_no_place() -> None:
    """`茶叶大县`, `工业强市`: what a place is great in, no place; a kicker of such words stays a kicker."""
    assert place_words("茶叶大县唱好“振兴曲”") == []
    assert names_no_place("茶叶大县唱好“振兴曲”")
    assert place_words("旅游名村换新颜") == []
    assert place_words("邯郸大名县“议事亭”暖民心") == ["邯郸大名县"]  # a county the gazetteer knows
