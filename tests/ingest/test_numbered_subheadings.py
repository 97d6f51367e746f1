"""A magazine's numbered sections (issue 14, summary35b's reading of cards; every line invented): a zero-padded
number alone on a line (`01`, `02`) over each subheading. The number filled no heading's shape (no two Chinese
characters), so it opened a paragraph and its subheading and the section's first paragraph were glued to it
(`01📌志愿服务“一张单”柳岸县推行…`, `01建起“联盟党支部”2024年，…`), on the card's summary too. The number is
its subheading's, a heading of its own."""

from __future__ import annotations

from builder.ingest.workers import process_page

_INDENTED = [
    "当代党建　2026年第3期",
    "",
    "青石江边的“茶园党建”",
    "",
    "　　初春的青石镇，江边的茶园依",
    "山而建。近年来，柳岸县青石镇茶",
    "企数量快速增长，一度出现压价收",
    "购等问题。",
    "",
    "01",
    "建起“茶企联盟党支部”",
    "　　2025年，青石镇党委牵头成立",
    "“茶企联盟党支部”，把分散在各村",
    "的党员茶企业主组织起来。目前，",
    "联盟已吸纳茶企92家。",
    "",
    "02",
    "推行“一园一码”管理",
    "　　镇里推行“一园一码”管理，客",
    "商扫码就能查看茶园证照和价格。",
]

_BLANK_APART = [
    "柳岸县：红马甲走街串巷",
    "",
    "在柳岸县的大街小巷，常能看到身",
    "穿红马甲的志愿者忙碌的身影。",
    "",
    "01",
    "",
    "📌志愿服务“一张单”",
    "",
    "柳岸县推行志愿服务“点单派单”机",
    "制，群众通过小程序下单，县志愿",
    "服务中心统一派单。",
    "",
    "02",
    "",
    "📌党员“双报到”",
    "",
    "全县6000余名在职党员到居住地社",
    "区报到，认领“微心愿”900余个。",
]


def _drafts(tmp_path, lines: list[str]):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process_page(path).drafts


def test_a_section_number_over_an_indented_page_s_subheading_heads_it(tmp_path) -> None:
    (draft,) = _drafts(tmp_path, _INDENTED)
    assert draft.title == "青石江边的“茶园党建”"
    assert "\n2025年，青石镇党委牵头成立“茶企联盟党支部”" in draft.body, draft.body
    assert "\n镇里推行“一园一码”管理" in draft.body, draft.body
    assert "01建起" not in draft.body and "02推行" not in draft.body, draft.body


def test_a_section_number_between_blank_lines_heads_its_subheading(tmp_path) -> None:
    (draft,) = _drafts(tmp_path, _BLANK_APART)
    assert "\n柳岸县推行志愿服务“点单派单”机制" in draft.body, draft.body
    assert "\n全县6000余名在职党员到居住地社区报到" in draft.body, draft.body
    assert "01📌" not in draft.body and "02📌" not in draft.body, draft.body
